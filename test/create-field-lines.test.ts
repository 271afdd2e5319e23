import {test} from 'node:test';
import assert from 'node:assert/strict';
import {fieldSteps} from '../source/create/steps.js';
import {initialWizardState, type WizardState} from '../source/create/wizard-state.js';
import {layoutFieldStep, type FieldStepLayout} from '../source/screens/create/field-lines.js';

const rows = (layout: FieldStepLayout) =>
	3 +
	layout.description.length +
	(layout.defaultLine === undefined ? 0 : 1) +
	layout.rule.length +
	(layout.spacer ? 1 : 0) +
	layout.controlRows +
	layout.notes.length +
	layout.errors.length;

// Every create step: with inbound chosen, none is left out.
const STEPS = fieldSteps({...initialWizardState().values, inbound: true});

const longError = 'Outbound voice profile 1000000000000000001 does not exist. '.repeat(4);

function states(): WizardState[] {
	const base = {...initialWizardState(), values: {...initialWizardState().values, inbound: true, tags: 'a, b, 東京'}};
	return [
		base,
		{...base, profiles: {status: 'failed', message: '503 Service unavailable'}, profileMode: 'type'},
		{...base, profiles: {status: 'loaded', profiles: [], more: true}},
		{
			...base,
			editing: {values: base.values, errors: {}},
			errors: Object.fromEntries(STEPS.map(step => [step.id, {message: longError, from: 'server'}])),
		},
	];
}

test('every step, in every state, fits below the terminal height from 6 rows and 30 columns up', () => {
	for (const state of states()) {
		for (const step of STEPS) {
			for (const height of [6, 7, 8, 9, 10, 12, 16, 24, 40]) {
				for (const width of [30, 80, 140]) {
					for (const controlNeeds of [1, 2, 7, 300]) {
						const layout = layoutFieldStep(state, step.id, {width, height}, controlNeeds);
						const where = `${step.id} ${width}x${height} control ${controlNeeds}`;
						assert.ok(rows(layout) <= height - 1, `${where}: ${rows(layout)} rows`);
						assert.ok(layout.controlRows >= 1 && layout.controlRows <= controlNeeds, where);
					}
				}
			}
		}
	}
});

test('with room, a step shows its label, API field, description, default and rule up front', () => {
	const layout = layoutFieldStep(initialWizardState(), 'webhook_timeout_secs', {width: 100, height: 30}, 1);
	assert.equal(layout.title, 'Create an external connection · Step 8 of 10+');
	assert.equal(layout.fieldLine, 'Webhook timeout (seconds) · webhook_timeout_secs · optional');
	assert.deepEqual(layout.description, ['Specifies how many seconds to wait before timing out a webhook.']);
	assert.equal(layout.defaultLine, 'Default: none (Telnyx decides)');
	assert.deepEqual(layout.rule, ['Rule: Optional: a whole number of seconds from 0 to 30.']);
	assert.deepEqual(layout.errors, []);
});

test('a server error is labelled as coming from Telnyx; the tags step previews the list to be sent', () => {
	const state: WizardState = {
		...initialWizardState(),
		values: {...initialWizardState().values, tags: ' x, y ,x'},
		errors: {tags: {message: 'tags[1] is reserved.', from: 'server'}},
	};
	const layout = layoutFieldStep(state, 'tags', {width: 100, height: 30}, 1);
	assert.deepEqual(layout.errors, ['✖ Telnyx: tags[1] is reserved.']);
	assert.deepEqual(layout.notes, [{text: 'Will send: ["x","y"]', color: 'cyan'}]);
});
