import {useMemo} from 'react';
import type {ApiClient} from '../../api/client.js';
import {placeIndex, type Places} from '../../resources/civic-addresses/places.js';
import {useConnectionAddresses} from './use-connection-addresses.js';

/** Names of a connection's locations and addresses, once they are here; none without a connection. */
export function usePlaces(client: ApiClient, connectionId: string | undefined): Places | undefined {
	const addresses = useConnectionAddresses(client, connectionId);
	const data = addresses.status === 'loaded' ? addresses.value.data : undefined;
	return useMemo(() => (data ? placeIndex(data) : undefined), [data]);
}
