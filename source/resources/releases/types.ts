// Models of the full spec's Release and TnReleaseEntry: numbers Microsoft Teams let go of. Ids are
// strings; the spec requires no field.

export type ReleaseStatus = 'pending_upload' | 'pending' | 'in_progress' | 'complete' | 'failed' | 'expired' | 'unknown';

export type TnReleaseEntry = {number_id?: string; /** E.164 */ phone_number?: string};

export type Release = {
	ticket_id?: string;
	tenant_id?: string;
	status?: ReleaseStatus;
	created_at?: string;
	error_message?: string;
	telephone_numbers?: TnReleaseEntry[];
};
