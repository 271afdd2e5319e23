// A location or civic address named on the command line must be one of the connection's, as the TUI's menus offer
// only those: its civic addresses are read, and a place that is not among them is refused before anything is sent.
import type {RequestOptions} from '../api/client.js';
import type {ApiClient} from '../api/client.js';
import {listCivicAddresses} from '../resources/civic-addresses/api.js';
import {addressChoices, locationChoices, type Choice} from '../resources/civic-addresses/location-choices.js';
import {UsageError} from './usage-error.js';

const MAX_NAMED = 5;

/** Checks `id` against the connection's locations (`kind` location) or civic addresses. */
export async function checkPlace(
	client: ApiClient,
	connectionId: string,
	kind: 'location' | 'civic-address',
	id: string,
	options: RequestOptions,
): Promise<void> {
	const addresses = (await listCivicAddresses(client, connectionId, {}, options)).data;
	const choices: Choice[] = (kind === 'location' ? locationChoices : addressChoices)(addresses, undefined).items;
	if (choices.some(choice => choice.value === id)) return;
	const named = choices.slice(0, MAX_NAMED).map(choice => `${choice.value} (${choice.label})`);
	const more = choices.length > MAX_NAMED ? `, and ${choices.length - MAX_NAMED} more` : '';
	const what = kind === 'location' ? 'location' : 'civic address';
	throw new UsageError(
		choices.length === 0
			? `--${kind} ${id}: connection ${connectionId} has no ${what}.`
			: `--${kind} ${id}: not a ${what} of connection ${connectionId}. Its ${what === 'location' ? 'locations' : 'civic addresses'}: ${named.join(', ')}${more}.`,
	);
}
