// Log messages against the sandbox over HTTP: all, one connection's, by number, a count, retrieve, and
// a dismissed message gone from every later read.
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {countLogMessages, dismissLogMessage, getLogMessage, listLogMessages} from '../source/resources/log-messages/api.js';
import {explainDismissGone} from '../source/resources/log-messages/explain.js';
import {rejection, withResourceSandbox} from './helpers/resource-sandbox.js';

const env = withResourceSandbox();

describe('log messages API', () => {
	it("lists the account's messages, a connection's, those without one, and by number", async () => {
		const all = await listLogMessages(env.client, {pageNumber: 1, pageSize: 250});
		assert.ok(all.meta.total_results! > 20);
		const mine = await listLogMessages(env.client, {pageNumber: 1, pageSize: 250, filters: {connectionId: env.big}});
		assert.ok(mine.data.length > 0 && mine.data.every(m => m.meta?.external_connection_id === env.big));
		const orphans = await listLogMessages(env.client, {pageNumber: 1, pageSize: 250, filters: {connectionId: 'null'}});
		assert.ok(orphans.data.length > 0 && orphans.data.every(m => m.meta?.external_connection_id === undefined));
		const number = mine.data.find(m => m.meta?.telephone_number)!.meta!.telephone_number!;
		const byNumber = await listLogMessages(env.client, {pageNumber: 1, pageSize: 250, filters: {telephoneNumberEq: number}});
		assert.ok(byNumber.data.length > 0 && byNumber.data.every(m => m.meta?.telephone_number === number));
		const byPart = await listLogMessages(env.client, {
			pageNumber: 1,
			pageSize: 250,
			filters: {telephoneNumberContains: number.slice(0, 8)},
		});
		assert.ok(byPart.data.every(m => m.meta?.telephone_number?.includes(number.slice(1, 8))));
		assert.ok(byPart.data.length >= byNumber.data.length);
	});

	it("counts a connection's messages with a one-row request", async () => {
		const mine = await listLogMessages(env.client, {pageNumber: 1, pageSize: 250, filters: {connectionId: env.big}});
		env.sandbox.clearRequests();
		assert.equal(await countLogMessages(env.client, env.big), mine.data.length);
		assert.equal(env.sandbox.requests[0]?.query['page[size]'], '1');
	});

	it('retrieves a message by its id; dismissed, it is gone: 404 by id, out of the list and the count', async () => {
		const mine = await listLogMessages(env.client, {pageNumber: 1, pageSize: 250, filters: {connectionId: env.big}});
		const message = mine.data[0]!;
		assert.deepEqual(await getLogMessage(env.client, message.id!), message);
		assert.deepEqual(await dismissLogMessage(env.client, message.id!), {success: true});
		assert.equal((await rejection(getLogMessage(env.client, message.id!))).status, 404);
		const gone = await rejection(dismissLogMessage(env.client, message.id!));
		assert.equal(gone.status, 404);
		assert.ok(explainDismissGone(gone));
		const after = await listLogMessages(env.client, {pageNumber: 1, pageSize: 250, filters: {connectionId: env.big}});
		assert.ok(!after.data.some(m => m.id === message.id));
		assert.equal(await countLogMessages(env.client, env.big), mine.data.length - 1);
	});

	it('refuses a partial number of one digit with 422', async () => {
		const refused = await rejection(listLogMessages(env.client, {pageNumber: 1, pageSize: 1, filters: {telephoneNumberContains: '1'}}));
		assert.equal(refused.status, 422);
	});
});
