// Deleting one connection as a pure reducer: (state, event) -> state. The screen sends the DELETE when the
// state turns 'sending' (once per attempt; the client never retries it), and reads the record back when an
// outcome is unknown. An event that does not apply returns the very same object.
import type {TelnyxError} from '../api/types.js';
import {classifySubmitError, type SubmitError} from '../create/submit-failure.js';

export type ReadBack = {status: 'loading'} | {status: 'still-there'} | {status: 'failed'; message: string};

export type DeleteState =
	| {phase: 'confirm'}
	| {phase: 'sending'; attempt: number}
	/** Gone: deleted now, or found gone (a 404, or on reading it back). */
	| {phase: 'deleted'; how: 'deleted' | 'already-gone' | 'read-back'}
	/** Telnyx said no (422): the connection is kept; its errors say why. */
	| {phase: 'refused'; attempt: number; errors: TelnyxError[]}
	| {phase: 'error'; attempt: number; status?: number; errors: TelnyxError[]; message: string}
	| {phase: 'unknown'; attempt: number; message: string; readBack: ReadBack}
	| {phase: 'cancelled'};

export type DeleteEvent =
	| {type: 'confirm'}
	| {type: 'cancel'}
	| {type: 'deleted'; attempt: number}
	| {type: 'failed'; attempt: number; error: SubmitError}
	| {type: 'read-again'}
	| {type: 'read-back'; found: boolean}
	| {type: 'read-back-failed'; message: string};

export const INITIAL_DELETE: DeleteState = {phase: 'confirm'};

export function deleteReducer(state: DeleteState, event: DeleteEvent): DeleteState {
	switch (event.type) {
		case 'confirm':
			// Deleting again is offered only once the first attempt is known not to have gone through.
			if (state.phase === 'confirm') return {phase: 'sending', attempt: 1};
			if (state.phase === 'unknown' && state.readBack.status === 'still-there') return {phase: 'sending', attempt: state.attempt + 1};
			return state;
		case 'cancel':
			return state.phase === 'sending' || state.phase === 'deleted' || state.phase === 'cancelled' ? state : {phase: 'cancelled'};
		case 'deleted':
			return isSending(state, event.attempt) ? {phase: 'deleted', how: 'deleted'} : state;
		case 'failed':
			return isSending(state, event.attempt) ? failed(event.attempt, event.error) : state;
		case 'read-again':
			return state.phase === 'unknown' && state.readBack.status === 'failed' ? {...state, readBack: {status: 'loading'}} : state;
		case 'read-back':
			if (!isReading(state)) return state;
			return event.found ? {...state, readBack: {status: 'still-there'}} : {phase: 'deleted', how: 'read-back'};
		case 'read-back-failed':
			return isReading(state) ? {...state, readBack: {status: 'failed', message: event.message}} : state;
	}
}

function failed(attempt: number, error: SubmitError): DeleteState {
	const failure = classifySubmitError(error, {onRecord: true});
	switch (failure.kind) {
		case 'rejected':
			return {phase: 'refused', attempt, errors: failure.errors};
		case 'not-found':
			return {phase: 'deleted', how: 'already-gone'};
		case 'unknown-outcome':
			return {phase: 'unknown', attempt, message: failure.message, readBack: {status: 'loading'}};
		case 'error':
			return {
				phase: 'error',
				attempt,
				...(failure.status !== undefined && {status: failure.status}),
				errors: failure.errors,
				message: failure.message,
			};
	}
}

function isSending(state: DeleteState, attempt: number): boolean {
	return state.phase === 'sending' && state.attempt === attempt;
}

function isReading(state: DeleteState): state is Extract<DeleteState, {phase: 'unknown'}> {
	return state.phase === 'unknown' && state.readBack.status === 'loading';
}
