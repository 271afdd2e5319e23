// A record read through the field table: the form's values prefilled from it (edit), and whether it carries
// what a create body set (the "check the list" after an unknown outcome).
import type {CreateExternalConnectionRequest, ExternalConnection} from '../api/types.js';
import {INITIAL_VALUES, type WizardValues} from './wizard-values.js';
import {CONNECTION_FIELDS} from './connection-fields.js';
import {pathOf} from './field.js';
import {getAt} from './paths.js';

const recordFields = CONNECTION_FIELDS.filter(field => field.fromRecord !== undefined);

/** The edit form's starting values: what the record holds, as the form shows it. */
export function valuesFromRecord(record: ExternalConnection): WizardValues {
	const values: Record<string, unknown> = {...INITIAL_VALUES};
	for (const field of recordFields) values[field.control.key] = field.fromRecord!(getAt(record, pathOf(field)));
	return values as WizardValues;
}

/** Whether a listed connection carries every value the request set (what Telnyx adds is ignored). */
export function matchesRequest(connection: ExternalConnection, body: CreateExternalConnectionRequest): boolean {
	const held = valuesFromRecord(connection);
	return recordFields.every(field => {
		// Read back as a create would send it, so "left out" and Telnyx's empty default compare equal.
		const onRecord = field.parse(held[field.control.key], 'create');
		const sent = getAt(body, pathOf(field));
		return onRecord.ok && JSON.stringify(onRecord.value) === JSON.stringify(sent);
	});
}
