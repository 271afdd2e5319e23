import {test} from 'node:test';
import assert from 'node:assert/strict';
import type {OutboundVoiceProfile, TelnyxError} from '../source/api/types.js';
import {fieldForError} from '../source/fields/pointers.js';
import {fieldSteps, stepCountText, stepNumber, visibleSteps} from '../source/create/steps.js';
import {UNKNOWN_OUTCOME} from '../source/create/submit-failure.js';
import {initialWizardState, wizardReducer, type WizardEvent, type WizardState} from '../source/create/wizard-state.js';

const PROFILES: OutboundVoiceProfile[] = [
	{id: '1911630617284445511', name: 'Zoom Default'},
	{id: '1293384261075731499', name: 'office'},
];

const run = (state: WizardState, ...actions: WizardEvent[]) => actions.reduce(wizardReducer, state);
const loaded = () => run(initialWizardState(), {type: 'profiles-loaded', profiles: PROFILES, more: false});

/** The shortest walk to the review: zoom, a picked profile, every optional step left as it is. */
function toReview(state = loaded(), tags = ''): WizardState {
	return run(
		state,
		{type: 'choose', value: 'zoom'},
		{type: 'choose', value: '1911630617284445511'},
		{type: 'accept'},
		{type: 'choose', value: 'yes'},
		{type: 'input', text: tags},
		{type: 'accept'},
		{type: 'accept'},
		{type: 'accept'},
		{type: 'accept'},
		{type: 'choose', value: 'no'},
	);
}

const telnyx = (pointer: string | undefined, detail: string): TelnyxError => ({
	code: '10015',
	title: 'Bad Request',
	detail,
	...(pointer === undefined ? {} : {source: {pointer}}),
});

const rejected = (attempt: number, ...errors: TelnyxError[]): WizardEvent => ({
	type: 'submit-failed',
	attempt,
	error: {kind: 'http', status: 422, errors, message: '422 Bad Request'},
});

test("the steps are exactly the issue's, each with label, API field, description, default and optionality", () => {
	const STEPS = fieldSteps({...initialWizardState().values, inbound: true});
	assert.deepEqual(
		STEPS.map(step => step.id),
		[
			'external_sip_connection',
			'outbound.outbound_voice_profile_id',
			'outbound.channel_limit',
			'active',
			'tags',
			'webhook_event_url',
			'webhook_event_failover_url',
			'webhook_timeout_secs',
			'inbound',
			'inbound.outbound_voice_profile_id',
			'inbound.channel_limit',
		],
	);
	for (const step of STEPS) {
		assert.ok(step.label && step.field && step.description && step.defaultText && step.rule, step.id);
	}

	const optional = STEPS.filter(step => step.optional).map(step => step.id);
	assert.deepEqual(optional, [
		'outbound.channel_limit',
		'active',
		'tags',
		'webhook_event_url',
		'webhook_event_failover_url',
		'webhook_timeout_secs',
		'inbound',
		'inbound.channel_limit',
	]);
	assert.equal(STEPS.find(step => step.id === 'active')?.defaultText, 'yes');
	assert.match(STEPS[0]?.note ?? '', /Operator Connect connections are created by Telnyx/);
});

test('"Step n of N" counts the review and the inbound details only when inbound is chosen', () => {
	const state = initialWizardState();
	assert.deepEqual(stepNumber('external_sip_connection', state.values), {n: 1, of: 10});
	assert.deepEqual(stepNumber('inbound', state.values), {n: 9, of: 10});
	assert.deepEqual(stepNumber('review', state.values), {n: 10, of: 10});
	const inbound = {...state.values, inbound: true};
	assert.deepEqual(stepNumber('inbound.channel_limit', inbound), {n: 11, of: 12});
	assert.equal(visibleSteps(inbound).at(-1), 'review');
});

test('an invalid value shows the rule, stays on the step as typed, and advances once corrected', () => {
	let state = run(loaded(), {type: 'choose', value: 'zoom'}, {type: 'choose', value: '1911630617284445511'});
	assert.equal(state.step, 'outbound.channel_limit');
	state = run(state, {type: 'input', text: '1.5'}, {type: 'accept'});
	assert.equal(state.step, 'outbound.channel_limit');
	assert.equal(state.values.outboundChannelLimit, '1.5');
	assert.equal(state.errors['outbound.channel_limit']?.from, 'rule');
	assert.match(state.errors['outbound.channel_limit']?.message ?? '', /whole number from 1 to 2147483647/);
	state = run(state, {type: 'input', text: '15'}, {type: 'accept'});
	assert.equal(state.step, 'active');
	assert.equal(state.errors['outbound.channel_limit'], undefined);
	assert.equal(state.values.outboundChannelLimit, '15');
});

test('Esc goes back one step with every value kept, including a value not yet accepted', () => {
	let state = run(
		loaded(),
		{type: 'choose', value: 'zoom'},
		{type: 'choose', value: '1293384261075731499'},
		{type: 'input', text: '7'},
		{type: 'accept'},
		{type: 'choose', value: 'no'},
		{type: 'input', text: 'a, q'},
	);
	assert.equal(state.step, 'tags');
	state = run(state, {type: 'back'}, {type: 'back'}, {type: 'back'});
	assert.equal(state.step, 'outbound.outbound_voice_profile_id');
	assert.equal(state.profileMode, 'pick', 'a listed profile is shown picked in the list');
	assert.deepEqual(
		[state.values.outboundProfileId, state.values.outboundChannelLimit, state.values.active, state.values.tags],
		['1293384261075731499', '7', false, 'a, q'],
	);
	state = run(state, {type: 'choose', value: '1293384261075731499'}, {type: 'accept'}, {type: 'choose', value: 'no'});
	assert.equal(state.step, 'tags');
	assert.equal(state.values.tags, 'a, q');
});

test('Esc on the first step leaves at once when nothing was entered, and asks first otherwise', () => {
	assert.equal(run(loaded(), {type: 'back'}).closed, true);

	let state = run(loaded(), {type: 'choose', value: 'zoom'}, {type: 'type-id'}, {type: 'input', text: '12'});
	state = run(state, {type: 'back'}, {type: 'back'});
	assert.equal(state.step, 'external_sip_connection');
	state = run(state, {type: 'back'});
	assert.equal(state.confirmDiscard, true);
	assert.equal(state.closed, false);
	// Esc or "No" keeps everything; other events wait for the answer.
	assert.equal(run(state, {type: 'choose', value: 'zoom'}), state);
	const kept = run(state, {type: 'back'});
	assert.equal(kept.confirmDiscard, false);
	assert.equal(kept.values.outboundProfileId, '12');
	assert.equal(run(state, {type: 'confirm-discard', discard: false}).closed, false);
	assert.equal(run(state, {type: 'confirm-discard', discard: true}).closed, true);
});

test('review: Edit a field jumps to it and comes straight back; Esc while editing undoes the edit', () => {
	const review = toReview(loaded(), 'x');
	assert.equal(review.step, 'review');
	let state = run(review, {type: 'edit-menu'});
	assert.equal(state.reviewMode, 'fields');
	state = run(state, {type: 'jump', step: 'tags'});
	assert.equal(state.step, 'tags');
	assert.equal(state.values.tags, 'x');
	const edited = run(state, {type: 'input', text: 'x, y'}, {type: 'accept'});
	assert.equal(edited.step, 'review');
	assert.equal(edited.values.tags, 'x, y');
	assert.equal(edited.editing, undefined);

	const undone = run(state, {type: 'input', text: 'not kept'}, {type: 'back'});
	assert.equal(undone.step, 'review');
	assert.equal(undone.values.tags, 'x');
	assert.deepEqual(undone.values, review.values);
});

test('editing "inbound" to yes asks for the now required profile, then returns to the review', () => {
	let state = run(toReview(), {type: 'edit-menu'}, {type: 'jump', step: 'inbound'}, {type: 'choose', value: 'yes'});
	assert.equal(state.step, 'inbound.outbound_voice_profile_id');
	state = run(state, {type: 'choose', value: '1293384261075731499'});
	assert.equal(state.step, 'review');
	assert.deepEqual(stepNumber('review', state.values), {n: 12, of: 12});
});

test('Esc on the review goes back to the last question; from the Edit list, back to the menu', () => {
	const review = toReview();
	assert.equal(run(review, {type: 'back'}).step, 'inbound');
	const fields = run(review, {type: 'edit-menu'});
	const menu = run(fields, {type: 'back'});
	assert.equal(menu.step, 'review');
	assert.equal(menu.reviewMode, 'menu');
});

test('submit builds the body once; a second submit while sending is a no-op, as is every other key', () => {
	const sending = run(toReview(loaded(), 'a,a, b'), {type: 'submit'});
	assert.equal(sending.submit.status, 'sending');
	assert.ok(sending.submit.status === 'sending');
	assert.deepEqual(sending.submit.body, {
		external_sip_connection: 'zoom',
		active: true,
		outbound: {outbound_voice_profile_id: '1911630617284445511'},
		tags: ['a', 'b'],
	});
	assert.equal(sending.submit.attempt, 1);
	for (const event of [{type: 'submit'}, {type: 'back'}, {type: 'cancel'}, {type: 'edit-menu'}, {type: 'accept'}] as WizardEvent[]) {
		assert.equal(run(sending, event), sending, event.type);
	}

	const created = run(sending, {type: 'submitted', attempt: 1});
	assert.equal(created.submit.status, 'created');
	assert.equal(run(created, {type: 'submit'}), created);
	// A late answer for another attempt changes nothing.
	assert.equal(run(sending, {type: 'submitted', attempt: 2}), sending);
});

test('422: errors map by source.pointer to their steps; the wizard lands on the first with the detail', () => {
	const sending = run(toReview(), {type: 'submit'});
	let state = run(
		sending,
		rejected(
			1,
			telnyx('/webhook_timeout_secs', 'webhook_timeout_secs must be an integer between 0 and 30.'),
			telnyx('/outbound/outbound_voice_profile_id', 'Outbound voice profile 1911630617284445511 does not exist.'),
		),
	);
	assert.equal(state.submit.status, 'failed');
	assert.equal(state.step, 'outbound.outbound_voice_profile_id');
	assert.deepEqual(state.errors['outbound.outbound_voice_profile_id'], {
		message: 'Outbound voice profile 1911630617284445511 does not exist.',
		from: 'server',
	});
	assert.equal(state.errors.webhook_timeout_secs?.from, 'server');
	assert.equal(state.values.outboundProfileId, '1911630617284445511', 'values are kept');

	// Fixing one goes to the next flagged field, then straight back to the review.
	state = run(state, {type: 'choose', value: '1293384261075731499'});
	assert.equal(state.step, 'webhook_timeout_secs');
	state = run(state, {type: 'accept'});
	assert.equal(state.step, 'review');
	assert.deepEqual(state.errors, {});
	assert.equal(run(state, {type: 'submit'}).submit.status, 'sending');
});

test('pointer mapping: nested, indexed and unknown pointers', () => {
	const rows: Array<[string | undefined, string | undefined]> = [
		['/external_sip_connection', 'external_sip_connection'],
		['/outbound', 'outbound.outbound_voice_profile_id'],
		['/outbound/outbound_voice_profile_id', 'outbound.outbound_voice_profile_id'],
		['/outbound/channel_limit', 'outbound.channel_limit'],
		['/active', 'active'],
		['/tags', 'tags'],
		['/tags/2', 'tags'],
		['/webhook_event_url', 'webhook_event_url'],
		['/webhook_event_failover_url', 'webhook_event_failover_url'],
		['/webhook_timeout_secs', 'webhook_timeout_secs'],
		['/inbound', 'inbound'],
		['/inbound/outbound_voice_profile_id', 'inbound.outbound_voice_profile_id'],
		['/inbound/channel_limit', 'inbound.channel_limit'],
		['/inbound/other', 'inbound'],
		['webhook_timeout_secs', 'webhook_timeout_secs'],
		['/', undefined],
		['', undefined],
		['/connection_name', undefined],
		[undefined, undefined],
	];
	for (const [pointer, step] of rows) assert.equal(fieldForError(telnyx(pointer, 'x'), 'create')?.id, step, String(pointer));
	assert.equal(
		fieldForError({code: '1', title: 't', source: {parameter: 'outbound.channel_limit'}}, 'create')?.id,
		'outbound.channel_limit',
	);
});

test('422 on a tag lands on tags; inbound errors land on the inbound steps', () => {
	const withInbound = run(
		toReview(loaded(), 'a, b, c'),
		{type: 'edit-menu'},
		{type: 'jump', step: 'inbound'},
		{type: 'choose', value: 'yes'},
		{type: 'choose', value: '1293384261075731499'},
		{type: 'submit'},
	);
	const tags = run(withInbound, rejected(1, telnyx('/tags/2', 'tags[2] is reserved.')));
	assert.equal(tags.step, 'tags');
	assert.equal(tags.errors.tags?.message, 'tags[2] is reserved.');
	const inbound = run(withInbound, rejected(1, telnyx('/inbound/channel_limit', 'Too many channels.')));
	assert.equal(inbound.step, 'inbound.channel_limit');
});

test('422 with a pointer the wizard does not know stays on the review with the error', () => {
	const state = run(toReview(), {type: 'submit'}, rejected(1, telnyx('/', 'The request body must be a JSON object.')));
	assert.equal(state.step, 'review');
	assert.equal(state.submit.status, 'failed');
	assert.ok(state.submit.status === 'failed' && state.submit.failure.kind === 'rejected');
	assert.deepEqual(state.errors, {});
});

test('timeout or network error: the outcome is unknown, values are kept, and submitting again is possible', () => {
	const review = toReview(loaded(), 'keep me');
	for (const kind of ['timeout', 'network'] as const) {
		const failed = run(
			review,
			{type: 'submit'},
			{type: 'submit-failed', attempt: 1, error: {kind, errors: [], message: 'The request timed out.'}},
		);
		assert.equal(failed.step, 'review');
		assert.deepEqual(failed.values, review.values);
		assert.ok(failed.submit.status === 'failed' && failed.submit.failure.kind === 'unknown-outcome');
		assert.equal(failed.submit.failure.message, `The request timed out. ${UNKNOWN_OUTCOME}`);
		const again = run(failed, {type: 'submit'});
		assert.ok(again.submit.status === 'sending');
		assert.equal(again.submit.attempt, 2);
	}
});

test('a 5xx or an unfollowed redirect to a create is an unknown outcome, not a definite no', () => {
	const review = toReview();
	const answers = [
		{kind: 'http', status: 502, message: '502 Bad Gateway'},
		{kind: 'http', status: 500, message: '500 Internal Server Error'},
		{kind: 'redirect', status: 307, message: 'api.example answered 307'},
	] as const;
	for (const answer of answers) {
		const failed = run(review, {type: 'submit'}, {type: 'submit-failed', attempt: 1, error: {...answer, errors: []}});
		assert.ok(failed.submit.status === 'failed' && failed.submit.failure.kind === 'unknown-outcome', answer.message);
		assert.equal(failed.submit.failure.message, `${answer.message}. ${UNKNOWN_OUTCOME}`);
	}
});

test('other errors (401, 403, any 4xx) keep the values and the Telnyx errors for display', () => {
	const review = toReview();
	const error = {code: '10009', title: 'Authentication failed', detail: 'Could not understand the provided credentials.'};
	const failed = run(
		review,
		{type: 'submit'},
		{type: 'submit-failed', attempt: 1, error: {kind: 'http', status: 401, errors: [error], message: '401 Authentication failed'}},
	);
	assert.equal(failed.step, 'review');
	assert.deepEqual(failed.submit, {
		status: 'failed',
		attempt: 1,
		failure: {kind: 'error', status: 401, errors: [error], message: '401 Authentication failed'},
	});
	assert.deepEqual(failed.values, review.values);
});

test('profiles: typing an id instead, back to the list with Esc; a failed load falls back to typing', () => {
	let state = run(loaded(), {type: 'choose', value: 'zoom'});
	assert.equal(state.profileMode, 'pick');
	state = run(state, {type: 'type-id'}, {type: 'input', text: '123'});
	assert.equal(state.profileMode, 'type');
	assert.equal(state.values.outboundProfileId, '123');
	state = run(state, {type: 'back'});
	assert.equal(state.step, 'outbound.outbound_voice_profile_id');
	assert.equal(state.profileMode, 'pick');

	// The rule a typed id broke goes with the text field: the list shows no error of it.
	const refused = run(state, {type: 'type-id'}, {type: 'input', text: '12ab'}, {type: 'accept'});
	assert.equal(refused.errors['outbound.outbound_voice_profile_id']?.from, 'rule');
	const picking = run(refused, {type: 'back'});
	assert.equal(picking.profileMode, 'pick');
	assert.deepEqual(picking.errors, {});
	assert.equal(picking.values.outboundProfileId, '12ab', 'the text is kept for the next time the field is typed in');

	const failed = run(initialWizardState(), {type: 'choose', value: 'zoom'}, {type: 'profiles-failed', message: '503 Service unavailable'});
	assert.equal(failed.profileMode, 'type');
	assert.equal(run(failed, {type: 'back'}).step, 'external_sip_connection');
});

test('check the list: one request at a time, and only its own answer counts', () => {
	const review = toReview();
	const loading = run(review, {type: 'check-list'});
	assert.deepEqual(loading.check, {status: 'loading', request: 1});
	assert.equal(run(loading, {type: 'check-list'}), loading);
	assert.equal(run(loading, {type: 'check-loaded', request: 7, connections: []}), loading);
	const done = run(loading, {type: 'check-loaded', request: 1, connections: [{id: '1'}]});
	assert.deepEqual(done.check, {status: 'loaded', request: 1, connections: [{id: '1'}]});
	assert.deepEqual(run(done, {type: 'check-list'}).check, {status: 'loading', request: 2});
});

test('the step count never jumps: "of 10+" until the inbound question is behind, exact after it', () => {
	for (const inbound of [false, true]) {
		const values = {...initialWizardState().values, inbound};
		const texts = visibleSteps(values).map(step => stepCountText(step, values));
		const total = visibleSteps(values).length;
		assert.deepEqual(
			texts.slice(0, 9),
			[1, 2, 3, 4, 5, 6, 7, 8, 9].map(n => `Step ${n} of 10+`),
			`inbound ${inbound}`,
		);
		assert.deepEqual(
			texts.slice(9),
			Array.from({length: total - 9}, (_, i) => `Step ${10 + i} of ${total}`),
		);
		// What a '+' promised holds: the final count is at least the one shown.
		for (const text of texts) assert.ok(Number(/of (\d+)/.exec(text)![1]) <= total);
	}
});

test('an error that was fixed disappears as the value is typed; one still broken stays', () => {
	let state = run(loaded(), {type: 'choose', value: 'zoom'}, {type: 'choose', value: '1911630617284445511'});
	state = run(state, {type: 'input', text: '1.5'}, {type: 'accept'});
	assert.equal(state.errors['outbound.channel_limit']?.from, 'rule');
	state = run(state, {type: 'input', text: '0'});
	assert.equal(state.errors['outbound.channel_limit']?.from, 'rule', 'still broken: the error stays');
	state = run(state, {type: 'input', text: '15'});
	assert.equal(state.errors['outbound.channel_limit'], undefined, 'fixed: gone before Enter');
	assert.equal(state.step, 'outbound.channel_limit');
});

test("Telnyx's complaint about a value goes once the value is changed", () => {
	const sending = run(toReview(), {type: 'submit'});
	let state = run(sending, rejected(1, telnyx('/webhook_timeout_secs', 'webhook_timeout_secs must be an integer between 0 and 30.')));
	assert.equal(state.step, 'webhook_timeout_secs');
	assert.equal(state.errors.webhook_timeout_secs?.from, 'server');
	state = run(state, {type: 'input', text: '12'});
	assert.equal(state.errors.webhook_timeout_secs, undefined);
});

test('a disabled profile is used only once confirmed; No or Esc goes back to the picker', () => {
	const disabled = {id: '1400000000000000001', name: 'Old trunk', enabled: false};
	const start = run(
		initialWizardState(),
		{type: 'profiles-loaded', profiles: [...PROFILES, disabled], more: false},
		{type: 'choose', value: 'zoom'},
	);
	const asked = run(start, {type: 'choose', value: disabled.id});
	assert.deepEqual(asked.confirmDisabled, {step: 'outbound.outbound_voice_profile_id', id: disabled.id});
	assert.equal(asked.values.outboundProfileId, '', 'nothing chosen yet');
	assert.equal(run(asked, {type: 'choose', value: PROFILES[0]!.id}), asked, 'the picker is deaf while asking');
	for (const answer of [{type: 'confirm-disabled', use: false} as const, {type: 'back'} as const]) {
		const declined = run(asked, answer);
		assert.equal(declined.confirmDisabled, undefined);
		assert.equal(declined.step, 'outbound.outbound_voice_profile_id');
		assert.equal(declined.values.outboundProfileId, '');
	}
	const used = run(asked, {type: 'confirm-disabled', use: true});
	assert.equal(used.values.outboundProfileId, disabled.id);
	assert.equal(used.step, 'outbound.channel_limit');
	// An enabled profile needs no question.
	assert.equal(run(start, {type: 'choose', value: PROFILES[1]!.id}).step, 'outbound.channel_limit');
});

test('editing from the review, the inbound answer is known: the count is exact', () => {
	assert.equal(stepCountText('tags', initialWizardState().values, {inboundAnswered: true}), 'Step 5 of 10');
	assert.equal(stepCountText('tags', {...initialWizardState().values, inbound: true}, {inboundAnswered: true}), 'Step 5 of 12');
});
