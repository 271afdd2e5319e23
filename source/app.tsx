import React, {useCallback, useEffect, useLayoutEffect, useMemo, useState, useSyncExternalStore} from 'react';
import {Box, Text} from 'ink';
import type {ApiClient} from './api/client.js';
import type {ResourceStore} from './resources/resource-store.js';
import type {NameEntry} from './names/name-queue.js';
import {useTerminalSize} from './hooks/use-terminal-size.js';
import {useNavigation, type NavigationListener} from './hooks/use-navigation.js';
import {frontList, frontListIndex, topOf, transition, type ListRoute, type NavState, type Route} from './navigation/index.js';
import {BANNER_LINES, LIST_CHROME_LINES, ResourceList} from './screens/resource-list/resource-list.js';
import {MIN_TABLE_WIDTH} from './screens/resource-list/table.js';
import {ListHeader} from './screens/resource-list/list-header.js';
import {headerLineCount, layoutHeader, listHeaderLayout} from './screens/resource-list/header-layout.js';
import {useListStore} from './screens/resource-list/use-list-store.js';
import {
	civicAddresses,
	externalConnections,
	logMessages,
	outboundVoiceProfiles,
	phoneNumbers,
	releases,
	resourceNamed,
	uploads,
} from './resources/index.js';
import {UploadsList} from './screens/uploads/uploads-list.js';
import {PhoneNumbersList} from './screens/phone-numbers/phone-numbers-list.js';
import {LogMessagesList} from './screens/log-messages/log-messages-list.js';
import {ConnectionsList} from './screens/connections/connections-list.js';
import {EmergencyCoverage} from './screens/coverage/emergency-coverage.js';
import {EmergencyKnowledgeProvider} from './screens/coverage/emergency-knowledge.js';
import {WatchByDefault} from './hooks/use-watch.js';
import {useConnectionAddresses} from './screens/record-detail/use-connection-addresses.js';
import {placeIndex} from './resources/civic-addresses/places.js';
import {offeredFields} from './resources/filter-table.js';
import {filterText} from './screens/resource-list/filter-text.js';
import {recordScreenFor} from './screens/records/index.js';
import {clean, cleanText, ownText, type Clean} from './text/sanitize.js';
import {EMPTY, truncate} from './text/format.js';
import {showField} from './components/wire-value.js';
import {AppHeader, placeTag, type Place} from './components/app-header.js';
import {QueryCacheProvider} from './data/use-query.js';
import {FilterForm} from './screens/filter/filter-form.js';
import {JournalScreen} from './screens/journal/journal-screen.js';
import {journalProfile} from './journal/open-journal.js';
import {OperatorConnectRefresh} from './screens/operator-connect/operator-connect-refresh.js';
import {HelpOverlay} from './screens/help/help-overlay.js';
import {AccountMenu, type Accounts} from './screens/accounts/account-menu.js';
import {DetailScreen} from './screens/detail/index.js';
import {CreateWizard, EditConnection} from './screens/create/index.js';
import {DeleteConnection} from './screens/confirm/index.js';
import type {ExternalConnection} from './api/types.js';
import type {ActionOf, Bound} from './input/bindings.js';
import {useGlobalKeys} from './input/global-keys.js';
import {ReadOnlyProvider} from './input/read-only-provider.js';

const MIN_ROWS = 14;
// The list each key of a connection's detail opens.
const SUB_LISTS: Record<Exclude<ActionOf<'records'>, 'coverage'>, string> = {
	phoneNumbers: phoneNumbers.name,
	addresses: civicAddresses.name,
	uploads: uploads.name,
	releases: releases.name,
	logMessages: logMessages.name,
};
const EXIT_INTERRUPTED = 130;

export type AppProps = {
	client: ApiClient;
	/** The main list's store. */
	store: ResourceStore;
	/** The demo or the API host, shown on every screen. */
	place: Place;
	onExit: (code: number) => void;
	writeToTerminal?: (data: string) => void;
	/** For tests that check every navigation state the keys lead to. */
	onNavigation?: NavigationListener;
	/** Whether screens start watching pending uploads (--no-watch: they do not). */
	watch?: boolean;
	/** A on the main list: another saved profile's account (not in the demo). */
	accounts?: Accounts;
	/** The journal's file, for the journal screen; none with --no-journal. */
	journalFile?: string;
};

/** The header's titles of the list in front: a sub-list names the connection it hangs off, by its name when known. */
function listTitles(nav: NavState, own: readonly string[], connectionName: (id: string) => string | undefined): readonly string[] {
	const {parentId} = frontList(nav);
	if (parentId === undefined) return own;
	const name = connectionName(parentId);
	return [`${own[0]} · ${name === undefined ? `connection ${cleanText(parentId)}` : cleanText(name)}`, ...own];
}

/** A name the main list's queue has for a connection; an empty or wrong-typed one is no name. */
function knownName(entry: NameEntry | undefined): string | undefined {
	return entry?.status === 'loaded' && typeof entry.name === 'string' && entry.name.trim() !== '' ? entry.name : undefined;
}

/** Table rows that fit: the frame stays shorter than the terminal, or Ink clears the screen on every render. */
function viewportRowsFor(rows: number, showingError: boolean, headerLines: number): number {
	return Math.max(1, rows - 1 - LIST_CHROME_LINES - (headerLines - 1) - (showingError ? BANNER_LINES : 0));
}

/** The app under its one data cache: every screen, and the app's own reads (the places of the list in front), share it. */
export function App(props: AppProps) {
	return (
		<QueryCacheProvider>
			<EmergencyKnowledgeProvider>
				<WatchByDefault.Provider value={props.watch ?? true}>
					<ReadOnlyProvider on={props.place.readOnly === true}>
						<Screens {...props} />
					</ReadOnlyProvider>
				</WatchByDefault.Provider>
			</EmergencyKnowledgeProvider>
		</QueryCacheProvider>
	);
}

function Screens({client, store, place, onExit, writeToTerminal, onNavigation, accounts, journalFile}: AppProps) {
	const {columns, rows} = useTerminalSize();
	const {nav, send: dispatch} = useNavigation(viewportRowsFor(rows, store.lastError !== undefined, 1), onNavigation);
	const front = frontList(nav);
	// The list in front: the one on screen, or the one the detail or form on top was opened from.
	const frontStore = useListStore(front, store, client, frontListIndex(nav.routes) === 0);
	// Connections by the names the main list has fetched: a sub-list's header, the log messages' column.
	// Names arrive while another list is in front, so the app hears the main list's changes too.
	useSyncExternalStore(store.subscribe, store.snapshot);
	const connectionName = useCallback((id: string) => knownName(store.names?.lookup(id)), [store]);
	const showingError = frontStore.lastError !== undefined;
	const titles = listTitles(nav, frontStore.resource.titles, connectionName);
	// A list that names places (numbers, uploads) or filters by them asks for its connection's address list once,
	// beside its pages: its columns, its header and its filter form's menus share it.
	const {resource} = frontStore;
	const wantsPlaces = resource.placeColumns !== undefined || resource.filters.fields.some(field => field.kind === 'place');
	const addressList = useConnectionAddresses(client, wantsPlaces ? front.parentId : undefined);
	const addresses = addressList.status === 'loaded' ? addressList.value.data : undefined;
	const places = useMemo(() => (addresses ? placeIndex(addresses) : undefined), [addresses]);
	const appliedText = filterText(resource, front.view.filters, {places, connectionName});
	// Filters too long for the header's first line take lines of their own, which the table gives up.
	const viewportRows = viewportRowsFor(
		rows,
		showingError,
		headerLineCount(listHeaderLayout(columns, place, appliedText, front.view.total, titles, front.marks?.size)),
	);
	// The resize event below lands a render late; until then the list is drawn as it will be, so an error
	// banner or a smaller terminal never makes one frame taller than the terminal.
	const list = viewportRows === front.view.viewportRows ? front.view : frontList(transition(nav, {type: 'resize', viewportRows})).view;
	const tooSmall = columns < MIN_TABLE_WIDTH || rows < MIN_ROWS;

	useEffect(() => {
		if (viewportRows !== front.view.viewportRows) dispatch({type: 'resize', viewportRows});
	}, [viewportRows, front.view.viewportRows, dispatch]);

	// A layout effect runs before the screens' effects, so no page is requested under the old filters.
	useLayoutEffect(() => {
		frontStore.load(front.generation, front.view.filters);
	}, [frontStore, front.generation, front.view.filters]);

	useEffect(() => {
		if (nav.quit) onExit(0);
	}, [nav.quit, onExit]);

	const [accountMenu, setAccountMenu] = useState(false);
	const {help} = nav;
	const [helpBound, setHelpBound] = useState<readonly Bound[]>([]);
	const screen = topOf(nav.routes);
	useGlobalKeys({
		onInterrupt: () => onExit(EXIT_INTERRUPTED),
		onQuit: () => dispatch({type: 'quit'}),
		helpOpen: help,
		onHelp(bound) {
			if (bound) setHelpBound(bound);
			dispatch(bound ? {type: 'help'} : {type: 'back'});
		},
		interruptOnly: tooSmall,
	});

	const height = rows - 1;
	// Screens without a header of their own get the app's, one line less for themselves.
	const belowHeader = height - 1;
	// While the terminal is too small, or the help covers it, the screen stays mounted, hidden and deaf: a
	// half-filled wizard, a form or a create already sent survive a window dragged smaller or a look at the help.
	const active = !tooSmall && !help && !accountMenu;

	// Edit and delete open over the detail they came from, which stays mounted and hidden underneath. They act on
	// the id the detail was opened with, whatever id the record read back carries.
	// `fromList`: opened from a list row, so giving up goes back to the list, not to the detail under the form.
	const [mutation, setMutation] = useState<{kind: 'edit' | 'delete'; record: ExternalConnection; name: Clean; fromList?: true}>();
	// A saved edit remounts the detail, so it reads the connection as Telnyx now has it. `shown`: ✔ Saved is
	// in the header until something covers the detail.
	const [saved, setSaved] = useState<{id: string; version: number; shown: boolean}>();
	// From a list row: the form opens over that connection's detail, as if opened there, named as the list names it.
	// A connection whose id the contract would not produce gets no form: the list says why.
	const openMutation = (kind: 'edit' | 'delete', record: ExternalConnection): string | undefined => {
		const refusal = externalConnections.idRefusal(record.id, undefined);
		if (refusal) return refusal;
		const known = frontStore.names?.lookup(record.id);
		const name = known?.status === 'loaded' ? showField(known.name, 'text') : EMPTY;
		setMutation({kind, record, name, fromList: true});
		dispatch({type: 'open', id: record.id});
		return undefined;
	};

	// A detail stays mounted, hidden and deaf, under everything opened from it: Esc comes back to the same field.
	// The nearest the top: a log message may link to a connection above another's detail.
	const detail = [...nav.routes]
		.reverse()
		.find((route): route is Route & {kind: 'detail'} => route.kind === 'detail' && route.resource === externalConnections.name);
	// A record's detail stays mounted, hidden and deaf, under what is opened from it (a profile's connections):
	// Esc comes back to the same field. Its keys act only on top, so what it is given then is what it acts on.
	const recordIndex = nav.routes.reduce(
		(found, route, index) => (route.kind === 'detail' && recordScreenFor(route.resource) !== undefined ? index : found),
		-1,
	);
	const recordRoute = recordIndex > 0 ? (nav.routes[recordIndex] as Route & {kind: 'detail'}) : undefined;
	const record = recordRoute && recordScreenFor(recordRoute.resource);
	const recordList = [...nav.routes.slice(0, recordIndex)].reverse().find((route): route is ListRoute => route.kind === 'list');
	const open = detail && detail === screen && mutation?.record.id === detail.id ? mutation : undefined;
	const version = detail && saved?.id === detail.id ? saved.version : 0;
	const detailActive = active && detail === screen && !open;
	if (!detailActive && saved?.shown) setSaved({...saved, shown: false});
	const cancelMutation = () => {
		setMutation(undefined);
		if (open?.fromList) dispatch({type: 'back'});
	};
	const notice = nav.notice ?? (version > 0 && saved?.shown ? 'Saved' : '');
	const detailView = detail ? (
		<Box display={detail === screen ? 'flex' : 'none'} flexDirection="column">
			<AppHeader
				width={columns}
				place={place}
				title={[ownText('External connections'), ownText('connection'), ...(open ? [cleanText(open.kind)] : [])]}
				right={notice ? clean`✔ ${cleanText(notice)}` : ownText('')}
				rightColor="green"
			/>
			{open?.kind === 'edit' ? (
				<EditConnection
					client={client}
					record={open.record}
					width={columns}
					height={belowHeader}
					isActive={active}
					onCancel={cancelMutation}
					onUpdated={record => {
						setMutation(undefined);
						// Under the id it was asked by: a server may answer with another (prism's mock sends its example).
						const {id} = open.record;
						frontStore.replaceRow(id, {...record, id});
						setSaved({id, version: version + 1, shown: true});
					}}
				/>
			) : null}
			{open?.kind === 'delete' ? (
				<DeleteConnection
					client={client}
					record={open.record}
					name={open.name}
					width={columns}
					height={belowHeader}
					isActive={active}
					onCancel={cancelMutation}
					onDeleted={() => {
						setMutation(undefined);
						// The row goes in place, the cursor on its neighbour; nothing is read again but the pages it moved.
						const row = frontStore.removeRow(open.record.id);
						dispatch({type: 'back'});
						if (row !== undefined) dispatch({type: 'rowRemoved', row});
					}}
				/>
			) : null}
			<Box display={open ? 'none' : 'flex'} flexDirection="column">
				<DetailScreen
					key={`${detail.id}-${version}`}
					client={client}
					id={detail.id}
					listed={frontStore.resource === externalConnections ? frontStore.find(detail.id) : undefined}
					width={columns}
					height={belowHeader}
					isActive={detailActive}
					writeToTerminal={writeToTerminal}
					onBack={() => dispatch({type: 'back'})}
					onOpenList={list => dispatch(list === 'coverage' ? {type: 'coverage'} : {type: 'openList', resource: SUB_LISTS[list]})}
					onEdit={(record, name) => setMutation({kind: 'edit', record: {...record, id: detail.id}, name})}
					onDelete={(record, name) => setMutation({kind: 'delete', record: {...record, id: detail.id}, name})}
				/>
			</Box>
		</Box>
	) : null;

	const recordView =
		recordRoute && record && recordList ? (
			<Box key={recordIndex} display={recordRoute === screen ? 'flex' : 'none'} flexDirection="column">
				<AppHeader
					width={columns}
					place={place}
					title={[
						ownText('External connections'),
						...(recordList.parentId === undefined ? [] : [ownText('connection')]),
						cleanText(resourceNamed(recordList.resource).plural),
						cleanText(record.title),
					]}
				/>
				<record.Screen
					key={recordRoute.id}
					client={client}
					connectionId={recordList.parentId}
					id={recordRoute.id}
					store={frontStore}
					width={columns}
					height={belowHeader}
					isActive={active && recordRoute === screen}
					dispatch={dispatch}
					writeToTerminal={writeToTerminal}
				/>
			</Box>
		) : null;

	// The details are drawn above, each mounted for as long as it is on the stack.
	let content: React.ReactNode = null;
	if (screen.kind === 'detail') {
		// Nothing more to draw.
	} else if (screen.kind === 'form' && screen.form === 'create') {
		content = (
			<Box flexDirection="column">
				<AppHeader width={columns} place={place} title={[ownText('External connections'), ownText('new connection')]} />
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
	} else if (screen.kind === 'coverage') {
		content = (
			<Box flexDirection="column">
				<AppHeader
					width={columns}
					place={place}
					title={[ownText('External connections'), ownText('connection'), ownText('emergency coverage')]}
				/>
				<EmergencyCoverage
					client={client}
					connectionId={screen.connectionId}
					width={columns}
					height={belowHeader}
					isActive={active}
					onBack={() => dispatch({type: 'back'})}
				/>
			</Box>
		);
	} else if (screen.kind === 'journal') {
		content = (
			<Box flexDirection="column">
				<AppHeader width={columns} place={place} title={[ownText('External connections'), ownText('journal')]} />
				<JournalScreen
					client={client}
					file={journalFile}
					profile={journalProfile(place.demo, place.demo ? undefined : place.profile)}
					width={columns}
					height={belowHeader}
					isActive={active}
					onBack={() => dispatch({type: 'back'})}
					onConnection={(id, connection) => store.replaceRow(id, {...connection, id})}
					{...(writeToTerminal && {writeToTerminal})}
				/>
			</Box>
		);
	} else if (screen.kind === 'form' && screen.form === 'operator-connect') {
		content = (
			<Box flexDirection="column">
				<AppHeader width={columns} place={place} title={[ownText('External connections'), ownText('Operator Connect refresh')]} />
				<OperatorConnectRefresh client={client} width={columns} isActive={active} onBack={() => dispatch({type: 'back'})} />
			</Box>
		);
	} else if (screen.kind === 'form') {
		const header = layoutHeader({width: columns, tag: placeTag(place), filters: cleanText(appliedText), reserve: 0, titles});
		content = (
			<Box flexDirection="column">
				<ListHeader width={columns} place={place} layout={header} position={ownText('')} retryNotice={undefined} />
				<FilterForm
					table={resource.filters}
					fields={offeredFields(resource.filters, front.parentId !== undefined)}
					initial={front.view.filters}
					addresses={addresses}
					width={columns}
					height={height - headerLineCount(header)}
					isActive={active}
					onApply={filters => dispatch({type: 'applyFilters', filters})}
					onClose={() => dispatch({type: 'back'})}
				/>
			</Box>
		);
	} else {
		const listProps = {
			store: frontStore,
			list,
			...(front.marks && {marks: front.marks}),
			...(front.markAnchor !== undefined && {markAnchor: front.markAnchor}),
			...(front.markingAll && {markingAll: true}),
			generation: front.generation,
			titles,
			width: columns,
			place,
			...(nav.notice && {notice: nav.notice}),
			isActive: active,
			nested: frontListIndex(nav.routes) > 0,
			...(places && {places}),
			connectionName,
			...(nav.routes.length === 1 && {
				onLogMessages: () => dispatch({type: 'openGlobalList', resource: logMessages.name}),
				onProfiles: () => dispatch({type: 'openGlobalList', resource: outboundVoiceProfiles.name}),
				...(accounts && {onSwitchAccount: () => setAccountMenu(true)}),
				onOperatorConnect: () => dispatch({type: 'operatorConnect'}),
				onJournal: () => dispatch({type: 'journal'}),
				onEditRow: (row: unknown) => openMutation('edit', row as ExternalConnection),
				onDeleteRow: (row: unknown) => openMutation('delete', row as ExternalConnection),
			}),
			dispatch,
		};
		const key = `${frontListIndex(nav.routes)}:${front.resource}`;
		if (front.resource === uploads.name && front.parentId !== undefined) {
			content = (
				<UploadsList key={key} {...listProps} overlay={front.overlay} client={client} connectionId={front.parentId} height={height} />
			);
		} else if (front.resource === logMessages.name) {
			content = <LogMessagesList key={key} {...listProps} overlay={front.overlay} client={client} height={height} />;
		} else if (front.resource === externalConnections.name) {
			content = <ConnectionsList key={key} {...listProps} overlay={front.overlay} client={client} height={height} />;
		} else if (front.resource === phoneNumbers.name && front.parentId !== undefined) {
			content = (
				<PhoneNumbersList key={key} {...listProps} overlay={front.overlay} client={client} connectionId={front.parentId} height={height} />
			);
		} else {
			content = <ResourceList key={key} {...listProps} />;
		}
	}

	return (
		<>
			{tooSmall ? (
				<Text>
					{truncate(clean`terminal too small (need ${MIN_TABLE_WIDTH}×${MIN_ROWS}, have ${columns}×${rows}) · Ctrl+C quits`, columns)}
				</Text>
			) : null}
			<Box display={tooSmall ? 'none' : 'flex'} flexDirection="column">
				{help ? (
					<HelpOverlay width={columns} height={height} isActive={!tooSmall} bound={helpBound} onClose={() => dispatch({type: 'back'})} />
				) : null}
				{accountMenu && accounts ? (
					<Box display={help ? 'none' : 'flex'} flexDirection="column">
						<AccountMenu
							accounts={accounts}
							place={place}
							width={columns}
							height={height}
							isActive={!tooSmall && !help}
							onClose={() => setAccountMenu(false)}
						/>
					</Box>
				) : null}
				<Box display={help || accountMenu ? 'none' : 'flex'} flexDirection="column">
					{detailView}
					{recordView}
					{content}
				</Box>
			</Box>
		</>
	);
}
