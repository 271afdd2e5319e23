// `ec-tui NOUN VERB …` for a mutation verb: its operands and flags checked before anything is read or sent. Pure.
import type {TargetFlags} from '../config/resolve-config.js';
import {formatOf, MUTATION_OPTIONS, parse, target} from './flags.js';
import {mutationHelp} from './mutation-help.js';
import type {Mutation, Values} from './mutation.js';
import type {Format} from './record-writers.js';

export type MutationCommand = {
	kind: 'mutation';
	mutation: Mutation;
	positionals: string[];
	values: Values;
	format: Format | undefined;
	dryRun: boolean;
	yes: boolean;
	target: TargetFlags;
};

/** The command, or its help; a UsageError for a command line that cannot run. */
export function readMutation(mutation: Mutation, args: string[]): MutationCommand | {kind: 'help'; text: string} {
	const {values, positionals} = parse(args, {...MUTATION_OPTIONS, ...mutation.options});
	if (values.help) return {kind: 'help', text: mutationHelp(mutation)};
	mutation.check(positionals, values);
	return {
		kind: 'mutation',
		mutation,
		positionals,
		values,
		format: formatOf(values as {format?: string; json?: boolean}),
		dryRun: values['dry-run'] === true,
		yes: values.yes === true,
		target: target(values),
	};
}
