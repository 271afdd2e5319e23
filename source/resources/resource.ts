// What the generic list needs to know of a resource: its columns, how to fetch a page, how to tell rows
// apart, what it may do. One module per resource under resources/ fills this in; nothing else changes.
import type {ApiClient, RequestOptions} from '../api/client.js';
import type {FilterValues, ListResponse} from '../api/types.js';
import type {NameFetcher} from '../names/name-queue.js';
import type {Clean} from '../text/sanitize.js';
import type {ColumnSpec} from './column-layout.js';
import type {Places} from './civic-addresses/places.js';
import type {FilterTable} from './filter-table.js';

/**
 * A column: its width priorities, and its cell (wire data, cleaned; `width` is the column's, for a cell that cuts
 * itself other than at the end); `names` fills it from the name queue.
 */
export type ResourceColumn<Row> = ColumnSpec<string> & ({cell: (row: Row, width: number) => Clean} | {names: true});

export type PageRequest = {parentId: string | undefined; pageNumber: number; pageSize: number; filters: FilterValues};

export type Resource<Row> = {
	/** The name routes carry ('phone-numbers'). */
	name: string;
	/** The header's title, longest first: the header drops to the next when the filters need the room. */
	titles: readonly string[];
	/** What the rows are, for the spinner and the empty list ('external connections'). */
	plural: string;
	/** Priority order, most important first. */
	columns: ReadonlyArray<ResourceColumn<Row>>;
	/** The order columns are drawn in. */
	displayOrder: readonly string[];
	/** The first of these that is shown takes the width left over. */
	stretch: readonly string[];
	/** What tells a row apart (and opens it); undefined for a row without one. */
	rowKey(row: Row): string | undefined;
	/**
	 * Why nothing can be sent for the record of this key (under `parentId`): an id the contract would not
	 * produce. Such a record is shown from its list row, and its action keys say this instead of sending.
	 */
	idRefusal(key: string, parentId: string | undefined): string | undefined;
	/** A row that is switched off: dimmed and marked `·`, so it reads without colour too. */
	inactive?(row: Row): boolean;
	fetchPage(client: ApiClient, request: PageRequest, options: RequestOptions): Promise<ListResponse<Row>>;
	/**
	 * Filters the API does not offer, applied to the rows as they are read (paging/filtered-scan.ts): `keep`
	 * answers for the filters set, undefined when none of them is client-side; `pageSize` is the API's largest.
	 */
	clientFilter?: {pageSize: number; keep(filters: FilterValues): ((row: Row) => boolean) | undefined};
	/** A column filled one request per row on screen (external connections' names). */
	nameFetcher?: (client: ApiClient) => NameFetcher;
	/** The list keys this resource answers: Enter opens a detail, c creates, Space marks rows for an action on them all. */
	can: {open: boolean; create: boolean; mark?: boolean};
	/** Its filters as the spec defines them: / opens a form of them, x clears them. */
	filters: FilterTable;
	/** The columns again with the connection's locations and addresses by name, once its address list is here. */
	placeColumns?: (places: Places) => Pick<Resource<Row>, 'columns' | 'displayOrder' | 'stretch'>;
	/** The columns again with connections by name where the app knows it (`connectionName`: undefined when not). */
	connectionColumns?: (connectionName: (id: string) => string | undefined) => Pick<Resource<Row>, 'columns' | 'displayOrder' | 'stretch'>;
	/** The empty list's line; `filtered` when filters are set. */
	emptyText(filtered: string | undefined): string;
};
