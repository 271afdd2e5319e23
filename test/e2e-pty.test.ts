// The built binary in a real pseudo-terminal against a standalone sandbox process: what a person does, read off
// the screen a terminal would show. Needs dist/cli.js: `npm test` builds it first.
import {after, before, test} from 'node:test';
import assert from 'node:assert/strict';
import {spawn, type ChildProcess} from 'node:child_process';
import {existsSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {KEYS} from './helpers/keys.js';
import {PtySession, terminalEnv} from './helpers/pty-session.js';
import {HANG_MS} from './helpers/wait-for.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const SIZE = {columns: 100, rows: 30};
const SEEDED = 300;

let sandboxProcess: ChildProcess | undefined;
let sandbox: {url: string; apiKey: string};

before(async () => {
	assert.ok(existsSync(cli), 'dist/cli.js is missing: run `npm run build` (npm test does)');
	sandboxProcess = spawn(process.execPath, [cli, 'sandbox', '--port', '0', '--count', String(SEEDED)], {
		cwd: root,
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	sandbox = await announced(sandboxProcess);
});

after(async () => {
	await PtySession.killAll();
	if (sandboxProcess && sandboxProcess.exitCode === null) {
		const exited = new Promise(resolve => sandboxProcess!.once('exit', resolve));
		sandboxProcess.kill('SIGTERM');
		await exited;
	}
});

/** The URL and key the sandbox prints when it is ready. */
function announced(child: ChildProcess): Promise<{url: string; apiKey: string}> {
	return new Promise((resolve, reject) => {
		let output = '';
		const timer = setTimeout(() => reject(new Error(`the sandbox did not announce itself in ${HANG_MS} ms:\n${output}`)), HANG_MS);
		child.stdout!.on('data', chunk => {
			output += String(chunk);
			const url = /^Sandbox listening on (\S+)$/m.exec(output)?.[1];
			const apiKey = /^API key: (\S+)$/m.exec(output)?.[1];
			if (url && apiKey) {
				clearTimeout(timer);
				resolve({url, apiKey});
			}
		});
		child.once('exit', code => {
			clearTimeout(timer);
			reject(new Error(`the sandbox exited with ${code}:\n${output}`));
		});
	});
}

function startApp(): PtySession {
	const env = terminalEnv({TELNYX_BASE_URL: sandbox.url, TELNYX_API_KEY: sandbox.apiKey});
	// The binary itself, as a shell runs it: through its shebang and the Node flags it carries.
	return new PtySession(cli, [], {...SIZE, env, cwd: root});
}

const lineOf = (screen: string, start: string) => screen.split('\n').find(line => line.startsWith(start)) ?? '';
const selectedRow = (screen: string) => lineOf(screen, '› ');
const idIn = (line: string) => /\b(\d{19})\b/.exec(line)?.[1];
const firstLine = (screen: string) => screen.split('\n', 1)[0] ?? '';
// The detail and the wizard start below the app's header line.
const titleLine = (screen: string) => screen.split('\n', 2)[1] ?? '';

/** The main screen is back, as the shell left it: nothing of the app's last frame stays on it. */
function assertShellGivenBack(app: PtySession): void {
	assert.ok(!app.terminal.alternateScreen, 'the alternate screen was left');
	const left = app.screen();
	assert.doesNotMatch(left, /External connection|row \d+ of|Create an external connection/, `the last frame stayed:\n${left}`);
}

/** The picker starts on no profile ('Type an id…', as 'Default: none' says): ↓ to the first enabled one. */
async function pickEnabledProfile(app: PtySession): Promise<string> {
	let screen = await app.waitFor(s => /^❯ Type an id…/m.test(s) && /\d{19}/.test(s), 'the outbound voice profiles');
	for (let moves = 0; !/^❯ (?!Type an id|⊘ disabled).*\d{19}/m.test(screen); moves++) {
		assert.ok(moves < 8, `no enabled profile:\n${screen}`);
		const before = lineOf(screen, '❯ ');
		await app.press(KEYS.down);
		screen = await app.waitFor(s => lineOf(s, '❯ ') !== before, 'the next profile');
	}
	return screen;
}

/** Enter on each wizard step, answering what the screen asks, until the review; returns the profile chosen. */
async function walkTheWizard(app: PtySession): Promise<string> {
	let profile: string | undefined;
	let screen = await app.waitFor(/Create an external connection · Step 1 of \d+/, 'the first wizard step');
	for (let steps = 0; !/· Review/.test(titleLine(screen)); steps++) {
		assert.ok(steps < 20, `the wizard never reached its review:\n${screen}`);
		const step = /Step (\d+) of/.exec(titleLine(screen))?.[1];
		const question = screen.split('\n')[2] ?? '';
		if (question.startsWith('Service · external_sip_connection')) {
			assert.match(screen, /❯ zoom/);
		} else if (question.startsWith('Outbound voice profile · outbound.outbound_voice_profile_id')) {
			screen = await pickEnabledProfile(app);
			profile = idIn(lineOf(screen, '❯ '));
		} else {
			assert.match(question, / · optional$/, `a required step this walk does not know:\n${screen}`);
		}
		await app.press(KEYS.enter);
		screen = await app.waitFor(s => !titleLine(s).includes(`Step ${step} of`), `the step after step ${step}`);
	}
	assert.ok(profile, 'an outbound voice profile was picked');
	assert.ok(screen.includes(profile), `the review shows the profile:\n${screen}`);
	return profile;
}

test('start, scroll, detail, back, filter, clear, create through the wizard, see it listed, q exits 0', async () => {
	const app = startApp();
	let screen = await app.waitFor(`row 1 of ${SEEDED}`, 'the first rows');
	assert.ok(idIn(selectedRow(screen)), `the first row is selected:\n${screen}`);
	assert.ok(app.terminal.alternateScreen, 'the app draws on the alternate screen');

	for (const row of [2, 3, 4]) {
		await app.press(KEYS.down);
		screen = await app.waitFor(`row ${row} of ${SEEDED}`, `row ${row}`);
	}
	const fourth = idIn(selectedRow(screen));
	assert.ok(fourth, `the fourth row is selected:\n${screen}`);

	await app.press(KEYS.enter);
	await app.waitFor(s => titleLine(s).startsWith(`External connection ${fourth}`) && s.includes('Identity'), 'the detail of row 4');

	await app.press(KEYS.escape);
	screen = await app.waitFor(`row 4 of ${SEEDED}`, 'the list again');
	assert.equal(idIn(selectedRow(screen)), fourth, 'the cursor is where it was');

	await app.press('/');
	await app.waitFor('Filter external connections', 'the filter form');
	await app.press(KEYS.tab);
	await app.waitFor('› Service', 'the service field');
	await app.press(KEYS.right);
	await app.waitFor('‹ zoom ›', 'zoom chosen');
	await app.press(KEYS.enter);
	screen = await app.waitFor(s => firstLine(s).includes('service=zoom') && /row 1 of \d+/.test(firstLine(s)), 'the zoom rows');
	const zoomRows = Number(/row 1 of (\d+)/.exec(firstLine(screen))![1]);
	assert.ok(zoomRows > 0 && zoomRows < SEEDED, `${zoomRows} zoom rows`);
	assert.ok(!screen.includes('operator_connect'), 'only zoom rows are listed');

	await app.press('x');
	screen = await app.waitFor(s => firstLine(s).includes(`row 1 of ${SEEDED}`) && !s.includes('service=zoom'), 'the filters cleared');
	const firstBefore = idIn(selectedRow(screen));

	await app.press('c');
	const profile = await walkTheWizard(app);
	await app.waitFor('❯ Submit', 'the review menu on Submit');
	await app.press(KEYS.enter);
	screen = await app.waitFor(
		s => /^External connection \d{19}/.test(titleLine(s)) && s.includes('Identity'),
		"the new connection's detail",
	);
	const created = idIn(titleLine(screen))!;
	assert.match(screen, /external_sip_connection\s+zoom/);
	assert.match(screen, new RegExp(`outbound_voice_profile_id\\s+${profile}`));

	await app.press(KEYS.escape);
	// The sandbox lists created connections first: the rows shift one down, and the cursor with its connection.
	screen = await app.waitFor(s => firstLine(s).includes(`row 2 of ${SEEDED + 1}`) && s.includes(created), 'the new connection in the list');
	assert.equal(idIn(selectedRow(screen)), firstBefore, `the cursor stayed on the connection it was on:\n${screen}`);
	assert.ok(
		screen.split('\n').some(line => line.startsWith('  ') && line.includes(created)),
		'the new one is listed above it',
	);

	// Ink erases the whole screen only for a frame as tall as the terminal: every frame here was shorter.
	assert.equal(app.terminal.screenClears, 0, 'the screen was never cleared');
	await app.press('q');
	assert.equal(await app.exitCode(), 0);
	assert.ok(app.terminal.cursorVisible, 'the cursor is shown again after quitting');
	assertShellGivenBack(app);
});

test("keys typed with the start screen's choice reach the app, an Esc last in the write too", async () => {
	const env = terminalEnv({XDG_CONFIG_HOME: '/nonexistent/ec-tui', EC_TUI_NO_NAMES: '1'});
	const app = new PtySession(cli, [], {...SIZE, env, cwd: root});
	await app.waitFor('Open the demo', 'the start screen');
	// The demo, the second row, its detail, and back: the Esc still waits for the rest of a sequence as the app takes over.
	await app.press(KEYS.down + KEYS.enter + 'j' + KEYS.enter + KEYS.escape);
	await app.waitFor('row 2 of 300', 'the demo list on its second row');
	await app.press('j');
	const screen = await app.waitFor('row 3 of 300', 'back on the list, the next key moving down it');
	assert.match(firstLine(screen), /DEMO/);
	await app.kill();
});

test('Ctrl+C leaves with status 130, from the list and from a text field of the wizard', async () => {
	const fromList = startApp();
	await fromList.waitFor(`row 1 of`, 'the first rows');
	await fromList.press(KEYS.ctrlC);
	assert.equal(await fromList.exitCode(), 130);
	assert.ok(fromList.terminal.cursorVisible, 'the cursor is shown again');
	assertShellGivenBack(fromList);

	const fromWizard = startApp();
	await fromWizard.waitFor(`row 1 of`, 'the first rows');
	await fromWizard.press('c');
	await fromWizard.waitFor('Create an external connection · Step 1 of', 'the wizard');
	await fromWizard.press(KEYS.enter);
	await pickEnabledProfile(fromWizard);
	await fromWizard.press(KEYS.enter);
	await fromWizard.waitFor('Outbound channel limit', 'a text field');
	await fromWizard.press(KEYS.ctrlC);
	assert.equal(await fromWizard.exitCode(), 130);
	assertShellGivenBack(fromWizard);
});

test('stdin that is not a terminal: status 2 and one sentence naming the need, no stack', {timeout: HANG_MS}, async () => {
	const child = spawn(process.execPath, [cli], {
		cwd: root,
		stdio: ['pipe', 'pipe', 'pipe'],
		env: terminalEnv({TELNYX_BASE_URL: sandbox.url, TELNYX_API_KEY: sandbox.apiKey}),
	});
	let stdout = '';
	let stderr = '';
	child.stdout.on('data', chunk => (stdout += String(chunk)));
	child.stderr.on('data', chunk => (stderr += String(chunk)));
	const code = await new Promise<number | null>(resolve => child.once('close', resolve));
	assert.equal(code, 2, stderr);
	assert.match(stderr, /interactive terminal/);
	assert.match(stderr, /--help/);
	assert.equal(stderr.trim().split('\n').length, 1, `one line:\n${stderr}`);
	assert.doesNotMatch(stderr, /^\s+at /m);
	assert.equal(stdout, '');
});
