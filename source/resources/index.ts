// Every resource a route can name: adding one is a module here and a way to reach it.
import {civicAddresses} from './civic-addresses.js';
import {externalConnections} from './external-connections.js';
import {logMessages} from './log-messages.js';
import {outboundVoiceProfiles} from './outbound-voice-profiles/resource.js';
import {phoneNumbers} from './phone-numbers.js';
import {releases} from './releases.js';
import {uploads} from './uploads.js';
import type {Resource} from './resource.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- stores of every resource in one place, each row read through its own resource
const RESOURCES: ReadonlyMap<string, Resource<any>> = new Map(
	[externalConnections, phoneNumbers, civicAddresses, uploads, releases, logMessages, outboundVoiceProfiles].map(resource => [
		resource.name,
		resource,
	]),
);

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- stores of every resource in one place, each row read through its own resource
export function resourceNamed(name: string): Resource<any> {
	const resource = RESOURCES.get(name);
	if (!resource) throw new RangeError(`no resource named ${name}`);
	return resource;
}

export {civicAddresses, externalConnections, logMessages, outboundVoiceProfiles, phoneNumbers, releases, uploads};
