// `numbers move CONNECTION_ID NUMBER_ID… --location ID`: the TUI's move (phone-numbers/move-plan.ts), to one of the
// connection's locations; each number read first, those already there left out and named, the rest sent 4 at a time.
import {getPhoneNumber, updatePhoneNumber} from '../resources/phone-numbers/api.js';
import {moveInverse} from '../resources/phone-numbers/move-inverse.js';
import {readInFlight, READS_IN_FLIGHT} from '../paging/read-in-flight.js';
import {movePlan} from '../resources/phone-numbers/move-plan.js';
import {phoneNumbers} from '../resources/index.js';
import {each, type Mutation} from './mutation.js';
import {connectionOperand, idOperands, uuidFlag} from './operands.js';
import {checkPlace} from './places-of.js';
import {UsageError} from './usage-error.js';

const USAGE = 'ec-tui numbers move CONNECTION_ID NUMBER_ID… --location LOCATION_ID';

export const NUMBER_MUTATIONS: readonly Mutation[] = [
	{
		noun: 'numbers',
		verb: 'move',
		operands: 'CONNECTION_ID NUMBER_ID…',
		summary: "moves phone numbers to another of the connection's locations",
		destructive: false,
		options: {location: {type: 'string'}},
		flagHelp: [['--location ID', "where to: one of the connection's locations (ec-tui addresses list CONNECTION_ID)"]],
		examples: [
			[
				'ec-tui numbers move 1293384261075731499 8dd49b5c-1e2f-4a6b-9c0d-1e2f3a4b5c6d --location 4e1d9a2c-3b5f-4c7e-8a9b-0c1d2e3f4a5b',
				'one number to a location',
			],
			[
				"ec-tui numbers list 1293384261075731499 --all --json | jq -r '.[].number_id' | xargs ec-tui numbers move 1293384261075731499 --location 4e1d9a2c-3b5f-4c7e-8a9b-0c1d2e3f4a5b",
				'every number of the connection',
			],
		],
		resource: phoneNumbers,
		check(positionals, values) {
			const connection = connectionOperand(positionals[0], USAGE);
			idOperands(positionals.slice(1), phoneNumbers, connection, USAGE);
			if (uuidFlag('location', values.location) === undefined) throw new UsageError(`--location is missing: ${USAGE}.`);
		},
		async prepare(positionals, values, {client, signal}) {
			const [connection, ...ids] = positionals as [string, ...string[]];
			const location = values.location as string;
			await checkPlace(client, connection, 'location', location, {signal});
			const rows = await readInFlight([...new Set(ids)], READS_IN_FLIGHT, signal, (id, reads) =>
				getPhoneNumber(client, connection, id, {signal: reads}),
			);
			const plan = movePlan(rows, location, connection);
			return {
				notes: plan.refused.map(({item, reason}) => `number ${item.number_id ?? '?'} left out: ${reason}.`),
				many: true,
				send: (sender, sendSignal) =>
					each(plan.send, number =>
						updatePhoneNumber(
							sender,
							connection,
							number.number_id!,
							{location_id: location},
							// The journal's u puts it back where it was, as after the app's L.
							{signal: sendSignal, inverse: moveInverse(connection, number.number_id!, number.location_id, location)},
						),
					),
			};
		},
	},
];
