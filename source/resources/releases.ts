// Numbers Microsoft Teams released from a connection (GET /external_connections/{id}/releases): a sub-list
// of its detail, rows by ticket id (what GET …/releases/{release_id} takes).
import {listReleases} from './releases/api.js';
import {releaseColumns} from './releases/columns.js';
import type {Release} from './releases/types.js';
import type {Resource} from './resource.js';
import {idRefusal} from './id-refusal.js';
import {RELEASE_FILTERS} from './releases/filters.js';

export const releases: Resource<Release> = {
	name: 'releases',
	titles: ['Releases', ''],
	plural: 'releases',
	...releaseColumns(),
	rowKey: row => (typeof row.ticket_id === 'string' ? row.ticket_id : undefined),
	idRefusal: (id, parentId = '') => idRefusal('/external_connections/{id}/releases/{release_id}', {id: parentId, release_id: id}),
	fetchPage(client, {parentId, pageNumber, pageSize, filters}, options) {
		if (parentId === undefined) throw new TypeError('releases are listed under a connection');
		return listReleases(client, parentId, {pageNumber, pageSize, filters}, options);
	},
	can: {open: true, create: false},
	filters: RELEASE_FILTERS,
	emptyText: filtered =>
		filtered === undefined
			? 'No releases: Microsoft Teams has released none of these numbers.'
			: `No releases of this connection match ${filtered}. Press x to clear the filters.`,
};
