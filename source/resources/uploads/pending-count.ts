// The pending counts (GET …/uploads/status) as the uploads header shows them.
import {formatCount} from '../../text/format.js';
import {clean, ownText, type Clean} from '../../text/sanitize.js';
import {describeValue} from '../../components/wire-value.js';
import type {UploadsStatus} from './types.js';

const plural = (count: number, one: Clean, many: Clean) => clean`${formatCount(count)} ${count === 1 ? one : many}`;
const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;

/** Something is still on its way to Teams: a count above zero, or one the API gave in an unexpected shape. */
export const isPending = (status: UploadsStatus): boolean => status.pending_orders_count !== 0 || status.pending_numbers_count !== 0;

/** '2 pending' for the connection's footer: uploads on their way, when the count is one. */
export const pendingShort = (status: UploadsStatus): string | undefined =>
	isCount(status.pending_orders_count) && status.pending_orders_count > 0
		? `${formatCount(status.pending_orders_count)} pending`
		: undefined;

/** 'pending: 2 uploads · 302 numbers', 'nothing pending'; a count of the wrong type shows as what it is. */
export function pendingUploadsText(status: UploadsStatus | undefined): Clean {
	const orders: unknown = status?.pending_orders_count;
	const numbers: unknown = status?.pending_numbers_count;
	if (isCount(orders) && isCount(numbers) && orders === 0 && numbers === 0) return ownText('nothing pending');
	const part = (value: unknown, one: Clean, many: Clean) =>
		isCount(value)
			? plural(value, one, many)
			: value === undefined || value === null
				? clean`? ${many}`
				: clean`${describeValue(value)} (expected a count) ${many}`;
	const uploads = part(orders, ownText('upload'), ownText('uploads'));
	return clean`pending: ${uploads} · ${part(numbers, ownText('number'), ownText('numbers'))}`;
}
