// Every field of one log message, for its detail view.
import type {DetailRow} from '../detail-lines.js';
import {fieldRow, heading, memberRow} from '../detail-rows.js';
import type {LogMessage} from './types.js';

export function logMessageDetailRows(message: LogMessage): DetailRow[] {
	return [
		heading('Message'),
		fieldRow('code', message.code, 'text'),
		fieldRow('title', message.title, 'text'),
		fieldRow('detail', message.detail, 'text'),
		memberRow('pointer', message.source, 'text'),
		heading('About'),
		memberRow('external_connection_id', message.meta, 'text'),
		memberRow('telephone_number', message.meta, 'text'),
		memberRow('ticket_id', message.meta, 'text'),
		heading('Identity'),
		fieldRow('id', message.id, 'text'),
	];
}
