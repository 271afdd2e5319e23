import {useRef, useState} from 'react';
import {useInputHold} from '../../input/use-keys.js';

/** A mutation's progress: what was asked (`what`, shown), then its answer or its error. */
export type Sending<T> =
	| {status: 'idle'}
	| {status: 'sending'; what: string}
	| {status: 'sent'; what: string; value: T}
	| {status: 'failed'; what: string; error: unknown};

/**
 * Sends a mutation once: a second request while one is out is ignored (a doubled key never sends twice), and
 * nothing retries it (the API client never retries a mutation). Keys wait while it is out.
 */
export function useSendOnce<T>(isActive: boolean): {
	state: Sending<T>;
	send: (what: string, request: () => Promise<T>, onSent?: (value: T) => void) => void;
} {
	const [state, setState] = useState<Sending<T>>({status: 'idle'});
	const out = useRef(false);
	useInputHold(isActive && state.status === 'sending');
	const send = (what: string, request: () => Promise<T>, onSent?: (value: T) => void) => {
		if (out.current) return;
		out.current = true;
		setState({status: 'sending', what});
		request().then(
			value => {
				out.current = false;
				setState({status: 'sent', what, value});
				onSent?.(value);
			},
			(error: unknown) => {
				out.current = false;
				setState({status: 'failed', what, error});
			},
		);
	};

	return {state, send};
}
