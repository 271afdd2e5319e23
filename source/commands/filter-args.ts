// `--filter name~zoom --filter service=zoom`: each names a filter of the resource's table by its short name (as the
// list header shows it), `~` for a `contains` match and `=` for the rest. The values then go through the table's own
// checks (checkFilters), the same rules the filter form keeps, so a value the TUI refuses is refused here too. Pure.
import type {FilterValues} from '../api/types.js';
import {idProblem} from '../api/path-ids.js';
import {didYouMean} from '../config/did-you-mean.js';
import {checkFilters, type FilterField, type FormValues} from '../resources/filter-table.js';

export type ParsedFilters = {ok: true; filters: FilterValues} | {ok: false; message: string};

type Operator = '~' | '=';

const operatorOf = (field: FilterField): Operator => (field.kind === 'text' && field.match === 'contains' ? '~' : '=');

/** `name~` or `service=`, what a filter is written as on the command line. */
export const filterSyntax = (field: FilterField) => `${field.short}${operatorOf(field)}`;

function parseOne(spec: string, fields: readonly FilterField[]): {field: FilterField; value: string} | {message: string} {
	const match = /^([^~=]*)([~=])(.*)$/s.exec(spec);
	const known = fields.map(filterSyntax).join(', ');
	if (!match) return {message: `--filter ${spec}: write it as NAME~TEXT (contains) or NAME=VALUE; this list's filters: ${known}.`};
	const [, name = '', operator, value = ''] = match;
	const named = fields.filter(field => field.short === name);
	if (named.length === 0) {
		const near = didYouMean(name, [...new Set(fields.map(field => field.short))]);
		return {message: `--filter ${spec}: no filter named "${name}".${near ? ` Did you mean ${near}?` : ''} This list's filters: ${known}.`};
	}
	const field = named.find(candidate => operatorOf(candidate) === operator);
	if (!field) return {message: `--filter ${spec}: ${name} is written ${named.map(filterSyntax).join(' or ')}.`};
	if (value.trim() === '') return {message: `--filter ${spec}: no value. ${field.rule}`};
	// The form picks a place from a menu of the connection's; typed, it must at least be an id of the spec's format.
	if (field.kind === 'place' && idProblem('uuid', value) !== undefined) {
		return {message: `--filter ${spec}: a ${field.place === 'location' ? 'location' : 'civic address'} id is a UUID.`};
	}
	return {field, value};
}

function formValue(field: FilterField, value: string): string | readonly string[] {
	if (field.kind === 'enum' && field.multiple) return value.split(',').map(part => part.trim());
	return value;
}

/** The filters a list sends, from `--filter` specs against the fields it offers; a message for the first refused. */
export function parseFilterArgs(specs: readonly string[], fields: readonly FilterField[]): ParsedFilters {
	const values: Record<string, string | readonly string[]> = {};
	for (const spec of specs) {
		const parsed = parseOne(spec, fields);
		if ('message' in parsed) return {ok: false, message: parsed.message};
		if (parsed.field.key in values) return {ok: false, message: `--filter ${filterSyntax(parsed.field)} is given twice.`};
		values[parsed.field.key] = formValue(parsed.field, parsed.value);
	}
	const checked = checkFilters(fields, values as FormValues);
	if (checked.ok) return checked;
	const [key, message] = Object.entries(checked.errors)[0]!;
	const field = fields.find(candidate => candidate.key === key)!;
	return {ok: false, message: `--filter ${filterSyntax(field)}: ${message}`};
}
