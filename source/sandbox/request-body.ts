// Request bodies: read only for a request that may have one (the key checked, no fault drawn), and never
// past the cap, whether the size was declared (Content-Length) or not (chunked).
import type {IncomingMessage} from 'node:http';

export const MAX_BODY_BYTES = 1_000_000;

export type BodyRead = {ok: true; body: Buffer} | {ok: false; reason: 'too-large' | 'aborted'};

const declaredLength = (req: IncomingMessage) => Number(req.headers['content-length'] ?? 0);
const isChunked = (req: IncomingMessage) => req.headers['transfer-encoding'] !== undefined;

/** The body, or too-large as soon as it is known to pass the cap: before the first byte when declared, at the cap when not. */
export function readBody(req: IncomingMessage, max = MAX_BODY_BYTES): Promise<BodyRead> {
	return new Promise(resolve => {
		if (declaredLength(req) > max) return resolve({ok: false, reason: 'too-large'});
		const chunks: Buffer[] = [];
		let size = 0;
		const finish = (read: BodyRead) => {
			req.off('data', onData).off('end', onEnd).off('error', onError).off('aborted', onError);
			resolve(read);
		};
		const onData = (chunk: Buffer) => {
			size += chunk.length;
			if (size > max) {
				// Nothing more is read: the answer closes the connection (see unreadBodyHeaders).
				req.pause();
				finish({ok: false, reason: 'too-large'});
			} else {
				chunks.push(chunk);
			}
		};
		const onEnd = () => finish({ok: true, body: Buffer.concat(chunks, size)});
		const onError = () => finish({ok: false, reason: 'aborted'});
		req.on('data', onData).on('end', onEnd).on('error', onError).on('aborted', onError);
	});
}

/**
 * Headers for an answer given while the body has not been read (or only in part). A small body of a
 * declared size is let through and dropped, so the connection stays usable; any other (too large,
 * chunked) is never read to its end: the connection closes once the answer is out.
 */
export function unreadBodyHeaders(req: IncomingMessage): Record<string, string> {
	if (req.complete || (!isChunked(req) && declaredLength(req) === 0)) return {};
	return !isChunked(req) && declaredLength(req) <= MAX_BODY_BYTES ? {} : {connection: 'close'};
}
