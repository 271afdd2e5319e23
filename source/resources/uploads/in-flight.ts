// An upload still on its way to Microsoft Teams: its status will change on its own, so it is worth watching.
import {isRecord} from '../../api/is-record.js';

const IN_FLIGHT: ReadonlySet<unknown> = new Set(['pending_upload', 'pending', 'in_progress']);

export const isInFlight = (upload: unknown): boolean => isRecord(upload) && IN_FLIGHT.has(upload['status']);
