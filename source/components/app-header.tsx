import React from 'react';
import {Box, Text} from 'ink';
import {fitCrumbs} from './breadcrumbs.js';
import {displayWidth, spaces, truncate} from '../text/format.js';
import {clean, cleanText, ownText, type Clean} from '../text/sanitize.js';

/**
 * Where the app is pointed: the embedded demo, or the API host (from the base URL; never the key) and the saved
 * profile; `readOnly`: read-only mode (--read-only, or the profile's read_only).
 */
export type Place = ({demo: true} | {demo: false; host: string; profile?: string}) & {readOnly?: true};

export function placeOf(demo: boolean, baseUrl: string, profile?: string, readOnly = false): Place {
	const where: Place = demo ? {demo: true} : {demo: false, host: new URL(baseUrl).host, ...(profile !== undefined && {profile})};
	return readOnly ? {...where, readOnly: true} : where;
}

/** The badge at the start of every header: the profile's name first, when the key came from one; read-only mode says so. */
export function placeTag(place: Place): Clean {
	const where = place.demo
		? ownText(' DEMO ')
		: place.profile === undefined
			? cleanText(place.host)
			: cleanText(`${place.profile} · ${place.host}`);
	return place.readOnly ? clean`${where} READ-ONLY ` : where;
}

/** The badge as drawn: inverse as well as yellow for the demo, so it stands out with NO_COLOR too. */
export function PlaceTag({place}: {place: Place}) {
	return place.demo ? (
		<Text inverse bold color="yellow">
			{placeTag(place)}
		</Text>
	) : (
		<Text dimColor>{placeTag(place)}</Text>
	);
}

type Props = {
	width: number;
	place: Place;
	/** A text, or a trail of places that gives way from its start. */
	title: Clean | readonly Clean[];
	/** Kept whole at the right end: the title gives way first. */
	right?: Clean;
	rightColor?: 'yellow' | 'green' | 'red';
};

/** The first line of every screen: where you are (DEMO or the host), what you look at, and a status on the right. */
export function AppHeader({width, place, title, right = ownText(''), rightColor}: Props) {
	const tagWidth = displayWidth(placeTag(place));
	const shownRight = truncate(right, Math.max(0, width - tagWidth - 1));
	const rightWidth = displayWidth(shownRight);
	const titleWidth = Math.max(0, width - tagWidth - rightWidth - 1);
	const shownTitle =
		typeof title === 'string' ? truncate(clean`  ${title}`, titleWidth) : clean`  ${fitCrumbs(title, Math.max(0, titleWidth - 2))}`;
	const padding = spaces(titleWidth - displayWidth(shownTitle));
	return (
		<Box>
			<PlaceTag place={place} />
			<Text bold>{shownTitle}</Text>
			<Text>{clean`${padding} `}</Text>
			<Text color={rightColor}>{shownRight}</Text>
		</Box>
	);
}
