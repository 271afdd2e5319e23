// Every field of one release and of each of its numbers, for its detail view.
import type {DetailRow} from '../detail-lines.js';
import {fieldRow, heading, itemGroups, timeRow} from '../detail-rows.js';
import type {Release} from './types.js';

export function releaseDetailRows(release: Release, now: Date): DetailRow[] {
	return [
		heading('Release'),
		fieldRow('ticket_id', release.ticket_id, 'text'),
		fieldRow('status', release.status, 'text'),
		timeRow('created_at', release.created_at, now),
		fieldRow('tenant_id', release.tenant_id, 'text'),
		fieldRow('error_message', release.error_message, 'text'),
		...itemGroups('Number', release.telephone_numbers, entry => [
			fieldRow('phone_number', entry['phone_number'], 'text'),
			fieldRow('number_id', entry['number_id'], 'text'),
		]),
	];
}
