// The releases list: which release, its status and numbers, when, and why it failed.
import {showDay, showField} from '../../components/wire-value.js';
import {entriesCell} from '../cells.js';
import type {ColumnSet} from '../resource-columns.js';
import type {Release} from './types.js';

export type ReleaseColumnKey = 'ticket' | 'status' | 'numbers' | 'created' | 'error' | 'tenant';

export function releaseColumns(): ColumnSet<Release, ReleaseColumnKey> {
	return {
		columns: [
			{key: 'ticket', title: 'ticket', min: 13, ideal: 36, tier: 1, cell: r => showField(r.ticket_id, 'text')},
			{key: 'status', title: 'status', min: 14, ideal: 14, tier: 1, cell: r => showField(r.status, 'text')},
			{key: 'numbers', title: 'numbers', min: 10, ideal: 22, tier: 1, cell: r => entriesCell(r.telephone_numbers, 'phone_number')},
			{key: 'created', title: 'created', min: 10, ideal: 10, tier: 1, cell: r => showDay(r.created_at)},
			{key: 'error', title: 'error', min: 12, ideal: 48, tier: 2, cell: r => showField(r.error_message, 'text')},
			{key: 'tenant', title: 'tenant', min: 36, ideal: 36, tier: 3, cell: r => showField(r.tenant_id, 'text')},
		],
		displayOrder: ['ticket', 'status', 'numbers', 'created', 'error', 'tenant'],
		stretch: ['error', 'ticket'],
	};
}
