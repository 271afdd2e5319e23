// `ec-tui profile list|add|use|remove`: the saved account profiles, as the Telnyx Node CLI keeps them (a default and
// named profiles; its `profile set-default` and `delete` are `use` and `remove` here). Exit status: 0 done, 1 a
// file that could not be written, 2 a usage error or a profiles file that cannot be read, 130 interrupted.
import {existsSync} from 'node:fs';
import {unlink} from 'node:fs/promises';
import {parseArgs} from 'node:util';
import {didYouMean} from '../config/did-you-mean.js';
import {keyCharacterProblem} from '../config/key-characters.js';
import {saveKey, savedKeyPath} from '../config/key-file.js';
import {readProfilesFile, writeProfilesFile} from '../config/profiles-file.js';
import {
	defaultProfileName,
	profileNameProblem,
	savedProfiles,
	unknownProfileMessage,
	type ProfilesFile,
	type SavedProfiles,
} from '../config/profiles.js';
import {baseUrlProblem} from '../config/resolve-config.js';
import {firstLine} from '../text/first-line.js';
import {cleanText} from '../text/sanitize.js';
import type {CommandIo} from './io.js';
import {PROFILE_HELP, PROFILE_VERBS} from './profile-help.js';
import {profileRows, profileTable} from './profile-table.js';
import {readSecret, type SecretInput} from './read-secret.js';

export type ProfileIo = Omit<CommandIo, 'signal'> & {stdin: SecretInput};

const OPTIONS = {
	help: {type: 'boolean', short: 'h'},
	json: {type: 'boolean'},
	'base-url': {type: 'string'},
	'read-only': {type: 'boolean'},
} as const;

class Refusal extends Error {
	constructor(
		message: string,
		readonly status: number,
	) {
		super(message);
	}
}

const usage = (message: string) => new Refusal(message, 2);

/** `argv` from the verb on: `['add', 'staging', '--read-only']`. */
export async function runProfileCommand(argv: readonly string[], io: ProfileIo): Promise<number> {
	const [verb, ...rest] = argv;
	if (verb === undefined || verb === '--help' || verb === '-h' || verb === 'help') {
		(verb === undefined ? io.stderr : io.stdout).write(PROFILE_HELP);
		return verb === undefined ? 2 : 0;
	}
	try {
		if (!PROFILE_VERBS.includes(verb)) {
			const near = didYouMean(verb, PROFILE_VERBS);
			throw usage(`no verb "${verb}".${near ? ` Did you mean ${near}?` : ''} Verbs: ${PROFILE_VERBS.join(', ')}.`);
		}
		const {values, positionals} = parse(rest);
		if (values.help) {
			io.stdout.write(PROFILE_HELP);
			return 0;
		}
		const allowed = verb === 'add' ? ['base-url', 'read-only'] : verb === 'list' ? ['json'] : [];
		const stray = Object.keys(values).find(flag => !allowed.includes(flag));
		if (stray) throw usage(`--${stray} does not go with ${verb} (run ec-tui profile --help).`);
		if (verb === 'list') {
			if (positionals.length > 0) throw usage(`list takes no name (got "${positionals[0]}").`);
			return await list(io, values.json ?? false);
		}
		if (positionals.length !== 1) throw usage(`${verb} takes one profile name: ec-tui profile ${verb} NAME.`);
		const name = positionals[0]!;
		if (verb === 'add') return await add(name, values['base-url'], values['read-only'] ?? false, io);
		return await (verb === 'use' ? makeDefault(name, io) : remove(name, io));
	} catch (error) {
		if (!(error instanceof Refusal)) throw error;
		io.stderr.write(`ec-tui profile ${verb}: ${error.message}\n`);
		return error.status;
	}
}

function parse(args: string[]) {
	try {
		return parseArgs({args, options: OPTIONS, allowPositionals: true, strict: true});
	} catch (error) {
		throw usage(`${firstLine(error).split(/\.\s/)[0]!.replace(/\.$/, '')} (run ec-tui profile --help).`);
	}
}

async function current(io: ProfileIo): Promise<{file: ProfilesFile; saved: SavedProfiles}> {
	const read = await readProfilesFile(io.env);
	if (!read.ok) throw usage(read.message);
	return {file: read.value, saved: savedProfiles(read.value, existsSync(savedKeyPath(io.env)))};
}

async function write(io: ProfileIo, file: ProfilesFile): Promise<void> {
	await writeProfilesFile(io.env, file).catch((error: unknown) => {
		throw new Refusal(`could not write the profiles file (${cleanText(firstLine(error))}).`, 1);
	});
}

async function list(io: ProfileIo, json: boolean): Promise<number> {
	const {saved} = await current(io);
	const rows = profileRows(saved);
	if (json) io.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
	else if (rows.length === 0) io.stdout.write('No profiles saved: ec-tui profile add NAME saves one.\n');
	else io.stdout.write(profileTable(rows));
	if (io.env['TELNYX_API_KEY']?.trim()) io.stderr.write('TELNYX_API_KEY is set: it wins over every profile.\n');
	return 0;
}

async function add(name: string, rawBaseUrl: string | undefined, readOnly: boolean, io: ProfileIo): Promise<number> {
	const nameProblem = profileNameProblem(name);
	if (nameProblem) throw usage(nameProblem);
	const baseUrl = rawBaseUrl?.replace(/\/+$/, '');
	const urlProblem = baseUrl === undefined ? undefined : baseUrlProblem(baseUrl);
	if (urlProblem) throw usage(urlProblem);
	const {file, saved} = await current(io);
	const key = await readSecret(io.stdin, io.stderr, `API key for the profile "${name}" (not shown; Enter ends it): `);
	if (key === undefined) return 130;
	if (key === '') throw usage('no key was given.');
	const keyProblem = keyCharacterProblem(key, 'the input');
	if (keyProblem) throw usage(keyProblem);
	const replaced = saved.profiles.some(profile => profile.name === name);
	const keyFile = await saveKey(key, io.env, name).catch((error: unknown) => {
		throw new Refusal(`could not save the key (${cleanText(firstLine(error))}).`, 1);
	});
	const becomesDefault = defaultProfileName(saved) === undefined;
	await write(io, {
		...file,
		...(becomesDefault && {defaultProfile: name}),
		profiles: {...file.profiles, [name]: {...(baseUrl !== undefined && {baseUrl}), ...(readOnly && {readOnly})}},
	});
	const isDefault = becomesDefault || defaultProfileName(saved) === name;
	io.stdout.write(
		`${replaced ? 'Replaced' : 'Saved'} the profile "${name}"; its key is in ${keyFile}.${isDefault ? ' It is the default profile.' : ` Use it with --profile ${name}.`}\n`,
	);
	return 0;
}

function known(name: string, saved: SavedProfiles): void {
	if (!saved.profiles.some(profile => profile.name === name)) throw usage(unknownProfileMessage(name, saved, 'the command line'));
}

async function makeDefault(name: string, io: ProfileIo): Promise<number> {
	const {file, saved} = await current(io);
	known(name, saved);
	await write(io, {...file, defaultProfile: name});
	io.stdout.write(`The profile "${name}" is the default now.\n`);
	return 0;
}

async function remove(name: string, io: ProfileIo): Promise<number> {
	const {file, saved} = await current(io);
	known(name, saved);
	const {[name]: _removed, ...profiles} = file.profiles;
	const {defaultProfile, ...rest} = file;
	const next: ProfilesFile = {...rest, ...(defaultProfile !== undefined && defaultProfile !== name && {defaultProfile}), profiles};
	// The file first: a key left behind by a failed delete is still readable by its owner only.
	await write(io, next);
	const keyFile = savedKeyPath(io.env, name);
	await unlink(keyFile).catch((error: unknown) => {
		if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
			throw new Refusal(`could not delete ${keyFile} (${cleanText(firstLine(error))}).`, 1);
	});
	const fallback = defaultProfileName(savedProfiles(next, existsSync(savedKeyPath(io.env))));
	const after =
		defaultProfileName(saved) !== name
			? ''
			: fallback === undefined
				? ' No profile is the default now: ec-tui profile use NAME picks one.'
				: ` The default is "${fallback}" now.`;
	io.stdout.write(`Removed the profile "${name}" and deleted its key file ${keyFile}.${after}\n`);
	return 0;
}
