// FilterUploadsConsolidated. Its status enum leaves out partial_success, which an upload can still carry.
import {ticketFilters} from '../filters/ticket-filters.js';

export const UPLOAD_FILTER_STATUSES = ['pending_upload', 'pending', 'in_progress', 'success', 'error'] as const;

export const UPLOAD_FILTERS = ticketFilters('Filter uploads', UPLOAD_FILTER_STATUSES, 1);
