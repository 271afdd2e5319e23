// `logs dismiss ID…`: dismisses log messages for good (later reads answer 404), 4 at a time, as the TUI's bulk dismiss.
import {dismissLogMessage} from '../resources/log-messages/api.js';
import {logMessages} from '../resources/index.js';
import {each, type Mutation} from './mutation.js';
import {idOperands} from './operands.js';

export const LOG_MUTATIONS: readonly Mutation[] = [
	{
		noun: 'logs',
		verb: 'dismiss',
		operands: 'ID…',
		summary: 'dismisses log messages for good',
		destructive: true,
		options: {},
		flagHelp: [],
		examples: [
			['ec-tui logs dismiss 4235 4236', 'two messages, after a y/N question'],
			[
				"ec-tui logs list 1293384261075731499 --all --json | jq -r '.[].id' | xargs ec-tui logs dismiss --yes",
				'every message of a connection',
			],
		],
		check(positionals) {
			idOperands(positionals, logMessages, undefined, 'ec-tui logs dismiss ID…');
		},
		async prepare(positionals) {
			const ids = [...new Set(positionals)];
			return {
				question: `Dismiss ${ids.length === 1 ? `log message ${ids[0]}` : `${ids.length} log messages`}? This cannot be undone.`,
				notes: [],
				many: true,
				send: (client, signal) => each(ids, id => dismissLogMessage(client, id, {signal})),
			};
		},
	},
];
