// Writing to stdout with back-pressure: a write waits for 'drain' when the stream's buffer is full, so memory stays
// flat however fast pages arrive. A reader that goes away (`| head`: EPIPE) ends the output quietly: it had enough.
import {once} from 'node:events';

export class OutputClosed extends Error {}

export type OutputStream = {write(text: string): Promise<void>};

export function outputStream(stream: NodeJS.WritableStream): OutputStream {
	let failure: Error | undefined;
	stream.on('error', (error: NodeJS.ErrnoException) => {
		failure = error.code === 'EPIPE' ? new OutputClosed('the reader closed the output') : error;
	});
	return {
		async write(text) {
			if (failure) throw failure;
			if (text === '') return;
			// once() rejects on 'error', so a reader that leaves while the buffer is full ends the wait too.
			if (!stream.write(text)) await once(stream, 'drain').catch(() => undefined);
			if (failure) throw failure;
		},
	};
}
