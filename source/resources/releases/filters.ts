// FilterReleasesConsolidated: a partial number "requires 3-15 digits"; eq is x-format E164.
import {ticketFilters} from '../filters/ticket-filters.js';

export const RELEASE_FILTER_STATUSES = ['pending_upload', 'pending', 'in_progress', 'complete', 'failed', 'expired', 'unknown'] as const;

export const RELEASE_FILTERS = ticketFilters('Filter releases', RELEASE_FILTER_STATUSES, 3);
