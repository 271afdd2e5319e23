// A mutation's answers in the chosen format: JSON, JSONL and YAML as the API sent them; table and CSV through the
// resource's columns, or, for an answer that is no resource's record (`{"success": true}`), its own fields, cleaned.
import type {Resource} from '../resources/resource.js';
import {EMPTY} from '../text/format.js';
import {cleanText} from '../text/sanitize.js';
import {isRecord} from '../api/is-record.js';
import {pickColumns, type CellColumn} from './columns.js';
import {listWriter, recordText, type Format} from './record-writers.js';
import {tableLayout} from './table-text.js';

function ownColumns(answers: readonly unknown[]): Array<CellColumn<unknown>> {
	const keys = [...new Set(answers.flatMap(answer => (isRecord(answer) ? Object.keys(answer) : [])))];
	return keys.map(key => ({
		key,
		title: key,
		min: key.length,
		ideal: Math.max(key.length, 12),
		tier: 1,
		cell: row => {
			const value = isRecord(row) ? row[key] : undefined;
			if (value === undefined || value === null) return EMPTY;
			return cleanText(typeof value === 'string' ? value : JSON.stringify(value));
		},
	}));
}

export function answerText(
	format: Format,
	answers: readonly unknown[],
	many: boolean,
	// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each verb's answers read through its own resource
	resource: Resource<any> | undefined,
	width?: number,
): string {
	const columns = resource ? pickColumns(resource, undefined, () => EMPTY).columns : ownColumns(answers);
	if (!many) return answers.length === 0 ? '' : recordText(format, answers[0], columns);
	const writer = listWriter(format, {
		columns,
		layout: tableLayout(columns, width, resource?.stretch ?? []),
		inactive: row => resource?.inactive?.(row) ?? false,
	});
	return writer.head() + writer.rows(answers) + writer.tail();
}
