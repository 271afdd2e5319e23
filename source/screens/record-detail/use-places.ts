import {useMemo} from 'react';
import type {ApiClient} from '../../api/client.js';
import {listCivicAddresses} from '../../resources/civic-addresses/api.js';
import {placeIndex, type Places} from '../../resources/civic-addresses/places.js';
import {useRecord} from './use-record.js';

/** Names of a connection's locations and addresses (one small request), once they are here; none without a connection. */
export function usePlaces(client: ApiClient, connectionId: string | undefined): Places | undefined {
	const {record} = useRecord(connectionId ?? '', options =>
		connectionId === undefined ? Promise.resolve(undefined) : listCivicAddresses(client, connectionId, {}, options),
	);
	const addresses = record.status === 'loaded' ? record.value?.data : undefined;
	return useMemo(() => (addresses ? placeIndex(addresses) : undefined), [addresses]);
}
