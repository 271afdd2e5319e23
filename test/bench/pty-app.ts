// Runs a program in a real pseudo-terminal and turns what it writes into frames with arrival times.
import pty from 'node-pty';
import type {IPty} from 'node-pty';
import {parseFrame, stripEscapes, type Frame} from './frame.js';

// Ink wraps each frame in "synchronized update" marks on a TTY (outside CI), so frames can be told
// apart even when the pty splits or joins writes.
const BEGIN_FRAME = '\u001B[?2026h';
const END_FRAME = '\u001B[?2026l';
const DEFAULT_TIMEOUT_MS = 15_000;
const MAX_PENDING = 1_000_000;

export type PtySize = {cols: number; rows: number};

export type Wait = {timeoutMs?: number; what: string};

const running = new Set<PtyApp>();

/** The environment of a user's terminal: no CI flags (Ink then skips frames and sync marks), no colour for parsing. */
export function terminalEnv(extra: Record<string, string>): Record<string, string> {
	const env: Record<string, string> = {};
	for (const [key, value] of Object.entries(process.env)) {
		if (value === undefined || key === 'CI' || key === 'CONTINUOUS_INTEGRATION' || key.startsWith('TELNYX_')) continue;
		env[key] = value;
	}
	return {...env, TERM: 'xterm-256color', FORCE_COLOR: '0', ...extra};
}

export class PtyApp {
	readonly spawnedAt: number;
	readonly pid: number;
	readonly exited: Promise<number>;
	frameCount = 0;
	lastFrame: Frame | undefined;
	private readonly pty: IPty;
	private pending = '';
	private output = '';
	private readonly chunkListeners = new Set<(text: string, at: number) => void>();
	private readonly frameListeners = new Set<(frame: Frame) => void>();

	constructor(file: string, args: string[], size: PtySize, env: Record<string, string>, cwd: string) {
		this.spawnedAt = performance.now();
		this.pty = pty.spawn(file, args, {name: 'xterm-256color', cols: size.cols, rows: size.rows, cwd, env});
		this.pid = this.pty.pid;
		running.add(this);
		this.exited = new Promise(resolve => {
			this.pty.onExit(({exitCode}) => {
				running.delete(this);
				resolve(exitCode);
			});
		});
		this.pty.onData(data => this.receive(data, performance.now()));
	}

	/** Every running app, for cleanup on the way out. */
	static async killAll(): Promise<void> {
		await Promise.all([...running].map(app => app.kill()));
	}

	/** Writes input and returns when it was written. */
	press(keys: string): number {
		const at = performance.now();
		this.pty.write(keys);
		return at;
	}

	onFrame(listener: (frame: Frame) => void): () => void {
		this.frameListeners.add(listener);
		return () => this.frameListeners.delete(listener);
	}

	/** Resolves with the arrival time of the first chunk after which the output so far (escapes removed) matches. */
	outputMatching(pattern: RegExp, wait: Wait): Promise<number> {
		if (pattern.test(this.output)) return Promise.resolve(performance.now());
		return this.waitFor<number>(resolve => {
			const listener = (_text: string, at: number) => {
				if (pattern.test(this.output)) resolve(at);
			};
			this.chunkListeners.add(listener);
			return () => this.chunkListeners.delete(listener);
		}, wait);
	}

	/** The first frame to arrive from now on that satisfies the predicate. */
	nextFrame(predicate: (frame: Frame) => boolean, wait: Wait): Promise<Frame> {
		return this.waitFor<Frame>(resolve => this.onFrame(frame => predicate(frame) && resolve(frame)), wait);
	}

	/** The current frame if it satisfies the predicate, else the next one that does. */
	frameWhere(predicate: (frame: Frame) => boolean, wait: Wait): Promise<Frame> {
		if (this.lastFrame && predicate(this.lastFrame)) return Promise.resolve(this.lastFrame);
		return this.nextFrame(predicate, wait);
	}

	/** Resolves once no frame has arrived for quietMs. */
	async quiet(quietMs: number, wait: Wait): Promise<void> {
		const deadline = performance.now() + (wait.timeoutMs ?? DEFAULT_TIMEOUT_MS);
		for (;;) {
			const seen = this.frameCount;
			await new Promise(resolve => setTimeout(resolve, quietMs));
			if (this.frameCount === seen) return;
			if (performance.now() > deadline) throw new Error(`timed out waiting for ${wait.what}`);
		}
	}

	/** SIGHUP as a closing terminal would send, then SIGKILL if the process lingers. */
	async kill(): Promise<void> {
		if (!running.has(this)) return;
		this.pty.kill();
		const gone = await Promise.race([this.exited.then(() => true), new Promise(resolve => setTimeout(() => resolve(false), 1000))]);
		if (!gone) {
			try {
				process.kill(this.pid, 'SIGKILL');
			} catch {
				// Already gone between the check and the signal.
			}
			await this.exited;
		}
	}

	private waitFor<T>(subscribe: (resolve: (value: T) => void) => () => void, {timeoutMs = DEFAULT_TIMEOUT_MS, what}: Wait): Promise<T> {
		return new Promise<T>((resolve, reject) => {
			let settled = false;
			let unsubscribe = () => {};
			const settle = (finish: () => void) => {
				if (settled) return;
				settled = true;
				clearTimeout(timer);
				unsubscribe();
				finish();
			};
			const timer = setTimeout(() => {
				const last = this.lastFrame?.lines.join('\n') ?? '(no frame)';
				settle(() => reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}; last frame:\n${last}`)));
			}, timeoutMs);
			unsubscribe = subscribe(value => settle(() => resolve(value)));
			void this.exited.then(code => settle(() => reject(new Error(`process exited with ${code} while waiting for ${what}`))));
		});
	}

	private receive(data: string, at: number): void {
		// Only the start-up measure reads the raw output; keeping its tail bounds memory on long runs.
		this.output = (this.output + stripEscapes(data)).slice(-65_536);
		for (const listener of [...this.chunkListeners]) listener(data, at);
		this.pending += data;
		for (;;) {
			const end = this.pending.indexOf(END_FRAME);
			if (end === -1) break;
			const begin = this.pending.lastIndexOf(BEGIN_FRAME, end);
			const raw = this.pending.slice(begin === -1 ? 0 : begin + BEGIN_FRAME.length, end);
			this.pending = this.pending.slice(end + END_FRAME.length);
			if (raw.length === 0) continue;
			const frame = parseFrame(raw, at);
			this.frameCount++;
			this.lastFrame = frame;
			for (const listener of [...this.frameListeners]) listener(frame);
		}
		// Output outside frame marks is not a frame; never let it pile up.
		if (this.pending.length > MAX_PENDING) this.pending = this.pending.slice(-MAX_PENDING);
	}
}
