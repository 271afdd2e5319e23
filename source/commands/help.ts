// The help of each read subcommand, built from what it runs: the filters from the resource's filter table (with the
// rules the filter form states), the columns from its column list, the examples from the subcommand table.
import {offeredFields} from '../resources/filter-table.js';
import {columnKeys} from './columns.js';
import {filterSyntax} from './filter-args.js';
import {FORMATS} from './record-writers.js';
import {mutationUsage} from './mutation.js';
import {mutationsOf} from './mutations.js';
import type {ReadSubcommand} from './subcommands.js';

export const DEFAULT_LIMIT = 100;
export const DEFAULT_CONCURRENCY = 8;
export const MAX_CONCURRENCY = 32;

export const CONNECTION_FLAGS = `Account
  --demo                  read the embedded demo sandbox instead (no account, no network)
  --base-url URL          API base URL (default https://api.telnyx.com/v2; TELNYX_BASE_URL)
  --api-key-file PATH     the API key from a file; else TELNYX_API_KEY, else the profile
  --profile NAME          a saved profile (ec-tui profile list); else TELNYX_PROFILE, else the default
  --allow-insecure-http   allow a plain http:// base URL that is not this machine
  --read-only             refuse any change (a command that would make one exits with status 2)
  --no-journal            do not write changes to the journal`;

const FORMAT_FLAGS = `  --format F              ${FORMATS.join(', ')}: a table on a terminal, json otherwise
  --json                  the same as --format json
  --columns A,B,C         the columns of table and csv, in this order`;

export const EXIT_CODES = 'Exit status: 0 done, 1 an API or network error, 2 a usage error, 130 interrupted (Ctrl+C).';

function usage(subcommand: ReadSubcommand): string {
	const parent = {none: '', required: ' CONNECTION_ID', optional: ' [CONNECTION_ID]'}[subcommand.parent];
	return `ec-tui ${subcommand.noun} list${parent} [options]`;
}

export function examples(lines: ReadonlyArray<readonly [string, string]>): string {
	return lines.map(([command, what]) => `  ${command}\n      ${what}`).join('\n');
}

export function nounHelp(subcommand: ReadSubcommand): string {
	const lines = [`ec-tui ${subcommand.noun}: ${subcommand.summary}`, '', 'Usage', `  ${usage(subcommand)}`];
	if (subcommand.get) lines.push(`  ec-tui ${subcommand.noun} get ID [options]`);
	const mutations = mutationsOf(subcommand.noun);
	lines.push(...mutations.map(mutation => `  ${mutationUsage(mutation)}`));
	lines.push(
		'',
		`Run ec-tui ${subcommand.noun} VERB --help for a verb's filters, fields, columns and options.`,
		'',
		'Examples',
		examples([...subcommand.examples, ...mutations.map(mutation => mutation.examples[0]!)]),
	);
	return `${lines.join('\n')}\n`;
}

export function listHelp(subcommand: ReadSubcommand): string {
	const {resource} = subcommand;
	const fields = offeredFields(resource.filters, subcommand.parent === 'required');
	const filters = fields.map(field => {
		const values = field.kind === 'enum' ? ` One of ${field.options.join(', ')}${field.multiple ? ' (several: a,b)' : ''}.` : '';
		const place = field.kind === 'place' ? ` On the command line: its id (a UUID).` : '';
		const only = field.globalOnly ? ' (without CONNECTION_ID)' : '';
		const rule = field.kind === 'place' ? `A ${field.place === 'location' ? 'location' : 'civic address'} of the connection.` : field.rule;
		return `  ${`${filterSyntax(field)}VALUE`.padEnd(22)}  ${field.label}${only}: ${rule}${values}${place}`;
	});
	return `Usage: ${usage(subcommand)}

Lists ${subcommand.summary}, as the TUI's list shows them, without a terminal.

Filters (--filter NAME~TEXT for "contains", --filter NAME=VALUE otherwise; repeat for several)
${filters.length > 0 ? filters.join('\n') : '  none'}

Rows
  --limit N               the first N rows (default ${DEFAULT_LIMIT})
  --all                   every row: pages are read ${DEFAULT_CONCURRENCY} at a time and written in the API's order
  --page-size N           rows a request, 1 to 250 (default 250, or the limit when it is smaller)
  --concurrency N         requests in flight with --all, 1 to ${MAX_CONCURRENCY} (default ${DEFAULT_CONCURRENCY}; halved on a 429)

Output
${FORMAT_FLAGS}
Columns: ${columnKeys(resource).join(', ')}${resource.columns.some(column => 'names' in column) ? `\n  (name costs one request a row: ask for it with --columns)` : ''}

${CONNECTION_FLAGS}

Examples
${examples(subcommand.examples)}

${EXIT_CODES}
`;
}

export function getHelp(subcommand: ReadSubcommand): string {
	return `Usage: ec-tui ${subcommand.noun} get ID [options]

Shows one of ${subcommand.summary}: JSON (the API's record as sent), YAML, or its columns as a table or CSV.

Output
${FORMAT_FLAGS}
Columns: ${columnKeys(subcommand.resource).join(', ')}

${CONNECTION_FLAGS}

Examples
  ec-tui ${subcommand.noun} get 1293384261075731499
  ec-tui ${subcommand.noun} get 1293384261075731499 --json | jq .outbound

${EXIT_CODES}
`;
}
