// /external_connections and /external_connections/{id}: list, create, retrieve, update, delete.
import type {CreateExternalConnectionRequest} from '../../api/types.js';
import {createdRecord, updatedRecord, type UpdateExternalConnectionRequest} from '../connection-records.js';
import {deleteRefusals} from '../delete-refusals.js';
import {encodeId} from '../ids.js';
import {parseConnectionListQuery} from '../list-query.js';
import {fail, ok, parseJsonBody} from '../replies.js';
import type {Route} from '../route-types.js';
import {notFound} from '../telnyx-errors.js';
import {validateCreate} from '../validate-create.js';
import {validateUpdate} from '../validate-update.js';

export const externalConnectionRoutes: Route[] = [
	{
		template: '/external_connections',
		methods: {
			GET({store, query}) {
				const parsed = parseConnectionListQuery(query);
				return parsed.ok ? ok(200, store.list(parsed.query)) : fail(400, parsed.errors);
			},
			POST({store, body, now}) {
				const parsed = parseJsonBody(body);
				if (!parsed.ok) return parsed.response;
				const errors = validateCreate(parsed.value);
				if (errors.length > 0) return fail(422, errors);
				const id = encodeId(store.nextIndex(), store.seed);
				const {record, traits} = createdRecord(parsed.value as CreateExternalConnectionRequest, id, now);
				store.add(record, traits);
				return ok(201, {data: record.external});
			},
		},
	},
	{
		template: '/external_connections/:id',
		methods: {
			GET({store, path}) {
				const found = store.find(path.id!);
				return found ? ok(200, {data: found.record.external}) : fail(404, [notFound()]);
			},
			PATCH({store, path, body, now}) {
				const found = store.find(path.id!);
				if (!found) return fail(404, [notFound()]);
				const parsed = parseJsonBody(body);
				if (!parsed.ok) return parsed.response;
				const errors = validateUpdate(parsed.value);
				if (errors.length > 0) return fail(422, errors);
				const record = updatedRecord(found.record, parsed.value as UpdateExternalConnectionRequest, now);
				store.replace(found.index, record);
				return ok(200, {data: record.external});
			},
			DELETE({store, path}) {
				const found = store.find(path.id!);
				if (!found) return fail(404, [notFound()]);
				const refusals = deleteRefusals(found, store.phoneNumberCount(found.index));
				if (refusals.length > 0) return fail(422, refusals);
				store.remove(found.index);
				return ok(200, {data: found.record.external});
			},
		},
	},
];
