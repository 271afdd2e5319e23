import React from 'react';
import {Box, Text} from 'ink';
import type {RetryNotice} from '../../api/client.js';
import {displayWidth, truncate} from '../../components/format.js';
import {cleanText} from '../../components/sanitize.js';

type Props = {width: number; demo: boolean; filterText: string; position: string; retryNotice: RetryNotice | undefined};

export function ListHeader({width, demo, filterText, position, retryNotice}: Props) {
	const right = retryNotice ? `retrying ${retryNotice.attempt}/${retryNotice.of}… gives up in ${Math.ceil(retryNotice.deadlineInMs / 1000)} s  ${position}` : position;
	const leftWidth = Math.max(0, width - displayWidth(right) - 1);
	const title = 'External connections';
	// The filters hold what a user typed or pasted: JSON quoting escapes C0 but not C1 or bidi characters.
	const filters = filterText ? `  filter: ${cleanText(filterText)}` : '';
	const demoTag = demo ? ' DEMO ' : '';
	const rest = truncate(`  ${title}${filters}`, Math.max(0, leftWidth - displayWidth(demoTag)));
	const padding = ' '.repeat(Math.max(0, leftWidth - displayWidth(demoTag) - displayWidth(rest)));
	return (
		<Box>
			{demo ? (
				<Text backgroundColor="yellow" color="black" bold>
					{demoTag}
				</Text>
			) : null}
			<Text bold>{rest}</Text>
			<Text>{padding} </Text>
			<Text color={retryNotice ? 'yellow' : undefined}>{right}</Text>
		</Box>
	);
}
