import type {ApiClient} from '../../api/client.js';
import type {ListResponse} from '../../api/types.js';
import type {Load} from '../../data/load.js';
import {useQuery} from '../../data/use-query.js';
import {listCivicAddresses} from '../../resources/civic-addresses/api.js';
import {connectionAddressesKey} from '../../resources/civic-addresses/query-keys.js';
import type {CivicAddress} from '../../resources/civic-addresses/types.js';

/**
 * A connection's civic addresses and their locations, one request for every screen that names them (the list under
 * it, a number, an address, an upload); loading, and nothing asked, without a connection.
 */
export function useConnectionAddresses(client: ApiClient, connectionId: string | undefined): Load<ListResponse<CivicAddress>> {
	return useQuery(
		connectionAddressesKey(connectionId ?? ''),
		signal => listCivicAddresses(client, connectionId ?? '', {}, {signal}),
		connectionId !== undefined,
	);
}
