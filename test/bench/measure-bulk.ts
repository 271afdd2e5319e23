// A bulk move of 500 numbers at 150 ms latency: the app's runner (4 at a time) against the same 500 moves sent one
// after another, and the requests the runner sent (exactly one a number).
import {createApiClient} from '../../source/api/client.js';
import {runBulk} from '../../source/mutation/bulk-send.js';
import {listCivicAddresses} from '../../source/resources/civic-addresses/api.js';
import {locationIds} from '../../source/resources/civic-addresses/coverage.js';
import {listPhoneNumbers, updatePhoneNumber} from '../../source/resources/phone-numbers/api.js';
import {startSandbox} from '../../source/sandbox/server.js';
import {log, round} from './stats.js';

export const BULK_NUMBERS = 500;
const LATENCY_MS = 150;

export type BulkFigures = {bulkMoveS: number; sequentialMoveS: number; bulkMoveRequests: number};

export async function measureBulk(): Promise<BulkFigures> {
	const sandbox = await startSandbox({});
	try {
		const client = createApiClient({baseUrl: sandbox.url, apiKey: sandbox.apiKey});
		const [connection] = (await client.listExternalConnections({pageNumber: 1, pageSize: 1})).data;
		const connectionId = connection!.id;
		const ids: string[] = [];
		for (let page = 1; ids.length < BULK_NUMBERS; page++) {
			const {data} = await listPhoneNumbers(client, connectionId, {pageNumber: page, pageSize: 250});
			ids.push(...data.map(row => row.number_id!).slice(0, BULK_NUMBERS - ids.length));
		}
		const [first, second] = locationIds((await listCivicAddresses(client, connectionId, {})).data);
		sandbox.setFaults({latencyMs: LATENCY_MS});
		const patches = () => sandbox.requests.filter(request => request.method === 'PATCH').length;

		const before = patches();
		let startedAt = performance.now();
		const report = await runBulk(ids, id => updatePhoneNumber(client, connectionId, id, {location_id: first!})).finished;
		const bulkMoveS = round((performance.now() - startedAt) / 1000);
		const bulkMoveRequests = patches() - before;
		if (report.progress.done !== BULK_NUMBERS) throw new Error(`only ${report.progress.done} of ${BULK_NUMBERS} moved`);

		startedAt = performance.now();
		for (const id of ids) await updatePhoneNumber(client, connectionId, id, {location_id: second!});
		const sequentialMoveS = round((performance.now() - startedAt) / 1000);
		log(`  ${BULK_NUMBERS} moves: ${bulkMoveS} s 4 at a time (${bulkMoveRequests} PATCHes), ${sequentialMoveS} s one after another`);
		return {bulkMoveS, sequentialMoveS, bulkMoveRequests};
	} finally {
		await sandbox.close();
	}
}
