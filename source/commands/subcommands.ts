// The read subcommands: one a resource, each over the resource module the TUI lists it with (its fetcher, filter
// table and columns). `parent`: whether the list lives under a connection (`numbers list CONNECTION_ID`), may be
// narrowed to one (`logs list [CONNECTION_ID]`), or stands alone.
import type {ApiClient, RequestOptions} from '../api/client.js';
import type {Resource} from '../resources/resource.js';
import {
	civicAddresses,
	externalConnections,
	logMessages,
	outboundVoiceProfiles,
	phoneNumbers,
	releases,
	uploads,
} from '../resources/index.js';

export type ReadSubcommand = {
	noun: string;
	// eslint-disable-next-line @typescript-eslint/no-explicit-any -- every resource in one table, each row read through its own resource
	resource: Resource<any>;
	summary: string;
	parent: 'none' | 'required' | 'optional';
	/** `get ID`, where the API has a retrieve the TUI uses. */
	get?: (client: ApiClient, id: string, options: RequestOptions) => Promise<unknown>;
	/** `list`'s examples, each a command line and what it does. */
	examples: ReadonlyArray<readonly [string, string]>;
};

export const READ_SUBCOMMANDS: readonly ReadSubcommand[] = [
	{
		noun: 'connections',
		resource: externalConnections,
		summary: 'external connections (Zoom, Microsoft Teams Operator Connect)',
		parent: 'none',
		get: (client, id, options) => client.getExternalConnection(id, options),
		examples: [
			['ec-tui connections list --filter name~zoom --filter service=zoom', 'Zoom connections whose name has "zoom"'],
			['ec-tui connections list --all --format jsonl > connections.jsonl', 'every connection, one JSON record a line'],
			['ec-tui connections list --all --format csv --columns id,service,active,tags', 'a spreadsheet of four columns'],
			["ec-tui connections list --json | jq -r '.[].id'", 'the ids of the first page'],
			['ec-tui connections get 1293384261075731499 --format yaml', 'one connection as YAML'],
		],
	},
	{
		noun: 'numbers',
		resource: phoneNumbers,
		summary: "a connection's phone numbers",
		parent: 'required',
		examples: [
			['ec-tui numbers list 1293384261075731499 --all --format csv', 'every number of the connection, as CSV'],
			['ec-tui numbers list 1293384261075731499 --filter number~4411', 'numbers that contain 4411'],
		],
	},
	{
		noun: 'addresses',
		resource: civicAddresses,
		summary: "a connection's civic addresses and their locations",
		parent: 'required',
		examples: [['ec-tui addresses list 1293384261075731499 --filter country=US,CA --json', 'its US and Canadian addresses']],
	},
	{
		noun: 'uploads',
		resource: uploads,
		summary: "a connection's number uploads to Microsoft Teams",
		parent: 'required',
		examples: [['ec-tui uploads list 1293384261075731499 --filter status=pending,error', 'uploads pending or failed']],
	},
	{
		noun: 'releases',
		resource: releases,
		summary: 'numbers Microsoft Teams released from a connection',
		parent: 'required',
		examples: [['ec-tui releases list 1293384261075731499 --format jsonl', 'its releases, one a line']],
	},
	{
		noun: 'logs',
		resource: logMessages,
		summary: "log messages: every connection's, or one's",
		parent: 'optional',
		examples: [
			['ec-tui logs list --all --format jsonl', "every connection's log messages"],
			['ec-tui logs list 1293384261075731499', "one connection's"],
			['ec-tui logs list --filter connection=null', 'messages about no connection'],
		],
	},
	{
		noun: 'profiles',
		resource: outboundVoiceProfiles,
		summary: 'outbound voice profiles',
		parent: 'none',
		examples: [['ec-tui profiles list --filter name~office --filter sort=name --format table', 'profiles named like office, by name']],
	},
];

export function subcommandNamed(noun: string): ReadSubcommand | undefined {
	return READ_SUBCOMMANDS.find(subcommand => subcommand.noun === noun);
}
