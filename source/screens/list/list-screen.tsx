import React, {useEffect, useState} from 'react';
import {Box, Text} from 'ink';
import type {ListStore} from '../../list-store.js';
import type {ListView, NavEvent} from '../../navigation.js';
import {hasFilters} from '../../navigation.js';
import {describeFilters} from '../../validation/filter-form.js';
import {ErrorBanner} from '../../components/error-banner.js';
import {Spinner} from '../../components/spinner.js';
import {clockTime, formatCount, truncate} from '../../components/format.js';
import {hintsFor} from '../../input/bindings.js';
import {useBindings, useInputHold} from '../../input/use-keys.js';
import {cleanText} from '../../components/sanitize.js';
import {headerLine, isInactive, layoutColumns, nameCell, placeholderLine, rowParts, type RowPart} from './columns.js';
import {ListHeader} from './list-header.js';
import {listHeaderLayout} from './header-layout.js';
import type {Place} from '../../components/app-header.js';

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
	place: Place;
	/** What the last action did ("Created 1826…"). */
	notice?: string;
	isActive: boolean;
	dispatch: (event: NavEvent) => void;
};

const LIST_HINTS = hintsFor(['list', 'global']);

// Until the first page answers the spinner (or the error banner) says what is going on: the header stays quiet.
function positionText(list: ListView, failed: boolean): string {
	if (list.total === undefined) return failed ? 'not loaded' : '';
	if (list.total === 0) return '0 results';
	return `row ${formatCount(list.cursor + 1)} of ${formatCount(list.total)}`;
}

export function ListScreen({store, list, generation, width, place, notice, isActive, dispatch}: Props) {
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

	// Enter on a row that was still loading: it opens as soon as it is here.
	const pendingRow = fresh && list.pendingOpen !== undefined ? cache.rowAt(list.pendingOpen) : undefined;
	useEffect(() => {
		if (pendingRow) dispatch({type: 'open', id: pendingRow.id});
	}, [pendingRow, dispatch]);

	// After a create the rows shift under the cursor: it follows the connection it was on, once that page is here.
	const kept = fresh && total !== undefined && list.keepId !== undefined ? findKept(list, total, index => cache.rowAt(index)?.id) : undefined;
	useEffect(() => {
		if (kept !== undefined) dispatch({type: 'relocate', row: kept});
	}, [kept, dispatch]);

	const [didWhat, setDidWhat] = useState('');

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
				dispatch(row ? {type: 'open', id: row.id} : {type: 'openWhenLoaded'});
			},
			filter: () => dispatch({type: 'overlay', overlay: 'filter'}),
			clearFilters: () => dispatch({type: 'clearFilters'}),
			create() {
				const id = cache.rowAt(list.cursor)?.id;
				dispatch(id === undefined ? {type: 'create'} : {type: 'create', keepId: id});
			},
			refresh() {
				// After a failure, retry just the failed pages so the rows already shown stay.
				const retrying = cache.lastError !== undefined;
				if (retrying) cache.retry();
				else dispatch({type: 'refresh'});
				setDidWhat(`${retrying ? 'retried' : 'refreshed'} ${clockTime(new Date())}`);
			},
		},
		isActive,
	);
	// Until a list's first page has answered and its total is in the navigation state, there are no rows for
	// a key to move over or open. A row Enter waits for holds the keys after it too, so they act on the
	// connection once it opens; a page that failed or came back without the row releases them (the banner or
	// the row says why). It holds until the detail has taken over.
	const waitingToOpen = fresh && list.pendingOpen !== undefined && ['loading', 'loaded'].includes(cache.rowState(list.pendingOpen));
	useInputHold(isActive && (((total === undefined || list.total !== total) && (!fresh || cache.lastError === undefined)) || waitingToOpen));


	const columns = layoutColumns(width, {names: names !== undefined});
	const filterText = describeFilters(list.filters);
	const error = fresh ? cache.lastError : undefined;
	// Placeholders and inactive connections are dim: neither is a live connection to act on.
	const rows: Array<{parts: RowPart[]; dim: boolean}> = [];
	const visibleIds: string[] = [];
	if (total !== undefined) {
		for (let index = firstRow; index <= lastRow; index++) {
			const row = cache.rowAt(index);
			const selected = index === list.cursor;
			if (!row) {
				rows.push({parts: [{text: placeholderLine(index, columns, selected, cache.rowState(index)), dim: false}], dim: true});
				continue;
			}
			const id: unknown = row.id;
			if (typeof id === 'string') visibleIds.push(id);
			rows.push({parts: rowParts(row, nameCell(typeof id === 'string' ? names?.lookup(id) : {status: 'failed'}), columns, selected), dim: isInactive(row)});
		}
	}
	// Every render tells the queue what is on screen; it decides whether that is worth a request yet.
	const shownIds = JSON.stringify(visibleIds);
	useEffect(() => {
		if (fresh) names?.show(JSON.parse(shownIds) as string[], list.cursor);
	}, [names, fresh, shownIds, list.cursor]);

	let body: React.ReactNode;
	// A first page that failed has nothing to show but the error, which then stands at the top.
	const errorOnTop = error !== undefined && total === undefined;
	if (total === undefined) {
		body = error ? null : <Spinner label="Loading external connections…" />;
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
		body = rows.map(({parts, dim}, offset) => {
			const selected = firstRow + offset === list.cursor;
			return (
				<Text key={offset} inverse={selected} dimColor={!selected && dim}>
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

	const banner = error ? (
		<Box height={BANNER_LINES} overflow="hidden">
			<ErrorBanner error={error} width={width} />
		</Box>
	) : null;
	const position = positionText(list, fresh && cache.totalState === 'failed');
	const said = notice ?? didWhat;
	const hints = hasFilters(list.filters) ? `${LIST_HINTS} · x clear filters` : LIST_HINTS;
	return (
		<Box flexDirection="column">
			<ListHeader
				width={width}
				place={place}
				layout={listHeaderLayout(width, place, list.filters, list.total)}
				position={position}
				retryNotice={store.retryNotice}
			/>
			{errorOnTop ? banner : null}
			<Text dimColor>{headerLine(columns)}</Text>
			<Box flexDirection="column" height={list.viewportRows}>
				{body}
			</Box>
			{errorOnTop ? null : banner}
			<Text dimColor>{truncate(said ? `${said} · ${hints}` : hints, width)}</Text>
		</Box>
	);
}

// How far a create can shift the rows: a screen either way covers any new rows that arrived meanwhile.
function findKept(list: ListView, total: number, idAt: (index: number) => string | undefined): number | undefined {
	const from = Math.max(0, list.cursor - list.viewportRows);
	const to = Math.min(total - 1, list.cursor + list.viewportRows);
	let unloaded = false;
	for (let index = from; index <= to; index++) {
		const id = idAt(index);
		if (id === list.keepId) return index;
		if (id === undefined) unloaded = true;
	}
	// Not near: the cursor stays where it is (and stops looking), unless a page around it is still coming.
	return unloaded ? undefined : list.cursor;
}
