// What an upload says besides its numbers (the spec's CreateUploadRequest): where they go, a location or a civic
// address and never both, or neither for the default location; and what for, `usage` and `additional_usages`.
// Menus build every choice from the API's own records; the toll-free rule is checked before anything is sent.
import {clean, cleanText, ownText, type Clean} from '../../text/sanitize.js';
import {formatCount} from '../../text/format.js';
import {addressChoices, locationChoices, type Choice} from '../civic-addresses/location-choices.js';
import type {CivicAddress} from '../civic-addresses/types.js';
import type {CreateUploadRequest, Usage} from './types.js';

export type Destination = {kind: 'default'} | {kind: 'location'; id: string} | {kind: 'address'; id: string};
export type UploadOptions = {destination: Destination; usage?: Usage; additionalUsages?: Usage[]};

export const DEFAULT_OPTIONS: UploadOptions = {destination: {kind: 'default'}};

const DEFAULT_CHOICE = 'default';

/** The default location first, then every location, then every civic address, each menu value naming its kind. */
export function destinationChoices(addresses: readonly CivicAddress[]): Choice[] {
	const locations = locationChoices(addresses, undefined).items.map(item => ({
		label: clean`location · ${item.label}`,
		value: `location:${item.value}`,
	}));
	const civic = addressChoices(addresses, undefined).items.map(item => ({
		label: clean`civic address · ${item.label}`,
		value: `address:${item.value}`,
	}));
	return [{label: ownText("the connection's default location (neither is sent)"), value: DEFAULT_CHOICE}, ...locations, ...civic];
}

export function destinationOf(value: string): Destination {
	if (value.startsWith('location:')) return {kind: 'location', id: value.slice('location:'.length)};
	if (value.startsWith('address:')) return {kind: 'address', id: value.slice('address:'.length)};
	return {kind: 'default'};
}

const NO_USAGE = 'none';

export const USAGE_CHOICES: Choice[] = [
	{label: ownText('none: Telnyx decides'), value: NO_USAGE},
	{label: ownText('calling_user_assignment (not for toll-free numbers)'), value: 'calling_user_assignment'},
	{label: ownText('first_party_app_assignment'), value: 'first_party_app_assignment'},
];

export const ADDITIONAL_USAGE_CHOICES: Choice[] = [
	{label: ownText('none: every supported usage'), value: NO_USAGE},
	{label: ownText('calling_user_assignment'), value: 'calling_user_assignment'},
	{label: ownText('first_party_app_assignment'), value: 'first_party_app_assignment'},
	{label: ownText('both'), value: 'calling_user_assignment,first_party_app_assignment'},
];

export const usageOf = (value: string): Usage | undefined => (value === NO_USAGE ? undefined : (value as Usage));
export const usagesOf = (value: string): Usage[] | undefined => (value === NO_USAGE ? undefined : (value.split(',') as Usage[]));

/** The body as it will be sent: numbers by id, and only the options chosen. */
export function uploadRequest(numberIds: readonly string[], options: UploadOptions): CreateUploadRequest {
	const {destination, usage, additionalUsages} = options;
	const purpose = {...(usage && {usage}), ...(additionalUsages && {additional_usages: [...additionalUsages]})};
	if (destination.kind === 'location') return {number_ids: [...numberIds], location_id: destination.id, ...purpose};
	if (destination.kind === 'address') return {number_ids: [...numberIds], civic_address_id: destination.id, ...purpose};
	return {number_ids: [...numberIds], ...purpose};
}

// Toll-free ranges by E.164 prefix: North America's 8XX codes and the United Kingdom's 0800 and 0808.
const TOLL_FREE = /^\+(1(800|833|844|855|866|877|888)|44(800|808))/;

export const isTollFree = (number: string) => TOLL_FREE.test(number);

/**
 * Why the options cannot go with these numbers: the spec says `calling_user_assignment` is not supported for
 * toll-free numbers, so a toll-free number under that usage (or among the additional ones) is named before sending.
 */
export function tollFreeProblem(numbers: readonly string[], options: UploadOptions): Clean | undefined {
	const calling = options.usage === 'calling_user_assignment' || options.additionalUsages?.includes('calling_user_assignment');
	const tollFree = calling ? numbers.filter(isTollFree) : [];
	if (tollFree.length === 0) return undefined;
	const named = tollFree.slice(0, 3).map(cleanText).join(', ');
	const more = tollFree.length > 3 ? clean` and ${formatCount(tollFree.length - 3)} more` : ownText('');
	return clean`calling_user_assignment is not supported for toll-free numbers: ${cleanText(named)}${more}. Choose another usage, or upload them apart.`;
}

/** How the review names the destination. */
export function destinationText(destination: Destination, name: (id: string) => string | undefined): Clean {
	if (destination.kind === 'default') return ownText("the connection's default location");
	const what = destination.kind === 'location' ? ownText('location') : ownText('civic address');
	return clean`${what} ${cleanText(name(destination.id) ?? destination.id)}`;
}
