import React, {useEffect} from 'react';
import {Box, Text} from 'ink';
import type {ListStore} from '../../list-store.js';
import type {ListView, NavEvent} from '../../navigation.js';
import {hasFilters} from '../../navigation.js';
import {describeFilters} from '../../validation/filter-form.js';
import {ErrorBanner} from '../../components/error-banner.js';
import {Spinner} from '../../components/spinner.js';
import {formatCount, truncate} from '../../components/format.js';
import {hintsFor} from '../../input/bindings.js';
import {useBindings, useInputHold} from '../../input/use-keys.js';
import {cleanText} from '../../components/sanitize.js';
import {headerLine, layoutColumns, placeholderLine, rowLine} from './columns.js';
import {ListHeader} from './list-header.js';
import type {Place} from '../../components/app-header.js';

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
	place: Place;
	isActive: boolean;
	dispatch: (event: NavEvent) => void;
};

const LIST_HINTS = hintsFor(['list', 'global']);

function positionText(list: ListView, failed: boolean): string {
	if (list.total === undefined) return failed ? 'not loaded' : 'loading…';
	if (list.total === 0) return '0 results';
	return `row ${formatCount(list.cursor + 1)} of ${formatCount(list.total)}`;
}

export function ListScreen({store, list, generation, width, place, isActive, dispatch}: Props) {
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

	useBindings(
		'list',
		{
			down: () => dispatch({type: 'move', by: 1}),
			up: () => dispatch({type: 'move', by: -1}),
			pageDown: () => dispatch({type: 'move', by: list.viewportRows}),
			pageUp: () => dispatch({type: 'move', by: -list.viewportRows}),
			first: () => dispatch({type: 'jump', to: 'first'}),
			last: () => dispatch({type: 'jump', to: 'last'}),
			open() {
				const row = cache.rowAt(list.cursor);
				if (row) dispatch({type: 'open', id: row.id});
			},
			filter: () => dispatch({type: 'overlay', overlay: 'filter'}),
			clearFilters: () => dispatch({type: 'clearFilters'}),
			create: () => dispatch({type: 'create'}),
			refresh() {
				// After a failure, retry just the failed pages so the rows already shown stay.
				if (cache.lastError) cache.retry();
				else dispatch({type: 'refresh'});
			},
		},
		isActive,
	);
	// Until a list's first page has answered, there are no rows for a key to move over or open.
	useInputHold(isActive && total === undefined && (!fresh || cache.lastError === undefined));

	const columns = layoutColumns(width);
	const filterText = describeFilters(list.filters);
	const error = fresh ? cache.lastError : undefined;
	const rows: Array<{line: string; loaded: boolean}> = [];
	if (total !== undefined) {
		for (let index = firstRow; index <= lastRow; index++) {
			const row = cache.rowAt(index);
			const selected = index === list.cursor;
			rows.push({line: row ? rowLine(row, columns, selected) : placeholderLine(index, columns, selected, cache.rowState(index)), loaded: row !== undefined});
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
			<ListHeader width={width} place={place} filterText={filterText} position={positionText(list, fresh && cache.totalState === 'failed')} retryNotice={store.retryNotice} />
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
