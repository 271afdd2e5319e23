import React from 'react';
import {Box, Text} from 'ink';
import {isApiError, messageAfterStatus} from '../api/errors.js';
import {firstLine} from '../text/first-line.js';
import type {TelnyxError} from '../api/types.js';
import {displayWidth, spaces, truncate} from '../text/format.js';
import {clean, cleanText, ownText, type Clean} from '../text/sanitize.js';
import {wrapText} from '../text/wrap.js';

// The banner must stay short so that screens can budget their height around it.
const MAX_LINES = 4;

export type ErrorBannerProps = {
	error: unknown;
	width: number;
	/** Rows the banner may take: a long line wraps onto the rows the others leave. At least one a line. */
	maxLines?: number;
};

// Every line holds outside text (Telnyx's code, title and detail, a host, a library's message).
export type ErrorSummary = {heading: Clean; lines: Clean[]};

export function describeTelnyxError(error: TelnyxError): Clean {
	let line = [error.code, error.title].filter(Boolean).join(' · ');
	if (error.detail) line += line ? ` — ${error.detail}` : error.detail;
	if (error.source?.pointer) line += ` (${error.source.pointer})`;
	return cleanText(line);
}

// What a user can do about the two errors that concern the key itself.
const KEY_HINTS: Record<number, Clean> = {
	401: ownText('The API key was rejected: in the list, r retries and then asks for another key.'),
	403: ownText('The API key lacks permission for this. Ask your Telnyx account owner, or use a key that has it.'),
};

/** What the banner says, as plain text: a heading ('✖ Error 404') and at most MAX_LINES lines. */
export function summarizeError(error: unknown): ErrorSummary {
	if (!isApiError(error)) {
		// Never a stack trace: the first line of the message is all a user can act on.
		const message = error instanceof Error ? firstLine(error) : '';
		return {heading: ownText('✖ Error'), lines: [message ? cleanText(`Unexpected error: ${message}`) : ownText('Something went wrong.')]};
	}

	if (error.kind !== 'http' || error.errors.length === 0) {
		return {
			heading: error.status === undefined ? ownText('✖ Error') : clean`✖ Error ${error.status}`,
			lines: [cleanText(messageAfterStatus(error))],
		};
	}

	const heading = error.status === undefined ? ownText('✖ Error') : clean`✖ Error ${error.status}`;
	const hint = error.status === undefined ? undefined : KEY_HINTS[error.status];
	const room = hint ? MAX_LINES - 1 : MAX_LINES;
	const described = error.errors.map(describeTelnyxError);
	const shown = described.length <= room ? described : [...described.slice(0, room - 1), clean`+${described.length - room + 1} more`];
	return {heading, lines: hint ? [...shown, hint] : shown};
}

/**
 * Each line wrapped to `width`, in at most `maxLines` rows: every line keeps its first row, and the rows left over go
 * to the lines in order, so Telnyx's detail is read whole where it fits; a line still too long ends cut ('…').
 */
export function bannerRows(lines: readonly Clean[], width: number, maxLines: number): Clean[][] {
	const wrapped = lines.map(line => wrapText(line, width));
	let spare = Math.max(0, maxLines - lines.length);
	return wrapped.map(rows => {
		const room = 1 + Math.min(spare, rows.length - 1);
		spare -= room - 1;
		if (rows.length <= room) return rows;
		const shown = rows.slice(0, room);
		// The cut row ends in '…': what follows it is out of sight.
		shown[room - 1] = truncate(clean`${shown[room - 1]!} ${rows[room]!}`, width);
		return shown;
	});
}

/** An error as a short red block; the '✖ Error' text keeps it readable without colour. */
export function ErrorBanner({error, width, maxLines = MAX_LINES}: ErrorBannerProps): React.JSX.Element {
	const {heading, lines} = summarizeError(error);
	const indent = displayWidth(heading) + 1;
	const textWidth = Math.max(1, width - indent);
	const rows = bannerRows(lines, textWidth, maxLines).flat();
	return (
		<Box flexDirection="column">
			{/* Rows are positional and never reordered, so the index is a stable key. */}
			{rows.map((row, index) => (
				<Text key={index} wrap="truncate-end">
					<Text bold color="red">
						{index === 0 ? heading : spaces(indent - 1)}
					</Text>{' '}
					<Text color="red">{truncate(row, textWidth)}</Text>
				</Text>
			))}
		</Box>
	);
}
