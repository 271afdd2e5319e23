import {test} from 'node:test';
import assert from 'node:assert/strict';
import type {ExternalConnection} from '../source/api/types.js';
import {initialWizardState, type WizardState} from '../source/create/wizard-state.js';
import {UNKNOWN_OUTCOME} from '../source/create/submit-failure.js';
import {layoutReview, type ReviewLayout} from '../source/screens/create/review-lines.js';

const values = {
	...initialWizardState().values,
	outboundProfileId: '1911630617284445511',
	outboundChannelLimit: '10',
	tags: 'alpha, beta, 東京',
	webhookEventUrl: 'https://example.com/a/rather/long/path/for/webhooks',
	webhookTimeoutSecs: '25',
	inbound: true,
	inboundProfileId: '1293384261075731499',
};
const review: WizardState = {...initialWizardState(), step: 'review', values};

const connection = (id: string, tags: string[]): ExternalConnection => ({
	id,
	created_at: '2026-01-01T00:00:00Z',
	tags,
	outbound: {outbound_voice_profile_id: '1911630617284445511', channel_limit: 10},
	inbound: {channel_limit: null},
	webhook_event_url: 'https://example.com/a/rather/long/path/for/webhooks',
	webhook_timeout_secs: 25,
	active: true,
});

const rows = (layout: ReviewLayout) => {
	const json = (layout.jsonTitle ? 1 : 0) + layout.json.length;
	const body = layout.sideBySide ? Math.max(layout.values.length, json) : layout.values.length + json;
	const control = layout.menu ? layout.menu.length : layout.sending ? 1 : 0;
	return 2 + body + layout.status.length + layout.check.length + control;
};

function states(): WizardState[] {
	const error = {code: '10015', title: 'Bad Request', detail: 'The request body must be a JSON object. '.repeat(3)};
	return [
		review,
		{...review, attempts: 1, submit: {status: 'sending', attempt: 1, body: {external_sip_connection: 'zoom', outbound: {}}}},
		{
			...review,
			attempts: 1,
			submit: {status: 'failed', attempt: 1, failure: {kind: 'unknown-outcome', message: `Connection reset. ${UNKNOWN_OUTCOME}`}},
			check: {
				status: 'loaded',
				request: 1,
				connections: ['1', '2', '3', '4', '5'].map(id => connection(id, id === '3' ? ['alpha', 'beta', '東京'] : [])),
			},
		},
		{...review, attempts: 1, submit: {status: 'failed', attempt: 1, failure: {kind: 'rejected', errors: [error, error]}}},
		{
			...review,
			attempts: 1,
			submit: {status: 'failed', attempt: 1, failure: {kind: 'error', status: 503, errors: [error], message: '503'}},
		},
	];
}

test('the review fits below the terminal height from 8 rows up, in every state and width', () => {
	for (const state of states()) {
		for (const height of [8, 9, 10, 11, 12, 14, 16, 20, 24, 30, 40, 60]) {
			for (const width of [40, 80, 100, 160]) {
				const layout = layoutReview(state, {width, height}, 0);
				assert.ok(rows(layout) <= height - 1, `${state.submit.status} ${width}x${height}: ${rows(layout)} rows`);
			}
		}
	}
});

test('with room: every value, the whole pretty-printed body, and Submit / Edit a field / Cancel in order', () => {
	const layout = layoutReview(review, {width: 100, height: 60}, 0);
	assert.equal(layout.title, 'Create an external connection · Step 12 of 12 · Review');
	assert.equal(layout.values.length, 11);
	assert.match(layout.values[4]?.text ?? '', /^Tags +alpha, beta, 東京$/);
	assert.match(layout.values[10]?.text ?? '', /^Inbound channel limit +— \(left out\)$/);
	const body = {
		external_sip_connection: 'zoom',
		active: true,
		outbound: {outbound_voice_profile_id: '1911630617284445511', channel_limit: 10},
		inbound: {outbound_voice_profile_id: '1293384261075731499'},
		tags: ['alpha', 'beta', '東京'],
		webhook_event_url: 'https://example.com/a/rather/long/path/for/webhooks',
		webhook_timeout_secs: 25,
	};
	assert.deepEqual(layout.json, JSON.stringify(body, null, 2).split('\n'));
	assert.deepEqual(
		layout.menu?.map(item => item.label),
		['Submit', 'Edit a field', 'Cancel'],
	);
	assert.equal(layout.jsonMaxOffset, 0);
});

test('a short terminal clips the body with its position and scrolls it; values come first', () => {
	const top = layoutReview(review, {width: 100, height: 24}, 0);
	assert.equal(top.values.length, 11);
	assert.match(top.json.at(-1) ?? '', /^… lines 1–\d+ of \d+$/);
	const bottom = layoutReview(review, {width: 100, height: 24}, 1000);
	assert.equal(bottom.jsonOffset, bottom.jsonMaxOffset);
	assert.equal(bottom.json.at(-2), '}');
});

test('after an unknown outcome: the safe choice first, and matching connections are marked', () => {
	const layout = layoutReview(states()[2] as WizardState, {width: 120, height: 60}, 0);
	assert.deepEqual(
		layout.menu?.map(item => item.label),
		['Check the list first', 'Submit again', 'Edit a field', 'Cancel'],
	);
	assert.ok(layout.status.some(line => line.text.includes('The outcome is unknown')));
	assert.match(layout.check[0]?.text ?? '', /1 with the values above/);
	assert.match(layout.check.find(line => line.text.includes(' 3 · '))?.text ?? '', /^✔/);
	assert.match(layout.check.find(line => line.text.includes(' 1 · '))?.text ?? '', /^ {2}1/);
});

test('while sending there is no menu to press, only the indicator', () => {
	const layout = layoutReview(states()[1] as WizardState, {width: 100, height: 40}, 0);
	assert.equal(layout.menu, undefined);
	assert.match(layout.sending ?? '', /Sending…/);
});
