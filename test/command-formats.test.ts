// The output formats of the read subcommands: CSV as RFC 4180 with the formula guard, YAML that parses back to the
// record, JSON whose values are the API's exactly, tables laid out like the TUI's lists.
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {parse as parseYaml} from 'yaml';
import {csvField, csvLine} from '../source/commands/csv.js';
import {jsonText} from '../source/commands/json-text.js';
import {yamlDocument, yamlListItem} from '../source/commands/yaml.js';
import {tableHeader, tableLayout, tableRow, recordLines} from '../source/commands/table-text.js';
import {listWriter, recordText} from '../source/commands/record-writers.js';
import {pickColumns} from '../source/commands/columns.js';
import {externalConnections} from '../source/resources/index.js';
import {EMPTY} from '../source/text/format.js';
import {cleanText} from '../source/text/sanitize.js';
import type {ExternalConnection} from '../source/api/types.js';

const HOSTILE_STRINGS = [
	'plain',
	'a, b',
	'say "hi"',
	'two\nlines',
	'=HYPERLINK("http://evil.example","x")',
	'+1 555',
	'-2+3',
	'@SUM(A1:A2)',
	'\tlead tab',
	'\x1b]0;pwned\x07',
	'\u202eevil',
	'\x9d osc',
	'東京 😀',
	'line\u2028sep',
	'',
	'no',
	'1.0',
	'2025-01-01',
	'~',
	'null',
	'- a',
	'key: value',
	'# comment',
	'\u00ad soft',
	'\u{e0041} tag',
];

/** Splits CSV text as RFC 4180 reads it (quoted fields may hold commas, quotes and line breaks). */
function readCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const char = text[i]!;
		if (quoted && char === '"' && text[i + 1] === '"') {
			field += '"';
			i++;
		} else if (quoted && char === '"') {
			quoted = false;
		} else if (quoted) {
			field += char;
		} else if (char === '"') {
			quoted = true;
		} else if (char === ',') {
			row.push(field);
			field = '';
		} else if (char === '\r' && text[i + 1] === '\n') {
			rows.push([...row, field]);
			row = [];
			field = '';
			i++;
		} else {
			field += char;
		}
	}
	assert.equal(field + row.join(''), '', 'the text ends with CRLF');
	return rows;
}

describe('CSV', () => {
	it('quotes what needs it, doubles quotes, and ends each line with CRLF', () => {
		assert.equal(csvLine(['a', 'b,c', 'say "hi"', 'x\ny', '']), 'a,"b,c","say ""hi""","x\ny",\r\n');
	});

	it('starts a cell a spreadsheet would run as a formula with an apostrophe', () => {
		for (const formula of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx'])
			assert.ok(csvField(formula).replace(/^"/, '').startsWith("'"), formula);
		assert.equal(csvField('=A1,B1'), `"'=A1,B1"`);
		assert.equal(csvField('a=b'), 'a=b');
	});

	it('reads back as the cells written, each hostile string whole in its own cell', () => {
		const cells = HOSTILE_STRINGS.map(text => cleanText(text));
		const [row] = readCsv(csvLine(cells));
		assert.equal(row!.length, cells.length);
		row!.forEach((cell, index) => assert.equal(cell.replace(/^'(?=[=+\-@\t\r])/, ''), cells[index]));
		// No control character, bidi override or C1 reaches the file: the cells come from the sanitizer.
		assert.doesNotMatch(csvLine(cells).replace(/\r\n$/, ''), /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202e]/);
	});
});

describe('JSON text', () => {
	it('gives back every value exactly when parsed, whatever it holds', () => {
		const record = {id: '1', tags: HOSTILE_STRINGS, nested: {deep: [1, 2.5, null, true, {x: '\u2029'}]}, big: 2 ** 60};
		assert.deepEqual(JSON.parse(jsonText(record)), record);
		assert.deepEqual(JSON.parse(jsonText(record, 2)), record);
	});

	it('escapes what a terminal would obey, and nothing else', () => {
		const text = jsonText({a: '\x1b]0;t\x07 \x9d \u202e \u2028 \x7f \u00ad 東京 😀 \u{e0041}'});
		assert.doesNotMatch(text, /[\x00-\x1f\x7f-\x9f\u202e\u2028\u00ad]|\u{e0041}/u);
		assert.match(text, /\\u009d/);
		assert.match(text, /\\udb40\\udc41/);
		assert.match(text, /東京 😀/);
	});
});

describe('YAML', () => {
	const record = {
		id: '1858334946797002863',
		active: true,
		tags: HOSTILE_STRINGS,
		inbound: {},
		outbound: {channel_limit: 2, outbound_voice_profile_id: '1911630617284445511'},
		list: [[], [1, [2]], {}, {a: null}],
		'odd key': 1,
		yes: 'reserved key',
		'': 'empty key',
		count: -3.5e-7,
	};

	it('parses back to the record, as a document and as a list item', () => {
		assert.deepEqual(parseYaml(yamlDocument(record)), record);
		assert.deepEqual(parseYaml(yamlListItem(record) + yamlListItem({b: 2}) + yamlListItem('x')), [record, {b: 2}, 'x']);
		assert.deepEqual(parseYaml(yamlDocument({})), {});
	});

	it('writes blocks a person reads: a mapping per item, nested values indented', () => {
		assert.equal(
			yamlListItem({id: '1', tags: ['a'], outbound: {channel_limit: 2}}),
			'- id: "1"\n  tags:\n    - "a"\n  outbound:\n    channel_limit: 2\n',
		);
	});

	it('lets no control character through', () => {
		assert.doesNotMatch(yamlDocument(record), /[\x00-\x09\x0b-\x1f\x7f-\x9f\u202e\u2028\u00ad]|\u{e0041}/u);
	});
});

const CONNECTION: ExternalConnection = {
	id: '1858334946797002863',
	external_sip_connection: 'operator_connect',
	active: false,
	credential_active: true,
	tags: ['amer', '東京'],
	webhook_event_url: 'https://hooks.example.com/x',
	inbound: {channel_limit: 50},
	outbound: {outbound_voice_profile_id: '1911630617284445511'},
	created_at: '2025-09-29T08:59:44Z',
	updated_at: '2025-10-24T07:52:26Z',
};

describe('tables and writers', () => {
	const {columns} = pickColumns(externalConnections, undefined, () => EMPTY);

	it('leaves out the column the TUI fills one request a row unless it is asked for', () => {
		assert.deepEqual(
			columns.map(column => column.key),
			['id', 'service', 'active', 'credential', 'created', 'tags', 'webhook', 'inbound', 'outbound', 'profile', 'updated'],
		);
		const named = pickColumns(externalConnections, ['name', 'id'], () => cleanText('Zoom HQ'));
		assert.equal(named.perRow, true);
		assert.equal(named.columns[0]!.cell(CONNECTION, 30), 'Zoom HQ');
	});

	it('fits a terminal as the TUI list does, and shows every column whole elsewhere', () => {
		const narrow = tableLayout(columns, 67, externalConnections.stretch);
		const header = tableHeader(narrow);
		assert.ok(header.length <= 68, header);
		assert.match(tableRow(narrow, CONNECTION, true), /^· 1858334946797002863 +operator_connect +no/);
		const wide = tableLayout(columns, undefined, externalConnections.stretch);
		assert.equal(wide.length, columns.length);
		assert.match(tableRow(wide, CONNECTION, false), /hooks\.example\.com +50 +— +1911630617284445511 +2025-10-24\n$/);
		assert.match(recordLines(columns, CONNECTION), /^id +1858334946797002863\n/);
	});

	it('writes a valid document in every format, with no rows too', () => {
		const shape = {columns, layout: tableLayout(columns, undefined, []), inactive: () => false};
		const json = listWriter('json', shape);
		assert.deepEqual(JSON.parse(json.head() + json.rows([CONNECTION]) + json.rows([CONNECTION]) + json.tail()), [CONNECTION, CONNECTION]);
		const empty = listWriter('json', shape);
		assert.deepEqual(JSON.parse(empty.head() + empty.rows([]) + empty.tail()), []);
		const yaml = listWriter('yaml', shape);
		assert.deepEqual(parseYaml(yaml.head() + yaml.tail()), []);
		const jsonl = listWriter('jsonl', shape);
		assert.equal(jsonl.rows([CONNECTION, CONNECTION]).split('\n').filter(Boolean).length, 2);
		const csv = listWriter('csv', shape);
		const [head, row] = readCsv(csv.head() + csv.rows([CONNECTION]) + csv.tail());
		assert.deepEqual(
			head,
			columns.map(column => column.key),
		);
		// An absent value is an empty cell, not the table's dash.
		assert.equal(row![columns.findIndex(column => column.key === 'outbound')], '');
		assert.equal(row![columns.findIndex(column => column.key === 'tags')], 'amer, 東京');
		assert.deepEqual(JSON.parse(recordText('json', CONNECTION, columns)), CONNECTION);
		assert.deepEqual(parseYaml(recordText('yaml', CONNECTION, columns)), CONNECTION);
	});
});
