// Name requests (GET /connections/{id}) the app makes for its first screen.
import type {Sandbox} from '../../source/sandbox/server.js';
import type {Frame} from './frame.js';
import {spawnApp, STANDARD_SIZE} from './launch.js';
import {firstLoadedFrame} from './navigate.js';

export type NameFigures = {nameRequestsFirstScreen: number; rowsOnScreen: number};

// The header, the column titles and the footer, and Ink's spare line.
export const ROWS_ON_SCREEN = STANDARD_SIZE.rows - 4;

export const isNameRequest = (request: {path: string}) => request.path.startsWith('/connections/');

/** A table row whose name has not arrived: the dim `…` where the name goes, then its id. */
export const namesPending = (frame: Frame) => frame.lines.some(line => /^[› ] …\s+\d{19}/.test(line));

export async function measureNames(sandbox: Sandbox): Promise<NameFigures> {
	const from = sandbox.requests.length;
	const app = spawnApp(sandbox);
	try {
		await firstLoadedFrame(app);
		await app.frameWhere(frame => frame.hasData && !namesPending(frame), {what: 'every name on the first screen'});
		await app.quiet(500, {what: 'the names to settle'});
		return {nameRequestsFirstScreen: sandbox.requests.slice(from).filter(isNameRequest).length, rowsOnScreen: ROWS_ON_SCREEN};
	} finally {
		await app.kill();
	}
}
