import {test} from 'node:test';
import assert from 'node:assert/strict';
import {didYouMean, editDistance} from '../source/config/did-you-mean.js';
import {parseCommand} from '../source/config/parse-flags.js';

test('edit distance counts insertions, deletions, substitutions and a swap of neighbours as one each', () => {
	assert.equal(editDistance('demo', 'demo'), 0);
	assert.equal(editDistance('dmeo', 'demo'), 1);
	assert.equal(editDistance('deo', 'demo'), 1);
	assert.equal(editDistance('demoo', 'demo'), 1);
	assert.equal(editDistance('dema', 'demo'), 1);
	assert.equal(editDistance('', 'abc'), 3);
	assert.equal(editDistance('kitten', 'sitting'), 3);
});

test('a suggestion only within two edits, the closest first', () => {
	assert.equal(didYouMean('--dmeo', ['--demo', '--help']), '--demo');
	assert.equal(didYouMean('--no-colour', ['--no-color']), '--no-color');
	assert.equal(didYouMean('--base-ulr', ['--base-url', '--api-key-file']), '--base-url');
	assert.equal(didYouMean('--verbose', ['--version', '--demo']), undefined);
	assert.equal(didYouMean('SANDBOX', ['sandbox']), 'sandbox');
});

test('unknown flags and commands say what was probably meant; `ec-tui help` is --help', () => {
	const message = (argv: string[]) => {
		const parsed = parseCommand(argv);
		assert.equal(parsed.command, 'invalid', argv.join(' '));
		return (parsed as {message: string}).message;
	};
	assert.equal(message(['--dmeo']), "Unknown option '--dmeo'. Did you mean --demo? Run ec-tui --help for the options.");
	assert.match(message(['--base-ulr=https://x']), /Did you mean --base-url\?/);
	assert.match(message(['sandbx']), /^Unknown command "sandbx"\. Did you mean sandbox\?/);
	assert.doesNotMatch(message(['--frobnicate']), /Did you mean/);
	const help = parseCommand(['help']);
	assert.equal(help.command === 'app' && help.flags.help, true);
});
