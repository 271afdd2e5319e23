// Every outbound voice profile of the account, one request per page: accounts have a handful, so the
// detail view can name any profile id from one list instead of asking once per connection.
import type {ApiClient, RequestOptions} from './client.js';
import type {ListMeta, OutboundVoiceProfile} from './types.js';

/** The API's largest page (telnyx-outbound-voice-profiles-list.yml). */
export const PROFILE_PAGE_SIZE = 250;
// A server whose pages never end must not keep ec-tui asking: 10,000 profiles is far past any account.
const MAX_PAGES = 40;

/** Whether a page after `pageNumber` is worth asking for: a short page, or the last by meta, ends the list. */
export function hasNextPage(meta: ListMeta, pageNumber: number, rowsOnPage: number, pageSize: number): boolean {
	if (rowsOnPage < pageSize || pageNumber >= MAX_PAGES) return false;
	return meta.total_pages === undefined || pageNumber < meta.total_pages;
}

export async function listAllOutboundVoiceProfiles(
	client: Pick<ApiClient, 'listOutboundVoiceProfiles'>,
	{pageSize = PROFILE_PAGE_SIZE, ...options}: RequestOptions & {pageSize?: number} = {},
): Promise<OutboundVoiceProfile[]> {
	const profiles: OutboundVoiceProfile[] = [];
	for (let pageNumber = 1; ; pageNumber++) {
		const {data, meta} = await client.listOutboundVoiceProfiles({pageNumber, pageSize}, options);
		profiles.push(...data);
		if (!hasNextPage(meta, pageNumber, data.length, pageSize)) return profiles;
	}
}
