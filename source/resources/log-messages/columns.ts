// The log messages list: what went wrong (code, title, detail), for which number and connection.
import {isRecord} from '../../api/is-record.js';
import {cleanText} from '../../text/sanitize.js';
import {showField, showMember} from '../../components/wire-value.js';
import type {ColumnSet} from '../resource-columns.js';
import type {LogMessage} from './types.js';

export type LogMessageColumnKey = 'code' | 'title' | 'number' | 'connection' | 'detail' | 'pointer' | 'ticket' | 'id';

/** `connectionName`: a connection's name where the app knows it; without one the connection's id shows. */
export function logMessageColumns(connectionName?: (id: string) => string | undefined): ColumnSet<LogMessage, LogMessageColumnKey> {
	const connection = (m: LogMessage) => {
		const id: unknown = isRecord(m.meta) ? m.meta['external_connection_id'] : undefined;
		const name = typeof id === 'string' ? connectionName?.(id) : undefined;
		return name === undefined ? showMember(m.meta, 'external_connection_id', 'text') : cleanText(name);
	};

	return {
		// The connection grows before the title: the code already says what went wrong.
		columns: [
			{key: 'code', title: 'code', min: 6, ideal: 6, tier: 1, cell: m => showField(m.code, 'text')},
			{key: 'connection', title: 'connection', min: 19, ideal: 30, tier: 1, cell: connection},
			{key: 'title', title: 'title', min: 16, ideal: 32, tier: 1, cell: m => showField(m.title, 'text')},
			{key: 'number', title: 'number', min: 16, ideal: 16, tier: 1, cell: m => showMember(m.meta, 'telephone_number', 'text')},
			{key: 'detail', title: 'detail', min: 16, ideal: 60, tier: 2, cell: m => showField(m.detail, 'text')},
			{key: 'pointer', title: 'field', min: 12, ideal: 20, tier: 3, cell: m => showMember(m.source, 'pointer', 'text')},
			{key: 'ticket', title: 'ticket', min: 36, ideal: 36, tier: 3, cell: m => showMember(m.meta, 'ticket_id', 'text')},
			{key: 'id', title: 'id', min: 19, ideal: 19, tier: 3, cell: m => showField(m.id, 'text')},
		],
		displayOrder: ['code', 'title', 'number', 'connection', 'detail', 'pointer', 'ticket', 'id'],
		stretch: ['detail', 'title'],
	};
}
