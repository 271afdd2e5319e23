// The read subcommands' command line: what each asks for, the resource's filter rules applied before any request,
// and one sentence (with the nearest known name) for each mistake.
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {readCommand, type ReadCommand} from '../source/commands/command-line.js';
import {parseFilterArgs} from '../source/commands/filter-args.js';
import {READ_SUBCOMMANDS} from '../source/commands/subcommands.js';
import {parseCommand, READ_NOUNS} from '../source/config/parse-flags.js';
import {HELP_TEXT} from '../source/config/help-text.js';
import {CONNECTION_FILTERS} from '../source/resources/connection-filters.js';
import {offeredFields} from '../source/resources/filter-table.js';
import {logMessages, uploads} from '../source/resources/index.js';

const ID = '1293384261075731499';

function usage(argv: string[]): string {
	const command = readCommand(argv);
	assert.equal(command.kind, 'usage', `${argv.join(' ')} gave ${command.kind}`);
	return (command as Extract<ReadCommand, {kind: 'usage'}>).message;
}

function list(argv: string[]): Extract<ReadCommand, {kind: 'list'}> {
	const command = readCommand(argv);
	assert.equal(command.kind, 'list', command.kind === 'usage' ? command.message : command.kind);
	return command as Extract<ReadCommand, {kind: 'list'}>;
}

describe('the read command line', () => {
	it('knows the same nouns as the main command line, which hands them over with the flags written before them', () => {
		assert.deepEqual(
			READ_SUBCOMMANDS.map(subcommand => subcommand.noun),
			READ_NOUNS,
		);
		assert.deepEqual(parseCommand(['connections', 'list']), {command: 'read', argv: ['connections', 'list']});
		assert.deepEqual(parseCommand(['--demo', 'numbers', 'list', ID]), {command: 'read', argv: ['numbers', 'list', ID, '--demo']});
		assert.deepEqual(parseCommand(['--base-url', 'http://127.0.0.1:1', 'logs', 'list']), {
			command: 'read',
			argv: ['logs', 'list', '--base-url', 'http://127.0.0.1:1'],
		});
		// A flag's value is never taken for the noun: a profile may be named like one.
		assert.deepEqual(parseCommand(['--profile', 'logs', 'connections', 'list']), {
			command: 'read',
			argv: ['connections', 'list', '--profile', 'logs'],
		});
		assert.equal(parseCommand(['--profile', 'connections']).command, 'app');
		for (const noun of READ_NOUNS) assert.match(HELP_TEXT, new RegExp(`ec-tui .*\\b${noun}\\b`), `ec-tui --help names ${noun}`);
		assert.deepEqual(parseCommand(['conections', 'list']), {
			command: 'invalid',
			message: 'Unknown command "conections". Did you mean connections? Run ec-tui --help for the options.',
		});
	});

	it('reads a list with its defaults: the first 100 rows, one request of 100, 8 in flight', () => {
		const command = list(['connections', 'list']);
		assert.equal(command.limit, 100);
		assert.equal(command.pageSize, 100);
		assert.equal(command.concurrency, 8);
		assert.equal(command.format, undefined);
		assert.deepEqual(command.filters, {});
		assert.deepEqual(command.target, {demo: false, baseUrl: undefined, apiKeyFile: undefined});
	});

	it('carries --read-only and --no-journal to the client it builds, before or after the noun', () => {
		assert.deepEqual(list(['connections', 'list', '--read-only', '--no-journal']).target, {
			demo: false,
			baseUrl: undefined,
			apiKeyFile: undefined,
			readOnly: true,
			noJournal: true,
		});
		const moved = parseCommand(['--read-only', 'connections', 'list']);
		assert.ok(moved.command === 'read' && list(moved.argv).target.readOnly === true);
	});

	it('reads --all, --limit, --page-size, --concurrency, --format, --json and --columns', () => {
		const all = list(['connections', 'list', '--all', '--format', 'jsonl', '--concurrency', '4', '--demo']);
		assert.equal(all.limit, undefined);
		assert.equal(all.pageSize, 250);
		assert.equal(all.concurrency, 4);
		assert.equal(all.format, 'jsonl');
		assert.equal(all.target.demo, true);
		const some = list(['connections', 'list', '--limit', '1000', '--page-size', '50', '--json']);
		assert.deepEqual([some.limit, some.pageSize, some.format], [1000, 50, 'json']);
		const csv = list(['connections', 'list', '--format', 'csv', '--columns', 'id, service,name']);
		assert.deepEqual(csv.columns, ['id', 'service', 'name']);
	});

	it("checks filters by the resource's own table, with the filter form's rules", () => {
		assert.deepEqual(list(['connections', 'list', '--filter', 'name~zoom', '--filter', 'service=zoom']).filters, {
			connectionNameContains: 'zoom',
			externalSipConnection: 'zoom',
		});
		assert.deepEqual(list(['uploads', 'list', ID, '--filter', 'status=pending,error', '--filter', 'number~44']).filters, {
			statuses: ['pending', 'error'],
			phoneNumberContains: '44',
		});
		assert.deepEqual(list(['addresses', 'list', ID, '--filter', 'country=us,ca']).filters, {countries: ['US', 'CA']});
		assert.deepEqual(list(['logs', 'list', '--filter', 'connection=null']).filters, {connectionId: 'null'});
		assert.equal(list(['logs', 'list', ID]).parentId, ID);
		assert.deepEqual(list(['profiles', 'list', '--filter', 'sort=-name']).filters, {sort: '-name'});
		const location = '0b8a1c6e-2f4d-4c1a-9e7b-3d2f1a0b9c8d';
		assert.deepEqual(list(['numbers', 'list', ID, '--filter', `location=${location}`]).filters, {locationId: location});
	});

	it('refuses what the filter form refuses, naming the filter and its rule', () => {
		assert.equal(
			usage(['connections', 'list', '--filter', 'name~zo']),
			'ec-tui connections list: --filter name~: Too short: a name filter needs at least 3 characters; matching ignores case.',
		);
		assert.match(
			usage(['connections', 'list', '--filter', 'service=teams']),
			/--filter service=: Not a service: teams\. One of zoom, operator_connect\./,
		);
		assert.match(usage(['connections', 'list', '--filter', 'created=2025-02-30']), /2025-02-30 is not a calendar date/);
		assert.match(
			usage(['addresses', 'list', ID, '--filter', 'country=UK']),
			/UK is not an ISO 3166-1 country code: the United Kingdom is GB/,
		);
		assert.match(usage(['numbers', 'list', ID, '--filter', 'location=Austin']), /a location id is a UUID/);
		assert.match(usage(['connections', 'list', '--filter', 'name=zoom']), /name is written name~/);
		assert.match(usage(['connections', 'list', '--filter', 'name~zoom', '--filter', 'name~hq']), /--filter name~ is given twice/);
		assert.match(usage(['connections', 'list', '--filter', 'zoom']), /write it as NAME~TEXT/);
		assert.match(usage(['connections', 'list', '--filter', 'service=']), /no value/);
	});

	it('answers an unknown filter with the nearest one and the list of those there are', () => {
		assert.equal(
			usage(['connections', 'list', '--filter', 'nmae~zoom']),
			'ec-tui connections list: --filter nmae~zoom: no filter named "nmae". Did you mean name? ' +
				"This list's filters: name~, service=, created=, phone=, id=, profile=.",
		);
		// The connection filter is for the list of every connection's log messages, not one's.
		assert.match(usage(['logs', 'list', ID, '--filter', 'connection=1']), /no filter named "connection"/);
	});

	it('answers a mistyped verb, flag, format or column with the nearest one, and a missing or bad id', () => {
		assert.equal(
			usage(['connections', 'lsit']),
			'ec-tui connections: no verb "lsit". Did you mean list? Verbs: list, get, create, update, delete.',
		);
		assert.match(usage(['numbers', 'get', ID]), /no verb "get"\. Verbs: list, move\./);
		assert.match(
			usage(['connections', 'list', '--limt', '5']),
			/^ec-tui connections list: Unknown option '--limt'\. Did you mean --limit\?$/,
		);
		assert.match(usage(['connections', 'list', '--format', 'jsnl']), /--format jsnl: not a format\. Did you mean jsonl\?/);
		assert.match(
			usage(['connections', 'list', '--format', 'csv', '--columns', 'id,serivce']),
			/no column "serivce"\. Did you mean service\?/,
		);
		assert.match(usage(['connections', 'list', '--json', '--columns', 'id']), /--columns picks the columns of table and csv/);
		assert.match(usage(['connections', 'list', '--json', '--format', 'csv']), /two formats/);
		assert.match(usage(['connections', 'list', '--all', '--limit', '3']), /--all and --limit/);
		assert.match(usage(['connections', 'list', '--limit', '0']), /--limit must be a whole number of 1 or more \(got "0"\)/);
		assert.match(usage(['connections', 'list', '--page-size', '251']), /--page-size must be a whole number from 1 to 250/);
		assert.match(usage(['connections', 'list', '--concurrency', '0']), /--concurrency must be a whole number from 1 to 32/);
		assert.match(usage(['numbers', 'list']), /^ec-tui numbers list: the connection is missing: ec-tui numbers list CONNECTION_ID/);
		assert.match(usage(['numbers', 'list', 'abc']), /^ec-tui numbers list: "abc" is not a connection id/);
		assert.match(usage(['connections', 'list', ID]), /unexpected "1293384261075731499"/);
		assert.match(usage(['connections', 'get']), /^ec-tui connections get: it takes one id: ec-tui connections get ID/);
		assert.match(usage(['connections', 'get', '12x']), /"12x" is not an id of external connections/);
		assert.match(usage(['connections']), /^ec-tui connections needs a verb: list, get, create, update or delete\./);
		assert.match(usage(['profile', 'list']), /unknown command "profile"\. Did you mean profiles\?/);
	});

	it('has help on every subcommand and verb, with examples, the filters from the table and the columns', () => {
		for (const {noun, get} of READ_SUBCOMMANDS) {
			for (const argv of [[noun, '--help'], [noun, 'list', '--help'], ...(get ? [[noun, 'get', '-h']] : [])]) {
				const command = readCommand(argv);
				assert.equal(command.kind, 'help', argv.join(' '));
				assert.match((command as {text: string}).text, /Examples\n {2}ec-tui /, argv.join(' '));
			}
		}
		const help = (readCommand(['connections', 'list', '--help']) as {text: string}).text;
		for (const field of CONNECTION_FILTERS.fields) assert.match(help, new RegExp(`^  ${field.short}[~=]VALUE +${field.label}`, 'm'));
		assert.match(help, /Columns: name, id, service, active, credential, created, tags, webhook/);
		assert.match(help, /Exit status: 0 done, 1 an API or network error, 2 a usage error, 130 interrupted/);
		const uploadsHelp = (readCommand(['uploads', 'list', '--help']) as {text: string}).text;
		assert.match(uploadsHelp, /status=VALUE +Status: .* One of pending_upload, pending, in_progress, success, error \(several: a,b\)/);
	});
});

describe('filter arguments', () => {
	it('take the same values the form does, for every table', () => {
		const fields = offeredFields(uploads.filters, true);
		assert.deepEqual(parseFilterArgs(['number=+15555555555'], fields), {ok: true, filters: {phoneNumberEq: '+15555555555'}});
		assert.deepEqual(parseFilterArgs([], offeredFields(logMessages.filters, false)), {ok: true, filters: {}});
		assert.deepEqual(parseFilterArgs(['number=null'], offeredFields(logMessages.filters, false)), {
			ok: true,
			filters: {telephoneNumberEq: 'null'},
		});
	});
});
