// One mutation's life as a pure reducer: idle -> sending -> done | failed-known | unknown-outcome. It is sent
// once per deliberate press: never while one is out, and never from a key pressed before the last answer was
// on screen (`fresh`, from the input layer). After an unknown outcome it reads back what happened; sending
// again is a new press, never a default. An event that does not apply returns the very same object.
import {isApiError} from '../api/errors.js';
import type {Clean} from '../text/sanitize.js';
import {isDefiniteNo, type SubmitError} from '../create/submit-failure.js';

/** What reading back found, as one line the screen shows; or why it could not be read. */
export type ReadBack = {status: 'none'} | {status: 'loading'} | {status: 'loaded'; found: Clean} | {status: 'failed'; error: unknown};

type Settled<T> =
	| {status: 'done'; what: string; value: T}
	/** Telnyx answered no (a 4xx): nothing was done, and its errors say why. */
	| {status: 'failed-known'; what: string; error: unknown}
	/** No answer that says what happened (a 5xx, a redirect, a timeout, a reset): it is read back. */
	| {status: 'unknown-outcome'; what: string; error: unknown; readBack: ReadBack};

export type SendState<T> = {
	/** Numbers the sends, so a late answer to an older one is ignored. */
	attempt: number;
	/** The last press was refused: it began before the answer on screen (a held or buffered key). */
	refused?: 'stale';
} & ({status: 'idle'} | {status: 'sending'; what: string} | Settled<T>);

export type SendEvent<T> =
	| {type: 'send'; what: string; fresh: boolean}
	| {type: 'answered'; attempt: number; value: T}
	| {type: 'failed'; attempt: number; error: unknown; canReadBack: boolean}
	| {type: 'read-back'}
	| {type: 'read-back-loaded'; attempt: number; found: Clean}
	| {type: 'read-back-failed'; attempt: number; error: unknown}
	/** What would be sent changed (a new body): the last answer no longer applies to it. */
	| {type: 'reset'};

export const IDLE: SendState<never> = {status: 'idle', attempt: 0};

export function sendReducer<T>(state: SendState<T>, event: SendEvent<T>): SendState<T> {
	switch (event.type) {
		case 'send':
			if (state.status === 'sending') return state;
			if (!event.fresh) return state.refused === 'stale' ? state : {...state, refused: 'stale'};
			return {status: 'sending', attempt: state.attempt + 1, what: event.what};
		case 'answered':
			return isSending(state, event.attempt) ? {status: 'done', attempt: state.attempt, what: state.what, value: event.value} : state;
		case 'failed': {
			if (!isSending(state, event.attempt)) return state;
			const {attempt, what} = state;
			if (!isOutcomeUnknown(event.error)) return {status: 'failed-known', attempt, what, error: event.error};
			return {status: 'unknown-outcome', attempt, what, error: event.error, readBack: {status: event.canReadBack ? 'loading' : 'none'}};
		}
		case 'read-back':
			if (state.status !== 'unknown-outcome' || state.readBack.status === 'loading' || state.readBack.status === 'none') return state;
			return {status: 'unknown-outcome', attempt: state.attempt, what: state.what, error: state.error, readBack: {status: 'loading'}};
		case 'read-back-loaded':
			return isReading(state, event.attempt) ? {...state, readBack: {status: 'loaded', found: event.found}} : state;
		case 'read-back-failed':
			return isReading(state, event.attempt) ? {...state, readBack: {status: 'failed', error: event.error}} : state;
		case 'reset':
			return state.status === 'idle' || state.status === 'sending' ? state : {status: 'idle', attempt: state.attempt};
	}
}

/**
 * What is on screen that a new press must come after: changes with every answer and read-back, and is
 * undefined while nothing has been answered (so the first send is not held to it).
 */
export function answerShown(state: SendState<unknown>): string | undefined {
	if (state.status === 'idle' || state.status === 'sending') return undefined;
	return `${state.attempt}:${state.status}:${state.status === 'unknown-outcome' ? state.readBack.status : ''}`;
}

/** Whether a failed mutation may still have been made: anything but Telnyx's definite no. */
export function isOutcomeUnknown(error: unknown): boolean {
	return !isDefiniteNo(errorFacts(error));
}

function isSending<T>(state: SendState<T>, attempt: number): state is SendState<T> & {status: 'sending'; what: string} {
	return state.status === 'sending' && state.attempt === attempt;
}

type Unknown<T> = SendState<T> & {status: 'unknown-outcome'};

function isReading<T>(state: SendState<T>, attempt: number): state is Unknown<T> {
	return state.status === 'unknown-outcome' && state.attempt === attempt && state.readBack.status === 'loading';
}

function errorFacts(error: unknown): Pick<SubmitError, 'kind' | 'status'> {
	return isApiError(error) ? {kind: error.kind, status: error.status} : {kind: 'unexpected'};
}
