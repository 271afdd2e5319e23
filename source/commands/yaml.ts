// Records as YAML block text, streamed one record at a time: a list is a sequence of mappings, a record a mapping.
// Every string is double-quoted with JSON's escapes (valid YAML 1.2), so none is read back as another type
// (`no`, `1.0`, a date) and no character reaches a terminal unescaped. Pure.
import {isRecord} from '../api/is-record.js';
import {escapeUnsafe} from './json-text.js';

const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;
// YAML 1.1 readers still take these as booleans or null, even as keys.
const RESERVED_KEY = /^(y|n|yes|no|on|off|true|false|null)$/i;

/** YAML's escape past the BMP is `\U` and eight digits; a surrogate pair in `\u` escapes is not read by every parser. */
const yamlEscape = (char: string) => {
	const code = char.codePointAt(0)!;
	return code > 0xffff ? `\\U${code.toString(16).padStart(8, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
};

const quoted = (text: string) => escapeUnsafe(JSON.stringify(text), yamlEscape);

function scalar(value: unknown): string {
	if (typeof value === 'string') return quoted(value);
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	return 'null';
}

const key = (name: string) => (PLAIN_KEY.test(name) && !RESERVED_KEY.test(name) ? name : quoted(name));

/** What follows `key:` or `-`: ` scalar`, ` []`, ` {}`, or a newline and the block, indented by `indent`. */
function after(value: unknown, indent: string): string {
	if (Array.isArray(value)) {
		return value.length === 0 ? ' []' : `\n${value.map(item => `${indent}${sequenceItem(item, indent)}`).join('\n')}`;
	}
	if (isRecord(value)) {
		const entries = Object.entries(value);
		return entries.length === 0 ? ' {}' : `\n${mappingLines(entries, indent).join('\n')}`;
	}
	return ` ${scalar(value)}`;
}

function mappingLines(entries: Array<[string, unknown]>, indent: string): string[] {
	return entries.map(([name, value]) => `${indent}${key(name)}:${after(value, `${indent}  `)}`);
}

/** `- …` with a mapping's first entry on the dash's line, as YAML is usually written. */
function sequenceItem(value: unknown, indent: string): string {
	if (isRecord(value) && Object.keys(value).length > 0) {
		const [first, ...rest] = mappingLines(Object.entries(value), `${indent}  `);
		return [`- ${first!.trimStart()}`, ...rest].join('\n');
	}
	return `-${after(value, `${indent}  `)}`;
}

/** One record of a list, as an item of the top-level sequence, ending in a newline. */
export function yamlListItem(record: unknown): string {
	return `${sequenceItem(record, '')}\n`;
}

/** One record on its own, as a top-level mapping (or scalar), ending in a newline. */
export function yamlDocument(record: unknown): string {
	if (isRecord(record) && Object.keys(record).length > 0) return `${mappingLines(Object.entries(record), '').join('\n')}\n`;
	return `${after(record, '').trimStart()}\n`;
}
