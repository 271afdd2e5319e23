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
	/** A saved profile's name (TELNYX_PROFILE otherwise). */
	profile?: string;
	/** Every mutation is refused before it is sent, and its keys are off. */
	readOnly?: boolean;
	/** Mutations are not written to the journal. */
	noJournal?: boolean;
};

export type ParsedCommand =
	| {command: 'app'; flags: Flags}
	| {command: 'sandbox'; argv: string[]}
	/** `profile list|add|use|remove`: the saved account profiles, from the verb on. */
	| {command: 'profile'; argv: string[]}
	/** `completion bash|zsh|fish`: source/commands/completion.ts reads the rest. */
	| {command: 'completion'; argv: string[]}
	/** A read subcommand (`connections list …`), from its noun on: source/commands/ reads the rest. */
	| {command: 'read'; argv: string[]}
	| {command: 'invalid'; message: string};

const OPTIONS = {
	help: {type: 'boolean', short: 'h'},
	version: {type: 'boolean', short: 'v'},
	demo: {type: 'boolean'},
	'no-color': {type: 'boolean'},
	'no-names': {type: 'boolean'},
	'no-watch': {type: 'boolean'},
	'allow-insecure-http': {type: 'boolean'},
	'read-only': {type: 'boolean'},
	'no-journal': {type: 'boolean'},
	'base-url': {type: 'string'},
	'api-key-file': {type: 'string'},
	profile: {type: 'string'},
} as const;

/** The flags of `ec-tui` itself (the TUI's), for help and shell completion. */
export const FLAG_NAMES = Object.keys(OPTIONS).map(name => `--${name}`);
/** The nouns of source/commands/subcommands.ts (test/commands-cli.test.ts checks they agree). */
export const READ_NOUNS = ['connections', 'numbers', 'addresses', 'uploads', 'releases', 'logs', 'profiles'];
/** What may follow `ec-tui`, for did-you-mean and shell completion. */
export const COMMANDS = ['sandbox', 'help', 'profile', 'completion', ...READ_NOUNS];
const SEE_HELP = 'Run ec-tui --help for the options.';

/** Splits argv into the app's flags or the `sandbox` subcommand; never throws on user input. */
export function parseCommand(argv: string[]): ParsedCommand {
	if (argv[0] === 'sandbox') return {command: 'sandbox', argv: argv.slice(1)};
	if (argv[0] === 'profile') return {command: 'profile', argv: argv.slice(1)};
	if (argv[0] === 'completion') return {command: 'completion', argv: argv.slice(1)};
	const read = readCommandAt(argv);
	if (read) return {command: 'read', argv: read};
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
				...(values['read-only'] && {readOnly: true}),
				...(values['no-journal'] && {noJournal: true}),
				baseUrl: values['base-url'],
				apiKeyFile: values['api-key-file'],
				...(values.profile !== undefined && {profile: values.profile}),
			},
		};
	} catch (error) {
		// Node's message goes on about positional arguments after its first sentence; the first is what matters.
		const reason = error instanceof Error ? error.message.split(/\.\s|\n/)[0] : 'Invalid arguments';
		const unknown = error instanceof Error ? /^Unknown option '(-[^']*)'/.exec(error.message)?.[1] : undefined;
		return {command: 'invalid', message: `${reason}.${unknown ? suggestion(unknown.split('=')[0]!, FLAG_NAMES) : ''} ${SEE_HELP}`};
	}
}

/**
 * A read subcommand's argv from its noun on, with the app's flags written before the noun moved after it
 * (`--demo connections list` is `connections list --demo`); undefined when argv is not one.
 */
function readCommandAt(argv: string[]): string[] | undefined {
	// The first word that is no flag's value: `--profile logs connections list` is the profile "logs"'s connections.
	const {tokens} = parseArgs({args: argv, allowPositionals: true, strict: false, options: OPTIONS, tokens: true});
	const first = tokens.find(token => token.kind === 'positional');
	if (!first || !READ_NOUNS.includes(first.value)) return undefined;
	const at = first.index;
	if (at === 0) return argv;
	try {
		const {positionals} = parseArgs({args: argv.slice(0, at), allowPositionals: true, strict: true, options: OPTIONS});
		return positionals.length === 0 ? [...argv.slice(at), ...argv.slice(0, at)] : undefined;
	} catch {
		return undefined;
	}
}

/** The two words one letter apart, told apart wherever one is suggested. */
export const PROFILE_WORDS: Readonly<Record<string, string>> = {
	profile: 'profile (the saved account profiles: list, add, use, remove)',
	profiles: 'profiles (the outbound voice profiles of the account)',
};

function suggestion(typed: string, known: readonly string[]): string {
	const near = didYouMean(typed, known);
	return near ? ` Did you mean ${PROFILE_WORDS[near] ?? near}?` : '';
}
