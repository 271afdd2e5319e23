// `ec-tui sandbox [flags]`: runs the sandbox standalone until SIGINT/SIGTERM.
import {parseArgs} from 'node:util';
import {didYouMean} from '../config/did-you-mean.js';
import type {FaultOptions} from './faults.js';
import {DEFAULT_COUNT, DEFAULT_UPLOAD_STEP_MS, DEMO_API_KEY, startSandbox, type SandboxOptions} from './server.js';

type Io = {stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream};

const SANDBOX_HELP = `Usage: ec-tui sandbox [options]

Runs a local Telnyx-compatible API (external connections with their phone numbers, civic
addresses, uploads, releases and log messages; connections; outbound voice profiles) on
127.0.0.1, under both / and /v2/. The newest seeded connection has 10,000 phone numbers.

Options:
  --port N               port to listen on (default: a free port)
  --count N              seeded external connections (default ${DEFAULT_COUNT}, up to 10000000)
  --data-seed N          seed of the generated data
  --api-key KEY          accepted bearer key (default ${DEMO_API_KEY})
  --latency MS           delay added to every response
  --jitter MS            random extra delay, 0..MS
  --fail-rate R          share of requests answered 500/503 (0..1)
  --rate-limit-rate R    share answered 429 with Retry-After: 1 (0..1)
  --rate-limit-every N   every Nth request answered 429 with Retry-After: 1
  --malformed-rate R     share answered 200 with HTML or truncated JSON (0..1)
  --hang-rate R          share never answered (0..1)
  --reset-rate R         share whose connection is reset (0..1)
  --seed N               seed of the fault sequence
  --upload-step MS       uploads made through POST move one status on every MS
                         (pending_upload, pending, in_progress, success; default
                         ${DEFAULT_UPLOAD_STEP_MS}, 0 keeps them where they are)
  -h, --help             show this help
`;

const STRING_FLAGS = [
	'port',
	'count',
	'data-seed',
	'api-key',
	'latency',
	'jitter',
	'fail-rate',
	'rate-limit-rate',
	'rate-limit-every',
	'malformed-rate',
	'hang-rate',
	'reset-rate',
	'seed',
	'upload-step',
] as const;
type Flag = (typeof STRING_FLAGS)[number];

class FlagError extends Error {}

function integer(flag: Flag, raw: string, max: number, min = 0): number {
	const value = Number(raw);
	if (!/^\d+$/.test(raw) || value > max || value < min) {
		throw new FlagError(`--${flag} must be an integer between ${min} and ${max} (got '${raw}')`);
	}
	return value;
}

function decimal(flag: Flag, raw: string, max = Number.MAX_SAFE_INTEGER): number {
	const value = Number(raw);
	if (!/^(\d+(\.\d*)?|\.\d+)$/.test(raw) || value > max) {
		const range = max === 1 ? 'a number between 0 and 1' : 'a non-negative number';
		throw new FlagError(`--${flag} must be ${range} (got '${raw}')`);
	}
	return value;
}

function toOptions(values: Partial<Record<Flag, string>>): SandboxOptions {
	const options: SandboxOptions = {};
	const rate = (flag: Flag, key: keyof FaultOptions) => {
		const raw = values[flag];
		if (raw !== undefined) options[key] = decimal(flag, raw, 1);
	};
	if (values.port !== undefined) options.port = integer('port', values.port, 65_535);
	if (values.count !== undefined) options.count = integer('count', values.count, 10_000_000);
	if (values['data-seed'] !== undefined) options.dataSeed = integer('data-seed', values['data-seed'], 0xffffffff);
	if (values.seed !== undefined) options.seed = integer('seed', values.seed, 0xffffffff);
	if (values.latency !== undefined) options.latencyMs = decimal('latency', values.latency);
	if (values.jitter !== undefined) options.jitterMs = decimal('jitter', values.jitter);
	const every = values['rate-limit-every'];
	if (every !== undefined) options.rateLimitEvery = integer('rate-limit-every', every, 1_000_000, 1);
	const step = values['upload-step'] === undefined ? DEFAULT_UPLOAD_STEP_MS : decimal('upload-step', values['upload-step']);
	if (step > 0) options.uploadStepMs = step;
	rate('fail-rate', 'failRate');
	rate('rate-limit-rate', 'rateLimitRate');
	rate('malformed-rate', 'malformedRate');
	rate('hang-rate', 'hangRate');
	rate('reset-rate', 'resetRate');
	const key = values['api-key'];
	if (key !== undefined) {
		if (!/^[\x21-\x7e]+$/.test(key)) throw new FlagError('--api-key must be non-empty printable ASCII without spaces');
		options.apiKey = key;
	}
	return options;
}

function parse(argv: string[]): SandboxOptions | 'help' {
	let parsed;
	try {
		parsed = parseArgs({
			args: argv,
			options: {
				...Object.fromEntries(STRING_FLAGS.map(flag => [flag, {type: 'string'} as const])),
				help: {type: 'boolean', short: 'h'},
			},
			strict: true,
			allowPositionals: false,
		});
	} catch (error) {
		// node's messages go on with lines of advice; the first sentence names the problem.
		const [first = 'invalid arguments'] = String((error as Error).message).split(/\n|\. /);
		const unknown = /^Unknown option '(-[^'=]*)/.exec(first)?.[1];
		const near =
			unknown &&
			didYouMean(
				unknown,
				[...STRING_FLAGS, 'help'].map(flag => `--${flag}`),
			);
		throw new FlagError(`${first.replace(/\.$/, '')}${near ? `; did you mean ${near}?` : ''}`);
	}
	if (parsed.values.help) return 'help';
	return toOptions(parsed.values as Partial<Record<Flag, string>>);
}

export async function runSandboxCommand(argv: string[], io: Io): Promise<number> {
	let options: SandboxOptions | 'help';
	try {
		options = parse(argv);
	} catch (error) {
		if (!(error instanceof FlagError)) throw error;
		io.stderr.write(`ec-tui sandbox: ${error.message}\n`);
		return 2;
	}
	if (options === 'help') {
		io.stdout.write(SANDBOX_HELP);
		return 0;
	}

	let sandbox;
	try {
		sandbox = await startSandbox(options);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		const reason = code === 'EADDRINUSE' ? 'the port is already in use' : (error as Error).message;
		io.stderr.write(`ec-tui sandbox: cannot start: ${reason}\n`);
		return 1;
	}
	const {url, apiKey} = sandbox;
	io.stdout.write(
		`Sandbox listening on ${url}\n` +
			`API key: ${apiKey}\n` +
			`Try: curl -g -H "Authorization: Bearer ${apiKey}" "${url}/v2/external_connections?page[size]=5"\n` +
			'Press Ctrl+C to stop.\n',
	);

	return new Promise<number>(resolve => {
		const stop = () => {
			process.off('SIGINT', stop);
			process.off('SIGTERM', stop);
			void sandbox.close().then(() => {
				io.stdout.write('Sandbox stopped.\n');
				resolve(0);
			});
		};
		process.on('SIGINT', stop);
		process.on('SIGTERM', stop);
	});
}
