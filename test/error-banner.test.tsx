import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import React from 'react';
import {render} from 'ink-testing-library';
import {ApiError} from '../source/api/errors.js';
import {bannerRows, ErrorBanner, summarizeError} from '../source/components/error-banner.js';
import {cleanText, ownText} from '../source/text/sanitize.js';
import {displayWidth} from '../source/text/format.js';
import {waitForFrame} from './helpers/wait-for.js';

const notFound = new ApiError({
	kind: 'http',
	status: 404,
	message: '404 Resource not found: The requested resource or URL could not be found. (code 10005)',
	errors: [{code: '10005', title: 'Resource not found', detail: 'The requested resource or URL could not be found.'}],
});

async function frameOf(error: unknown, width = 100): Promise<string> {
	const view = render(<ErrorBanner error={error} width={width} />);
	const frame = await waitForFrame(view, '✖ Error');
	view.unmount();
	return frame;
}

describe('ErrorBanner', () => {
	it('shows a Telnyx error as code · title — detail, prefixed with text, not colour alone', async () => {
		const frame = await frameOf(notFound);
		assert.equal(frame, '✖ Error 404 10005 · Resource not found — The requested resource or URL could not be found.');
	});

	it('includes the source pointer of a validation error', () => {
		const error = new ApiError({
			kind: 'http',
			status: 422,
			message: '422',
			errors: [{code: '10015', title: 'Bad Request', detail: 'must be at most 30', source: {pointer: '/webhook_timeout_secs'}}],
		});
		assert.deepEqual(summarizeError(error).lines, ['10015 · Bad Request — must be at most 30 (/webhook_timeout_secs)']);
	});

	it('shows at most four lines, the last saying how many more', async () => {
		const errors = Array.from({length: 7}, (_, index) => ({code: `1001${index}`, title: `Problem ${index}`}));
		const frame = await frameOf(new ApiError({kind: 'http', status: 422, message: '422', errors}));
		const lines = frame.split('\n');
		assert.equal(lines.length, 4);
		assert.match(lines[0] ?? '', /^✖ Error 422 10010 · Problem 0$/);
		assert.match(lines[2] ?? '', /10012 · Problem 2/);
		assert.match(lines[3] ?? '', /\+4 more/);
	});

	it('wraps a detail longer than the terminal onto the rows the banner has, instead of cutting it', async () => {
		const detail =
			'The number +15555550100 cannot be moved while its upload to Microsoft Teams is still in progress; try again once it has finished.';
		const error = new ApiError({kind: 'http', status: 422, message: '422', errors: [{code: '10015', title: 'Bad Request', detail}]});
		const {lastFrame, unmount} = render(<ErrorBanner error={error} width={60} />);
		const frame = await waitForFrame({lastFrame}, 'finished.');
		unmount();
		const rows = frame.split('\n');
		assert.ok(rows.length > 1 && rows.length <= 4, frame);
		assert.ok(
			rows.every(row => displayWidth(row) <= 60),
			frame,
		);
		assert.equal(rows.map(row => row.replace(/^✖ Error 422 |^ +/, '')).join(' '), `10015 · Bad Request — ${detail}`);
	});

	it('gives each line its first row, and cuts what still does not fit with …', () => {
		const long = cleanText(Array.from({length: 40}, (_, index) => `w${index + 1}`).join(' '));
		const rows = bannerRows([long, ownText('second')], 20, 3);
		assert.equal(rows[0]!.length, 2);
		assert.equal(rows[0]![0], 'w1 w2 w3 w4 w5 w6 w7');
		assert.equal(rows[0]![1], 'w8 w9 w10 w11 w12 w…', 'the second row goes on where the first stopped, cut');
		assert.deepEqual(rows[1], ['second']);
		assert.deepEqual(bannerRows([long], 20, 1)[0]!.length, 1);
	});

	it('shows every error when there are four', () => {
		const errors = Array.from({length: 4}, (_, index) => ({code: String(index), title: 'x'}));
		assert.equal(summarizeError(new ApiError({kind: 'http', status: 400, message: '', errors})).lines.length, 4);
	});

	it('shows the sentence of network, timeout and malformed errors', async () => {
		for (const kind of ['network', 'timeout', 'malformed'] as const) {
			const message = `The ${kind} sentence.`;
			const frame = await frameOf(new ApiError({kind, message}));
			assert.equal(frame, `✖ Error ${message}`);
		}
	});

	it('falls back to the message of an http error without a Telnyx body', async () => {
		const frame = await frameOf(new ApiError({kind: 'http', status: 502, message: '502 Bad Gateway'}));
		assert.equal(frame, '✖ Error 502 Bad Gateway');
	});

	it('shows anything else as one generic line, never a stack trace', async () => {
		const error = new Error('boom\n    at somewhere (file.js:1:1)');
		const frame = await frameOf(error);
		assert.equal(frame, '✖ Error Unexpected error: boom');
		assert.equal(await frameOf('a string'), '✖ Error Something went wrong.');
	});

	it('with one row to spare, cuts the line to the width', async () => {
		const view = render(<ErrorBanner error={notFound} width={40} maxLines={1} />);
		const frame = await waitForFrame(view, '✖ Error');
		view.unmount();
		assert.equal(frame.split('\n').length, 1);
		assert.ok(displayWidth(frame) <= 40, frame);
		assert.ok(frame.endsWith('…'));
	});
});

describe('an error body without errors[]', () => {
	it('reads Error 500 Internal Server Error, the status once', async () => {
		const {createServer} = await import('node:http');
		const {createApiClient} = await import('../source/api/client.js');
		const server = createServer((_req, res) => {
			res.writeHead(500, {'content-type': 'text/html'});
			res.end('<h1>oops</h1>');
		});
		await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
		const {port} = server.address() as import('node:net').AddressInfo;
		const api = createApiClient({baseUrl: `http://127.0.0.1:${port}`, apiKey: 'KEY_x', retries: 0});
		const error = await api.getConnection('1').then(
			() => assert.fail('expected a failure'),
			(e: unknown) => e,
		);
		server.close();
		const {heading, lines} = summarizeError(error);
		assert.equal(`${heading} ${lines.join(' ')}`, '✖ Error 500 Internal Server Error');
	});
});

describe('errors about the key', () => {
	it('a 401 says the key was rejected and that r in the list asks for another', () => {
		const error = new ApiError({
			kind: 'http',
			status: 401,
			errors: [{code: '10009', title: 'Authentication failed', detail: 'Could not understand the provided credentials.'}],
			message: '401 Authentication failed',
		});
		const {lines} = summarizeError(error);
		assert.match(lines[0]!, /10009 · Authentication failed/);
		assert.match(lines.at(-1)!, /rejected: in the list, r retries and then asks for another key/);
	});

	it('a 403 says the key lacks permission, and many errors still fit in four lines', () => {
		const errors = Array.from({length: 6}, (_, index) => ({code: '10010', title: `Not authorized ${index}`}));
		const {lines} = summarizeError(new ApiError({kind: 'http', status: 403, errors, message: '403 Not authorized'}));
		assert.equal(lines.length, 4);
		assert.equal(lines[2], '+4 more');
		assert.match(lines[3]!, /lacks permission/);
	});
});
