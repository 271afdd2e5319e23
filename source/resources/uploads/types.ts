// Models of the full spec's Upload, TnUploadEntry and the upload requests and answers (numbers sent
// to Microsoft Teams). Ids are strings; the spec requires no field of an upload.

export type UploadStatus = 'pending_upload' | 'pending' | 'in_progress' | 'partial_success' | 'success' | 'error';
export type Usage = 'calling_user_assignment' | 'first_party_app_assignment';

export type TnUploadEntry = {
	number_id?: string;
	/** E.164 */
	phone_number?: string;
	status?: 'pending_upload' | 'pending' | 'in_progress' | 'success' | 'error';
	internal_status?:
		'pending_assignment' | 'in_progress' | 'all_internal_jobs_completed' | 'release_requested' | 'release_completed' | 'error';
	error_code?:
		| 'internal_error'
		| 'unable_to_retrieve_default_location'
		| 'unknown_country_code'
		| 'unable_to_retrieve_location'
		| 'unable_to_retrieve_partner_info'
		| 'unable_to_match_geography_entry';
	error_message?: string;
	civic_address_id?: string;
	location_id?: string;
};

export type Upload = {
	ticket_id?: string;
	tenant_id?: string;
	location_id?: string;
	status?: UploadStatus;
	available_usages?: Usage[];
	error_code?: string;
	error_message?: string;
	tn_upload_entries?: TnUploadEntry[];
};

/** The spec's limit on `number_ids` of one upload (a 413 past it). */
export const MAX_UPLOAD_NUMBERS = 1000;

/** `number_ids`: Telnyx phone number ids or E.164 numbers. Only one of civic_address_id or location_id. */
export type CreateUploadRequest = {
	number_ids: string[];
	usage?: Usage;
	additional_usages?: Usage[];
} & ({civic_address_id?: string; location_id?: never} | {location_id?: string; civic_address_id?: never});

export type CreatedUpload = {success?: boolean; ticket_id?: string};

export type RefreshResult = {success?: boolean};

/** GET …/uploads/status. */
export type UploadsStatus = {pending_numbers_count?: number; pending_orders_count?: number};
