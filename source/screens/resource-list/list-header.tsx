import React from 'react';
import {Box, Text} from 'ink';
import type {RetryNotice} from '../../api/client.js';
import {displayWidth, spaces, truncate} from '../../text/format.js';
import {clean, ownText, type Clean} from '../../text/sanitize.js';
import {PlaceTag, placeTag, type Place} from '../../components/app-header.js';
import type {HeaderLayout} from './header-layout.js';

type Props = {width: number; place: Place; layout: HeaderLayout; position: Clean; retryNotice: RetryNotice | undefined};

/** The header as laid out by layoutHeader: title and position, the filters beside the title or on lines of their own. */
export function ListHeader({width, place, layout, position, retryNotice}: Props) {
	const tag = placeTag(place);
	const title = layout.title === '' ? ownText('') : clean`  ${layout.title}`;
	const left = layout.inlineFilters === '' ? title : clean`${title}  ${layout.inlineFilters}`;
	const notice = retryNotice
		? clean`retrying ${retryNotice.attempt}/${retryNotice.of}… gives up in ${Math.ceil(retryNotice.deadlineInMs / 1000)} s  ${position}`
		: position;
	// The filters were fitted beside the title for the widest position; a retry notice gives way to them.
	const right = truncate(notice, Math.max(0, width - displayWidth(tag) - displayWidth(left) - 1));
	const padding = spaces(width - displayWidth(tag) - displayWidth(left) - displayWidth(right) - 1);
	return (
		<Box flexDirection="column">
			<Box>
				<PlaceTag place={place} />
				<Text bold>{left}</Text>
				<Text>{clean`${padding} `}</Text>
				<Text color={retryNotice ? 'yellow' : undefined}>{right}</Text>
			</Box>
			{layout.filterLines.map((line, index) => (
				<Text key={index} bold>
					{truncate(clean`  ${line}`, width)}
				</Text>
			))}
		</Box>
	);
}
