import {STATUS_CODES} from 'node:http';
import {isRecord} from './is-record.js';
import type {TelnyxError} from './types.js';

/** Reads Telnyx `{errors: [...]}` from an error body; anything else (HTML, empty, odd JSON) gives []. */
export function parseTelnyxErrors(body: string): TelnyxError[] {
	let parsed: unknown;
	try {
		parsed = JSON.parse(body);
	} catch {
		return [];
	}
	if (!isRecord(parsed) || !Array.isArray(parsed['errors'])) return [];
	return parsed['errors'].filter(isRecord).map(toTelnyxError);
}

/** One line: `<status> <title>: <detail> (code <code>)`, plus what 401/403 mean for the user's key. */
export function describeHttpError(status: number, errors: TelnyxError[]): string {
	const first = errors[0];
	const statusText = STATUS_CODES[status] ?? 'HTTP error';
	let line = `${status} ${first?.title || statusText}`;
	if (first?.detail) line += `: ${first.detail}`;
	if (first?.code) line += ` (code ${first.code})`;
	if (errors.length > 1) line += ` (+${errors.length - 1} more)`;
	if (status === 401) line += ' — the API key was rejected';
	if (status === 403) line += ' — the API key lacks permission for this';
	return line;
}

function toTelnyxError(entry: Record<string, unknown>): TelnyxError {
	const error: TelnyxError = {code: stringOf(entry['code']) ?? '', title: stringOf(entry['title']) ?? ''};
	const detail = stringOf(entry['detail']);
	if (detail !== undefined) error.detail = detail;
	const source = entry['source'];
	if (isRecord(source)) {
		const pointer = stringOf(source['pointer']);
		const parameter = stringOf(source['parameter']);
		error.source = {};
		if (pointer !== undefined) error.source.pointer = pointer;
		if (parameter !== undefined) error.source.parameter = parameter;
	}
	const meta = entry['meta'];
	if (isRecord(meta)) {
		const url = stringOf(meta['url']);
		error.meta = url === undefined ? {} : {url};
	}
	return error;
}

// Codes are documented as strings, but a number is the same code.
function stringOf(value: unknown): string | undefined {
	if (typeof value === 'string') return value;
	if (typeof value === 'number') return String(value);
	return undefined;
}
