// A connection's number uploads to Microsoft Teams (GET /external_connections/{id}/uploads): a sub-list
// of its detail, rows by ticket id.
import {listUploads} from './uploads/api.js';
import {uploadColumns} from './uploads/columns.js';
import type {Upload} from './uploads/types.js';
import type {Resource} from './resource.js';
import {idRefusal} from './id-refusal.js';
import {UPLOAD_FILTERS} from './uploads/filters.js';

export const uploads: Resource<Upload> = {
	name: 'uploads',
	titles: ['Uploads', ''],
	plural: 'uploads',
	...uploadColumns(),
	placeColumns: uploadColumns,
	rowKey: row => (typeof row.ticket_id === 'string' ? row.ticket_id : undefined),
	idRefusal: (id, parentId = '') => idRefusal('/external_connections/{id}/uploads/{ticket_id}', {id: parentId, ticket_id: id}),
	fetchPage(client, {parentId, pageNumber, pageSize, filters}, options) {
		if (parentId === undefined) throw new TypeError('uploads are listed under a connection');
		return listUploads(client, parentId, {pageNumber, pageSize, filters}, options);
	},
	can: {open: true, create: false, mark: true},
	filters: UPLOAD_FILTERS,
	emptyText: filtered =>
		filtered === undefined
			? 'No uploads yet. Press N to upload numbers to Microsoft Teams.'
			: `No uploads of this connection match ${filtered}. Press x to clear the filters.`,
};
