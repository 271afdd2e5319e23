// `ec-tui NOUN list`: the resource's pages (paging/ordered-pages.ts) through its fetcher, each page's rows written in the
// chosen format as soon as the pages before it are out. Memory holds the window's pages, never the list.
import type {ApiClient, RequestOptions} from '../api/client.js';
import {EMPTY, formatCount} from '../text/format.js';
import type {Clean} from '../text/sanitize.js';
import {pickColumns} from './columns.js';
import type {ReadCommand} from './command-line.js';
import {errorLine} from './error-line.js';
import {orderedPages} from '../paging/ordered-pages.js';
import {outputStream, OutputClosed} from './output-stream.js';
import {progressLine} from './progress.js';
import {listWriter, type Format} from './record-writers.js';
import {namesOf} from './row-names.js';
import type {CommandIo} from './io.js';
import {tableLayout} from './table-text.js';

type ListCommand = Extract<ReadCommand, {kind: 'list'}>;

export async function runList(command: ListCommand, format: Format, client: ApiClient, io: CommandIo): Promise<number> {
	const {resource} = command.subcommand;
	let names = new Map<string, Clean>();
	const {columns, perRow} = pickColumns(resource, command.columns, row => names.get(resource.rowKey(row) ?? '') ?? EMPTY);
	const fetchName = perRow ? resource.nameFetcher?.(client) : undefined;
	const writer = listWriter(format, {
		columns,
		layout: tableLayout(columns, io.stdout.isTTY ? io.stdout.columns : undefined, resource.stretch),
		inactive: row => resource.inactive?.(row) ?? false,
	});
	// A filter the API lacks (a connection's voice profile) keeps the rows it matches as they are read, so a limit
	// says nothing of how many pages that takes: they are read, the largest the API gives, until it is reached.
	const keep = resource.clientFilter?.keep(command.filters);
	const pageSize = keep ? resource.clientFilter!.pageSize : command.pageSize;
	const maxPages = command.limit === undefined || keep ? undefined : Math.ceil(command.limit / pageSize);
	const out = outputStream(io.stdout);
	const progress = progressLine(io.stderr, Date.now());
	let rows = 0;
	let pages = 0;
	let totalRows: number | undefined;
	// The head goes out with the first page: a list that fails before it writes nothing on stdout, not an empty list.
	let started = false;
	const start = () => {
		const head = started ? '' : writer.head();
		started = true;
		return head;
	};
	const finish = async (code: number, line?: string) => {
		progress.clear();
		if (started || code !== 1) await out.write(start() + writer.tail()).catch(() => undefined);
		if (line) io.stderr.write(`${line}\n`);
		return code;
	};
	try {
		const fetchPage = (pageNumber: number, options: RequestOptions) =>
			resource.fetchPage(client, {parentId: command.parentId, pageNumber, pageSize, filters: command.filters}, options);
		for await (const page of orderedPages(fetchPage, {pageSize, concurrency: command.concurrency, maxPages, signal: io.signal})) {
			totalRows ??= page.totalRows;
			let shown: unknown[] = keep ? page.rows.filter(keep) : page.rows;
			if (command.limit !== undefined) shown = shown.slice(0, command.limit - rows);
			if (fetchName) {
				const keys = shown.flatMap(row => resource.rowKey(row) ?? []);
				names = await namesOf(fetchName, keys, io.signal);
			}
			if (io.signal.aborted) break;
			await out.write(start() + writer.rows(shown));
			rows += shown.length;
			pages++;
			progress.update({rows, pages, lastPage: page.lastPage});
			if (command.limit !== undefined && rows >= command.limit) break;
		}
	} catch (error) {
		if (error instanceof OutputClosed) return finish(0);
		if (!io.signal.aborted) return finish(1, errorLine(error));
	}
	if (io.signal.aborted) return finish(130, `ec-tui: interrupted after ${formatCount(rows)} rows.`);
	const more = command.limit !== undefined && totalRows !== undefined && totalRows > rows && !keep;
	// Only to a person: a script asked for its limit and knows it.
	return finish(
		0,
		more && io.stderr.isTTY
			? `${formatCount(rows)} of ${formatCount(totalRows!)} rows: --all for every one, --limit N for more.`
			: undefined,
	);
}
