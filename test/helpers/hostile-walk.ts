// Every screen of the app, walked by keys in a real pseudo-terminal against the hostile look-alike: lists,
// details, raw JSON, help, filter forms, the create wizard and the edit form to their reviews, delete and
// dismiss confirmations, pick lists, the upload form, and each mutation once (its answer, a hostile error or a
// success with hostile records, shown).
// Each step waits for its screen to be loaded (a fact of the frame), and Esc waits for the screen before.
import {KEYS} from './keys.js';
import type {Expected, PtySession} from './pty-session.js';
import type {RawOutputCheck} from './raw-output-check.js';
import {holdDown} from './hold-down.js';
import {waitUntil} from './wait-for.js';

export const REFUSED = 'Nothing can be sent for this record';
const CTRL_U = '\u0015';
const F1 = '\u001BOP';

/** The header's first line names the screen; a list is loaded once it counts its rows. */
const header = (screen: string) => screen.split('\n', 1)[0] ?? '';
const list = (name: string) => (screen: string) => header(screen).includes(name) && /row 1 of \d/.test(header(screen));
const record = (name: string) => (screen: string) =>
	header(screen).includes(`› ${name}`) && !screen.includes('Loading') && (screen.split('\n')[1] ?? '').length > 0;
const failed = (screen: string) => /✖|⚠|outcome is unknown|Could not/.test(screen);
/** A mutation's answer on the screen it came from, whether it failed or succeeded. */
const answer = (screen: string) => failed(screen) || /✔|Moved to|Emergency address of|Retry started/.test(screen);

export class HostileWalk {
	/** Mutations the walk sent: each step that sends one counts it. */
	mutations = 0;
	/** The requests the screens said each mutation would send ('DELETE /external_connections/1'), as shown. */
	readonly shownRequests: string[] = [];

	private readonly oddIds: boolean;
	private readonly burst: ((sent: number) => Promise<void>) | undefined;

	/**
	 * `oddIds`: the records' ids fail the contract, so their actions are refused. `burst`: each mutation's last key
	 * is pressed five times in one write (Enter×5, R×5, t×5) and then held down until five repeats after its
	 * answer; the function runs right after that write, told how many mutations the walk has sent so far.
	 */
	constructor(
		private readonly app: PtySession,
		private readonly check: RawOutputCheck,
		options: {oddIds?: boolean; burst?: (sent: number) => Promise<void>} = {},
	) {
		this.oddIds = options.oddIds ?? false;
		this.burst = options.burst;
	}

	/** Presses `keys` and waits for what they bring; the name says where the raw output was written. */
	async step(name: string, keys: string, until: Expected): Promise<string> {
		this.check.where = name;
		await this.app.press(keys);
		return this.waitFor(until, name);
	}

	/** Waits for the frame as drawn (RawOutputCheck.lastFrame) to show `until`. */
	private async waitFor(until: Expected, name: string): Promise<string> {
		try {
			await this.app.waitFor(() => matches(until, this.check.lastFrame), name);
		} catch (error) {
			throw new Error(`${(error as Error).message}\nlast frame drawn:\n${this.check.lastFrame}`, {cause: error});
		}
		return this.check.lastFrame;
	}

	/** Esc, and the screen before back. */
	back(name: string, to: Expected): Promise<string> {
		return this.step(`${name}: Esc back`, KEYS.escape, to);
	}

	/** Keys that send a mutation, and its answer shown; in a burst walk, then the help F1 opens after every key. */
	private async send(name: string, keys: string, until: Expected): Promise<string> {
		this.mutations++;
		const shown = /\b(POST|PATCH|DELETE) (\/[^\s,)…]+)(?![^\s,)]*…)/.exec(this.check.lastFrame);
		if (shown) this.shownRequests.push(`${shown[1]} ${shown[2]}`);
		if (!this.burst) return this.step(name, keys, this.answered(until));
		this.check.where = name;
		const key = keys.at(-1)!;
		await this.app.press(keys + key.repeat(4));
		// Then held down: the terminal repeats it every 30 ms while the request is out, and after its answer.
		const held = holdDown(data => this.app.write(data), key);
		let answer: string;
		try {
			await this.burst(this.mutations);
			answer = await this.waitFor(this.answered(until), name);
			const enough = held.writes() + 5;
			await waitUntil(() => held.writes() >= enough, `${name}: 5 repeats after the answer`);
		} finally {
			held.release();
		}
		// Keys are handled in order: once F1's help is up, every key of the burst was, and any request it started left.
		await this.step(`${name}: help after the burst`, F1, screen => /^Keys\b/.test(screen));
		await this.back(`${name}: help after the burst`, frame => !/^Keys\b/.test(frame));
		return answer;
	}

	/**
	 * A record's action (`sends`: a mutation at once): in the odd-ids walk its record's id fails the contract, so
	 * the action is refused.
	 */
	private async action(name: string, keys: string, until: Expected, sends = false): Promise<boolean> {
		if (!this.oddIds) {
			await (sends ? this.send(name, keys, until) : this.step(name, keys, until));
			return true;
		}
		await this.step(`${name} (refused)`, keys, REFUSED);
		return false;
	}

	/** Every screen; in a burst walk only those on the way to a mutation (the others send nothing to fault). */
	async run(): Promise<void> {
		const main = list('External connections');
		const all = this.burst === undefined;
		await this.waitFor(main, 'list');
		if (all) {
			await this.step('help', '?', screen => /^Keys\b/.test(screen));
			await this.back('help', main);
			await this.step('filter form', '/', 'Filter external connections');
			await this.back('filter form', main);
		}
		await this.createWizard(main);
		if (all) await this.globalLog(main);

		const detail = (screen: string) => record('connection')(screen) && screen.includes('n numbers');
		await this.step('detail', KEYS.enter, detail);
		if (all) {
			await this.step('raw JSON', 'J', '"external_connection": {');
			await this.step('fields again', 'J', screen => detail(screen) && !screen.includes('"external_connection": {'));
		}
		await this.editForm(detail);
		await this.deleteConfirm(detail);
		await this.phoneNumbers(detail);
		await this.civicAddresses(detail);
		await this.uploads(detail);
		if (all) await this.releases(detail);
		await this.logMessages(detail);
		await this.back('detail', main);
	}

	/** Enter through each step (picking a listed profile over 'Type an id…'), to the review; Enter sends it. */
	private async wizard(name: string): Promise<void> {
		for (let turn = 0; turn < 20; turn++) {
			const screen = this.check.lastFrame;
			const step = /· Step (\d+) of \d+/.exec(screen)?.[1];
			if (step === undefined) throw new Error(`${name}: no step on screen:\n${screen}`);
			if (screen.includes('· Review')) {
				await this.send(`${name}: review sent`, KEYS.enter, screen => screen.includes('· Review') && failed(screen));
				return;
			}
			const next = (now: string) => !now.includes(`· Step ${step} of`) || /✖/.test(now);
			if (/^❯ Type an id…/m.test(screen)) {
				await this.step(`${name}: step ${step}, a listed profile`, KEYS.down, now => !/^❯ Type an id…/m.test(now));
			}
			const after = await this.step(`${name}: step ${step}`, KEYS.enter, next);
			// A value the server gave that the field's rule refuses: emptied, as a person would.
			if (after.includes(`· Step ${step} of`)) await this.step(`${name}: step ${step} emptied`, CTRL_U + KEYS.enter, next);
		}
		throw new Error(`${name}: no review after 20 steps`);
	}

	/** From a review after its answer: ↓ to Cancel (one press at a time: a burst is one held key), then discard. */
	private async leaveReview(name: string, to: Expected): Promise<void> {
		for (let turn = 0; turn < 6 && !/^❯ Cancel/m.test(this.check.lastFrame); turn++) {
			const chosen = /^❯ .*$/m.exec(this.check.lastFrame)?.[0];
			await this.step(`${name}: ↓`, KEYS.down, frame => /^❯ .*$/m.exec(frame)?.[0] !== chosen);
		}
		const screen = await this.step(`${name}: Cancel`, KEYS.enter, now => /Discard/.test(now) || matches(to, now));
		if (/Discard/.test(screen)) await this.step(`${name}: discarded`, KEYS.down + KEYS.enter, to);
	}

	/** After a mutation: its answer shown, or a frame too tall to show it (already a violation). */
	private answered(until: Expected): (frame: string) => boolean {
		return frame => matches(until, frame) || this.check.violations.some(v => v.kind === 'height' && v.where === this.check.where);
	}

	private async createWizard(main: Expected): Promise<void> {
		await this.step('create wizard', 'c', 'Create an external connection · Step 1 of');
		await this.wizard('create wizard');
		await this.leaveReview('create wizard', main);
	}

	private async editForm(detail: Expected): Promise<void> {
		await this.step('edit form', 'e', 'Edit external connection');
		await this.wizard('edit form');
		await this.leaveReview('edit form', detail);
	}

	private async deleteConfirm(detail: Expected): Promise<void> {
		await this.step('delete confirm', 'd', /^❯ Cancel/m);
		await this.send('delete sent', KEYS.down + KEYS.enter, failed);
		await this.back('delete', detail);
	}

	private async phoneNumbers(detail: Expected): Promise<void> {
		const numbers = list('Phone numbers');
		await this.step('phone numbers', 'n', numbers);
		if (this.burst === undefined) {
			await this.step('number filter', '/', 'Filter phone numbers');
			await this.back('number filter', numbers);
		}
		const number = record('phone number');
		await this.step('phone number', KEYS.enter, number);
		if (await this.action('location pick list', 'e', 'Move this number to which location?')) {
			await this.send('number moved', KEYS.enter, screen => number(screen) && answer(screen));
		}
		await this.back('phone number', numbers);
		await this.back('phone numbers', detail);
	}

	private async civicAddresses(detail: Expected): Promise<void> {
		const addresses = list('Civic addresses');
		await this.step('civic addresses', 'a', addresses);
		const address = record('civic address');
		await this.step('civic address', KEYS.enter, address);
		if (await this.action('location of the address', 's', 'Set the emergency address of which location')) {
			await this.step('civic-address pick list', KEYS.enter, 'Static emergency address for');
			await this.send('emergency address set', KEYS.enter, screen => address(screen) && answer(screen));
		}
		await this.back('civic address', addresses);
		await this.back('civic addresses', detail);
	}

	private async uploads(detail: Expected): Promise<void> {
		const uploads = list('Uploads');
		await this.step('uploads', 'u', uploads);
		const upload = record('upload');
		await this.step('upload', KEYS.enter, upload);
		if (await this.action('upload retry', 't', answer, true)) await this.back('upload retry', uploads);
		else await this.back('upload', uploads);
		await this.send('uploads recheck', 'R', screen => uploads(screen) && answer(screen));
		await this.step('upload form', 'N', 'New upload of numbers');
		await this.step('upload form typed', '+441134960000', '1 entry');
		await this.step('upload destination', KEYS.enter, 'Where do the numbers go?');
		// The default location, no usage, no additional usages: three menus, three Enters in one read.
		await this.step('upload review', KEYS.enter.repeat(3), 'Send this body?');
		// Made, the upload is told on the list; failed, the review says what happened.
		const sent = await this.send('upload sent', KEYS.down + KEYS.enter, answer);
		if (!uploads(sent)) await this.back('upload outcome', screen => uploads(screen) || screen.includes('New upload of numbers'));
		if (this.check.lastFrame.includes('New upload of numbers')) await this.back('upload form', uploads);
		await this.back('uploads', detail);
	}

	private async releases(detail: Expected): Promise<void> {
		const releases = list('Releases');
		await this.step('releases', 'l', releases);
		await this.step('release', KEYS.enter, record('release'));
		await this.back('release', releases);
		await this.back('releases', detail);
	}

	private async logMessages(detail: Expected): Promise<void> {
		const messages = list('Log messages');
		await this.step('log messages', 'm', messages);
		const message = record('log message');
		await this.step('log message', KEYS.enter, message);
		if (await this.action('dismiss confirm', 'd', 'Dismiss this message for good?')) {
			await this.send('dismiss sent', KEYS.down + KEYS.enter, failed);
		}
		await this.back('log message', messages);
		await this.back('log messages', detail);
	}

	private async globalLog(main: Expected): Promise<void> {
		const messages = list('Log messages');
		await this.step('all log messages', 'M', messages);
		await this.step('a log message', KEYS.enter, record('log message'));
		await this.back('a log message', messages);
		await this.back('all log messages', main);
	}
}

function matches(expected: Expected, screen: string): boolean {
	return typeof expected === 'string' ? screen.includes(expected) : expected instanceof RegExp ? expected.test(screen) : expected(screen);
}
