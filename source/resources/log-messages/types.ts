// Model of the full spec's LogMessage. The spec gives it no `id`, yet retrieve and dismiss take one:
// the sandbox (and ec-tui) read an `id` property, an int64 carried as a string (README, "Log message ids").

export type LogMessage = {
	id?: string;
	/** Required by the spec, like `title`; still optional here, as a lenient reader passes records on as sent. */
	code?: string;
	title?: string;
	detail?: string;
	meta?: {external_connection_id?: string; telephone_number?: string; ticket_id?: string};
	source?: {pointer?: string};
};

export type DismissResult = {success?: boolean};
