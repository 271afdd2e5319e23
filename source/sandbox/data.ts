// Seeded external connections, derived from their index on demand: 100k records cost no memory,
// and each one is reproducible from (index, seed, count) alone.
import type {AnchorsiteOverride, Connection, ExternalConnection, ExternalSipConnection} from '../api/types.js';
import {encodeId} from './ids.js';
import {mix32, Random} from './prng.js';
import {PROFILES} from './profiles.js';
import {isLargeConnection} from './seed/phone-numbers.js';

/** What the list filters look at; cheap to derive so a full scan of 100k stays fast. */
export type Traits = {kind: ExternalSipConnection; name: string; createdMs: number};
export type SandboxRecord = {external: ExternalConnection; connection: Connection};

// Independent streams: a filter that needs traits never pays for the rest.
const TRAITS = 0x7a11;
const DETAILS = 0xde7a;

// Records are spread evenly over this window so that index order is created_at order.
const FIRST_CREATED = Date.UTC(2021, 2, 1);
const LAST_CREATED = Date.UTC(2025, 8, 30);
const LAST_UPDATED = Date.UTC(2025, 9, 31);
const DAY = 86_400_000;

const CITIES = [
	'Berlin',
	'München',
	'Zürich',
	'Wien',
	'Frankfurt',
	'London',
	'Manchester',
	'Dublin',
	'Amsterdam',
	'Paris',
	'Madrid',
	'Kraków',
	'Malmö',
	'São Paulo',
	'Toronto',
	'Vancouver',
	'Chicago',
	'New York',
	'Austin',
	'Sydney',
	'Melbourne',
	'Singapore',
	'東京',
	'Osaka',
] as const;
const DEPARTMENTS = ['Sales', 'Support', 'Finance', 'Legal', 'Engineering', 'Customer Care', 'Front Desk', 'HR'] as const;
const ZOOM_NAMES = [
	(city: string) => `Zoom HQ ${city}`,
	(city: string) => `Zoom Phone – ${city} Office`,
	(city: string, dept: string) => `Zoom ${dept} ${city}`,
	(city: string) => `Zoom Rooms ${city}`,
	(city: string) => `${city} Zoom Contact Center`,
] as const;
const TEAMS_NAMES = [
	(city: string) => `Teams Operator Connect – ${city}`,
	(city: string, dept: string) => `Operator Connect ${dept} ${city}`,
	(city: string, dept: string) => `Microsoft Teams ${city} ${dept}`,
] as const;
const TAGS = ['prod', 'staging', 'pilot', 'emea', 'apac', 'amer', 'café', '東京', 'süd', 'vip', 'billing', 'migrated-2023'] as const;
const COMPANIES = ['acme', 'globex', 'initech', 'umbrella', 'hooli', 'stark', 'wayne', 'tyrell'] as const;
const ANCHORSITES: readonly AnchorsiteOverride[] = [
	'Chicago, IL',
	'Ashburn, VA',
	'San Jose, CA',
	'Sydney, Australia',
	'Amsterdam, Netherlands',
	'London, UK',
	'Toronto, Canada',
	'Vancouver, Canada',
	'Frankfurt, Germany',
];
const CHANNEL_LIMITS = [2, 5, 10, 20, 50, 100, 250] as const;
const TIMEOUTS = [5, 10, 15, 20, 25, 30] as const;

export function isoSeconds(ms: number): string {
	return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function stream(salt: number, index: number, seed: number): Random {
	return new Random(mix32(mix32(seed, salt), index));
}

export function seededTraits(index: number, seed: number, count: number): Traits {
	const random = stream(TRAITS, index, seed);
	// The connections with many numbers are Operator Connect ones: Teams is where numbers come in bulk.
	const drawn: ExternalSipConnection = random.chance(0.7) ? 'zoom' : 'operator_connect';
	const kind = isLargeConnection(index, count) ? 'operator_connect' : drawn;
	const city = random.pick(CITIES);
	const department = random.pick(DEPARTMENTS);
	const name = random.pick<(c: string, d: string) => string>(kind === 'zoom' ? ZOOM_NAMES : TEAMS_NAMES)(city, department);
	const step = (LAST_CREATED - FIRST_CREATED) / Math.max(count, 1);
	const createdMs = Math.floor((FIRST_CREATED + index * step + random.next() * step * 0.9) / 1000) * 1000;
	return {kind, name, createdMs};
}

function pickTags(random: Random): string[] {
	const tags = new Set<string>();
	const howMany = random.int(4);
	while (tags.size < howMany) tags.add(random.pick(TAGS));
	return [...tags];
}

// An unset limit is left out: the spec types channel_limit as integer, so null would break it.
function channelLimit(random: Random): {channel_limit?: number} {
	return random.chance(0.4) ? {} : {channel_limit: random.pick(CHANNEL_LIMITS)};
}

export function seededRecord(index: number, seed: number, count: number): SandboxRecord {
	const {kind, name, createdMs} = seededTraits(index, seed, count);
	const random = stream(DETAILS, index, seed);
	const id = encodeId(index, seed);
	const company = random.pick(COMPANIES);
	const updatedMs = createdMs + random.int(Math.min(400 * DAY, LAST_UPDATED - createdMs) / 1000) * 1000;
	const external: ExternalConnection = {
		id,
		record_type: 'external_connection',
		external_sip_connection: kind,
		active: random.chance(0.85),
		credential_active: kind === 'operator_connect' ? random.chance(0.8) : random.chance(0.3),
		tags: pickTags(random),
		webhook_event_url: `https://hooks.${company}.example.com/telnyx/${kind}`,
		webhook_event_failover_url: random.chance(0.4) ? null : `https://backup.${company}.example.com/telnyx`,
		webhook_api_version: random.chance(0.6) ? '2' : '1',
		webhook_timeout_secs: random.chance(0.3) ? null : random.pick(TIMEOUTS),
		inbound: channelLimit(random),
		outbound: {...channelLimit(random), outbound_voice_profile_id: random.pick(PROFILES).id},
		created_at: isoSeconds(createdMs),
		updated_at: isoSeconds(updatedMs),
	};
	const anchorsite = random.chance(0.5) ? 'Latency' : random.pick(ANCHORSITES);
	return {external, connection: toConnection(external, name, anchorsite)};
}

/** The high-level view GET /connections/{id} answers with. */
export function toConnection(external: ExternalConnection, connectionName: string, anchorsite: AnchorsiteOverride): Connection {
	return {
		id: external.id,
		record_type: 'external_connection',
		active: external.active,
		anchorsite_override: anchorsite,
		connection_name: connectionName,
		created_at: external.created_at,
		updated_at: external.updated_at,
		webhook_event_url: external.webhook_event_url || null,
		webhook_event_failover_url: external.webhook_event_failover_url ?? null,
		webhook_api_version: external.webhook_api_version,
		outbound_voice_profile_id: external.outbound?.outbound_voice_profile_id,
		tags: external.tags,
	};
}
