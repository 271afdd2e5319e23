// A program in a real pseudo-terminal, its output replayed on a VirtualTerminal, with waits for what the
// screen shows (never fixed sleeps or quiet windows). The screen is read only between frames: Ink brackets each frame in a
// synchronized update on a terminal, and the pty may deliver a frame in several pieces.
import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import pty, {type IPty} from 'node-pty';
import {VirtualTerminal} from './virtual-terminal.js';
import {HANG_MS} from './wait-for.js';

export type Expected = string | RegExp | ((screen: string) => boolean);

// A fast typist's cadence. Not a wait for an outcome: a key sent within a millisecond or so of the frame it
// answers can reach the app before the new screen's key handler has subscribed (React runs that effect a
// turn after Ink writes the frame), and is then dropped; people do not type that fast.
const KEY_GAP_MS = 30;
const running = new Set<PtySession>();

// The journal of what the tests send goes to a folder of theirs, never the person's own state folder.
const testStateHome = mkdtempSync(join(tmpdir(), 'ec-tui-state-'));

/** A user's terminal environment: no CI variables (Ink then renders only the last frame) and no Telnyx settings. */
export function terminalEnv(extra: Record<string, string>): Record<string, string> {
	const env: Record<string, string> = {};
	for (const [key, value] of Object.entries(process.env)) {
		if (value === undefined || key === 'CI' || key === 'CONTINUOUS_INTEGRATION' || key.startsWith('CI_')) continue;
		if (key.startsWith('TELNYX_') || key === 'DEBUG' || key === 'NO_COLOR' || key === 'FORCE_COLOR') continue;
		env[key] = value;
	}
	return {...env, TERM: 'xterm-256color', XDG_STATE_HOME: testStateHome, ...extra};
}

const matcher = (expected: Expected) => (screen: string) =>
	typeof expected === 'string' ? screen.includes(expected) : expected instanceof RegExp ? expected.test(screen) : expected(screen);

export class PtySession {
	readonly terminal: VirtualTerminal;
	/** The exit code, once the program has ended. */
	readonly exited: Promise<number>;
	private readonly pty: IPty;
	private readonly listeners = new Set<() => void>();
	private done = false;
	// The latest raw output, for failure messages.
	private tail = '';

	/** `onOutput` hears every write as it arrives, before the screen is updated: for checks on the raw bytes. */
	constructor(
		file: string,
		args: string[],
		options: {columns: number; rows: number; env: Record<string, string>; cwd: string; onOutput?: (data: string) => void},
	) {
		this.terminal = new VirtualTerminal(options.columns, options.rows);
		this.pty = pty.spawn(file, args, {
			name: 'xterm-256color',
			cols: options.columns,
			rows: options.rows,
			cwd: options.cwd,
			env: options.env,
		});
		running.add(this);
		this.exited = new Promise(resolve => {
			this.pty.onExit(({exitCode}) => {
				this.done = true;
				running.delete(this);
				for (const listener of [...this.listeners]) listener();
				resolve(exitCode);
			});
		});
		this.pty.onData(data => {
			options.onOutput?.(data);
			this.tail = (this.tail + data).slice(-1500);
			this.terminal.write(data);
			for (const listener of [...this.listeners]) listener();
		});
	}

	/** Ends every session still running: for after(). */
	static async killAll(): Promise<void> {
		await Promise.all([...running].map(session => session.kill()));
	}

	screen(): string {
		return this.terminal.text();
	}

	/** Writes to the terminal at once, as one read: tmux send-keys, a paste, SSH. */
	write(data: string): void {
		this.pty.write(data);
	}

	/** The window resized as a person drags it: the terminal's grid first, then the program is told (SIGWINCH). */
	resize(columns: number, rows: number): void {
		this.terminal.resize(columns, rows);
		this.pty.resize(columns, rows);
	}

	/** True once the program has ended. */
	get ended(): boolean {
		return this.done;
	}

	/** Types keys at a person's pace after whatever came before. */
	async press(keys: string): Promise<void> {
		await new Promise(resolve => setTimeout(resolve, KEY_GAP_MS));
		this.pty.write(keys);
	}

	/** Resolves with the screen once it shows what is expected; fails on timeout or exit, showing the screen. */
	async waitFor(expected: Expected, what: string, timeoutMs = HANG_MS): Promise<string> {
		const matches = matcher(expected);
		if (!this.terminal.synchronizing && matches(this.screen())) return this.screen();
		return new Promise((resolve, reject) => {
			const finish = (outcome: () => void) => {
				clearTimeout(timer);
				this.listeners.delete(check);
				outcome();
			};
			const check = () => {
				const screen = this.screen();
				if (!this.terminal.synchronizing && matches(screen)) finish(() => resolve(screen));
				else if (this.done) finish(() => reject(new Error(`the program exited while waiting for ${what}; screen:\n${screen}`)));
			};
			const timer = setTimeout(() => {
				const state = this.terminal.synchronizing ? ' (mid-frame)' : '';
				const message = `timed out after ${timeoutMs} ms waiting for ${what}; screen${state}:\n${this.screen()}\nlast output: ${JSON.stringify(this.tail)}`;
				finish(() => reject(new Error(message)));
			}, timeoutMs);
			this.listeners.add(check);
		});
	}

	/** The exit code, failing if the program is still running after timeoutMs. */
	async exitCode(timeoutMs = HANG_MS): Promise<number> {
		let timer: NodeJS.Timeout | undefined;
		const timeout = new Promise<never>((_, reject) => {
			timer = setTimeout(() => reject(new Error(`still running after ${timeoutMs} ms; screen:\n${this.screen()}`)), timeoutMs);
		});
		try {
			return await Promise.race([this.exited, timeout]);
		} finally {
			clearTimeout(timer);
		}
	}

	/** SIGHUP as a closing terminal sends, then SIGKILL if the program lingers. */
	async kill(): Promise<void> {
		if (this.done) return;
		this.pty.kill();
		let timer: NodeJS.Timeout | undefined;
		const gone = await Promise.race([
			this.exited.then(() => true),
			new Promise<boolean>(resolve => (timer = setTimeout(resolve, 1000, false))),
		]);
		clearTimeout(timer);
		if (!gone && !this.done) {
			this.pty.kill('SIGKILL');
			await this.exited;
		}
	}
}
