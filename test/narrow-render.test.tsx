// Hostile text at the narrowest width the app lays out (67 columns, less for a panel): every line of every
// frame fits the width as wcwidth measures it, nothing raw reaches the terminal, and long answers stay bounded.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import React from 'react';
import {Box, Text} from 'ink';
import {render} from 'ink-testing-library';
import chalk from 'chalk';
import {ApiError} from '../source/api/errors.js';
import {ErrorBanner} from '../source/components/error-banner.js';
import {clean, cleanText, ownText} from '../source/text/sanitize.js';
import {editMode} from '../source/create/form-mode.js';
import {initialWizardState} from '../source/create/wizard-state.js';
import {fieldSteps} from '../source/create/steps.js';
import {ConfirmPrompt} from '../source/screens/confirm/confirm-prompt.js';
import {layoutFieldStep} from '../source/screens/create/field-lines.js';
import {PickList} from '../source/screens/record-detail/pick-list.js';
import type {ExternalConnection} from '../source/api/types.js';
import {InputProvider} from '../source/input/input-provider.js';
import {TestKeys} from './helpers/render-with-keys.js';
import {wcswidth} from './helpers/wcwidth.js';

// A title, the clipboard, a link, C1 OSC, bidi, BEL, DEL, a soft hyphen, fillers, separators and a ZWJ family,
// after CJK text long enough to reach any edge with a wide character straddling it.
const HOSTILE = `${'東京大阪名古屋札幌'.repeat(6)} soft\u00ADhy \u115F\u3164\uFFA0 a\u2028b\u2029 \u001B]0;PWN\u0007 \u001B]52;c;eA==\u0007 \u001B]8;;http://e/\u0007L \u009D0;x\u0007 \u202E\u2066 \u0007\u007F 👨\u200D👩\u200D👧`;
const UNSAFE = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u00AD\u115F\u1160\u200B-\u200F\u2028-\u202E\u2060-\u206F\u3164\uFEFF\uFFA0]/u;

function assertFits(frame: string, width: number, height?: number): void {
	const lines = frame.split('\n');
	for (const line of lines) {
		assert.doesNotMatch(line, UNSAFE, line);
		assert.ok(wcswidth(line) <= width, `${wcswidth(line)} columns > ${width}: ${line}`);
	}
	if (height !== undefined) assert.ok(lines.length <= height, `${lines.length} lines > ${height}:\n${frame}`);
}

const inProvider = (element: React.ReactElement) => <InputProvider source={new TestKeys()}>{element}</InputProvider>;

test('the civic address pick list: the question and every choice fit 65 and 67 columns, escaped', () => {
	chalk.level = 0;
	for (const width of [65, 67]) {
		const view = render(
			inProvider(
				<PickList
					question={clean`Static emergency address for ${cleanText(HOSTILE)}? Nothing is sent until you pick one.`}
					items={Array.from({length: 30}, (_, index) => ({label: cleanText(`${index} ${HOSTILE}`), value: String(index)}))}
					initialIndex={0}
					height={12}
					width={width}
					isActive
					onPick={() => {}}
					onCancel={() => {}}
				/>,
			),
		);
		const frame = view.lastFrame() ?? '';
		assert.match(frame, /more\)/);
		assertFits(frame, width, 12);
		view.unmount();
	}
});

test('a confirmation with hostile title, question, lines and labels fits its width', () => {
	chalk.level = 0;
	const text = cleanText(HOSTILE);
	const view = render(
		inProvider(
			<ConfirmPrompt
				title={text}
				question={text}
				lines={[{text}, {text, dim: true}]}
				cancelLabel={ownText('Cancel')}
				confirmLabel={text}
				width={66}
				isActive
				onConfirm={() => {}}
				onCancel={() => {}}
			/>,
		),
	);
	assertFits(view.lastFrame() ?? '', 66, 8);
	view.unmount();
});

test('an error banner with a 2,000-character detail, or six long errors, is at most four lines of the width', () => {
	chalk.level = 0;
	const long = new ApiError({
		kind: 'http',
		status: 422,
		message: 'refused',
		errors: [{code: '10015', title: HOSTILE, detail: 'x'.repeat(2000)}],
	});
	const six = new ApiError({
		kind: 'http',
		status: 422,
		message: 'refused',
		errors: Array.from({length: 6}, (_, index) => ({code: String(index), title: HOSTILE, detail: `${'y'.repeat(200)} ${HOSTILE}`})),
	});
	for (const error of [long, six]) {
		const view = render(<ErrorBanner error={error} width={67} />);
		assertFits(view.lastFrame() ?? '', 67, 4);
		view.unmount();
	}
});

test("the edit form's Now: line is the record's value cleaned and cut to one row", () => {
	const record = {
		id: '1000000000000000001',
		connection_name: HOSTILE,
		tags: [HOSTILE.repeat(50), 'a'],
		webhook_event_url: HOSTILE,
	} as unknown as ExternalConnection;
	const state = initialWizardState(editMode(record));
	for (const step of fieldSteps(state.values, state.mode)) {
		const layout = layoutFieldStep(state, step.id, {width: 67, height: 13}, 1);
		for (const line of [
			layout.title,
			layout.fieldLine,
			layout.defaultLine ?? '',
			...layout.description,
			...layout.rule,
			...layout.errors,
		]) {
			assertFits(line, 67);
		}
	}
});

test("Ink's truncate-end cuts CJK text with a wide character straddling the edge to the width asked (cli-truncate gave one more)", () => {
	for (const width of [10, 11, 64, 65]) {
		const view = render(
			<Box width={width}>
				<Text wrap="truncate-end">{cleanText(`a${'東京'.repeat(60)}`)}</Text>
			</Box>,
		);
		assert.ok(wcswidth(view.lastFrame() ?? '') <= width, `${width}: ${view.lastFrame()}`);
		view.unmount();
	}
});
