import React, {useEffect} from 'react';
import {Box, Text, useInput} from 'ink';
import type {ListStore} from '../../list-store.js';
import type {ListView, NavEvent} from '../../navigation.js';
import {hasFilters} from '../../navigation.js';
import {describeFilters} from '../../validation/filter-form.js';
import {ErrorBanner} from '../../components/error-banner.js';
import {Spinner} from '../../components/spinner.js';
import {formatCount, truncate} from '../../components/format.js';
import {cleanText} from '../../components/sanitize.js';
import {LIST_HINTS} from '../../keymap.js';
import {headerLine, layoutColumns, placeholderLine, rowLine} from './columns.js';
import {ListHeader} from './list-header.js';

/** Lines a list frame spends outside the table rows: header, column titles, footer. */
export const LIST_CHROME_LINES = 3;
/** Lines the error banner takes when shown; the table gives them up. */
export const BANNER_LINES = 4;

type Props = {
	store: ListStore;
	list: ListView;
	/** The navigation generation the list is for: until the store has loaded it, nothing cached is shown. */
	generation: number;
	width: number;
	demo: boolean;
	isActive: boolean;
	dispatch: (event: NavEvent) => void;
	/** The cursor after every key so far: Enter may arrive in the same read as the ↓ before it. */
	currentCursor: () => number;
};

function positionText(list: ListView): string {
	if (list.total === undefined) return 'loading…';
	if (list.total === 0) return '0 results';
	return `row ${formatCount(list.cursor + 1)} of ${formatCount(list.total)}`;
}

export function ListScreen({store, list, generation, width, demo, isActive, dispatch, currentCursor}: Props) {
	const {cache} = store;
	const fresh = store.generation === generation;
	const total = fresh ? cache.total : undefined;
	const firstRow = list.scrollOffset;
	const lastRow = total === undefined ? list.viewportRows - 1 : Math.min(total, firstRow + list.viewportRows) - 1;

	useEffect(() => {
		if (fresh) cache.setView(firstRow, Math.max(firstRow, lastRow));
	}, [cache, fresh, firstRow, lastRow, generation]);

	useEffect(() => {
		if (total !== undefined && total !== list.total) dispatch({type: 'total', total});
	}, [total, list.total, dispatch]);

	useInput(
		(input, key) => {
			// Ink reports Ctrl+J as 'j' with ctrl set; only the bare keys are bound.
			if (key.ctrl) return;
			if (key.downArrow || input === 'j') dispatch({type: 'move', by: 1});
			else if (key.upArrow || input === 'k') dispatch({type: 'move', by: -1});
			else if (key.pageDown) dispatch({type: 'move', by: list.viewportRows});
			else if (key.pageUp) dispatch({type: 'move', by: -list.viewportRows});
			else if (key.home || input === 'g') dispatch({type: 'jump', to: 'first'});
			else if (key.end || input === 'G') dispatch({type: 'jump', to: 'last'});
			else if (key.return) {
				const row = cache.rowAt(currentCursor());
				if (row) dispatch({type: 'open', id: row.id});
			} else if (input === '/') dispatch({type: 'overlay', overlay: 'filter'});
			else if (input === 'x') dispatch({type: 'clearFilters'});
			else if (input === 'c') dispatch({type: 'create'});
			else if (input === 'r') {
				// After a failure, retry just the failed pages so the rows already shown stay.
				if (cache.lastError) cache.retry();
				else dispatch({type: 'refresh'});
			}
		},
		{isActive},
	);

	const columns = layoutColumns(width);
	const filterText = describeFilters(list.filters);
	const error = fresh ? cache.lastError : undefined;
	const rows: Array<{line: string; loaded: boolean}> = [];
	if (total !== undefined) {
		for (let index = firstRow; index <= lastRow; index++) {
			const row = cache.rowAt(index);
			const selected = index === list.cursor;
			rows.push({line: row ? rowLine(row, columns, selected) : placeholderLine(index, columns, selected), loaded: row !== undefined});
		}
	}

	let body: React.ReactNode;
	if (total === undefined) {
		body = error ? <Text dimColor>Nothing loaded yet. Press r to retry.</Text> : <Spinner label="Loading external connections…" />;
	} else if (total === 0) {
		body = (
			<Text>
				{truncate(
					hasFilters(list.filters) ? `No external connections match ${cleanText(filterText)}. Press x to clear the filters.` : 'No external connections yet. Press c to create one.',
					width,
				)}
			</Text>
		);
	} else {
		body = rows.map(({line, loaded}, offset) => {
			const selected = firstRow + offset === list.cursor;
			return (
				<Text key={offset} inverse={selected} dimColor={!selected && !loaded}>
					{line}
				</Text>
			);
		});
	}

	return (
		<Box flexDirection="column">
			<ListHeader width={width} demo={demo} filterText={filterText} position={positionText(list)} retryNotice={store.retryNotice} />
			<Text dimColor>{headerLine(columns)}</Text>
			<Box flexDirection="column" height={list.viewportRows}>
				{body}
			</Box>
			{error ? (
				<Box height={BANNER_LINES} overflow="hidden">
					<ErrorBanner error={error} width={width} />
				</Box>
			) : null}
			<Text dimColor>{truncate(hasFilters(list.filters) ? `${LIST_HINTS} · x clear filters` : LIST_HINTS, width)}</Text>
		</Box>
	);
}
