// The account's outbound voice profiles: fixed, so a person (or a test) can rely on their ids.
import type {OutboundVoiceProfile} from '../api/types.js';

export type SandboxProfile = OutboundVoiceProfile & {
	usage_payment_method: string;
	daily_spend_limit: string;
	daily_spend_limit_enabled: boolean;
	whitelisted_destinations: string[];
	max_destination_rate: number;
	billing_group_id: string | null;
};

function profile(id: string, name: string, createdAt: string, extra: Partial<SandboxProfile> = {}): SandboxProfile {
	return {
		id,
		record_type: 'outbound_voice_profile',
		name,
		enabled: true,
		traffic_type: 'conversational',
		service_plan: 'global',
		usage_payment_method: 'rate-deck',
		concurrent_call_limit: 10,
		daily_spend_limit: '100.00',
		daily_spend_limit_enabled: false,
		whitelisted_destinations: ['US', 'CA'],
		max_destination_rate: 10,
		billing_group_id: null,
		tags: [],
		created_at: createdAt,
		updated_at: createdAt,
		...extra,
	};
}

// The first two ids are the ones Telnyx's own documentation examples use.
export const PROFILES: readonly SandboxProfile[] = [
	profile('1911630617284445511', 'Zoom Default', '2021-02-11T09:14:03Z', {concurrent_call_limit: 50}),
	profile('1293384261075731499', 'office', '2020-11-03T16:40:21Z', {tags: ['office-profile']}),
	profile('1987654321098765432', 'EMEA Outbound – Frankfurt', '2021-08-19T07:02:55Z', {
		whitelisted_destinations: ['DE', 'FR', 'GB', 'NL', 'CH'],
		tags: ['emea'],
	}),
	profile('1765432109876543210', 'APAC Outbound', '2022-03-30T23:11:47Z', {
		whitelisted_destinations: ['AU', 'JP', 'SG'],
		concurrent_call_limit: null,
		tags: ['apac'],
	}),
	profile('1543210987654321098', 'Teams Operator Connect', '2022-10-05T12:00:00Z', {
		concurrent_call_limit: 200,
		daily_spend_limit: '500.00',
		daily_spend_limit_enabled: true,
		call_recording: {
			call_recording_type: 'by_caller_phone_number',
			call_recording_caller_phone_numbers: ['+19705555098'],
			call_recording_channels: 'dual',
			call_recording_format: 'mp3',
		},
		calling_window: {calls_per_cld: 5, start_time: '08:00:00.00Z', end_time: '20:00:00.00Z'},
	}),
	profile('1432109876543210987', 'Night Shift Call Centre', '2023-05-17T21:45:09Z', {
		enabled: false,
		tags: ['legacy'],
	}),
];

const PROFILE_IDS = new Set(PROFILES.map(p => p.id));

export function isKnownProfile(id: string): boolean {
	return PROFILE_IDS.has(id);
}
