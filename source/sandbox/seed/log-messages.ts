// Log messages Telnyx wrote about the account's external connections, derived per connection
// from (index, seed): most have none, some one to three, the large ones five, and a few belong to
// no connection. Each has an int64 id that decodes back to (connection, k).
import {decodeId, encodeId} from '../ids.js';
import {mix32, Random} from '../prng.js';

export type LogMessage = {
	id: string;
	code: string;
	title: string;
	detail: string;
	meta: {external_connection_id?: string; telephone_number?: string; ticket_id?: string};
	source?: {pointer: string};
};

type Template = {code: string; title: string; detail: string; pointer?: string; aboutNumber: boolean; aboutUpload: boolean};
const TEMPLATES: readonly Template[] = [
	{
		code: '10015',
		title: 'Invalid attribute',
		detail: 'The value provided for the attribute is not valid. Check the value used and try again.',
		pointer: '/location_id',
		aboutNumber: true,
		aboutUpload: true,
	},
	{
		code: '10037',
		title: 'Emergency address not accepted',
		detail: 'Microsoft Teams rejected the emergency address of the location this number is assigned to.',
		aboutNumber: true,
		aboutUpload: false,
	},
	{
		code: '10038',
		title: 'Number upload failed',
		detail: 'Microsoft Teams did not accept the number; retry the upload once its location is fixed.',
		aboutNumber: true,
		aboutUpload: true,
	},
	{
		code: '10039',
		title: 'Tenant consent missing',
		detail: 'The Microsoft Teams tenant has not granted consent to Telnyx as an Operator Connect operator.',
		aboutNumber: false,
		aboutUpload: false,
	},
	{
		code: '10040',
		title: 'Usage not supported',
		detail: 'calling_user_assignment is not supported for toll free numbers.',
		pointer: '/usage',
		aboutNumber: true,
		aboutUpload: true,
	},
];
const ACCOUNT_TEMPLATES: readonly Template[] = [
	{
		code: '10041',
		title: 'Operator Connect refresh failed',
		detail: 'The Operator Connect integration could not be refreshed; Telnyx will try again within the hour.',
		aboutNumber: false,
		aboutUpload: false,
	},
	{
		code: '10039',
		title: 'Tenant consent missing',
		detail: 'A Microsoft Teams tenant linked to the account has not granted consent to Telnyx.',
		aboutNumber: false,
		aboutUpload: false,
	},
];
const LOGS = 0x1095;
const PER_CONNECTION = 8;
export const ACCOUNT_MESSAGES = 3;

const logSeed = (seed: number) => mix32(seed, LOGS);

/** connection -1 stands for the account: messages that belong to no connection. */
export function logMessageId(connection: number, k: number, seed: number): string {
	return encodeId((connection + 1) * PER_CONNECTION + k, logSeed(seed));
}

export function decodeLogMessageId(id: string, seed: number): {connection: number; k: number} | undefined {
	const value = decodeId(id, logSeed(seed));
	return value === undefined ? undefined : {connection: Math.floor(value / PER_CONNECTION) - 1, k: value % PER_CONNECTION};
}

export function logMessageCount(index: number, seed: number, large: boolean): number {
	if (large) return 5;
	const draw = mix32(logSeed(seed), index) % 10;
	return draw < 7 ? 0 : draw - 6;
}

export type Subject = {
	connectionId?: string;
	/** The k-th phone number of the connection, if it has any. */
	phoneNumber?: (k: number) => string | undefined;
	/** The ticket of one of its uploads, if it has any. */
	ticketId?: (k: number) => string | undefined;
};

/** The draws that decide a message: its template and what it names. */
function drawn(connection: number, k: number, seed: number, subject: Subject) {
	const random = new Random(mix32(logSeed(seed), connection * PER_CONNECTION + k + 1));
	const template = connection < 0 ? ACCOUNT_TEMPLATES[k % ACCOUNT_TEMPLATES.length]! : random.pick(TEMPLATES);
	const number = template.aboutNumber ? subject.phoneNumber?.(random.int(1000)) : undefined;
	const ticket = template.aboutUpload ? subject.ticketId?.(random.int(1000)) : undefined;
	return {template, number, ticket};
}

/** The telephone number a message names, if any, without building the message: what a number filter looks at. */
export function logMessageNumberAt(connection: number, k: number, seed: number, subject: Subject): string | undefined {
	return drawn(connection, k, seed, subject).number;
}

export function logMessageAt(connection: number, k: number, seed: number, subject: Subject): LogMessage {
	const {template, number, ticket} = drawn(connection, k, seed, subject);
	return {
		id: logMessageId(connection, k, seed),
		code: template.code,
		title: template.title,
		detail: template.detail,
		meta: {
			...(subject.connectionId ? {external_connection_id: subject.connectionId} : {}),
			...(number ? {telephone_number: number} : {}),
			...(ticket ? {ticket_id: ticket} : {}),
		},
		...(template.pointer ? {source: {pointer: template.pointer}} : {}),
	};
}
