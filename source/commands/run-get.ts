// `ec-tui NOUN get ID`: one record through the API call the TUI's detail view makes, written in the chosen format.
import type {ApiClient} from '../api/client.js';
import {EMPTY} from '../text/format.js';
import type {Clean} from '../text/sanitize.js';
import {pickColumns} from './columns.js';
import type {ReadCommand} from './command-line.js';
import {errorLine} from './error-line.js';
import type {CommandIo} from './io.js';
import {outputStream, OutputClosed} from './output-stream.js';
import {recordText, type Format} from './record-writers.js';
import {namesOf} from './row-names.js';

type GetCommand = Extract<ReadCommand, {kind: 'get'}>;

export async function runGet(command: GetCommand, format: Format, client: ApiClient, io: CommandIo): Promise<number> {
	const {resource, get} = command.subcommand;
	let names = new Map<string, Clean>();
	const {columns, perRow} = pickColumns(resource, command.columns, () => names.get(command.id) ?? EMPTY);
	try {
		const record = await get!(client, command.id, {signal: io.signal});
		const fetchName = perRow ? resource.nameFetcher?.(client) : undefined;
		if (fetchName) names = await namesOf(fetchName, [command.id], io.signal);
		if (io.signal.aborted) return 130;
		await outputStream(io.stdout).write(recordText(format, record, columns));
		return 0;
	} catch (error) {
		if (io.signal.aborted) return 130;
		if (error instanceof OutputClosed) return 0;
		io.stderr.write(`${errorLine(error)}\n`);
		return 1;
	}
}
