// The flags every subcommand shares (the account, the format, a mutation's), and reading them: each problem one
// sentence, with the nearest known flag when there is one. Pure.
import {parseArgs, type ParseArgsConfig} from 'node:util';
import {didYouMean} from '../config/did-you-mean.js';
import type {TargetFlags} from '../config/resolve-config.js';
import {FORMATS, type Format} from './record-writers.js';
import {UsageError} from './usage-error.js';

export const TARGET_OPTIONS = {
	help: {type: 'boolean', short: 'h'},
	demo: {type: 'boolean'},
	'base-url': {type: 'string'},
	'api-key-file': {type: 'string'},
	'allow-insecure-http': {type: 'boolean'},
	profile: {type: 'string'},
	'read-only': {type: 'boolean'},
	'no-journal': {type: 'boolean'},
} as const;

export const FORMAT_OPTIONS = {format: {type: 'string'}, json: {type: 'boolean'}} as const;

/** Every mutation's own flags besides its verb's. */
export const MUTATION_OPTIONS = {
	...TARGET_OPTIONS,
	...FORMAT_OPTIONS,
	'dry-run': {type: 'boolean'},
	yes: {type: 'boolean', short: 'y'},
} as const;

export const near = (typed: string, known: readonly string[]) => {
	const word = didYouMean(typed, known);
	return word ? ` Did you mean ${word}?` : '';
};

export function parse<O extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: O) {
	try {
		return parseArgs({args, options, allowPositionals: true, strict: true});
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		const unknown = /^Unknown option '(-[^'=]*)/.exec(message)?.[1];
		const reason = message.split(/\.\s|\n/)[0]!.replace(/\.$/, '');
		throw new UsageError(
			`${reason}.${
				unknown
					? near(
							unknown,
							Object.keys(options).map(name => `--${name}`),
						)
					: ''
			}`,
		);
	}
}

/** The format asked for with --format or --json; undefined: the default for where stdout goes. */
export function formatOf({format, json}: {format?: string; json?: boolean}): Format | undefined {
	if (format !== undefined && !(FORMATS as readonly string[]).includes(format)) {
		throw new UsageError(`--format ${format}: not a format.${near(format, FORMATS)} Formats: ${FORMATS.join(', ')}.`);
	}
	if (json && format !== undefined && format !== 'json')
		throw new UsageError(`--json and --format ${format} ask for two formats: give one.`);
	return json ? 'json' : (format as Format | undefined);
}

export function target(values: {
	demo?: boolean;
	'base-url'?: string;
	'api-key-file'?: string;
	'allow-insecure-http'?: boolean;
	profile?: string;
	'read-only'?: boolean;
	'no-journal'?: boolean;
}): TargetFlags {
	return {
		demo: values.demo ?? false,
		baseUrl: values['base-url'],
		apiKeyFile: values['api-key-file'],
		...(values['allow-insecure-http'] && {allowInsecureHttp: true}),
		...(values.profile !== undefined && {profile: values.profile}),
		...(values['read-only'] && {readOnly: true}),
		...(values['no-journal'] && {noJournal: true}),
	};
}
