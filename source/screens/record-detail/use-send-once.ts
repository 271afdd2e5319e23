import {useLayoutEffect, useReducer, useRef} from 'react';
import {useInputHold, usePressGate} from '../../input/use-keys.js';
import type {Clean} from '../../text/sanitize.js';
import {answerShown, IDLE, isOutcomeUnknown, sendReducer, type SendState} from '../../mutation/send-machine.js';

export type {SendState} from '../../mutation/send-machine.js';

export type SendOptions<T> = {
	onSent?: (value: T) => void;
	/** After an unknown outcome: reads back what happened and says it in one line (already sanitized). */
	readBack?: () => Promise<Clean>;
};

/**
 * Every mutation of the app goes through here (sendReducer): one request at a time, never retried, only from
 * a key pressed after the last answer was on screen; after an unknown outcome, what happened is read back.
 * The press that sends is used up by it (held or repeated, it sends once); other keys typed while it is out
 * wait, then reach the screen in order, but none of them can send.
 */
export function useSendOnce<T>(isActive: boolean): {
	state: SendState<T>;
	send: (what: string, request: () => Promise<T>, options?: SendOptions<T>) => void;
	/** Reads back again after an unknown outcome. */
	readAgain: () => void;
	/** What would be sent changed: the last answer is no longer shown. */
	reset: () => void;
} {
	const [state, dispatch] = useReducer(sendReducer<T>, IDLE);
	// The latest state, for two sends within one render (keys are settled one by one, but a handler may call twice).
	const latest = useRef<SendState<T>>(state);
	useLayoutEffect(() => {
		latest.current = state;
	});
	const readBack = useRef<() => Promise<Clean>>(undefined);
	const gate = usePressGate(answerShown(state));
	useInputHold(isActive && (state.status === 'sending' || (state.status === 'unknown-outcome' && state.readBack.status === 'loading')));

	const startReadBack = (attempt: number) => {
		readBack.current?.().then(
			found => dispatch({type: 'read-back-loaded', attempt, found}),
			(error: unknown) => dispatch({type: 'read-back-failed', attempt, error}),
		);
	};

	const send = (what: string, request: () => Promise<T>, options: SendOptions<T> = {}) => {
		const before = latest.current;
		const event = {type: 'send', what, fresh: gate.isFresh()} as const;
		const after = sendReducer(before, event);
		latest.current = after;
		dispatch(event);
		if (after.status !== 'sending' || before.status === 'sending') return;
		gate.claim();
		const {attempt} = after;
		readBack.current = options.readBack;
		request().then(
			value => {
				dispatch({type: 'answered', attempt, value});
				options.onSent?.(value);
			},
			(error: unknown) => {
				dispatch({type: 'failed', attempt, error, canReadBack: options.readBack !== undefined});
				if (isOutcomeUnknown(error)) startReadBack(attempt);
			},
		);
	};

	return {
		state,
		send,
		readAgain() {
			const current = latest.current;
			if (current.status !== 'unknown-outcome' || (current.readBack.status !== 'failed' && current.readBack.status !== 'loaded')) return;
			dispatch({type: 'read-back'});
			startReadBack(current.attempt);
		},
		reset: () => dispatch({type: 'reset'}),
	};
}
