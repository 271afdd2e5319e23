// Where a log message leads: its connection and its number, when its `meta` names them as the contract says.
// A field that is missing, of the wrong type or not an id the contract would produce leads nowhere.
import {externalConnections} from '../external-connections.js';

export type LogMessageLinks = {
	connectionId?: string;
	/** The number's digits after its +: the connection's numbers list finds it by `filter[phone_number][eq]`. */
	numberDigits?: string;
};

const E164 = /^\+([1-9]\d{2,14})$/;

export function logMessageLinks(message: unknown): LogMessageLinks {
	const meta = typeof message === 'object' && message !== null ? (message as {meta?: unknown}).meta : undefined;
	if (typeof meta !== 'object' || meta === null) return {};
	const {external_connection_id: id, telephone_number: number} = meta as Record<string, unknown>;
	const connectionId = typeof id === 'string' && externalConnections.idRefusal(id, undefined) === undefined ? id : undefined;
	if (connectionId === undefined) return {};
	// A number is reached through its connection's list: without the connection it leads nowhere.
	const digits = typeof number === 'string' ? E164.exec(number)?.[1] : undefined;
	return {connectionId, ...(digits && {numberDigits: digits})};
}
