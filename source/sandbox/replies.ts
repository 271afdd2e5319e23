// The shapes handlers answer with, and the one way a request body is parsed.
import type {TelnyxError} from '../api/types.js';
import {CONTROL_CHARACTER} from '../api/wire-formats.js';
import {badRequest, errorBody} from './telnyx-errors.js';

export type RouteResponse = {status: number; body: string; headers?: Record<string, string>};

export const ok = (status: number, payload: unknown): RouteResponse => ({status, body: JSON.stringify(payload)});
export const fail = (status: number, errors: TelnyxError[]): RouteResponse => ({status, body: errorBody(errors)});

const escapeToken = (token: string) => token.replaceAll('~', '~0').replaceAll('/', '~1');
const codePoint = (text: string) => `U+${text.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** The JSON pointer of the first string (value or member name) with a control character, and that character. */
export function firstControlCharacter(value: unknown): {pointer: string; character: string} | undefined {
	// A stack, not recursion: a 1 MB body can nest 500,000 levels deep.
	const pending: {value: unknown; pointer: string}[] = [{value, pointer: ''}];
	while (pending.length > 0) {
		const {value: node, pointer} = pending.pop()!;
		if (typeof node === 'string') {
			const found = CONTROL_CHARACTER.exec(node);
			if (found) return {pointer: pointer || '/', character: found[0]};
		} else if (typeof node === 'object' && node !== null) {
			for (const [key, child] of Object.entries(node).reverse()) {
				const at = `${pointer}/${escapeToken(key)}`;
				const found = CONTROL_CHARACTER.exec(key);
				if (found) return {pointer: at, character: found[0]};
				pending.push({value: child, pointer: at});
			}
		}
	}
	return undefined;
}

/** The parsed body, or the 422 every mutating operation documents for a body it cannot use. */
export function parseJsonBody(raw: string): {ok: true; value: unknown} | {ok: false; response: RouteResponse} {
	let value: unknown;
	try {
		value = JSON.parse(raw);
	} catch {
		return {ok: false, response: fail(422, [badRequest('The request body is not valid JSON.', {pointer: '/'})])};
	}
	const control = firstControlCharacter(value);
	if (control) {
		const detail = `Text may not contain control characters; found ${codePoint(control.character)}.`;
		return {ok: false, response: fail(422, [badRequest(detail, {pointer: control.pointer})])};
	}
	return {ok: true, value};
}
