// The help of each mutation subcommand, built from its entry in the mutation table: usage, flags, examples.
import {CONNECTION_FLAGS, examples} from './help.js';
import {mutationUsage, type Mutation} from './mutation.js';
import {FORMATS} from './record-writers.js';

const flagLines = (flags: ReadonlyArray<readonly [string, string]>) =>
	flags.map(([flag, what]) => `  ${flag.padEnd(22)}  ${what}`).join('\n');

export function mutationHelp(mutation: Mutation): string {
	const sending = flagLines([
		['--dry-run', 'print each request (method, path, JSON body) and send nothing'],
		...(mutation.destructive ? ([['--yes, -y', 'do it without asking (needed when stdin is not a terminal)']] as const) : []),
		['--read-only', 'refuse to change anything: the command exits 2, nothing sent'],
	]);
	const own = mutation.flagHelp.length > 0 ? `${flagLines(mutation.flagHelp)}\n` : '';
	return `Usage: ${mutationUsage(mutation)}

${mutation.summary[0]!.toUpperCase()}${mutation.summary.slice(1)}. Checked with the TUI's rules before anything is sent; sent once, never retried.${
		mutation.destructive ? '\nIt removes data: on a terminal it asks first (y/N); otherwise it needs --yes.' : ''
	}

Options
${own}${sending}
${mutation.moreHelp ? `\n${mutation.moreHelp}\n` : ''}
Output
  --format F              ${FORMATS.join(', ')}: the API's answer; a table on a terminal, json otherwise
  --json                  the same as --format json

${CONNECTION_FLAGS}

Examples
${examples(mutation.examples)}

Exit status: 0 done, 1 an API or network error (each failed request a line on stderr), 2 a usage error, a value the
rules refuse, --read-only, or no confirmation (nothing sent), 130 interrupted (Ctrl+C).
`;
}
