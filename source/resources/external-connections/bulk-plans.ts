// The bulk actions on marked connections: enable or disable, add or remove tags, delete. An update is the edit
// form's own (fields/update-diff.ts: the changed field plus what the update schema requires), made from the row as
// listed. Each plan says, row by row and before anything is sent, which connections it leaves out and why: an id
// the contract would not produce, nothing to change, a row the update cannot be built from, a delete Telnyx refuses
// (an active or an Operator Connect connection). Pure.
import type {ExternalConnection, UpdateExternalConnectionRequest} from '../../api/types.js';
import {valuesFromRecord} from '../../fields/record-values.js';
import {updateDiff} from '../../fields/update-diff.js';
import {updateInverse} from '../../fields/update-inverse.js';
import type {Inverse} from '../../api/mutation-recorder.js';
import type {WizardValues} from '../../fields/wizard-values.js';
import {cleanText, ownText, type Clean} from '../../text/sanitize.js';
import {planEach, type BulkPlan} from '../bulk-plan.js';
import {externalConnections} from '../external-connections.js';

export type ConnectionChange = {kind: 'active'; active: boolean} | {kind: 'tags'; mode: 'add' | 'remove'; tags: readonly string[]};

/** The PATCH body a change sends for one connection, or why none is sent. */
export type UpdateFor = {body: UpdateExternalConnectionRequest; inverse: Inverse | undefined} | {reason: Clean};

function idProblem(connection: ExternalConnection): Clean | undefined {
	const refusal = externalConnections.idRefusal(typeof connection.id === 'string' ? connection.id : '', undefined);
	return refusal === undefined ? undefined : cleanText(refusal);
}

function changedValues(values: WizardValues, change: ConnectionChange): WizardValues {
	if (change.kind === 'active') return {...values, active: change.active};
	const now = values.tags
		.split(',')
		.map(tag => tag.trim())
		.filter(tag => tag !== '');
	const next = change.mode === 'add' ? [...new Set([...now, ...change.tags])] : now.filter(tag => !change.tags.includes(tag));
	return {...values, tags: next.join(', ')};
}

function unchanged(change: ConnectionChange): Clean {
	if (change.kind === 'active') return ownText(change.active ? 'already enabled' : 'already disabled');
	return ownText(change.mode === 'add' ? 'has the tags already' : 'has none of the tags');
}

/** The body as the edit form would send it for this one change, from the row as listed. */
export function updateFor(connection: ExternalConnection, change: ConnectionChange): UpdateFor {
	const values = valuesFromRecord(connection);
	const changed = changedValues(values, change);
	const diff = updateDiff(values, changed);
	if (!diff.ok) return {reason: cleanText(`${diff.step}: ${diff.message}`)};
	if (diff.body === undefined) return {reason: unchanged(change)};
	// What the journal's undo sends: the same edit the other way.
	return {body: diff.body, inverse: updateInverse(String(connection.id), values, changed)};
}

/** One PATCH per connection the change alters. */
export function updatePlan(rows: readonly unknown[], change: ConnectionChange): BulkPlan<ExternalConnection> {
	return planEach<ExternalConnection>(rows, connection => {
		const problem = idProblem(connection);
		if (problem) return problem;
		const update = updateFor(connection, change);
		return 'reason' in update ? update.reason : undefined;
	});
}

// The spec names three refusals of a delete; two can be read off the row. The third (numbers still on it) is Telnyx's to say.
export function deletePlan(rows: readonly unknown[]): BulkPlan<ExternalConnection> {
	return planEach<ExternalConnection>(rows, connection => {
		const problem = idProblem(connection);
		if (problem) return problem;
		if (connection.external_sip_connection === 'operator_connect') {
			return ownText('an Operator Connect connection: Telnyx support removes those');
		}
		return connection.active === false ? undefined : ownText('active: disable it first (D)');
	});
}
