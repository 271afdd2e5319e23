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
export type OutboundVoiceProfile = {
	id: string;
	record_type?: string;
	name: string;
	enabled?: boolean;
	traffic_type?: string;
	service_plan?: string;
	concurrent_call_limit?: number | null;
	tags?: string[];
	created_at?: string;
	updated_at?: string;
};

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
