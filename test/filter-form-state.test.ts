import assert from 'node:assert/strict';
import {test} from 'node:test';
import {CONNECTION_FILTERS} from '../source/resources/connection-filters.js';
import type {EnumFilter} from '../source/resources/filter-table.js';
import {UPLOAD_FILTERS} from '../source/resources/uploads/filters.js';
import {cycleChoice, initialFormState, moveFocus, moveOption, setValue, toggleOption} from '../source/screens/filter/filter-form-state.js';

const service = CONNECTION_FILTERS.fields[1] as EnumFilter;
const status = UPLOAD_FILTERS.fields[0] as EnumFilter;

test('focus wraps both ways and starts the option over', () => {
	const state = {...initialFormState({}), option: 3};
	assert.equal(moveFocus(state, UPLOAD_FILTERS.fields, -1).focus, UPLOAD_FILTERS.fields.length - 1);
	assert.deepEqual(moveFocus(state, UPLOAD_FILTERS.fields, 1), {...state, focus: 1, option: 0});
});

test('one choice cycles through any and the enum, both ways', () => {
	let state = initialFormState({externalSipConnection: ''});
	state = cycleChoice(state, service, 1);
	assert.equal(state.values.externalSipConnection, 'zoom');
	state = cycleChoice(state, service, 1);
	assert.equal(state.values.externalSipConnection, 'operator_connect');
	assert.equal(cycleChoice(state, service, 1).values.externalSipConnection, '');
	assert.equal(cycleChoice(initialFormState({}), service, -1).values.externalSipConnection, 'operator_connect');
});

test('several choices: ← → only move, Space picks and unpicks, picks stay in the spec order', () => {
	let state = initialFormState({statuses: []});
	state = moveOption(state, status, -1);
	assert.equal(status.options[state.option], 'error');
	assert.deepEqual(state.values.statuses, [], 'moving picks nothing');
	state = toggleOption(state, status);
	state = toggleOption(moveOption(moveOption(state, status, 1), status, 1), status);
	assert.deepEqual(state.values.statuses, ['pending', 'error']);
	state = toggleOption(moveOption(moveOption(state, status, -1), status, -1), status);
	assert.deepEqual(state.values.statuses, ['pending']);
});

test('a changed field drops its refusal and keeps the others', () => {
	const state = {...initialFormState({a: 'x', b: 'y'}), errors: {a: 'bad a', b: 'bad b'}};
	assert.deepEqual(setValue(state, 'a', 'z'), {...state, values: {a: 'z', b: 'y'}, errors: {b: 'bad b'}});
});
