import {parseCommand} from './source/config/parse-flags.js';
import {HELP_TEXT} from './source/config/help-text.js';
import {resolveConfig} from './source/config/resolve-config.js';
import {VERSION} from './source/config/version.js';
import {colorRequestedOff, turnColorOff} from './source/terminal/color.js';
import {namesRequestedOff} from './source/config/names-off.js';
import {firstLine} from './source/text/first-line.js';
import {cleanText} from './source/text/sanitize.js';
import {inFlightMutations, interruptedLine} from './source/api/in-flight.js';
import type {Keypress} from './source/input/keypress.js';
import type {Account, RekeyOptions} from './source/rekeyable-app.js';
import type {Target} from './source/profile-switch.js';
import type {ClientSafety, ListSource} from './source/resources/open-list.js';

const NOT_A_TERMINAL =
	'ec-tui needs an interactive terminal: run it with stdin and stdout attached to a terminal (ec-tui --help lists the options).';

async function main(argv: string[]): Promise<number> {
	const parsed = parseCommand(argv);
	if (parsed.command === 'invalid') {
		process.stderr.write(`ec-tui: ${parsed.message}\n`);
		return 2;
	}
	if (parsed.command === 'sandbox') {
		const {runSandboxCommand} = await import('./source/sandbox/command.js');
		return runSandboxCommand(parsed.argv, {stdout: process.stdout, stderr: process.stderr});
	}
	if (parsed.command === 'profile') {
		const {runProfileCommand} = await import('./source/commands/profile-command.js');
		return runProfileCommand(parsed.argv, {stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env});
	}
	if (parsed.command === 'completion') {
		const {runCompletion} = await import('./source/commands/completion.js');
		return runCompletion(parsed.argv, {stdout: process.stdout, stderr: process.stderr});
	}
	if (parsed.command === 'read') {
		const [{runReadCommand}, {interruptSignal}] = await Promise.all([
			import('./source/commands/run-command.js'),
			import('./source/commands/interrupt.js'),
		]);
		return runReadCommand(parsed.argv, {
			stdin: process.stdin,
			stdout: process.stdout,
			stderr: process.stderr,
			env: process.env,
			signal: interruptSignal(),
		});
	}
	const {flags} = parsed;
	if (flags.help) {
		process.stdout.write(HELP_TEXT);
		return 0;
	}
	if (flags.version) {
		process.stdout.write(`${VERSION}\n`);
		return 0;
	}
	if (!process.stdin.isTTY || !process.stdout.isTTY) {
		process.stderr.write(`${NOT_A_TERMINAL}\n`);
		return 2;
	}
	if (colorRequestedOff(flags.noColor, process.env)) turnColorOff();

	const config = await resolveConfig(flags, process.env);
	if (config.mode === 'invalid') {
		process.stderr.write(`ec-tui: ${config.message}\n`);
		return 2;
	}
	if (config.mode === 'live' && config.notice) process.stderr.write(`ec-tui: ${config.notice}\n`);
	const [{openList}, {openJournal, journalProfile}] = await Promise.all([
		import('./source/resources/open-list.js'),
		import('./source/journal/open-journal.js'),
	]);
	const names = !namesRequestedOff(flags.noNames, process.env);
	// The first page is requested before the UI code is even loaded: the request and Ink's start-up overlap.
	const browse = async (target: Target, demo: boolean, typeAhead?: Keypress[]) => {
		// One journal, one queue: every account's changes go to the same file, each line under its account's profile.
		const journal = openJournal(process.env, {profile: journalProfile(demo, target.profile), off: flags.noJournal ?? false});
		// Refused in read-only mode (--read-only or the profile's read_only); a key typed after a 401 keeps both.
		const safetyOf = (to: Target): ClientSafety => ({
			...(journal && {recorder: journal.as(journalProfile(demo, to.profile))}),
			readOnly: flags.readOnly === true || to.readOnly === true,
		});
		const firstSafety = safetyOf(target);
		const list = openList(target, {names, ...firstSafety});
		// One turn of the event loop lets the request leave before loading Ink blocks the loop for ~50 ms.
		await new Promise(resolve => setTimeout(resolve, 1));
		const [{runApp}, {placeOf}, {profileSwitch}] = await Promise.all([
			import('./source/run-app.js'),
			import('./source/components/app-header.js'),
			import('./source/profile-switch.js'),
		]);
		const account = async (to: Target, safety: ClientSafety, list: ListSource): Promise<Account> => ({
			list,
			place: placeOf(demo, to.baseUrl, to.profile, safety.readOnly),
			rekey: demo ? undefined : await anotherKey(to, apiKey => openList({baseUrl: to.baseUrl, apiKey}, {names, ...safety})),
		});
		const switchTo = (to: Target) => {
			const safety = safetyOf(to);
			return account(to, safety, openList(to, {names, ...safety}));
		};
		try {
			return await runApp(await account(target, firstSafety, list), {
				typeAhead,
				switcher: demo ? undefined : profileSwitch(process.env, flags.allowInsecureHttp ?? false, switchTo),
				watch: !flags.noWatch,
				...(journal && {journalFile: journal.file}),
			});
		} finally {
			// The result lines of what was answered last reach the file before the process exits.
			await journal?.idle();
		}
	};
	if (config.mode === 'live') return browse(config, false);
	// Keys typed after the start screen's choice, for the app that follows it.
	let typeAhead: Keypress[] | undefined;
	if (config.mode === 'ask-key') {
		const [{askForKey}, {saveKey, savedKeyPath}, {checkKey}] = await Promise.all([
			import('./source/run-start.js'),
			import('./source/config/key-file.js'),
			import('./source/screens/start/check-key.js'),
		]);
		const asked = await askForKey(savedKeyPath(process.env), key => checkKey(config.baseUrl, key));
		const choice = asked.outcome;
		typeAhead = asked.typeAhead;
		if (choice.kind === 'interrupted') return 130;
		if (choice.kind === 'quit') return 0;
		if (choice.kind === 'key') {
			const {keyCharacterProblem} = await import('./source/config/key-characters.js');
			const problem = keyCharacterProblem(choice.key, 'the prompt');
			if (problem) {
				process.stderr.write(`ec-tui: ${problem}\n`);
				return 2;
			}
			if (choice.save) {
				// A key that cannot be saved is still good for this run.
				await saveKey(choice.key, process.env).then(
					file => process.stdout.write(`Saved the key to ${file}\n`),
					(error: unknown) =>
						process.stderr.write(`ec-tui: could not save the key (${cleanText(firstLine(error))}); using it for this run only.\n`),
				);
			}
			return browse({baseUrl: config.baseUrl, apiKey: choice.key}, false, typeAhead);
		}
	}

	const {DEFAULT_UPLOAD_STEP_MS, startSandbox} = await import('./source/sandbox/server.js');
	const sandbox = await startSandbox({uploadStepMs: DEFAULT_UPLOAD_STEP_MS});
	try {
		return await browse({baseUrl: sandbox.url, apiKey: sandbox.apiKey}, true, typeAhead);
	} finally {
		await sandbox.close();
	}
}

/**
 * After a 401 the app asks for another key, checks it with one request and offers to save it, as the start screen
 * does: to the profile's key file when the key came from one. A key given for the run (TELNYX_API_KEY) is not
 * saved: the next run is given that key again, and a saved one would only overwrite the default profile's.
 */
async function anotherKey({baseUrl, profile, keyGivenBy}: Target, open: RekeyOptions['open']): Promise<RekeyOptions> {
	const [{saveKey, savedKeyPath}, {checkKey}] = await Promise.all([
		import('./source/config/key-file.js'),
		import('./source/screens/start/check-key.js'),
	]);
	return {
		checkKey: key => checkKey(baseUrl, key),
		save: keyGivenBy
			? {notOffered: `This run's key came from ${keyGivenBy}: a new one is used for this run only. Change it there for the next.`}
			: {path: savedKeyPath(process.env, profile), saveKey: key => saveKey(key, process.env, profile)},
		open,
	};
}

main(process.argv.slice(2)).then(
	code => {
		// Ctrl+C may land after a create left and before its answer came: say what may exist now.
		const interrupted = code === 130 ? interruptedLine(inFlightMutations.list()) : undefined;
		if (interrupted) process.stderr.write(`${interrupted}\n`);
		process.exit(code);
	},
	(error: unknown) => {
		process.stderr.write(`ec-tui: unexpected error: ${cleanText(firstLine(error))}\n`);
		if (process.env['DEBUG']?.split(',').includes('ec-tui') && error instanceof Error) process.stderr.write(`${error.stack}\n`);
		process.exit(1);
	},
);
