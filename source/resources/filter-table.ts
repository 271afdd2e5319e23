// A list's filters as a table, one entry a filter of the spec: the query parameter it is sent as, the rule it
// keeps (stated to the person and checked before anything is sent), and how it is entered: typed text, a
// choice among the spec's enum, or a menu of the connection's places. The generic filter form renders any
// table; the resource's fetcher sends what the table checked. Pure.
import type {FilterValues} from '../api/types.js';
import type {QueryValue} from './query.js';

type Common = {
	/** The key the checked value is kept under. */
	key: string;
	/** The form's label. */
	label: string;
	/** The header's short name: `number~"4411"`, `status=pending`. */
	short: string;
	/** The deepObject query parameter. */
	param: string;
	/** The rule, as the form states it under the field. */
	rule: string;
	/** Offered only on the list of every connection (not under one, where the connection is given). */
	globalOnly?: true;
	/** The value is a connection id: the header names the connection where the app knows its name. */
	shows?: 'connection';
	/** Not a parameter of the API: the resource applies it to the rows as they are read (its clientFilter). */
	clientSide?: true;
};

/** Typed text; `list`: several values separated by commas or spaces, each checked. */
export type TextFilter = Common & {
	kind: 'text';
	match: 'eq' | 'contains';
	check: (value: string) => string | undefined;
	/** Applied before the check (upper-casing a country code). */
	normalise?: (value: string) => string;
	list?: true;
	example: string;
};

/** One of the spec's enum values, or (`multiple`) any set of them. */
export type EnumFilter = Common & {kind: 'enum'; options: readonly string[]; multiple: boolean};

/** A location or civic address of the connection, picked from a menu of them, never typed. */
export type PlaceFilter = Common & {kind: 'place'; place: 'location' | 'address'};

export type FilterField = TextFilter | EnumFilter | PlaceFilter;
export type FilterTable = {
	/** The form's title: 'Filter phone numbers'. */
	title: string;
	fields: readonly FilterField[];
};

/** What the form holds: text as typed, enum choices as picked, a place's id ('' for any). */
export type FormValues = Readonly<Record<string, string | readonly string[]>>;

export type Checked = {ok: true; filters: FilterValues} | {ok: false; errors: Readonly<Record<string, string>>};

/** The table's fields a list offers: those of every connection only where it is not under one. */
export function offeredFields(table: FilterTable, underConnection: boolean): readonly FilterField[] {
	return table.fields.filter(field => !(underConnection && field.globalOnly));
}

/** The form's values for filters already applied (or none). */
export function formValuesOf(fields: readonly FilterField[], filters: FilterValues): FormValues {
	const values: Record<string, string | readonly string[]> = {};
	for (const field of fields) {
		const value = filters[field.key];
		if (field.kind === 'enum' && field.multiple) values[field.key] = Array.isArray(value) ? value : [];
		else values[field.key] = Array.isArray(value) ? value.join(', ') : typeof value === 'string' ? value : '';
	}
	return values;
}

function checkText(field: TextFilter, raw: string): {value?: string | readonly string[]; error?: string} {
	const text = raw.trim();
	if (text === '') return {};
	const parts = field.list ? text.split(/[\s,]+/).filter(Boolean) : [text];
	const values = parts.map(part => field.normalise?.(part) ?? part);
	for (const value of values) {
		const error = field.check(value);
		if (error !== undefined) return {error};
	}
	return {value: field.list ? [...new Set(values)] : values[0]!};
}

/**
 * Every field checked by its rule; all valid gives the filters to send (unset ones left out), else a message
 * for each field that breaks its rule (and nothing is sent).
 */
export function checkFilters(fields: readonly FilterField[], values: FormValues): Checked {
	const filters: Record<string, string | readonly string[]> = {};
	const errors: Record<string, string> = {};
	for (const field of fields) {
		const raw = values[field.key];
		if (field.kind === 'text') {
			const {value, error} = checkText(field, typeof raw === 'string' ? raw : '');
			if (error !== undefined) errors[field.key] = error;
			else if (value !== undefined) filters[field.key] = value;
		} else if (field.kind === 'enum') {
			const picked = (Array.isArray(raw) ? raw : typeof raw === 'string' && raw !== '' ? [raw] : []) as readonly string[];
			const wrong = picked.filter(value => !field.options.includes(value));
			if (wrong.length > 0) errors[field.key] = `Not a ${field.short}: ${wrong.join(', ')}. One of ${field.options.join(', ')}.`;
			else if (picked.length > 0)
				filters[field.key] = field.multiple ? field.options.filter(option => picked.includes(option)) : picked[0]!;
		} else if (typeof raw === 'string' && raw !== '') {
			filters[field.key] = raw;
		}
	}
	return Object.keys(errors).length > 0 ? {ok: false, errors} : {ok: true, filters};
}

/** The query parameters of the applied filters, in table order, for deepObjectQuery (unset ones are left out there). */
export function filterParams(table: FilterTable, filters: FilterValues | undefined): Array<readonly [string, QueryValue]> {
	return table.fields.filter(field => !field.clientSide).map(field => [field.param, filters?.[field.key]] as const);
}

/** Names the header shows for ids: places of the connection, connections by name. */
export type FilterNames = {place?: (id: string) => string | undefined; connection?: (id: string) => string | undefined};

/** One line for the list header, e.g. 'number~"4411" · status=pending,error · location=Austin Office'; '' when none is set. */
export function describeFilters(table: FilterTable, filters: FilterValues, names: FilterNames = {}): string {
	const parts: string[] = [];
	for (const field of table.fields) {
		const value = filters[field.key];
		if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) continue;
		const text = Array.isArray(value) ? value.join(',') : (value as string);
		if (field.kind === 'text' && field.match === 'contains') parts.push(`${field.short}~${JSON.stringify(text)}`);
		else if (field.kind === 'place') parts.push(`${field.short}=${names.place?.(text) ?? text}`);
		else if (field.shows === 'connection') parts.push(`${field.short}=${names.connection?.(text) ?? text}`);
		else parts.push(`${field.short}=${text}`);
	}
	return parts.join(' · ');
}
