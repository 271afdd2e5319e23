// `connections create|update|delete`: the bodies the create and edit forms build, from the same field table and
// rules (fields/create-body.ts, fields/update-diff.ts), from `--set FIELD=VALUE` or a JSON body (`--body`).
import {createBody} from '../fields/create-body.js';
import type {Operation} from '../fields/field.js';
import {valuesFromRecord} from '../fields/record-values.js';
import {updateDiff} from '../fields/update-diff.js';
import {updateInverse} from '../fields/update-inverse.js';
import {INITIAL_VALUES, type WizardValues} from '../fields/wizard-values.js';
import {externalConnections} from '../resources/index.js';
import {settableFields, settingsFromArgs, settingsFromBody, setsInbound, type Settings} from './connection-input.js';
import {one, type Mutation, type PrepareContext, type Values} from './mutation.js';
import {connectionOperand, expectOperands} from './operands.js';
import {UsageError} from './usage-error.js';

const ID = '1293384261075731499';
const PROFILE = '1911630617284445511';

const INPUT_OPTIONS = {set: {type: 'string', multiple: true}, body: {type: 'string'}} as const;
const INPUT_HELP = [
	['--set FIELD=VALUE', 'a field by its body path (repeat for several): the fields are listed below'],
	['--body @FILE|-', 'the JSON request body from a file, or from stdin with -; --set changes it further'],
] as const;

async function readBody(spec: string, context: PrepareContext): Promise<unknown> {
	const from = spec === '-' ? 'stdin' : spec.startsWith('@') ? spec.slice(1) : undefined;
	if (from === undefined || from === '') throw new UsageError('--body takes @FILE or - (stdin), e.g. --body @connection.json.');
	const text =
		from === 'stdin'
			? await context.readStdin()
			: await context.readFile(from).catch((error: NodeJS.ErrnoException) => {
					throw new UsageError(`--body @${from}: cannot read it (${error.code ?? error.message}).`);
				});
	try {
		return JSON.parse(text);
	} catch (error) {
		throw new UsageError(`--body: not JSON (${error instanceof Error ? error.message : String(error)}).`);
	}
}

/** What --body and --set say, read as the form's values would be. */
async function settings(values: Values, operation: Operation, context: PrepareContext): Promise<Settings> {
	const fromBody = typeof values.body === 'string' ? settingsFromBody(await readBody(values.body, context), operation) : undefined;
	if (fromBody && !fromBody.ok) throw new UsageError(fromBody.message);
	const read = settingsFromArgs((values.set as string[] | undefined) ?? [], operation, fromBody?.settings);
	if (!read.ok) throw new UsageError(read.message);
	return read.settings;
}

/** The fields --set and --body take for an operation, each with the rule the form states. */
const fieldsHelp = (operation: Operation) =>
	`Fields (--set FIELD=VALUE; true or false for active)\n${settableFields(operation)
		.map(field => `  ${field.id.padEnd(36)}  ${field[operation]!.rule}`)
		.join('\n')}${operation === 'create' ? '\n  An inbound.* field sends inbound, as "Set inbound limits? yes" does.' : ''}`;

/** `--set` completes each field's name and its `=`. */
const fieldCompletions = (operation: Operation) => ({set: settableFields(operation).map(field => `${field.id}=`)});

const requireInput = (values: Values, usage: string) => {
	if (values.set === undefined && values.body === undefined)
		throw new UsageError(`nothing to set: ${usage} (--set FIELD=VALUE or --body @FILE).`);
};

export const CONNECTION_MUTATIONS: readonly Mutation[] = [
	{
		noun: 'connections',
		verb: 'create',
		operands: '',
		summary: "creates a Zoom connection, with the create form's fields and rules",
		destructive: false,
		options: INPUT_OPTIONS,
		flagHelp: INPUT_HELP,
		moreHelp: fieldsHelp('create'),
		completions: fieldCompletions('create'),
		examples: [
			[
				`ec-tui connections create --set outbound.outbound_voice_profile_id=${PROFILE} --set tags=office,zoom`,
				'a Zoom connection with two tags',
			],
			['ec-tui connections create --body @connection.json --dry-run', 'the request the body makes, not sent'],
		],
		resource: externalConnections,
		check(positionals, values) {
			expectOperands(positionals, 0, 'ec-tui connections create [--set FIELD=VALUE…] [--body @FILE]');
			requireInput(values, 'ec-tui connections create --set FIELD=VALUE');
		},
		async prepare(_positionals, values, context) {
			const set = await settings(values, 'create', context);
			const built = createBody({...INITIAL_VALUES, ...set, inbound: setsInbound(set)} as WizardValues);
			if (!built.ok) throw new UsageError(`${built.step}: ${built.message}`);
			return {
				notes: [],
				many: false,
				send: (client, signal) => one(() => client.createExternalConnection(built.body, {signal})),
			};
		},
	},
	{
		noun: 'connections',
		verb: 'update',
		operands: 'ID',
		summary: 'changes fields of a connection, as the edit form does: only what changes is sent',
		destructive: false,
		options: INPUT_OPTIONS,
		flagHelp: INPUT_HELP,
		moreHelp: fieldsHelp('update'),
		completions: fieldCompletions('update'),
		examples: [
			[`ec-tui connections update ${ID} --set active=false`, 'switches it off'],
			[`ec-tui connections update ${ID} --set tags= --set webhook_timeout_secs=10`, 'removes every tag, sets the timeout'],
			[`echo '{"outbound":{"channel_limit":20}}' | ec-tui connections update ${ID} --body -`, 'the body from stdin'],
		],
		resource: externalConnections,
		check(positionals, values) {
			const usage = 'ec-tui connections update ID --set FIELD=VALUE';
			connectionOperand(positionals[0], usage);
			expectOperands(positionals, 1, usage);
			requireInput(values, usage);
		},
		async prepare(positionals, values, context) {
			const id = positionals[0]!;
			const set = await settings(values, 'update', context);
			// Every value given is checked before the record is read: a refused one sends nothing at all.
			for (const field of settableFields('update')) {
				const value = set[field.control.key];
				const parsed = value === undefined ? undefined : field.parse(value, 'update');
				if (parsed && !parsed.ok) throw new UsageError(`${field.id}: ${parsed.message}`);
			}
			const record = await context.client.getExternalConnection(id, {signal: context.signal});
			const initial = valuesFromRecord(record);
			const wanted = {...initial, ...set} as WizardValues;
			const diff = updateDiff(initial, wanted);
			if (!diff.ok) throw new UsageError(`${diff.step}: ${diff.message}`);
			const {body} = diff;
			// The journal's u undoes a change of tags or `active`, as after the app's edit.
			const inverse = updateInverse(id, initial, wanted);
			return {
				notes: body ? [] : [`connection ${id} already holds these values: nothing sent.`],
				many: false,
				send: (client, signal) => one(async () => (body ? client.updateExternalConnection(id, body, {signal, inverse}) : record)),
			};
		},
	},
	{
		noun: 'connections',
		verb: 'delete',
		operands: 'ID',
		summary: 'deletes a connection (Telnyx deletes only connections that are not active)',
		destructive: true,
		options: {},
		flagHelp: [],
		examples: [
			[`ec-tui connections delete ${ID}`, 'asks first, on a terminal'],
			[`ec-tui connections update ${ID} --set active=false && ec-tui connections delete ${ID} --yes`, 'switches it off, then deletes it'],
		],
		resource: externalConnections,
		check(positionals) {
			connectionOperand(positionals[0], 'ec-tui connections delete ID');
			expectOperands(positionals, 1, 'ec-tui connections delete ID');
		},
		async prepare(positionals) {
			const id = positionals[0]!;
			return {
				question: `Delete connection ${id}? This cannot be undone.`,
				notes: [],
				many: false,
				send: (client, signal) => one(() => client.deleteExternalConnection(id, {signal})),
			};
		},
	},
];
