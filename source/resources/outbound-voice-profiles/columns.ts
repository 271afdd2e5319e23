// The outbound voice profiles list: what tells profiles apart (name, id), whether they work (enabled),
// how many connections use them, then their limits and what they may call.
import type {OutboundVoiceProfile} from '../../api/types.js';
import {keepTail} from '../../text/keep-tail.js';
import {showDay, showField} from '../../components/wire-value.js';
import type {ResourceColumn} from '../resource.js';

export type ProfileColumnKey =
	| 'name'
	| 'id'
	| 'enabled'
	| 'connections'
	| 'created'
	| 'limit'
	| 'destinations'
	| 'tags'
	| 'spend'
	| 'traffic'
	| 'plan'
	| 'payment'
	| 'updated';

type ProfileColumn = Extract<ResourceColumn<OutboundVoiceProfile>, {cell: unknown}> & {key: ProfileColumnKey};

export const PROFILE_COLUMNS: readonly ProfileColumn[] = [
	{key: 'name', title: 'name', min: 16, ideal: 30, tier: 1, cell: p => showField(p.name, 'text')},
	{key: 'id', title: 'id', min: 8, ideal: 19, tier: 1, cell: (p, width) => keepTail(showField(p.id, 'text'), width)},
	{key: 'enabled', title: 'enabled', min: 7, ideal: 7, tier: 1, cell: p => showField(p.enabled, 'yes/no')},
	{key: 'connections', title: 'connections', min: 11, ideal: 11, tier: 1, cell: p => showField(p.connections_count, 'a number')},
	{key: 'created', title: 'created', min: 10, ideal: 10, tier: 1, cell: p => showDay(p.created_at)},
	{key: 'limit', title: 'call limit', min: 10, ideal: 10, tier: 2, cell: p => showField(p.concurrent_call_limit, 'a number')},
	{
		key: 'destinations',
		title: 'destinations',
		min: 12,
		ideal: 20,
		tier: 2,
		cell: p => showField(p.whitelisted_destinations, 'a list of text'),
	},
	{key: 'tags', title: 'tags', min: 6, ideal: 16, tier: 2, cell: p => showField(p.tags, 'a list of text')},
	{key: 'spend', title: 'daily limit', min: 11, ideal: 11, tier: 3, cell: p => showField(p.daily_spend_limit, 'text')},
	{key: 'traffic', title: 'traffic', min: 14, ideal: 14, tier: 3, cell: p => showField(p.traffic_type, 'text')},
	{key: 'plan', title: 'plan', min: 6, ideal: 6, tier: 3, cell: p => showField(p.service_plan, 'text')},
	{key: 'payment', title: 'payment', min: 9, ideal: 9, tier: 3, cell: p => showField(p.usage_payment_method, 'text')},
	{key: 'updated', title: 'updated', min: 10, ideal: 10, tier: 3, cell: p => showDay(p.updated_at)},
];

export const PROFILE_DISPLAY_ORDER: readonly ProfileColumnKey[] = [
	'name',
	'id',
	'enabled',
	'connections',
	'limit',
	'destinations',
	'spend',
	'traffic',
	'plan',
	'payment',
	'tags',
	'created',
	'updated',
];
