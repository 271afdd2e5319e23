import type {QueryKey} from '../../data/query-cache.js';

/** A connection's whole address list, as the places menus, the numbers list and the records name them. */
export const connectionAddressesKey = (connectionId: string): QueryKey => ['civic-addresses', connectionId, 'all'];
