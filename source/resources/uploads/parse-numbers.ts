// The numbers of an upload as typed or pasted: one list from any mix of spaces, commas and lines, each
// checked as E.164, a repeat sent once and named, the spec's maximum per upload enforced before anything is sent.
import {formatCount} from '../../text/format.js';
import {clean, cleanText, ownText, type Clean} from '../../text/sanitize.js';
import {MAX_UPLOAD_NUMBERS} from './types.js';

const E164 = /^\+[1-9]\d{1,14}$/;
// Past this many, one line stands for the rest: a pasted column of something else is not 10,000 lines to read.
const MAX_REPORTED = 20;

/** `position`: the entry's place in the text, from 1. */
export type NumberProblem = {position: number; entry: string; reason: string};

/** A number entered more than once: `positions` are its places in the text, from 1. */
export type RepeatedNumber = {entry: string; positions: number[]};

/** `ok`: `numbers` can be sent as they are; otherwise `messages` say why not, each line ready to show. */
export type ParsedNumbers = {
	ok: boolean;
	numbers: string[];
	/** In the order their first entry came. */
	repeats: RepeatedNumber[];
	problems: NumberProblem[];
	messages: Clean[];
};

function whyNot(entry: string): string {
	if (!entry.startsWith('+')) return 'it does not start with +';
	const digits = entry.slice(1);
	if (!/^\d+$/.test(digits)) return 'only digits may follow the +';
	if (digits.startsWith('0')) return 'a country code never starts with 0';
	return digits.length > 15 ? `it has ${digits.length} digits, E.164 allows 15` : 'it is too short';
}

export function parseUploadNumbers(text: string, limit = MAX_UPLOAD_NUMBERS): ParsedNumbers {
	const entries = text.split(/[\s,]+/).filter(entry => entry !== '');
	const positions = new Map<string, number[]>();
	const problems: NumberProblem[] = [];
	entries.forEach((entry, index) => {
		if (!E164.test(entry)) problems.push({position: index + 1, entry, reason: whyNot(entry)});
		else positions.set(entry, [...(positions.get(entry) ?? []), index + 1]);
	});
	const numbers = [...positions.keys()];
	const repeats = [...positions].filter(([, at]) => at.length > 1).map(([entry, at]) => ({entry, positions: at}));
	const duplicates = repeats.reduce((sum, repeat) => sum + repeat.positions.length - 1, 0);
	const messages: Clean[] = problems
		.slice(0, MAX_REPORTED)
		.map(
			({position, entry, reason}) =>
				clean`Entry ${formatCount(position)}, "${cleanText(entry)}", is not an E.164 number: ${cleanText(reason)}.`,
		);
	if (problems.length > MAX_REPORTED)
		messages.push(clean`…and ${formatCount(problems.length - MAX_REPORTED)} more entries that are not E.164 numbers.`);
	if (entries.length === 0) messages.push(ownText('Enter at least one phone number in E.164 form, such as +15555550100.'));
	if (numbers.length > limit) {
		const dropped = duplicates > 0 ? clean` (after dropping ${formatCount(duplicates)} repeated)` : ownText('');
		messages.push(
			clean`An upload takes at most ${formatCount(limit)} numbers; these are ${formatCount(numbers.length)}${dropped}. Split them into several uploads.`,
		);
	}
	return {ok: messages.length === 0, numbers, repeats, problems, messages};
}

/** The repeats, as the review names them (at most `max` lines): each number is in the body once. */
export function repeatLines(repeats: readonly RepeatedNumber[], max = 3): Clean[] {
	const lines = repeats.slice(0, repeats.length > max ? max - 1 : max).map(({entry, positions}) => {
		const at = positions.map(position => formatCount(position)).join(', ');
		return clean`${cleanText(entry)} was entered ${formatCount(positions.length)} times (entries ${cleanText(at)}): it is sent once.`;
	});
	const rest = repeats.length - lines.length;
	if (rest > 0) lines.push(clean`…and ${formatCount(rest)} more numbers entered more than once, each sent once.`);
	return lines;
}
