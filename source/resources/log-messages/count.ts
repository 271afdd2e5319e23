// A connection's log message count (countLogMessages) as its detail view shows it.
import {formatCount} from '../../text/format.js';

/** '3 log messages', 'no log messages'; 'log messages' alone when the server did not say how many. */
export function logMessageCountText(count: number | undefined): string {
	if (count === undefined) return 'log messages';
	if (count === 0) return 'no log messages';
	return `${formatCount(count)} log ${count === 1 ? 'message' : 'messages'}`;
}
