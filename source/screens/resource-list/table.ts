// A resource's table at a width: which columns show, the title line, and each row as few pieces as can be.
import type {RowState} from '../../paging/page-cache.js';
import {EMPTY, formatCount, padToWidth, spaces} from '../../text/format.js';
import type {NameEntry} from '../../names/name-queue.js';
import {clean, cleanText, joinClean, ownText, type Clean} from '../../text/sanitize.js';
import {showField} from '../../components/wire-value.js';
import type {Resource, ResourceColumn} from '../../resources/resource.js';
import {fitColumns, GAP, MARKER_WIDTH, type Column} from '../../resources/column-layout.js';

export type ListColumn = Column<string>;

/** The narrowest terminal the app lays out; the connections list then shows name, id, service, active and created. */
export const MIN_TABLE_WIDTH = 67;

/** The columns of a table `width` columns wide; without names (--no-names) the name column is left out. */
export function layoutColumns<Row>(resource: Resource<Row>, width: number, {names = true}: {names?: boolean} = {}): ListColumn[] {
	const specs = names ? resource.columns : resource.columns.filter(column => !('names' in column));
	const shown = new Set(specs.map(spec => spec.key));
	const stretch = resource.stretch.find(key => shown.has(key)) ?? specs[0]!.key;
	return fitColumns(specs, width, {displayOrder: resource.displayOrder, stretch});
}

/** A row's name as the column shows it: `…` (dim) until it arrives, `—` when it could not be had. */
export type NameCell = {text: Clean; pending: boolean};

export const PENDING_NAME: NameCell = {text: ownText('…'), pending: true};

export function nameCell(entry: NameEntry | undefined): NameCell {
	if (entry === undefined) return PENDING_NAME;
	// A name that failed says so quietly: the list stays usable, and the detail view shows the error.
	if (entry.status === 'failed') return {text: EMPTY, pending: false};
	return {text: showField(entry.name, 'text'), pending: false};
}

export function headerLine(columns: ListColumn[]): Clean {
	return clean`${spaces(MARKER_WIDTH)}${joinClean(
		columns.map(column => padToWidth(cleanText(column.title), column.width)),
		spaces(GAP.length),
	)}`;
}

/** A piece of a row; `dim` for a name still to come. */
export type RowPart = {text: Clean; dim: boolean};

/**
 * One table row as at most three pieces (before the name, the name, after it), so only a pending name is dim:
 * few Ink <Text> nodes per row keep a frame cheap.
 */
/** Marks an inactive row where the eye starts, beside its dimmed text. */
export const INACTIVE_MARK = ownText('·');

/** Marks a row marked for an action on all of them, beside the cursor or inactive mark. */
export const MARKED = ownText('*');

export function rowParts<Row>(
	resource: Resource<Row>,
	row: Row,
	name: NameCell,
	columns: ListColumn[],
	{selected, marked = false}: {selected: boolean; marked?: boolean},
): RowPart[] {
	const byKey = columnsByKey(resource);
	const parts: RowPart[] = [];
	const lead = selected ? ownText('›') : resource.inactive?.(row) ? INACTIVE_MARK : ownText(' ');
	let text = clean`${lead}${marked ? MARKED : ownText(' ')}`;
	columns.forEach((column, index) => {
		if (index > 0) text = clean`${text}${spaces(GAP.length)}`;
		const spec = byKey.get(column.key)!;
		if ('cell' in spec) {
			text = clean`${text}${padToWidth(spec.cell(row, column.width), column.width)}`;
			return;
		}
		if (!name.pending) {
			text = clean`${text}${padToWidth(name.text, column.width)}`;
			return;
		}
		parts.push({text, dim: false}, {text: padToWidth(name.text, column.width), dim: true});
		text = ownText('');
	});
	if (text !== '') parts.push({text, dim: false});
	return parts;
}

const byResource = new WeakMap<object, Map<string, ResourceColumn<never>>>();

function columnsByKey<Row>(resource: Resource<Row>): Map<string, ResourceColumn<Row>> {
	let map = byResource.get(resource);
	if (!map) {
		map = new Map(resource.columns.map(column => [column.key, column as ResourceColumn<never>]));
		byResource.set(resource, map);
	}
	return map as Map<string, ResourceColumn<Row>>;
}

export const partsText = (parts: RowPart[]) => parts.map(part => part.text).join('');

export function placeholderLine(index: number, columns: ListColumn[], selected: boolean, state: RowState = 'loading'): Clean {
	const marker = ownText(selected ? '› ' : '  ');
	const row = formatCount(index + 1);
	// A missing row's page came back without it: only a reload (r) can bring it.
	const text = state === 'missing' ? clean`row ${row} did not come with its page · r reloads the list` : clean`loading row ${row}…`;
	return clean`${marker}${padToWidth(text, columns.reduce((sum, c) => sum + c.width, 0) + GAP.length * (columns.length - 1))}`;
}
