// Uploads of one external connection: list (filters, paging), retrieve by ticket id, the pending
// counts, and the three mutations (create, refresh, retry), each sent once and never retried.
import type {ApiClient, RequestOptions} from '../../api/client.js';
import type {PageQuery} from '../../api/query.js';
import type {FilterValues, ListResponse} from '../../api/types.js';
import {readSingleBody} from '../../api/validate-response.js';
import {formatCount} from '../../text/format.js';
import {describeSent} from '../describe-sent.js';
import {deepObjectQuery} from '../query.js';
import {filterParams} from '../filter-table.js';
import {UPLOAD_FILTERS} from './filters.js';
import {keyedListReader, keyedSingleReader, readObjectBody} from '../read-bodies.js';
import type {CreateUploadRequest, CreatedUpload, RefreshResult, Upload, UploadsStatus} from './types.js';

const UPLOADS = '/external_connections/{id}/uploads';
const readList = keyedListReader<Upload>('ticket_id');
const readOne = keyedSingleReader<Upload>('ticket_id');

/** `filters`: by the keys of UPLOAD_FILTERS; unset ones are left out. */
export function uploadsQuery(q: PageQuery & {filters?: FilterValues}): URLSearchParams {
	return deepObjectQuery(q, filterParams(UPLOAD_FILTERS, q.filters));
}

export function listUploads(
	client: ApiClient,
	connectionId: string,
	q: PageQuery & {filters?: FilterValues},
	o?: RequestOptions,
): Promise<ListResponse<Upload>> {
	return client.call({method: 'GET', route: UPLOADS, ids: {id: connectionId}, searchParams: uploadsQuery(q)}, readList, o);
}

export function getUpload(client: ApiClient, connectionId: string, ticketId: string, o?: RequestOptions): Promise<Upload> {
	return client.call(
		{method: 'GET', route: '/external_connections/{id}/uploads/{ticket_id}', ids: {id: connectionId, ticket_id: ticketId}},
		readOne,
		o,
	);
}

export function getUploadsStatus(client: ApiClient, connectionId: string, o?: RequestOptions): Promise<UploadsStatus> {
	return client.call(
		{method: 'GET', route: '/external_connections/{id}/uploads/status', ids: {id: connectionId}},
		readSingleBody<UploadsStatus>,
		o,
	);
}

/** Answered 202 with the new ticket id; 413 past MAX_UPLOAD_NUMBERS. */
export function createUpload(
	client: ApiClient,
	connectionId: string,
	body: CreateUploadRequest,
	o?: RequestOptions,
): Promise<CreatedUpload> {
	const count = body.number_ids.length;
	const first = body.number_ids[0] ?? '';
	const place = body.location_id
		? `location ${body.location_id}`
		: body.civic_address_id
			? `civic address ${body.civic_address_id}`
			: 'default location';
	const sent = describeSent([`${formatCount(count)} ${count === 1 ? 'number' : 'numbers'} from ${first}`, place]);
	return client.call({method: 'POST', route: UPLOADS, ids: {id: connectionId}, json: body, sent}, readObjectBody<CreatedUpload>, o);
}

/** Rechecks every pending upload in the background; 409 (or 429) while the last recheck still runs. */
export function refreshUploads(client: ApiClient, connectionId: string, o?: RequestOptions): Promise<RefreshResult> {
	return client.call(
		{method: 'POST', route: '/external_connections/{id}/uploads/refresh', ids: {id: connectionId}, sent: 'refresh upload statuses'},
		readObjectBody<RefreshResult>,
		o,
	);
}

/** Retries a failed upload; the answer's ticket_id may name a new upload. 409 while in flight, 422 when nothing failed. */
export function retryUpload(client: ApiClient, connectionId: string, ticketId: string, o?: RequestOptions): Promise<Upload> {
	return client.call(
		{
			method: 'POST',
			route: '/external_connections/{id}/uploads/{ticket_id}/retry',
			ids: {id: connectionId, ticket_id: ticketId},
			sent: `retry upload ${ticketId}`,
		},
		readOne,
		o,
	);
}
