import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {boundHints, fitHints, footerLine} from '../source/input/footer.js';
import {displayWidth} from '../source/text/format.js';
import {ownText} from '../source/text/sanitize.js';

const MAIN_LIST = [{context: 'list', actions: ['down', 'up', 'open', 'filter', 'refresh', 'create', 'logMessages', 'editRow']}];
const SUB_LIST = [{context: 'list', actions: ['down', 'up', 'open', 'refresh', 'back']}];

describe('footers from the bound actions', () => {
	it('shows the hints of what the screen binds, in table order, then the global keys', () => {
		assert.equal(footerLine(MAIN_LIST, 200), '↑↓ move · Enter open · / filter · r refresh · c create · M log · ? help · q quit');
		// A list that answers less leaves out what it does not bind.
		assert.equal(footerLine(SUB_LIST, 200), '↑↓ move · Enter open · r refresh · Esc back · ? help · q quit');
	});

	it('takes the typing form of a hint while a text field has the keyboard', () => {
		assert.equal(
			footerLine([{context: 'filter', actions: ['next', 'previous', 'choiceNext', 'toggle', 'apply', 'cancel']}], 200, {typing: true}),
			'Tab/↑↓ field · ←→ choose · Space pick · Enter apply · Esc cancel · F1 help · Ctrl+C quit',
		);
	});

	it("uses a screen's own words for a hint, and '' hides it", () => {
		const bound = [{context: 'confirm', actions: ['cancel'], hints: {cancel: 'Esc back to the numbers'}}];
		assert.equal(footerLine(bound, 200), 'Esc back to the numbers · ? help · q quit');
		assert.equal(footerLine([{...bound[0]!, hints: {cancel: ''}}], 200), '? help · q quit');
	});

	it('leaves out the global keys where they close the screen (the help)', () => {
		assert.equal(footerLine([{context: 'help', actions: ['close', 'down']}], 200, {global: false}), 'Esc close · ↑↓ PgUp PgDn g G scroll');
	});

	it('drops the lowest priority first, the last of equals first, and never the help or the way back', () => {
		const hints = boundHints(SUB_LIST);
		const widths = [80, 50, 45, 40, 30, 20, 10];
		const fitted = widths.map(width => fitHints(hints, width));
		assert.deepEqual(fitted, [
			'↑↓ move · Enter open · r refresh · Esc back · ? help · q quit',
			'Enter open · r refresh · Esc back · ? help',
			'Enter open · r refresh · Esc back · ? help',
			'Enter open · Esc back · ? help',
			'Enter open · Esc back · ? help',
			'Esc back · ? help',
			'Esc back · ? help',
		]);
		for (const [index, width] of widths.entries()) {
			const line = fitted[index]!;
			assert.ok(line.includes('Esc back') && line.includes('? help'), `${width}: ${line}`);
			if (width >= 20) assert.ok(displayWidth(line) <= width, `${width}: ${line}`);
		}
	});

	it('puts what the screen states first and fits the hints beside it, never past the width', () => {
		const state = ownText('refreshed 12:01:02');
		assert.equal(footerLine(SUB_LIST, 60, {state}), 'refreshed 12:01:02 · Enter open · Esc back · ? help');
		for (const width of [10, 30, 67, 80]) assert.ok(displayWidth(footerLine(SUB_LIST, width, {state})) <= width);
		assert.equal(footerLine([], 60, {state, global: false}), 'refreshed 12:01:02');
	});
});
