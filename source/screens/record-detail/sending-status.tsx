import React from 'react';
import {Box, Text} from 'ink';
import {ErrorBanner} from '../../components/error-banner.js';
import {truncate} from '../../components/format.js';
import {cleanText} from '../../components/sanitize.js';
import type {Explanation} from '../../resources/explanation.js';
import type {Sending} from './use-send-once.js';

/** Lines the status may take: one while sending or after, the banner and a wrapped explanation after an error. */
export function sendingStatusLines(state: Sending<unknown>): number {
	return state.status === 'idle' ? 0 : state.status === 'failed' ? 8 : 1;
}

/** What a mutation is doing or did: sending, ✔ done (`done` says what), or the error with Telnyx's code, title and detail. */
export function SendingStatus<T>({
	state,
	done,
	explain,
	width,
}: {
	state: Sending<T>;
	done: (value: T) => string;
	explain?: (error: unknown) => Explanation | undefined;
	width: number;
}) {
	if (state.status === 'idle') return null;
	if (state.status === 'sending')
		return <Text wrap="truncate-end">{truncate(cleanText(`Sending ${state.what}… (once; never retried)`), width)}</Text>;
	if (state.status === 'sent') {
		return (
			<Text color="green" wrap="truncate-end">
				{truncate(cleanText(`✔ ${done(state.value)}`), width)}
			</Text>
		);
	}
	const explanation = explain?.(state.error);
	return (
		<Box flexDirection="column">
			<ErrorBanner error={state.error} width={width} />
			{explanation?.lines.map(line => (
				<Text key={line} color="yellow">
					{line}
				</Text>
			))}
		</Box>
	);
}
