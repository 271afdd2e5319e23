// The list's data source, opened before any UI code loads: the first page is on the wire while Ink starts.
import {createApiClient, type ApiClient} from '../api/client.js';
import type {MutationRecorder} from '../api/mutation-recorder.js';
import {createResourceStore, type ResourceStore} from './resource-store.js';
import {externalConnections} from './external-connections.js';

// 100 rows answer fast enough for the first frame and hold about five screens, so one prefetch a screen
// ahead keeps a held ↓ from ever reaching an unloaded row (figures in README's Performance section).
export const LIST_PAGING = {pageSize: 100, prefetchRows: 40, maxResidentPages: 6};

export type ListSource = {client: ApiClient; store: ResourceStore};

/** Rows of the first screen: the terminal less the header, column titles, footer and Ink's spare line. */
function firstScreenRows(): number {
	return Math.max(1, (process.stdout.rows || 24) - 4);
}

/** `recorder`: the journal every mutation goes to; `readOnly`: every mutation is refused before it is sent. */
export type ClientSafety = {recorder?: MutationRecorder | undefined; readOnly?: boolean};

export function openList(
	target: {baseUrl: string; apiKey: string},
	{names, recorder, readOnly}: {names: boolean} & ClientSafety,
): ListSource {
	const client = createApiClient({
		baseUrl: target.baseUrl,
		apiKey: target.apiKey,
		...(recorder && {recorder}),
		...(readOnly && {readOnly}),
	});
	const store = createResourceStore(externalConnections, client, {...LIST_PAGING, names});
	store.view(0, firstScreenRows() - 1);
	return {client, store};
}
