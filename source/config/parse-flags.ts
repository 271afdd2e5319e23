import {parseArgs} from 'node:util';
import {didYouMean} from './did-you-mean.js';

export type Flags = {
	help: boolean;
	version: boolean;
	demo: boolean;
	noColor: boolean;
	/** No name column: one GET /connections/{id} per row shown is too many for some accounts. */
	noNames: boolean;
	/** Pending uploads are not read again on their own (w still turns the watch on, screen by screen). */
	noWatch: boolean;
	/** Lets the key go over plain http to a host that is not this machine. */
	allowInsecureHttp?: boolean;
	baseUrl?: string;
	apiKeyFile?: string;
};

export type ParsedCommand = {command: 'app'; flags: Flags} | {command: 'sandbox'; argv: string[]} | {command: 'invalid'; message: string};

const OPTIONS = {
	help: {type: 'boolean', short: 'h'},
	version: {type: 'boolean', short: 'v'},
	demo: {type: 'boolean'},
	'no-color': {type: 'boolean'},
	'no-names': {type: 'boolean'},
	'no-watch': {type: 'boolean'},
	'allow-insecure-http': {type: 'boolean'},
	'base-url': {type: 'string'},
	'api-key-file': {type: 'string'},
} as const;

const FLAG_NAMES = Object.keys(OPTIONS).map(name => `--${name}`);
const COMMANDS = ['sandbox', 'help'];
const SEE_HELP = 'Run ec-tui --help for the options.';

/** Splits argv into the app's flags or the `sandbox` subcommand; never throws on user input. */
export function parseCommand(argv: string[]): ParsedCommand {
	if (argv[0] === 'sandbox') return {command: 'sandbox', argv: argv.slice(1)};
	// `ec-tui help` as git and npm have it.
	if (argv.length === 1 && argv[0] === 'help') argv = ['--help'];
	try {
		const {values, positionals} = parseArgs({args: argv, allowPositionals: true, strict: true, options: OPTIONS});
		if (positionals.length > 0) {
			const typed = positionals[0]!;
			return {command: 'invalid', message: `Unknown command "${typed}".${suggestion(typed, COMMANDS)} ${SEE_HELP}`};
		}
		return {
			command: 'app',
			flags: {
				help: values.help ?? false,
				version: values.version ?? false,
				demo: values.demo ?? false,
				noColor: values['no-color'] ?? false,
				noNames: values['no-names'] ?? false,
				noWatch: values['no-watch'] ?? false,
				...(values['allow-insecure-http'] && {allowInsecureHttp: true}),
				baseUrl: values['base-url'],
				apiKeyFile: values['api-key-file'],
			},
		};
	} catch (error) {
		// Node's message goes on about positional arguments after its first sentence; the first is what matters.
		const reason = error instanceof Error ? error.message.split(/\.\s|\n/)[0] : 'Invalid arguments';
		const unknown = error instanceof Error ? /^Unknown option '(-[^']*)'/.exec(error.message)?.[1] : undefined;
		return {command: 'invalid', message: `${reason}.${unknown ? suggestion(unknown.split('=')[0]!, FLAG_NAMES) : ''} ${SEE_HELP}`};
	}
}

function suggestion(typed: string, known: readonly string[]): string {
	const near = didYouMean(typed, known);
	return near ? ` Did you mean ${near}?` : '';
}
