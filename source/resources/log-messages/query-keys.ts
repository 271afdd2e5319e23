import type {QueryKey} from '../../data/query-cache.js';

/** Every read of log messages: a dismissal changes any of them. */
export const LOG_MESSAGES: QueryKey = ['log-messages'];

export const logMessageCountKey = (connectionId: string): QueryKey => [...LOG_MESSAGES, 'count', connectionId];
