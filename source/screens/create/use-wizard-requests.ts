// The form's side effects, started from its state and reported back as events: the profile list (once per
// form), the POST or PATCH (once per attempt, never retried), and the look after an unknown outcome (a
// create's newest connections, an edit's own record).
import {updateInverse} from '../../fields/update-inverse.js';
import {useEffect, useLayoutEffect, useRef, useState, type Dispatch} from 'react';
import type {ApiClient} from '../../api/client.js';
import {isApiError} from '../../api/errors.js';
import type {CreateExternalConnectionRequest, ExternalConnection, UpdateExternalConnectionRequest} from '../../api/types.js';
import {updateVerdict} from '../../fields/read-back.js';
import {fetchNewestConnections} from '../../create/newest-connections.js';
import type {SubmitError} from '../../create/submit-failure.js';
import type {WizardEvent, WizardState} from '../../create/wizard-state.js';
import {CHECK_COUNT} from './review-lines.js';
import {firstLine} from '../../text/first-line.js';

// The API allows 250 a page; more than that is rare, and any other id can still be typed.
const PROFILE_PAGE_SIZE = 250;

/** `onDone`: Telnyx answered with the created or updated connection (or the read-back showed the update made). */
export type WizardCallbacks = {onCancel: () => void; onDone: (connection: ExternalConnection) => void};

export function useWizardRequests(
	client: ApiClient,
	state: WizardState,
	dispatch: Dispatch<WizardEvent>,
	callbacks: WizardCallbacks,
): void {
	// Aborted on unmount, so no request outlives the wizard or reports into it afterwards.
	const [controller] = useState(() => new AbortController());
	const latest = useRef(callbacks);
	// Read by the effects below, which run on the request's own state change, not on every edit.
	const current = useRef(state);
	useLayoutEffect(() => {
		latest.current = callbacks;
		current.current = state;
	});
	useEffect(
		() => () => {
			controller.abort();
		},
		[controller],
	);

	useEffect(() => {
		const {signal} = controller;
		client.listOutboundVoiceProfiles({pageNumber: 1, pageSize: PROFILE_PAGE_SIZE}, {signal}).then(
			page => {
				if (!signal.aborted)
					dispatch({
						type: 'profiles-loaded',
						profiles: page.data,
						more: page.meta.total_pages === undefined ? page.data.length >= PROFILE_PAGE_SIZE : page.meta.total_pages > 1,
					});
			},
			(error: unknown) => {
				if (!signal.aborted) dispatch({type: 'profiles-failed', message: firstLine(error)});
			},
		);
	}, [client, controller, dispatch]);

	const {submit} = state;
	const sentAttempt = useRef(0);
	useEffect(() => {
		if (submit.status !== 'sending' || sentAttempt.current >= submit.attempt) return;
		// The attempt number makes this run once per Submit, whatever else re-renders meanwhile.
		sentAttempt.current = submit.attempt;
		const {attempt, body} = submit;
		const {signal} = controller;
		const {mode} = current.current;
		const sent =
			mode.op === 'create'
				? client.createExternalConnection(body as CreateExternalConnectionRequest, {signal})
				: client.updateExternalConnection(mode.id, body as UpdateExternalConnectionRequest, {
						signal,
						inverse: updateInverse(mode.id, mode.initial, current.current.values),
					});
		sent.then(
			connection => {
				if (signal.aborted) return;
				dispatch({type: 'submitted', attempt});
				latest.current.onDone(connection);
			},
			(error: unknown) => {
				if (!signal.aborted) dispatch({type: 'submit-failed', attempt, error: toSubmitError(error)});
			},
		);
	}, [client, controller, dispatch, submit]);

	const {check} = state;
	useEffect(() => {
		if (check.status !== 'loading') return;
		const {request} = check;
		const {signal} = controller;
		// The values are those the request was sent with: nothing the person types counts while it is checked.
		const {mode, values} = current.current;
		const look = mode.op === 'create' ? fetchNewestConnections(client, CHECK_COUNT, {signal}) : readBack(client, mode.id, signal);
		look.then(
			connections => {
				if (signal.aborted) return;
				dispatch({type: 'check-loaded', request, connections});
				const [record] = connections;
				if (mode.op === 'update' && record && updateVerdict(record, mode.initial, values) === 'applied') latest.current.onDone(record);
			},
			(error: unknown) => {
				if (!signal.aborted) dispatch({type: 'check-failed', request, message: firstLine(error)});
			},
		);
	}, [client, controller, dispatch, check]);

	useEffect(() => {
		if (state.closed) latest.current.onCancel();
	}, [state.closed]);
}

/** The edited connection as it is now; none when it was deleted (404). */
async function readBack(client: ApiClient, id: string, signal: AbortSignal): Promise<ExternalConnection[]> {
	try {
		return [await client.getExternalConnection(id, {signal})];
	} catch (error) {
		if (isApiError(error) && error.kind === 'http' && error.status === 404) return [];
		throw error;
	}
}

function toSubmitError(error: unknown): SubmitError {
	if (isApiError(error)) return {kind: error.kind, status: error.status, errors: error.errors, message: error.message};
	return {kind: 'unexpected', errors: [], message: firstLine(error)};
}
