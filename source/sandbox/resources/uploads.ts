// /external_connections/{id}/uploads: list (filters, paging), retrieve, pending counts, create,
// refresh (409 with Retry-After while one runs: the status the spec gives), retry.
import type {UploadPlan} from '../children-state.js';
import {fail, ok, parseJsonBody} from '../replies.js';
import type {Route} from '../route-types.js';
import {uuidOf, UUID_KINDS} from '../seed/uuids.js';
import type {UploadStatus} from '../seed/uploads.js';
import {pageOf, QueryReader} from '../sub-query.js';
import {notFound, telnyxError} from '../telnyx-errors.js';
import {validateUpload} from '../validate-upload.js';
import {NEXT_STATUS} from '../upload-progress.js';
import {scoped, type Scoped} from './connection-scope.js';

const FILTER_STATUSES = ['pending_upload', 'pending', 'in_progress', 'success', 'error'] as const;
const IN_FLIGHT: readonly UploadStatus[] = ['pending_upload', 'pending', 'in_progress'];
const REFRESH_SECONDS = 5;

function setStatus({state, connection}: Scoped, plan: UploadPlan, status: UploadStatus): void {
	const changes = state.changes(connection.index);
	const created = changes.createdUploads.find(p => p.ticketId === plan.ticketId);
	if (created) created.status = status;
	else changes.uploadStatuses.set(plan.ticketId, status);
	plan.status = status;
}

const planOf = ({children}: Scoped, ticketId: string) => children.uploadPlans().find(p => p.ticketId === ticketId);

export const uploadRoutes: Route[] = [
	{
		template: '/external_connections/:id/uploads',
		methods: {
			GET: scoped(({children, query}) => {
				const reader = new QueryReader(query);
				const page = reader.page();
				const statuses = reader.list('filter[status][eq]', FILTER_STATUSES);
				const civicAddressId = reader.text('filter[civic_address_id][eq]');
				const locationId = reader.text('filter[location_id][eq]');
				const eq = reader.text('filter[phone_number][eq]');
				const contains = reader.text('filter[phone_number][contains]');
				if (reader.errors.length > 0) return fail(422, reader.errors);
				// Plans are filtered by their numbers' text; uploads are rendered for the page alone.
				const hasNumber = (plan: UploadPlan) =>
					(eq === undefined || plan.ks.some(k => children.telephoneNumber(k) === eq)) &&
					(contains === undefined || plan.ks.some(k => children.telephoneNumber(k).includes(contains)));
				const plans = children
					.uploadPlans()
					.filter(
						plan =>
							(!statuses || (statuses as readonly string[]).includes(plan.status)) &&
							(civicAddressId === undefined || plan.civicAddressId === civicAddressId) &&
							(locationId === undefined || plan.locationId === locationId) &&
							hasNumber(plan),
					);
				const {data, meta} = pageOf(plans, page);
				return ok(200, {data: data.map(children.renderUpload), meta});
			}),
			POST: scoped(context => {
				const {children, connection, state, body} = context;
				const parsed = parseJsonBody(body);
				if (!parsed.ok) return parsed.response;
				const checked = validateUpload(parsed.value, children);
				if (!checked.ok) return fail(checked.status, checked.errors);
				const {ks, usages, civicAddressId, locationId} = checked.request;
				const address = children.addresses.find(a => a.id === civicAddressId) ?? children.addresses[0]!;
				const location = locationId ? children.location(locationId)! : {address, location: address.locations[0]!};
				const changes = state.changes(connection.index);
				const ticketId = uuidOf(UUID_KINDS.upload, connection.index, 1_000_000 + changes.createdUploads.length, context.store.seed);
				changes.createdUploads.unshift({
					ticketId,
					ks,
					civicAddressId: location.address.id,
					locationId: location.location.id,
					usages,
					status: 'pending_upload',
					createdAtMs: context.now.getTime(),
				});
				return ok(202, {success: true, ticket_id: ticketId});
			}),
		},
	},
	{
		template: '/external_connections/:id/uploads/status',
		methods: {
			GET: scoped(({children}) => {
				const inFlight = children.uploadPlans().filter(p => IN_FLIGHT.includes(p.status));
				const data = {
					pending_numbers_count: inFlight.reduce((sum, p) => sum + p.ks.length, 0),
					pending_orders_count: inFlight.filter(p => p.status === 'pending_upload').length,
				};
				return ok(200, {data});
			}),
		},
	},
	{
		template: '/external_connections/:id/uploads/refresh',
		methods: {
			POST: scoped(context => {
				const {state, connection, now} = context;
				const changes = state.changes(connection.index);
				const waitMs = changes.refreshUntil - now.getTime();
				if (waitMs > 0) {
					const seconds = Math.ceil(waitMs / 1000);
					const detail = `Status refresh is still in progress, please wait before calling again (about ${seconds} s).`;
					return {
						...fail(409, [telnyxError('10015', 'Refresh still in progress', detail)]),
						headers: {'retry-after': String(seconds)},
					};
				}
				// The recheck moves each upload in flight one step on; it keeps running for a few seconds.
				for (const plan of context.children.uploadPlans()) {
					const next = NEXT_STATUS[plan.status];
					if (next) setStatus(context, plan, next);
				}
				changes.refreshUntil = now.getTime() + REFRESH_SECONDS * 1000;
				return ok(200, {success: true});
			}),
		},
	},
	{
		template: '/external_connections/:id/uploads/:ticket_id',
		methods: {
			GET: scoped(context => {
				const plan = planOf(context, context.path.ticket_id!);
				return plan ? ok(200, {data: context.children.renderUpload(plan)}) : fail(404, [notFound()]);
			}),
		},
	},
	{
		template: '/external_connections/:id/uploads/:ticket_id/retry',
		methods: {
			POST: scoped(context => {
				const plan = planOf(context, context.path.ticket_id!);
				if (!plan) return fail(404, [notFound()]);
				if (IN_FLIGHT.includes(plan.status)) {
					const detail = 'Order is still in progress, please wait before retrying.';
					return fail(409, [telnyxError('10015', 'Upload still in progress', detail)]);
				}
				if (plan.status === 'success') {
					const detail = 'Every number of this upload reached Microsoft Teams: there is nothing to retry.';
					return fail(422, [telnyxError('10015', 'Nothing to retry', detail, {pointer: '/'})]);
				}
				// Reattempts this same upload, so the ticket id stays the one the client knows.
				setStatus(context, plan, 'pending_upload');
				return ok(202, {data: context.children.renderUpload(plan)});
			}),
		},
	},
];
