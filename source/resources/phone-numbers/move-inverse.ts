import type {Inverse} from '../../api/mutation-recorder.js';

/**
 * The move that puts a number back where it was before `to`: none when it had no location (there is none to put
 * back), or when it is there already.
 */
export function moveInverse(connectionId: string, numberId: string, before: unknown, to: string): Inverse | undefined {
	if (typeof before !== 'string' || before === '' || before === to) return undefined;
	return {
		label: `number ${numberId}: location back to ${before}`,
		route: '/external_connections/{id}/phone_numbers/{phone_number_id}',
		ids: {id: connectionId, phone_number_id: numberId},
		body: {location_id: before},
	};
}
