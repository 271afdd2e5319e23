import {test} from 'node:test';
import assert from 'node:assert/strict';
import React from 'react';
import {render} from 'ink-testing-library';
import {CrashBoundary} from '../source/components/crash-boundary.js';
import {waitUntil} from './helpers/wait-for.js';

function Broken(): React.JSX.Element {
	throw new Error('boom');
}

test('a render error reaches onCrash and leaves no stack trace on screen', async t => {
	t.mock.method(console, 'error', () => {});
	const crashes: Error[] = [];
	const {lastFrame} = render(
		<CrashBoundary onCrash={error => crashes.push(error)}>
			<Broken />
		</CrashBoundary>,
	);
	await waitUntil(() => crashes.length > 0, 'the crash was reported');
	assert.equal(crashes[0]!.message, 'boom');
	assert.ok(!(lastFrame() ?? '').includes(' at '), 'no stack in the frame');
});
