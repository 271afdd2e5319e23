import React from 'react';
import {Box, Text} from 'ink';
import {ErrorBanner, summarizeError} from '../../components/error-banner.js';
import {truncate} from '../../text/format.js';
import {clean, cleanText, ownText, type Clean} from '../../text/sanitize.js';
import type {Explanation} from '../../resources/explanation.js';
import type {SendState} from '../../mutation/send-machine.js';

// The error banner's lines at most (heading line included), and the explanation's.
const BANNER_LINES = 4;
const EXPLANATION_LINES = 4;
const FAILURE_LINES = BANNER_LINES + EXPLANATION_LINES;

export const STALE_PRESS = ownText('Not sent: that key was pressed before the answer above was on screen. Press it again to send.');

/** Lines the status may take: one while sending or after, the banner and its explanation or read-back after an error. */
export function sendingStatusLines(state: SendState<unknown>): number {
	const refused = state.refused === 'stale' ? 1 : 0;
	if (state.status === 'idle') return refused;
	if (state.status === 'failed-known') return FAILURE_LINES + refused;
	if (state.status === 'unknown-outcome') return summarizeError(state.error).lines.length + 3 + refused;
	return 1 + refused;
}

/** What the read-back found, or that it is under way or failed: one line. */
export function readBackLine(state: SendState<unknown>): {text: Clean; color: 'cyan' | 'red'} | undefined {
	if (state.status !== 'unknown-outcome') return undefined;
	const {readBack} = state;
	switch (readBack.status) {
		case 'none':
			return undefined;
		case 'loading':
			return {text: ownText('Reading back what happened…'), color: 'cyan'};
		case 'loaded':
			return {text: clean`Read back: ${readBack.found}`, color: 'cyan'};
		case 'failed':
			return {text: clean`✖ Could not read it back: ${summarizeError(readBack.error).lines[0] ?? ownText('')}`, color: 'red'};
	}
}

/**
 * What a mutation is doing or did: sending, ✔ done (`done` says what), Telnyx's refusal with its code, title and
 * detail, or an unknown outcome with what reading back found and `again` (how to send it again, deliberately).
 */
export function SendingStatus<T>({
	state,
	done,
	explain,
	again,
	width,
}: {
	state: SendState<T>;
	done: (value: T) => Clean;
	explain?: (error: unknown) => Explanation | undefined;
	again?: Clean;
	width: number;
}) {
	const stale = state.refused === 'stale' ? <Text dimColor>{truncate(STALE_PRESS, width)}</Text> : null;
	if (state.status === 'idle') return stale;
	if (state.status === 'sending') return <Text>{truncate(clean`Sending ${cleanText(state.what)}… (once; never retried)`, width)}</Text>;
	if (state.status === 'done') {
		return (
			<Box flexDirection="column">
				<Text color="green">{truncate(clean`✔ ${done(state.value)}`, width)}</Text>
				{stale}
			</Box>
		);
	}

	if (state.status === 'unknown-outcome') {
		const found = readBackLine(state);
		return (
			<Box flexDirection="column">
				{/* Its rows are counted by sendingStatusLines: one a line of the summary. */}
				<ErrorBanner error={state.error} width={width} maxLines={summarizeError(state.error).lines.length} />
				<Text color="yellow">
					{truncate(clean`The outcome is unknown: ${cleanText(state.what)} may or may not have been made.`, width)}
				</Text>
				{found ? <Text color={found.color}>{truncate(found.text, width)}</Text> : null}
				{again ? <Text dimColor>{truncate(again, width)}</Text> : null}
				{stale}
			</Box>
		);
	}

	const explanation = explain?.(state.error);
	return (
		<Box flexDirection="column">
			<ErrorBanner error={state.error} width={width} maxLines={BANNER_LINES} />
			{explanation?.lines.slice(0, EXPLANATION_LINES).map(line => (
				<Text key={line} color="yellow">
					{truncate(line, width)}
				</Text>
			))}
			{stale}
		</Box>
	);
}
