// Models of ../shared/api/openapi.yml. IDs are int64 values carried as strings: never parse them.

export type ExternalSipConnection = 'zoom' | 'operator_connect';

export type ExternalConnection = {
	id: string;
	record_type?: string;
	active?: boolean;
	credential_active?: boolean;
	external_sip_connection?: ExternalSipConnection;
	tags?: string[];
	webhook_event_url?: string;
	webhook_event_failover_url?: string | null;
	webhook_api_version?: '1' | '2';
	webhook_timeout_secs?: number | null;
	inbound?: {channel_limit?: number | null};
	outbound?: {channel_limit?: number | null; outbound_voice_profile_id?: string};
	created_at?: string;
	updated_at?: string;
};

export type AnchorsiteOverride =
	| 'Latency'
	| 'Chicago, IL'
	| 'Ashburn, VA'
	| 'San Jose, CA'
	| 'Sydney, Australia'
	| 'Amsterdam, Netherlands'
	| 'London, UK'
	| 'Toronto, Canada'
	| 'Vancouver, Canada'
	| 'Frankfurt, Germany';

export type Connection = {
	id: string;
	record_type?: string;
	active?: boolean;
	anchorsite_override?: AnchorsiteOverride;
	connection_name?: string;
	created_at?: string;
	updated_at?: string;
	webhook_event_url?: string | null;
	webhook_event_failover_url?: string | null;
	webhook_api_version?: '1' | '2';
	outbound_voice_profile_id?: string;
	tags?: string[];
};

export type PaginationMeta = {
	page_number: number;
	page_size: number;
	total_pages: number;
	total_results: number;
};

/** The five filters of ListExternalConnections; each unset key is left out of the query. */
export type ListFilters = {
	connectionNameContains?: string;
	externalSipConnection?: ExternalSipConnection;
	id?: string;
	/** YYYY-MM-DD */
	createdAt?: string;
	/** Full E.164 number, despite the API's `contains` name. */
	phoneNumber?: string;
};

/** Any list's applied filters, by the keys of its filter table: a value, or several (an enum list, countries). */
export type FilterValues = Readonly<Record<string, string | readonly string[] | undefined>>;

export type ListPage<T> = {data: T[]; meta: PaginationMeta};

/** What a list response gave: meta fields that were missing or not a count (negative, fractional, past 2^53) are left out. */
export type ListMeta = Partial<PaginationMeta>;
/** ExternalConnectionPhoneNumber: a number as the connection's Teams or Zoom side knows it; nothing is required. */
export type ExternalConnectionPhoneNumber = {
	number_id?: string;
	telephone_number?: string;
	displayed_country_code?: string;
	acquired_capabilities?: string[];
	civic_address_id?: string;
	location_id?: string;
	ticket_id?: string;
};

/** FilterPhoneNumbersConsolidated. */
export type PhoneNumberFilters = {phoneNumberEq?: string; phoneNumberContains?: string; civicAddressId?: string; locationId?: string};

export type ListResponse<T> = {data: T[]; meta: ListMeta};

export type CreateExternalConnectionRequest = {
	external_sip_connection: 'zoom';
	active?: boolean;
	tags?: string[];
	webhook_event_url?: string;
	webhook_event_failover_url?: string | null;
	webhook_timeout_secs?: number | null;
	inbound?: {outbound_voice_profile_id: string; channel_limit?: number};
	outbound: {outbound_voice_profile_id?: string; channel_limit?: number};
};

/** The subset of an outbound voice profile the picker shows (telnyx-outbound-voice-profiles-list.yml). */
/** telnyx-outbound-voice-profiles-list.yml's OutboundVoiceProfile; only `name` is required there. */
export type OutboundVoiceProfile = {
	id: string;
	record_type?: string;
	name: string;
	enabled?: boolean;
	traffic_type?: string;
	service_plan?: string;
	usage_payment_method?: string;
	concurrent_call_limit?: number | null;
	/** Connections of every kind that use the profile, not only external ones. */
	connections_count?: number;
	daily_spend_limit?: string;
	daily_spend_limit_enabled?: boolean;
	max_destination_rate?: number;
	whitelisted_destinations?: string[];
	billing_group_id?: string | null;
	call_recording?: {
		call_recording_type?: 'all' | 'none' | 'by_caller_phone_number';
		call_recording_caller_phone_numbers?: string[];
		call_recording_channels?: 'single' | 'dual';
		call_recording_format?: 'wav' | 'mp3';
	};
	calling_window?: {calls_per_cld?: number; start_time?: string; end_time?: string};
	tags?: string[];
	created_at?: string;
	updated_at?: string;
};

/** SortOutboundVoiceProfile: a field, ascending, or descending with a leading `-`; the API's default is -created_at. */
export type OutboundVoiceProfileSort =
	`${'' | '-'}${'enabled' | 'created_at' | 'name' | 'service_plan' | 'traffic_type' | 'usage_payment_method'}`;

export type TelnyxError = {
	code: string;
	title: string;
	detail?: string;
	source?: {pointer?: string; parameter?: string};
	meta?: {url?: string};
};

/** UpdateExternalConnectionRequest (full spec): outbound with its profile id is required; null removes a value. */
export type UpdateExternalConnectionRequest = {
	active?: boolean;
	tags?: string[];
	webhook_event_url?: string;
	webhook_event_failover_url?: string | null;
	webhook_timeout_secs?: number | null;
	inbound?: {channel_limit?: number | null};
	outbound: {outbound_voice_profile_id: string; channel_limit?: number | null};
};
