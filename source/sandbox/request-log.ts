// What the sandbox keeps of each request, for tests and the bench: bounded metadata, never a whole body.
// Anyone on loopback can send requests, so every field is cut to a size and the log to a length.

/** `body` is the body's first MAX_RECORDED_BODY bytes as text (all of it for the app's requests); `bodyBytes` its size. */
export type RecordedRequest = {
	method: string;
	path: string;
	query: Record<string, string>;
	status: number;
	/** Epoch ms of its arrival. */
	receivedAt: number;
	body?: string;
	bodyBytes?: number;
};

export type RequestLog = {
	/** status is 0 while unanswered, and stays 0 for hung and reset requests. Keeps the latest 5k-10k. */
	readonly requests: RecordedRequest[];
	add(method: string, path: string, query: Record<string, string>): RecordedRequest;
	addBody(record: RecordedRequest, body: Buffer): void;
	clear(): void;
};

// The demo runs the sandbox inside the app's process for as long as the app runs: past this many entries
// the oldest half is dropped (in one splice, so adding stays O(1) amortised).
export const MAX_RECORDED = 10_000;
export const MAX_RECORDED_BODY = 2048;
const MAX_RECORDED_PATH = 1024;
const MAX_RECORDED_QUERY_KEYS = 32;
const MAX_RECORDED_QUERY_TEXT = 256;

// A slice of a long string may keep the whole string alive (V8's sliced strings): a cut is copied out.
const cut = (text: string, max: number) => (text.length > max ? Buffer.from(text.slice(0, max), 'utf8').toString('utf8') : text);

function boundedQuery(query: Record<string, string>): Record<string, string> {
	const kept: Record<string, string> = {};
	for (const [key, value] of Object.entries(query).slice(0, MAX_RECORDED_QUERY_KEYS)) {
		kept[cut(key, MAX_RECORDED_QUERY_TEXT)] = cut(value, MAX_RECORDED_QUERY_TEXT);
	}
	return kept;
}

export function createRequestLog(): RequestLog {
	const requests: RecordedRequest[] = [];
	return {
		requests,
		add(method, path, query) {
			const record: RecordedRequest = {
				method,
				path: cut(path, MAX_RECORDED_PATH),
				query: boundedQuery(query),
				status: 0,
				receivedAt: Date.now(),
			};
			if (requests.length >= MAX_RECORDED) requests.splice(0, MAX_RECORDED / 2);
			requests.push(record);
			return record;
		},
		addBody(record, body) {
			if (body.length === 0) return;
			// Decoded from its first bytes only, so no string of the whole body is made for the log.
			record.body = body.subarray(0, MAX_RECORDED_BODY).toString('utf8');
			record.bodyBytes = body.length;
		},
		clear() {
			requests.length = 0;
		},
	};
}
