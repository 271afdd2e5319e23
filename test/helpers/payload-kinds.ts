// The kinds of hostile value a Telnyx look-alike puts in every string field (test/helpers/hostile-api.ts): each
// tries to drive the terminal, to disagree with it about widths, to make a frame taller than the screen, or to
// send a request elsewhere. `value` gives the field's value from its path in the record, so a kind can vary it.
export type PayloadKind = {
	name: string;
	value: (field: string) => unknown;
	/** True when the records' own ids are the hostile values (every other kind keeps ids the contract gives). */
	oddIds?: boolean;
};

const text = (name: string, payload: string): PayloadKind => ({name, value: field => `${payload} ·${field.slice(-12)}`});

// Ids the contract would never give, each a path segment URL resolution or encoding could turn into another path.
export const ODD_IDS = ['..', '%2e%2e', '.', 'a/b', '?x', '#', '', '..%2f..', '\u001B]0;ID\u0007', ` ${'9'.repeat(25)}`];

const WRONG_TYPES: unknown[] = [12_345, 1e308, -0, true, null, {nested: {deep: 'x'}}, [1, 'x', {}], 2 ** 64];

export const PAYLOAD_KINDS: PayloadKind[] = [
	text('OSC 0/2 title', '\u001B]0;PWN-TITLE\u0007 \u001B]2;PWN-TITLE2\u001B\\ end'),
	text('OSC 52 clipboard', '\u001B]52;c;cHduZWQ=\u0007 end'),
	text('OSC 8 link', '\u001B]8;;http://evil.example/\u0007link\u001B]8;;\u0007 end'),
	text('C1 OSC', '\u009D0;PWN-C1\u009C \u009D52;c;cHduZWQ=\u0007 end'),
	text('CSI', '\u001B[6n\u001B[2J\u001B[31mRED\u001B[0m\u001B[?1049l\u001B[20t\u001B[5i end'),
	text('C1 CSI', '\u009B6n\u009B2J\u009B31mRED\u009B0m end'),
	text('BEL, DEL and C0', 'a\u0007b\u007Fc\u0000d\u0008e\u000Bf\u000Cg\u001Bh\u000Ei\tj\r\nk end'),
	text('RLO/LRI bidi', '\u202Egnp.exe\u202C \u2066LRI\u2069 \u2067\u2068\u202A\u202B\u202D\u200E\u200F\u061C end'),
	text('U+2028/U+2029', 'line\u2028separator\u2029paragraph\u2028\u2029 end'),
	text('soft hyphen and Hangul fillers', 'x\u00AD\u115F\u1160\u3164\uFFA0'.repeat(30)),
	text(
		'zero-width, combining, emoji',
		'e\u0301\u0302\u0303\u0304 \u200B\u200C\u200D\uFEFF 👍🏽 👨‍👩‍👧 🇺🇸 ❤\uFE0F ☺\uFE0E #\uFE0F\u20E3 '.repeat(6),
	),
	text('CJK wide text', `x${'東京'.repeat(45)} ${'한국어'.repeat(30)}`),
	text('100,000 characters', 'long '.repeat(20_000)),
	text('lone surrogates, noncharacters, private use', '\uD800 \uDFFF \uFFFF \uFFFE \uE000 \u{10FFFF} \u{E0001}\u{E0041} \uFFFC end'),
	{name: 'odd ids', value: field => `${field.slice(-12)} plain`, oddIds: true},
	{
		name: 'wrong types',
		value: field => WRONG_TYPES[[...field].reduce((sum, char) => sum + char.charCodeAt(0), 0) % WRONG_TYPES.length],
	},
];
