// `uploads create|refresh|retry`: the new-upload form's checks and body (uploads/parse-numbers.ts,
// resolve-numbers.ts, upload-options.ts), the list's recheck, and its retry plan (uploads/retry-plan.ts).
import {readInFlight, READS_IN_FLIGHT} from '../paging/read-in-flight.js';
import {uploads} from '../resources/index.js';
import {createUpload, getUpload, refreshUploads, retryUpload} from '../resources/uploads/api.js';
import {parseUploadNumbers, repeatLines} from '../resources/uploads/parse-numbers.js';
import {resolveNumberIds} from '../resources/uploads/resolve-numbers.js';
import {retryPlan} from '../resources/uploads/retry-plan.js';
import type {Usage} from '../resources/uploads/types.js';
import {tollFreeProblem, uploadRequest, type Destination, type UploadOptions} from '../resources/uploads/upload-options.js';
import {didYouMean} from '../config/did-you-mean.js';
import {each, one, type Mutation, type PrepareContext, type Values} from './mutation.js';
import {connectionOperand, expectOperands, idOperands, uuidFlag} from './operands.js';
import {checkPlace} from './places-of.js';
import {UsageError} from './usage-error.js';

const ID = '1293384261075731499';
const CREATE_USAGE = 'ec-tui uploads create CONNECTION_ID NUMBER… [--numbers-file FILE|-]';
const USAGES: readonly Usage[] = ['calling_user_assignment', 'first_party_app_assignment'];

function usages(flag: string, text: string): Usage[] {
	const named = text.split(',').map(word => word.trim());
	for (const word of named) {
		if (!(USAGES as readonly string[]).includes(word)) {
			const near = didYouMean(word, USAGES);
			throw new UsageError(
				`--${flag} ${text}: "${word}" is no usage.${near ? ` Did you mean ${near}?` : ''} Usages: ${USAGES.join(', ')}.`,
			);
		}
	}
	return named as Usage[];
}

function uploadOptions(values: Values): UploadOptions {
	const location = uuidFlag('location', values.location);
	const address = uuidFlag('civic-address', values['civic-address']);
	if (location && address) throw new UsageError('--location and --civic-address: an upload goes to one or the other, not both.');
	const destination: Destination = location
		? {kind: 'location', id: location}
		: address
			? {kind: 'address', id: address}
			: {kind: 'default'};
	const usage = typeof values.usage === 'string' ? usages('usage', values.usage) : undefined;
	if (usage && usage.length > 1) throw new UsageError('--usage takes one usage; --additional-usages takes several.');
	const additional = typeof values['additional-usages'] === 'string' ? usages('additional-usages', values['additional-usages']) : undefined;
	return {destination, ...(usage && {usage: usage[0]}), ...(additional && {additionalUsages: additional})};
}

async function numbersText(positionals: readonly string[], values: Values, context: PrepareContext): Promise<string> {
	const file = values['numbers-file'];
	if (typeof file !== 'string') return positionals.join(' ');
	const text =
		file === '-'
			? await context.readStdin()
			: await context.readFile(file).catch((error: NodeJS.ErrnoException) => {
					throw new UsageError(`--numbers-file ${file}: cannot read it (${error.code ?? error.message}).`);
				});
	return `${positionals.join(' ')}\n${text}`;
}

export const UPLOAD_MUTATIONS: readonly Mutation[] = [
	{
		noun: 'uploads',
		verb: 'create',
		operands: 'CONNECTION_ID NUMBER…',
		summary: 'uploads phone numbers (E.164) of the connection to Microsoft Teams, as the new-upload form does',
		destructive: false,
		options: {
			'numbers-file': {type: 'string'},
			location: {type: 'string'},
			'civic-address': {type: 'string'},
			usage: {type: 'string'},
			'additional-usages': {type: 'string'},
		},
		completions: {usage: USAGES, 'additional-usages': USAGES},
		flagHelp: [
			['--numbers-file FILE|-', 'more numbers from a file, or from stdin with -: spaces, commas or lines between them'],
			['--location ID', "one of the connection's locations (default: the connection's default location)"],
			['--civic-address ID', 'or one of its civic addresses'],
			['--usage U', `${USAGES.join(' or ')} (default: Telnyx decides; not calling_user_assignment for toll-free numbers)`],
			['--additional-usages A,B', 'more usages (default: every supported one)'],
		],
		examples: [
			[`ec-tui uploads create ${ID} +14155550100 +14155550101`, "two numbers, to the connection's default location"],
			[
				`ec-tui uploads create ${ID} --numbers-file numbers.txt --usage first_party_app_assignment --dry-run`,
				'the request a file of numbers makes',
			],
		],
		check(positionals, values) {
			connectionOperand(positionals[0], CREATE_USAGE);
			if (positionals.length < 2 && values['numbers-file'] === undefined) throw new UsageError(`no number given: ${CREATE_USAGE}.`);
			uploadOptions(values);
		},
		async prepare(positionals, values, context) {
			const [connection, ...typed] = positionals as [string, ...string[]];
			const options = uploadOptions(values);
			const parsed = parseUploadNumbers(await numbersText(typed, values, context));
			if (!parsed.ok) throw new UsageError(parsed.messages.join('\n'));
			const tollFree = tollFreeProblem(parsed.numbers, options);
			if (tollFree) throw new UsageError(tollFree);
			const {destination} = options;
			if (destination.kind !== 'default') {
				await checkPlace(context.client, connection, destination.kind === 'location' ? 'location' : 'civic-address', destination.id, {
					signal: context.signal,
				});
			}
			const resolved = await resolveNumberIds(context.client, connection, parsed.numbers, {signal: context.signal});
			if (resolved.unknown.length > 0) {
				const named = resolved.unknown.slice(0, 5).join(', ');
				const more = resolved.unknown.length > 5 ? ` and ${resolved.unknown.length - 5} more` : '';
				throw new UsageError(`not numbers of connection ${connection}: ${named}${more}.`);
			}
			const body = uploadRequest(resolved.ids, options);
			return {
				notes: repeatLines(parsed.repeats),
				many: false,
				send: (client, signal) => one(() => createUpload(client, connection, body, {signal})),
			};
		},
	},
	{
		noun: 'uploads',
		verb: 'refresh',
		operands: 'CONNECTION_ID',
		summary: "asks Telnyx to recheck every pending upload of the connection, as the uploads list's recheck",
		destructive: false,
		options: {},
		flagHelp: [],
		examples: [
			[`ec-tui uploads refresh ${ID} && ec-tui uploads list ${ID} --filter status=pending`, 'recheck, then list what is still pending'],
		],
		check(positionals) {
			connectionOperand(positionals[0], 'ec-tui uploads refresh CONNECTION_ID');
			expectOperands(positionals, 1, 'ec-tui uploads refresh CONNECTION_ID');
		},
		async prepare(positionals) {
			const connection = positionals[0]!;
			return {
				notes: [],
				many: false,
				send: (client, signal) => one(() => refreshUploads(client, connection, {signal})),
			};
		},
	},
	{
		noun: 'uploads',
		verb: 'retry',
		operands: 'CONNECTION_ID TICKET_ID…',
		summary: 'retries uploads whose numbers failed (error or partial_success); the others are left out and named',
		destructive: false,
		options: {},
		flagHelp: [],
		examples: [
			[`ec-tui uploads retry ${ID} 5c3a1f2e-8b7d-4e6f-9a0b-1c2d3e4f5a6b`, 'one upload'],
			[
				`ec-tui uploads list ${ID} --all --filter status=error --json | jq -r '.[].ticket_id' | xargs ec-tui uploads retry ${ID}`,
				'every failed upload',
			],
		],
		resource: uploads,
		check(positionals) {
			const usage = 'ec-tui uploads retry CONNECTION_ID TICKET_ID…';
			const connection = connectionOperand(positionals[0], usage);
			idOperands(positionals.slice(1), uploads, connection, usage);
		},
		async prepare(positionals, _values, {client, signal}) {
			const [connection, ...tickets] = positionals as [string, ...string[]];
			const rows = await readInFlight([...new Set(tickets)], READS_IN_FLIGHT, signal, (ticket, reads) =>
				getUpload(client, connection, ticket, {signal: reads}),
			);
			const plan = retryPlan(rows, connection);
			return {
				notes: plan.refused.map(({item, reason}) => `upload ${item.ticket_id ?? '?'} left out: ${reason}.`),
				many: true,
				send: (sender, sendSignal) => each(plan.send, upload => retryUpload(sender, connection, upload.ticket_id!, {signal: sendSignal})),
			};
		},
	},
];
