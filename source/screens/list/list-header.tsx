import React from 'react';
import type {RetryNotice} from '../../api/client.js';
import {AppHeader, type Place} from '../../components/app-header.js';
import {cleanText} from '../../components/sanitize.js';

type Props = {width: number; place: Place; filterText: string; position: string; retryNotice: RetryNotice | undefined};

export function ListHeader({width, place, filterText, position, retryNotice}: Props) {
	const right = retryNotice ? `retrying ${retryNotice.attempt}/${retryNotice.of}… gives up in ${Math.ceil(retryNotice.deadlineInMs / 1000)} s  ${position}` : position;
	// The filters hold what a user typed or pasted: JSON quoting escapes C0 but not C1 or bidi characters.
	const filters = filterText ? `  filter: ${cleanText(filterText)}` : '';
	return <AppHeader width={width} place={place} title={`External connections${filters}`} right={right} rightColor={retryNotice ? 'yellow' : undefined} />;
}
