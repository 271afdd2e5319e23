// Why DELETE /external_connections/{id} is refused: exactly the three cases the full spec names
// ("Deletion may be prevented if the application is in use by phone numbers, is active, or if it is
// an Operator Connect connection"), each a Telnyx error saying what to do instead.
import type {TelnyxError} from '../api/types.js';
import {telnyxError} from './telnyx-errors.js';
import type {StoredConnection} from './store.js';

export function deleteRefusals({record}: StoredConnection, phoneNumbers: number): TelnyxError[] {
	const {external} = record;
	const refusals: TelnyxError[] = [];
	if (external.external_sip_connection === 'operator_connect') {
		refusals.push(
			telnyxError(
				'10015',
				'Operator Connect connections cannot be deleted',
				'This is an Operator Connect connection. To remove an Operator Connect integration please contact Telnyx support.',
				{pointer: '/external_sip_connection'},
			),
		);
	}
	if (external.active) {
		refusals.push(
			telnyxError(
				'10015',
				'Active connections cannot be deleted',
				'The connection is active. Deactivate it first (PATCH it with "active": false), then delete it.',
				{pointer: '/active'},
			),
		);
	}
	if (phoneNumbers > 0) {
		const numbers = phoneNumbers === 1 ? '1 phone number uses' : `${phoneNumbers} phone numbers use`;
		refusals.push(
			telnyxError(
				'10015',
				'Connections in use by phone numbers cannot be deleted',
				`${numbers} this connection. Assign them to another connection first, then delete it.`,
				{pointer: '/'},
			),
		);
	}
	return refusals;
}
