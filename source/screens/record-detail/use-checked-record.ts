import type {RequestOptions} from '../../api/client.js';
import {ApiError} from '../../api/errors.js';
import type {ResourceStore} from '../../resources/resource-store.js';
import {useRecord} from './use-record.js';

/**
 * useRecord, unless the record's id is one the contract would not produce (`refusal`): then it is shown from
 * its list row, and nothing is asked for it. A row no longer held shows the refusal instead.
 */
export function useCheckedRecord<T>(
	store: ResourceStore,
	id: string,
	refusal: string | undefined,
	load: (options: RequestOptions) => Promise<T>,
): ReturnType<typeof useRecord<T>> {
	return useRecord(id, options => (refusal === undefined ? load(options) : listedRow<T>(store, id, refusal)));
}

async function listedRow<T>(store: ResourceStore, id: string, refusal: string): Promise<T> {
	const row: unknown = store.find(id);
	if (row === undefined) throw new ApiError({kind: 'invalid-id', message: refusal});
	return row as T;
}
