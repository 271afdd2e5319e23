// Models of the full spec's ExternalConnectionPhoneNumber and its update request. Ids are strings
// (number_id is Telnyx's phone number id); the spec requires no field of the record.

export type AcquiredCapability = 'FirstPartyAppAssignment' | 'InboundCalling' | 'Office365' | 'OutboundCalling' | 'UserAssignment';

export type ExternalConnectionPhoneNumber = {
	number_id?: string;
	/** E.164 */
	telephone_number?: string;
	displayed_country_code?: string;
	acquired_capabilities?: AcquiredCapability[];
	civic_address_id?: string;
	location_id?: string;
	ticket_id?: string;
};

/** The only field the update schema allows: the location (of the connection's civic addresses) to move the number to. */
export type UpdatePhoneNumberRequest = {location_id?: string};
