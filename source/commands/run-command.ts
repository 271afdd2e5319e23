// `ec-tui NOUN VERB …` without a terminal: read the command line, find the account as the TUI does
// (config/resolve-config.ts: --demo, --api-key-file, TELNYX_API_KEY, the profile), run it, and answer with the exit
// status: 0 done, 1 an API or network error, 2 a usage error, 130 interrupted. Nothing here loads Ink.
import {createApiClient} from '../api/client.js';
import {journalProfile, openJournal} from '../journal/open-journal.js';
import {resolveConfig, type ResolvedConfig} from '../config/resolve-config.js';
import {readCommand} from './command-line.js';
import type {CommandIo} from './io.js';
import {runGet} from './run-get.js';
import {runList} from './run-list.js';
import {runMutation} from './run-mutation.js';

const NO_KEY =
	'ec-tui: no API key: set TELNYX_API_KEY, pass --api-key-file PATH, or save a profile (ec-tui profile add NAME); --demo reads the demo sandbox.';

/** `argv` from the subcommand's noun on. */
export async function runReadCommand(argv: readonly string[], io: CommandIo): Promise<number> {
	const command = readCommand(argv);
	if (command.kind === 'help') {
		io.stdout.write(command.text);
		return 0;
	}
	if (command.kind === 'usage') {
		io.stderr.write(`${command.message}\n`);
		return 2;
	}
	const config = await resolveConfig(command.target, io.env);
	if (config.mode === 'invalid') {
		io.stderr.write(`ec-tui: ${config.message}\n`);
		return 2;
	}
	if (config.mode === 'ask-key') {
		io.stderr.write(`${NO_KEY}\n`);
		return 2;
	}
	if (config.mode === 'live' && config.notice) io.stderr.write(`ec-tui: ${config.notice}\n`);
	const readOnly = command.target.readOnly === true || (config.mode === 'live' && config.readOnly);
	if (command.kind === 'mutation' && readOnly) {
		const {noun, verb} = command.mutation;
		io.stderr.write(
			`ec-tui ${noun} ${verb}: read-only (--read-only, or the profile's read_only): this command changes the account, so it does not run. Nothing sent.\n`,
		);
		return 2;
	}
	const target = await connect(config);
	const profile = journalProfile(config.mode === 'demo', config.mode === 'live' ? config.profile : undefined);
	const journal = openJournal(io.env, {profile, off: command.target.noJournal ?? false});
	const client = createApiClient({
		baseUrl: target.baseUrl,
		apiKey: target.apiKey,
		...(journal && {recorder: journal}),
		...(readOnly && {readOnly}),
		...(command.kind === 'mutation' && command.dryRun && {dryRun: true}),
	});
	const format = command.format ?? (io.stdout.isTTY ? 'table' : 'json');
	try {
		if (command.kind === 'mutation') return await runMutation(command, format, client, io);
		return command.kind === 'list' ? await runList(command, format, client, io) : await runGet(command, format, client, io);
	} finally {
		await journal?.idle();
		await target.close();
	}
}

type Target = {baseUrl: string; apiKey: string; close(): Promise<void>};

/** The account's API, or the demo's sandbox, started for this command and closed after it. */
async function connect(config: Extract<ResolvedConfig, {mode: 'live' | 'demo'}>): Promise<Target> {
	if (config.mode === 'live') return {baseUrl: config.baseUrl, apiKey: config.apiKey, close: async () => undefined};
	const {startSandbox} = await import('../sandbox/server.js');
	const sandbox = await startSandbox();
	return {baseUrl: sandbox.url, apiKey: sandbox.apiKey, close: () => sandbox.close()};
}
