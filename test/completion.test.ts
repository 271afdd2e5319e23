// `ec-tui completion`: the bash script loaded into a real bash and asked, as bash asks it, what completes a line;
// every word it offers is one the parser takes (so the two cannot drift); zsh and fish, which this machine may not
// have, are checked for the same words in their own syntax, and run when the shell is there.
import assert from 'node:assert/strict';
import {execFileSync, spawnSync} from 'node:child_process';
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {PassThrough} from 'node:stream';
import {describe, it} from 'node:test';
import {readCommand} from '../source/commands/command-line.js';
import {completionModel} from '../source/commands/completion-model.js';
import {completionScript} from '../source/commands/completion-scripts.js';
import {runCompletion} from '../source/commands/completion.js';
import {parseCommand} from '../source/config/parse-flags.js';

const model = completionModel();
const folder = mkdtempSync(join(tmpdir(), 'ec-tui-completion-'));
const bashScript = join(folder, 'ec-tui.bash');
writeFileSync(bashScript, completionScript('bash', model));

/** What bash offers for `line` with the cursor at its end, each word on a line. */
function bashOffers(...lines: string[]): string[][] {
	const asks = lines.map(
		line => `COMP_LINE=${JSON.stringify(line)}; COMP_POINT=\${#COMP_LINE}; COMPREPLY=(); _ec_tui; echo "\${COMPREPLY[*]}"`,
	);
	const output = execFileSync('bash', ['-c', `source ${JSON.stringify(bashScript)}\n${asks.join('\n')}`], {encoding: 'utf8'});
	return output
		.trimEnd()
		.split('\n')
		.map(line => line.split(' ').filter(Boolean));
}

const hasShell = (shell: string) => spawnSync(shell, ['-c', 'exit 0']).status === 0;

describe('shell completion', () => {
	it('bash completes commands, verbs, flags, filter names and values, and formats', () => {
		const offers = bashOffers(
			'ec-tui conn',
			'ec-tui connections ',
			'ec-tui connections list --fil',
			'ec-tui connections list --filter ser',
			'ec-tui connections list --filter service=',
			'ec-tui --demo connections list --limit 5 --format j',
			'ec-tui connections create --set outbound.c',
			'ec-tui uploads create 1 --usage f',
			'ec-tui logs dismiss 1 --y',
			'ec-tui completion ',
		);
		assert.deepEqual(offers, [
			['connections'],
			['list', 'get', 'create', 'update', 'delete'],
			['--filter'],
			['service=', 'service=zoom', 'service=operator_connect'],
			['zoom', 'operator_connect'],
			['json', 'jsonl'],
			['outbound.channel_limit='],
			['first_party_app_assignment'],
			['--yes'],
			['bash', 'zsh', 'fish'],
		]);
	});

	it('every word bash offers is one the parser takes: commands, verbs, flags and filters', () => {
		const [commands] = bashOffers('ec-tui ');
		for (const command of commands!.filter(word => !word.startsWith('-'))) {
			const parsed = parseCommand(command === 'help' ? [command] : [command, '--help']);
			assert.notEqual(parsed.command, 'invalid', command);
		}
		for (const noun of model.nouns.filter(candidate => candidate.name !== 'completion')) {
			const [verbs] = bashOffers(`ec-tui ${noun.name} `);
			assert.ok(verbs!.length > 0);
			for (const verb of verbs!) {
				assert.equal(readCommand([noun.name, verb, '--help']).kind, 'help', `${noun.name} ${verb}`);
				const [flags] = bashOffers(`ec-tui ${noun.name} ${verb} -`);
				for (const flag of flags!) {
					const command = readCommand([noun.name, verb, flag, ...(flag.startsWith('--') && ['--help', '-h'].includes(flag) ? [] : ['x'])]);
					assert.ok(
						command.kind !== 'usage' || !/Unknown option/.test(command.message),
						`${noun.name} ${verb} ${flag}: ${command.kind === 'usage' ? command.message : ''}`,
					);
				}
			}
			const [filters] = bashOffers(`ec-tui ${noun.name} list --filter `);
			for (const filter of filters!.filter(word => !/[=~]$/.test(word))) {
				const command = readCommand([
					noun.name,
					'list',
					...(noun.name === 'logs' || noun.name === 'connections' || noun.name === 'profiles' ? [] : ['1']),
					'--filter',
					filter,
				]);
				assert.notEqual(command.kind, 'usage', `${noun.name} --filter ${filter}: ${command.kind === 'usage' ? command.message : ''}`);
			}
		}
	});

	it("fish declares each verb's flags, with the values they take; zsh shares bash's words", () => {
		const fish = completionScript('fish', model);
		const zsh = completionScript('zsh', model);
		for (const noun of model.nouns) {
			for (const verb of noun.verbs) {
				for (const flag of verb.flags) {
					assert.match(
						fish,
						new RegExp(`__fish_seen_subcommand_from ${verb.name}' -l ${flag.name}\\b`),
						`${noun.name} ${verb.name} --${flag.name}`,
					);
				}
			}
		}
		assert.match(fish, /-l filter -x -a 'name~ service= service=zoom service=operator_connect /);
		assert.match(zsh, /^#compdef ec-tui\n/);
		assert.match(zsh, /'connections list --filter'\) candidates='name~ service= service=zoom/);
		if (hasShell('zsh')) execFileSync('zsh', ['-n', '-c', zsh]);
		if (hasShell('fish')) execFileSync('fish', ['--no-execute', '-c', fish]);
	});

	it('ec-tui completion takes one shell: another is a usage error with the nearest', () => {
		const out = {stdout: new PassThrough(), stderr: new PassThrough()};
		let errors = '';
		out.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString('utf8')));
		assert.equal(runCompletion(['bsh'], out), 2);
		assert.equal(runCompletion([], out), 2);
		assert.equal(runCompletion(['--help'], out), 0);
		assert.match(errors, /no shell "bsh"\. Did you mean bash\? Shells: bash, zsh, fish\./);
		assert.deepEqual(parseCommand(['completion', 'fish']), {command: 'completion', argv: ['fish']});
	});
});
