// Uploads and releases are both tickets of numbers, filtered the same way (FilterUploadsConsolidated,
// FilterReleasesConsolidated): status (any set of the list's own enum), location, civic address, number.
import type {FilterTable} from '../filter-table.js';
import {civicAddressFilter, locationFilter, numberContains, numberEq} from './number-fields.js';

/** `containsMin`: the releases' spec requires 3 digits of a partial number; the uploads' states no minimum. */
export function ticketFilters(title: string, statuses: readonly string[], containsMin: number): FilterTable {
	return {
		title,
		fields: [
			{
				kind: 'enum',
				key: 'statuses',
				label: 'Status',
				short: 'status',
				param: 'filter[status][eq]',
				options: statuses,
				multiple: true,
				rule: 'One or more of the statuses the spec lists; none picked means every status.',
			},
			numberContains(containsMin),
			numberEq,
			locationFilter,
			civicAddressFilter,
		],
	};
}
