// After an upload's outcome is unknown: is there an upload of exactly these numbers among those listed?
import type {Upload} from './types.js';

/** The first upload whose entries are the body's numbers (each by E.164 number or number id), in any order. */
export function findUploadOf(uploads: readonly Upload[], numberIds: readonly string[]): Upload | undefined {
	const wanted = new Set(numberIds);
	if (wanted.size === 0) return undefined;
	return uploads.find(upload => {
		const entries = upload.tn_upload_entries ?? [];
		if (entries.length !== wanted.size) return false;
		const matched = new Set<string>();
		for (const entry of entries) {
			const id = [entry.phone_number, entry.number_id].find(value => value !== undefined && wanted.has(value));
			if (id === undefined) return false;
			matched.add(id);
		}
		return matched.size === wanted.size;
	});
}
