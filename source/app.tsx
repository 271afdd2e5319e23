import React, {useEffect, useLayoutEffect, useState, useSyncExternalStore} from 'react';
import {Box, Text} from 'ink';
import type {ApiClient} from './api/client.js';
import type {ListStore} from './list-store.js';
import {useTerminalSize} from './hooks/use-terminal-size.js';
import {useNavigation, type NavigationListener} from './hooks/use-navigation.js';
import {transition} from './navigation.js';
import {BANNER_LINES, LIST_CHROME_LINES, ListScreen} from './screens/list/list-screen.js';
import {MIN_TABLE_WIDTH} from './screens/list/columns.js';
import {ListHeader} from './screens/list/list-header.js';
import {headerLineCount, layoutHeader, listHeaderLayout} from './screens/list/header-layout.js';
import {cleanText} from './components/sanitize.js';
import {AppHeader, placeTag, type Place} from './components/app-header.js';
import {FilterForm} from './screens/filter/filter-form.js';
import {HelpOverlay} from './screens/help/help-overlay.js';
import {DetailScreen} from './screens/detail/index.js';
import {CreateWizard, EditConnection} from './screens/create/index.js';
import {DeleteConnection} from './screens/confirm/index.js';
import type {ExternalConnection} from './api/types.js';
import {describeFilters} from './validation/filter-form.js';
import {actionFor} from './input/bindings.js';
import {useKeyDispatcher} from './input/input-provider.js';
import {keyId} from './input/keypress.js';
import {useKeyHandler} from './input/use-keys.js';

const MIN_ROWS = 14;
const EXIT_INTERRUPTED = 130;

export type AppProps = {
	client: ApiClient;
	store: ListStore;
	/** The demo or the API host, shown on every screen. */
	place: Place;
	onExit: (code: number) => void;
	writeToTerminal?: (data: string) => void;
	/** For tests that check every navigation state the keys lead to. */
	onNavigation?: NavigationListener;
};

/** Table rows that fit: the frame stays shorter than the terminal, or Ink clears the screen on every render. */
function viewportRowsFor(rows: number, showingError: boolean, headerLines: number): number {
	return Math.max(1, rows - 1 - LIST_CHROME_LINES - (headerLines - 1) - (showingError ? BANNER_LINES : 0));
}

export function App({client, store, place, onExit, writeToTerminal, onNavigation}: AppProps) {
	const {columns, rows} = useTerminalSize();
	useSyncExternalStore(store.subscribe, store.snapshot);
	const showingError = store.cache.lastError !== undefined;
	const {nav, send: dispatch} = useNavigation(viewportRowsFor(rows, showingError, 1), onNavigation);
	// Filters too long for the header's first line take lines of their own, which the table gives up.
	const viewportRows = viewportRowsFor(rows, showingError, headerLineCount(listHeaderLayout(columns, place, nav.list.filters, nav.list.total)));
	const keys = useKeyDispatcher();
	// The resize event below lands a render late; until then the list is drawn as it will be, so an error
	// banner or a smaller terminal never makes one frame taller than the terminal.
	const list = viewportRows === nav.list.viewportRows ? nav.list : transition(nav, {type: 'resize', viewportRows}).list;
	const tooSmall = columns < MIN_TABLE_WIDTH || rows < MIN_ROWS;

	useEffect(() => {
		if (viewportRows !== nav.list.viewportRows) dispatch({type: 'resize', viewportRows});
	}, [viewportRows, nav.list.viewportRows]);

	// A layout effect runs before the screens' effects, so no page is requested under the old filters.
	useLayoutEffect(() => {
		store.load(nav.generation, nav.list.filters);
	}, [store, nav.generation, nav.list.filters]);

	useEffect(() => {
		if (nav.quit) onExit(0);
	}, [nav.quit, onExit]);

	const {screen, overlay, help} = nav;
	// Edit and delete open over the detail they came from; the route stack will make them routes of their own.
	const [mutation, setMutation] = useState<{kind: 'edit' | 'delete'; record: ExternalConnection; name: string}>();
	const [saved, setSaved] = useState<{id: string; version: number}>();
	useKeyHandler('global', key => {
		const id = keyId(key);
		if (id === 'ctrl+c') {
			onExit(EXIT_INTERRUPTED);
			return true;
		}

		const action = actionFor('global', id);
		// '?' and 'q' are letters in a text field; F1 never is.
		if (tooSmall || action === undefined || (id !== 'f1' && keys.capturingText())) return false;
		dispatch(action === 'quit' ? {type: 'quit'} : help ? {type: 'back'} : {type: 'help'});
		return true;
	});

	const height = rows - 1;
	// Screens without a header of their own get the app's, one line less for themselves.
	const belowHeader = height - 1;
	// While the terminal is too small, or the help covers it, the screen stays mounted, hidden and deaf: a
	// half-filled wizard, a form or a create already sent survive a window dragged smaller or a look at the help.
	const active = !tooSmall && !help;

	let content: React.ReactNode;
	if (screen.name === 'detail') {
		const open = mutation?.record.id === screen.id ? mutation : undefined;
		const version = saved?.id === screen.id ? saved.version : 0;
		const notice = nav.notice ?? (version > 0 ? 'Saved' : '');
		content = (
			<Box flexDirection="column">
				<AppHeader width={columns} place={place} title={`External connections › connection${open ? ` › ${open.kind}` : ''}`} right={notice ? `✔ ${notice}` : ''} rightColor="green" />
				{open?.kind === 'edit' ? (
					<EditConnection
						client={client}
						record={open.record}
						width={columns}
						height={belowHeader}
						isActive={active}
						onCancel={() => setMutation(undefined)}
						onUpdated={() => {
							setMutation(undefined);
							// A fresh detail reads the connection as Telnyx now has it.
							setSaved({id: screen.id, version: version + 1});
						}}
					/>
				) : null}
				{open?.kind === 'delete' ? (
					<DeleteConnection
						client={client}
						record={open.record}
						name={open.name}
						width={columns}
						isActive={active}
						onCancel={() => setMutation(undefined)}
						onDeleted={() => {
							setMutation(undefined);
							// Until the generic list removes the row in place, the list is read again; the cursor stays on its row.
							dispatch({type: 'back'});
							dispatch({type: 'refresh'});
						}}
					/>
				) : null}
				<Box display={open ? 'none' : 'flex'} flexDirection="column">
					<DetailScreen
						key={`${screen.id}-${version}`}
						client={client}
						id={screen.id}
						width={columns}
						height={belowHeader}
						isActive={active && !open}
						writeToTerminal={writeToTerminal}
						onBack={() => dispatch({type: 'back'})}
						onEdit={(record, name) => setMutation({kind: 'edit', record, name})}
						onDelete={(record, name) => setMutation({kind: 'delete', record, name})}
					/>
				</Box>
			</Box>
		);
	} else if (screen.name === 'create') {
		content = (
			<Box flexDirection="column">
				<AppHeader width={columns} place={place} title="External connections › new connection" />
				<CreateWizard
					client={client}
					width={columns}
					height={belowHeader}
					isActive={active}
					onCancel={() => dispatch({type: 'back'})}
					onCreated={connection => dispatch({type: 'created', id: connection.id})}
				/>
			</Box>
		);
	} else if (overlay === 'filter') {
		content = (
			<Box flexDirection="column">
				<ListHeader
					width={columns}
					place={place}
					layout={layoutHeader({width: columns, tag: placeTag(place), filters: cleanText(describeFilters(nav.list.filters)), reserve: 0})}
					position=""
					retryNotice={undefined}
				/>
				<FilterForm
					initial={nav.list.filters}
					width={columns}
					isActive={active}
					onApply={filters => dispatch({type: 'applyFilters', filters})}
					onClose={() => dispatch({type: 'back'})}
				/>
			</Box>
		);
	} else {
		content = (
			<ListScreen
				store={store}
				list={list}
				generation={nav.generation}
				width={columns}
				place={place}
				{...(nav.notice && {notice: nav.notice})}
				isActive={active}
				dispatch={dispatch}
			/>
		);
	}

	return (
		<>
			{tooSmall ? (
				<Text>{`terminal too small (need ${MIN_TABLE_WIDTH}×${MIN_ROWS}, have ${columns}×${rows}) · Ctrl+C quits`}</Text>
			) : null}
			<Box display={tooSmall ? 'none' : 'flex'} flexDirection="column">
				{help ? <HelpOverlay width={columns} height={height} isActive={!tooSmall} onClose={() => dispatch({type: 'back'})} /> : null}
				<Box display={help ? 'none' : 'flex'} flexDirection="column">
					{content}
				</Box>
			</Box>
		</>
	);
}
