import React, {useEffect, useState} from 'react';
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
import {headerLine, layoutColumns, nameCell, placeholderLine, rowParts, type RowPart} from './columns.js';
import {ListHeader} from './list-header.js';
import {listHeaderLayout} from './header-layout.js';

/** Lines a list frame spends outside the table rows: header (its first line), column titles, footer. */
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
};

const LIST_HINTS = hintsFor(['list', 'global']);

function positionText(list: ListView, failed: boolean): string {
	if (list.total === undefined) return failed ? 'not loaded' : 'loading…';
	if (list.total === 0) return '0 results';
	return `row ${formatCount(list.cursor + 1)} of ${formatCount(list.total)}`;
}

export function ListScreen({store, list, generation, width, demo, isActive, dispatch}: Props) {
	const {cache, names} = store;
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

	// The name queue hears a move as the key is read, not only once it is drawn.
	const move = (event: NavEvent) => {
		names?.moved();
		dispatch(event);
	};
	useBindings(
		'list',
		{
			down: () => move({type: 'move', by: 1}),
			up: () => move({type: 'move', by: -1}),
			pageDown: () => move({type: 'move', by: list.viewportRows}),
			pageUp: () => move({type: 'move', by: -list.viewportRows}),
			first: () => move({type: 'jump', to: 'first'}),
			last: () => move({type: 'jump', to: 'last'}),
			open() {
				const row = cache.rowAt(list.cursor);
				if (row) dispatch({type: 'open', id: row.id});
				else if (cache.rowState(list.cursor) === 'loading') setPendingOpen({generation, row: list.cursor});
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
	// Until a list's first page has answered and its total is in the navigation state, there are no rows for
	// a key to move over or open.
	useInputHold(isActive && (total === undefined || list.total !== total) && (!fresh || cache.lastError === undefined));

	// Enter on a row still loading opens it once it arrives; keys typed meanwhile wait for the detail view.
	const [pendingOpen, setPendingOpen] = useState<{generation: number; row: number}>();
	const waitingRow = pendingOpen?.generation === generation && fresh ? pendingOpen.row : undefined;
	const waitingState = waitingRow === undefined ? undefined : cache.rowState(waitingRow);
	useEffect(() => {
		if (waitingRow === undefined || waitingState === 'loading') return;
		setPendingOpen(undefined);
		const row = cache.rowAt(waitingRow);
		if (row) dispatch({type: 'open', id: row.id});
	}, [cache, dispatch, waitingRow, waitingState]);
	useInputHold(isActive && waitingRow !== undefined);

	const columns = layoutColumns(width, {names: names !== undefined});
	const filterText = describeFilters(list.filters);
	const error = fresh ? cache.lastError : undefined;
	const rows: Array<{parts: RowPart[]; loaded: boolean}> = [];
	const visibleIds: string[] = [];
	if (total !== undefined) {
		for (let index = firstRow; index <= lastRow; index++) {
			const row = cache.rowAt(index);
			const selected = index === list.cursor;
			if (!row) {
				rows.push({parts: [{text: placeholderLine(index, columns, selected, cache.rowState(index)), dim: false}], loaded: false});
				continue;
			}
			const id: unknown = row.id;
			if (typeof id === 'string') visibleIds.push(id);
			rows.push({parts: rowParts(row, nameCell(typeof id === 'string' ? names?.lookup(id) : {status: 'failed'}), columns, selected), loaded: true});
		}
	}
	// Every render tells the queue what is on screen; it decides whether that is worth a request yet.
	const shownIds = JSON.stringify(visibleIds);
	useEffect(() => {
		if (fresh) names?.show(JSON.parse(shownIds) as string[], list.cursor);
	}, [names, fresh, shownIds, list.cursor]);

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
		body = rows.map(({parts, loaded}, offset) => {
			const selected = firstRow + offset === list.cursor;
			return (
				<Text key={offset} inverse={selected} dimColor={!selected && !loaded}>
					{parts.map((part, index) =>
						part.dim ? (
							<Text key={index} dimColor>
								{part.text}
							</Text>
						) : (
							part.text
						),
					)}
				</Text>
			);
		});
	}

	return (
		<Box flexDirection="column">
			<ListHeader
				width={width}
				demo={demo}
				layout={listHeaderLayout(width, demo, list.filters, list.total)}
				position={positionText(list, fresh && cache.totalState === 'failed')}
				retryNotice={store.retryNotice}
			/>
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
