// What shell completion offers, read from the tables the parser itself reads: the commands and flags of ec-tui
// (config/parse-flags.ts), each noun's verbs and each verb's flags (subcommands.ts, command-line.ts, mutations.ts),
// each list's filters (the resource's filter table) and the formats. Nothing here is written twice, so completion
// cannot offer what the parser refuses, nor miss what it takes. Pure.
import {COMMANDS, FLAG_NAMES} from '../config/parse-flags.js';
import {offeredFields} from '../resources/filter-table.js';
import {VERB_OPTIONS} from './command-line.js';
import {filterSyntax} from './filter-args.js';
import {MUTATION_OPTIONS} from './flags.js';
import {mutationsOf} from './mutations.js';
import type {OptionSpec} from './mutation.js';
import {FORMATS} from './record-writers.js';
import {READ_SUBCOMMANDS} from './subcommands.js';

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

/** `values`: what completes the flag's value; `files`: file names do. */
export type Flag = {name: string; short?: string; takesValue: boolean; values?: readonly string[]; files?: boolean};
export type Verb = {name: string; flags: Flag[]};
export type Noun = {name: string; verbs: Verb[]};

export type CompletionModel = {
	commands: string[];
	flags: string[];
	nouns: Noun[];
};

/** Flags whose value is a file. */
const FILE_FLAGS: ReadonlySet<string> = new Set(['api-key-file', 'numbers-file']);

function flagsOf(options: Record<string, OptionSpec & {short?: string}>, values: Record<string, readonly string[]>): Flag[] {
	return Object.entries(options).map(([name, spec]) => ({
		name,
		...(spec.short && {short: spec.short}),
		takesValue: spec.type === 'string',
		...(values[name] && {values: values[name]}),
		...(FILE_FLAGS.has(name) && {files: true}),
	}));
}

/** `name~` and `service=`, and each value of an enum filter written out (`service=zoom`). */
function filterWords(fields: ReturnType<typeof offeredFields>): string[] {
	return fields.flatMap(field => [
		filterSyntax(field),
		...(field.kind === 'enum' ? field.options.map(option => `${filterSyntax(field)}${option}`) : []),
	]);
}

export function completionModel(): CompletionModel {
	const nouns: Noun[] = READ_SUBCOMMANDS.map(subcommand => {
		const filter = filterWords(offeredFields(subcommand.resource.filters, subcommand.parent === 'required'));
		return {
			name: subcommand.noun,
			verbs: [
				{name: 'list', flags: flagsOf(VERB_OPTIONS.list, {format: FORMATS, filter})},
				...(subcommand.get ? [{name: 'get', flags: flagsOf(VERB_OPTIONS.get, {format: FORMATS})}] : []),
				...mutationsOf(subcommand.noun).map(mutation => ({
					name: mutation.verb,
					flags: flagsOf({...MUTATION_OPTIONS, ...mutation.options}, {format: FORMATS, ...mutation.completions}),
				})),
			],
		};
	});
	const completion: Noun = {name: 'completion', verbs: SHELLS.map(shell => ({name: shell, flags: []}))};
	return {commands: COMMANDS, flags: FLAG_NAMES, nouns: [...nouns, completion]};
}
