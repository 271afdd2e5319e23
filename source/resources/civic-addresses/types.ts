// Models of the full spec's CivicAddress, Location and LocationResponse (Microsoft Teams' emergency
// addresses and their locations). Ids are UUID strings; the spec requires no field.

export type Location = {
	id?: string;
	description?: string;
	additional_info?: string;
	is_default?: boolean;
};

export type CivicAddress = {
	id?: string;
	record_type?: string;
	description?: string;
	company_name?: string;
	house_number?: string;
	house_number_suffix?: string;
	street_name?: string;
	street_suffix?: string;
	city_or_town?: string;
	city_or_town_alias?: string;
	state_or_province?: string;
	postal_or_zip_code?: string;
	country?: string;
	country_or_district?: string;
	default_location_id?: string;
	locations?: Location[];
};

/** PATCH /external_connections/{id}/locations/{location_id}: `static_emergency_address_id` is required. */
export type UpdateLocationRequest = {static_emergency_address_id: string};

export type LocationUpdate = {
	accepted_address_suggestions?: boolean;
	location_id?: string;
	static_emergency_address_id?: string;
};
