import React, {useEffect, useLayoutEffect, useMemo, useState} from 'react';
import {Box, Text} from 'ink';
import type {ResourceStore} from '../../resources/resource-store.js';
import {hasFilters, MAX_MARKS, refreshMarks, type ListView, type MarkEntry, type Marks, type NavEvent} from '../../navigation/index.js';
import {MarkAll} from './mark-all.js';
import {filterText as describeApplied} from './filter-text.js';
import {ErrorBanner} from '../../components/error-banner.js';
import {Spinner} from '../../components/spinner.js';
import {clockTime, formatCount, truncate} from '../../text/format.js';
import type {Bound} from '../../input/bindings.js';
import {KeyFooter} from '../../components/key-footer.js';
import {useBindings, useInputHold} from '../../input/use-keys.js';
import {clean, cleanText, ownText, type Clean} from '../../text/sanitize.js';
import {headerLine, layoutColumns, nameCell, placeholderLine, rowParts, type RowPart} from './table.js';
import {ListHeader} from './list-header.js';
import {listHeaderLayout, markedText} from './header-layout.js';
import {AppHeader, type Place} from '../../components/app-header.js';
import type {Places} from '../../resources/civic-addresses/places.js';

/** Lines a list frame spends outside the table rows: header (its first line), column titles, footer. */
export const LIST_CHROME_LINES = 3;
/** Lines the error banner takes when shown; the table gives them up. */
export const BANNER_LINES = 4;

type Props = {
	store: ResourceStore;
	list: ListView;
	/** Rows marked on this list (Space), for the resource's actions on all of them. */
	marks?: Marks;
	/** The row of the last Space: v marks from it to the cursor. */
	markAnchor?: number;
	/** `*` is asking, or reading, to mark every row that matches: it takes the keys, the screen around the list's too. */
	markingAll?: boolean;
	/** The navigation generation the list is for: until the store has loaded it, nothing cached is shown. */
	generation: number;
	width: number;
	place: Place;
	/** What the last action did ("Created 1826…"). */
	notice?: string;
	/** The header's titles, longest first; the resource's own by default. */
	titles?: readonly string[];
	isActive: boolean;
	/** Opened from another screen: Esc goes back to it. */
	nested?: boolean;
	/** Keys the screen around the list binds (an uploads list's N and R), in the footer before the list's own. */
	extraBound?: readonly Bound[];
	/** Names of the connection's locations and addresses, for a resource with place columns. */
	places?: Places;
	/** A connection's name where the app knows it, for a resource with connection columns. */
	connectionName?: (id: string) => string | undefined;
	/** M: the log messages of every connection (the main list only). */
	onLogMessages?: () => void;
	/** P: the outbound voice profiles (the main list only). */
	onProfiles?: () => void;
	/** A: another saved profile's account (the main list only, when there are profiles to switch to). */
	onSwitchAccount?: () => void;
	/** The main list only: the account's Operator Connect refresh. */
	onOperatorConnect?: () => void;
	/** Main list: J opens the journal of changes. */
	onJournal?: () => void;
	/** e and d: edit or delete the row under the cursor, once it has arrived (the main list only). */
	/** e / d on the row under the cursor; what they return instead of acting is said in the footer. */
	onEditRow?: (row: unknown) => string | undefined;
	onDeleteRow?: (row: unknown) => string | undefined;
	dispatch: (event: NavEvent) => void;
};

// Until the first page answers the spinner (or the error banner) says what is going on: the header stays quiet.
function positionText(list: ListView, failed: boolean, marked: number): Clean {
	if (list.total === undefined) return ownText(failed ? 'not loaded' : '');
	if (list.total === 0) return clean`0 results${markedText(marked)}`;
	return clean`row ${formatCount(list.cursor + 1)} of ${formatCount(list.total)}${markedText(marked)}`;
}

/** Any resource's list: the rows on screen from its store, keys from the binding table, state from its route. */
export function ResourceList({
	store,
	list,
	marks,
	markAnchor,
	markingAll = false,
	generation,
	width,
	place,
	notice,
	titles,
	isActive,
	nested = false,
	extraBound = [],
	places,
	connectionName,
	onLogMessages,
	onProfiles,
	onSwitchAccount,
	onOperatorConnect,
	onJournal,
	onEditRow,
	onDeleteRow,
	dispatch,
}: Props) {
	const {names} = store;
	const resource = useMemo(() => {
		const own = store.resource;
		if (places && own.placeColumns) return {...own, ...own.placeColumns(places)};
		return connectionName && own.connectionColumns ? {...own, ...own.connectionColumns(connectionName)} : own;
	}, [store.resource, places, connectionName]);
	const {can} = resource;
	const fresh = store.generation === generation;
	const total = fresh ? store.total : undefined;
	const firstRow = list.scrollOffset;
	const lastRow = total === undefined ? list.viewportRows - 1 : Math.min(total, firstRow + list.viewportRows) - 1;

	useEffect(() => {
		if (fresh) store.view(firstRow, Math.max(firstRow, lastRow));
	}, [store, fresh, firstRow, lastRow, generation]);

	useEffect(() => {
		if (total !== undefined && total !== list.total) dispatch({type: 'total', total});
	}, [total, list.total, dispatch]);

	// The name queue hears a move as the key is read, not only once it is drawn.
	const move = (event: NavEvent) => {
		names?.moved();
		dispatch(event);
	};

	// Enter on a row that was still loading: it opens as soon as it is here.
	const pendingRow = fresh && list.pendingOpen !== undefined ? store.rowAt(list.pendingOpen) : undefined;
	useEffect(() => {
		const key = pendingRow === undefined ? undefined : resource.rowKey(pendingRow);
		if (key !== undefined) dispatch({type: 'open', id: key});
	}, [pendingRow, resource, dispatch]);

	// After a create the rows shift under the cursor: it follows the connection it was on, once that page is here.
	const kept = fresh && total !== undefined && list.keepId !== undefined ? findKept(list, total, index => keyAt(store, index)) : undefined;
	useEffect(() => {
		if (kept !== undefined) dispatch({type: 'relocate', row: kept});
	}, [kept, dispatch]);

	const [didWhat, setDidWhat] = useState('');

	const markRow = fresh && list.pendingMark !== undefined ? store.rowAt(list.pendingMark) : undefined;
	const markKey = markRow === undefined ? undefined : resource.rowKey(markRow);
	// In the commit the row arrives in, before the keys waiting behind it are let go: the next Space meets it marked.
	useLayoutEffect(() => {
		if (markKey !== undefined && markKey !== '') dispatch({type: 'mark', id: markKey, row: markRow});
	}, [markKey, markRow, dispatch]);

	const marked = marks?.size ?? 0;
	const mark = () => {
		const row = store.rowAt(list.cursor);
		// A row still on its way is marked when it arrives; the keys after this one wait for it.
		if (row === undefined && store.rowState(list.cursor) === 'loading') return dispatch({type: 'markWhenLoaded'});
		const key = row === undefined ? undefined : resource.rowKey(row);
		if (key === undefined || key === '') return setDidWhat(`✖ Row ${formatCount(list.cursor + 1)} has no id: nothing marked`);
		dispatch({type: 'mark', id: key, row});
	};

	// v: the rows from the last Space to the cursor, every one of them held; one that is not says so and marks none.
	const markRange = () => {
		if (markAnchor === undefined) return setDidWhat('✖ Mark a row with Space first: v marks from it to the cursor');
		const [from, to] = markAnchor < list.cursor ? [markAnchor, list.cursor] : [list.cursor, markAnchor];
		if (marked + to - from + 1 > MAX_MARKS) return setDidWhat(`✖ At most ${formatCount(MAX_MARKS)} rows can be marked`);
		const entries: MarkEntry[] = [];
		for (let index = from; index <= to; index++) {
			const row = store.rowAt(index);
			const key = row === undefined ? undefined : resource.rowKey(row);
			if (row === undefined)
				return setDidWhat(
					`✖ Row ${formatCount(index + 1)} is not loaded: scroll over rows ${formatCount(from + 1)}–${formatCount(to + 1)}, then v again`,
				);
			if (key !== undefined && key !== '') entries.push({id: key, row});
		}
		dispatch({type: 'markEach', entries, range: true});
	};
	const markAll = () => {
		if (total === undefined) return;
		if (total === 0) return setDidWhat('✖ No row to mark');
		if (marked + total > MAX_MARKS) {
			return setDidWhat(`✖ ${formatCount(total)} match: at most ${formatCount(MAX_MARKS)} rows can be marked; narrow the filters (/)`);
		}
		dispatch({type: 'markAll'});
	};

	// Read again (r, a watch, an edit's answer): a marked row held now is taken as it is; with every row of the
	// unfiltered list held, one that is gone loses its mark. Only when the rows changed: a cursor move costs nothing.
	const rowsVersion = store.snapshot();
	const {filters} = list;
	useEffect(() => {
		if (!fresh || !marks || marks.size === 0 || total === undefined) return;
		const held = store.heldRows();
		const whole = !hasFilters(filters) && held.size === total && store.inFlight === 0;
		if (refreshMarks(marks, held, whole) !== marks) dispatch({type: 'refreshMarks', rows: held, whole});
	}, [fresh, marks, total, filters, store, rowsVersion, dispatch]);

	const withRow = (act: (row: unknown) => string | undefined) => {
		const row = store.rowAt(list.cursor);
		const refusal = row === undefined ? undefined : act(row);
		if (refusal) setDidWhat(`✖ ${cleanText(refusal)}`);
	};

	const bound = useBindings(
		'list',
		{
			down: () => move({type: 'move', by: 1}),
			up: () => move({type: 'move', by: -1}),
			pageDown: () => move({type: 'move', by: list.viewportRows}),
			pageUp: () => move({type: 'move', by: -list.viewportRows}),
			first: () => move({type: 'jump', to: 'first'}),
			last: () => move({type: 'jump', to: 'last'}),
			...(can.open && {
				open() {
					const key = keyAt(store, list.cursor);
					// An empty id names no record to open: the footer says why.
					if (key === '') return setDidWhat(`✖ ${cleanText(resource.idRefusal(key, store.parentId) ?? '')}`);
					dispatch(key !== undefined ? {type: 'open', id: key} : {type: 'openWhenLoaded'});
				},
			}),
			filter: () => dispatch({type: 'filter'}),
			...(hasFilters(list.filters) && {clearFilters: () => dispatch({type: 'clearFilters'})}),
			...(can.create && {
				create() {
					const id = keyAt(store, list.cursor);
					dispatch(id === undefined ? {type: 'create'} : {type: 'create', keepId: id});
				},
			}),
			...(can.mark && {mark, markRange, markAll}),
			// Marks are cleared before Esc can leave the list they were made on.
			...(nested && marked === 0 && {back: () => dispatch({type: 'back'})}),
			...(onLogMessages && {logMessages: onLogMessages}),
			...(onProfiles && {profiles: onProfiles}),
			...(onSwitchAccount && {switchAccount: onSwitchAccount}),
			...(onOperatorConnect && {operatorConnect: onOperatorConnect}),
			...(onJournal && {journal: onJournal}),
			...(onEditRow && {editRow: () => withRow(onEditRow)}),
			...(onDeleteRow && {deleteRow: () => withRow(onDeleteRow)}),
			refresh() {
				// After a failure, retry just the failed pages so the rows already shown stay.
				const retrying = store.lastError !== undefined;
				if (retrying) store.retry();
				else dispatch({type: 'refresh'});
				setDidWhat(`${retrying ? 'retried' : 'refreshed'} ${clockTime(new Date())}`);
			},
		},
		isActive && !markingAll,
	);
	const marksBound = useBindings('marks', {clearMarks: () => dispatch({type: 'clearMarks'})}, isActive && marked > 0 && !markingAll);
	// Until a list's first page has answered and its total is in the navigation state, there are no rows for
	// a key to move over or open. A row Enter waits for holds the keys after it too, so they act on the
	// connection once it opens; a page that failed or came back without the row releases them (the banner or
	// the row says why). It holds until the detail has taken over.
	const waitingToOpen = fresh && list.pendingOpen !== undefined && ['loading', 'loaded'].includes(store.rowState(list.pendingOpen));
	// Until it is marked; a row that came without an id (or not at all) releases them: the next Space says why.
	const waitingToMark =
		fresh &&
		list.pendingMark !== undefined &&
		(store.rowState(list.pendingMark) === 'loading' || (markKey !== undefined && markKey !== ''));
	// A first read that failed brings nothing more until r: the keys waiting on a row are let go too (the banner says why).
	const stalled = fresh && total === undefined && store.lastError !== undefined;
	useInputHold(
		isActive &&
			(((total === undefined || list.total !== total) && (!fresh || store.lastError === undefined)) ||
				(!stalled && (waitingToOpen || waitingToMark))),
	);

	const columns = layoutColumns(resource, width, {names: names !== undefined});
	const filterText = describeApplied(resource, list.filters, {places, connectionName});
	const error = fresh ? store.lastError : undefined;
	// Placeholders and inactive rows are dim: neither is a live record to act on.
	const rows: Array<{parts: RowPart[]; dim: boolean}> = [];
	const visibleIds: string[] = [];
	if (total !== undefined) {
		for (let index = firstRow; index <= lastRow; index++) {
			const row = store.rowAt(index);
			const selected = index === list.cursor;
			if (row === undefined) {
				rows.push({parts: [{text: placeholderLine(index, columns, selected, store.rowState(index)), dim: false}], dim: true});
				continue;
			}
			const key = resource.rowKey(row);
			if (key !== undefined) visibleIds.push(key);
			rows.push({
				parts: rowParts(resource, row, nameCell(key !== undefined ? names?.lookup(key) : {status: 'failed'}), columns, {
					selected,
					marked: key !== undefined && marks?.has(key) === true,
				}),
				dim: resource.inactive?.(row) ?? false,
			});
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
		body = error ? null : <Spinner label={cleanText(`Loading ${resource.plural}…`)} />;
	} else if (total === 0) {
		body = <Text>{truncate(cleanText(resource.emptyText(hasFilters(list.filters) ? filterText : undefined)), width)}</Text>;
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
	const position = positionText(list, fresh && store.totalState === 'failed', marked);
	const said = notice ?? didWhat;
	if (markingAll && total !== undefined) {
		return (
			<Box flexDirection="column">
				<AppHeader width={width} place={place} title={[...(titles ?? resource.titles).slice(0, 1).map(cleanText), ownText('mark all')]} />
				<MarkAll
					store={store}
					total={total}
					filterText={cleanText(filterText)}
					width={width}
					isActive={isActive}
					onMarked={entries => {
						if (entries.length > 0) return dispatch({type: 'markEach', entries, notice: `✔ ${formatCount(entries.length)} marked`});
						dispatch({type: 'markAllClosed'});
						setDidWhat('✖ No row matched: nothing marked');
					}}
					onClose={why => {
						dispatch({type: 'markAllClosed'});
						if (why) setDidWhat(`✖ ${why}`);
					}}
				/>
			</Box>
		);
	}
	return (
		<Box flexDirection="column">
			<ListHeader
				width={width}
				place={place}
				layout={listHeaderLayout(width, place, filterText, list.total, titles ?? resource.titles, marked)}
				position={position}
				retryNotice={store.retryNotice}
			/>
			{errorOnTop ? banner : null}
			<Text dimColor>{headerLine(columns)}</Text>
			<Box flexDirection="column" height={list.viewportRows}>
				{body}
			</Box>
			{errorOnTop ? null : banner}
			<KeyFooter
				bound={[...extraBound, bound, ...(marked > 0 ? [marksBound] : [])]}
				width={width}
				{...(said && {state: cleanText(said)})}
			/>
		</Box>
	);
}

function keyAt(store: ResourceStore, index: number): string | undefined {
	const row = store.rowAt(index);
	return row === undefined ? undefined : store.resource.rowKey(row);
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
