// A mutation subcommand run: refused in read-only mode; checked and planned (reads only); asked about when it removes
// data; sent once; its answers written in the chosen format, each failure as one line on stderr. A dry run prints
// the requests the client built and sends none of them.
import {readFile} from 'node:fs/promises';
import {text} from 'node:stream/consumers';
import type {ApiClient} from '../api/client.js';
import {NotSent, type PlannedRequest} from '../api/dry-run.js';
import {answerText} from './answer-text.js';
import {confirm} from './confirm.js';
import {errorLine} from './error-line.js';
import type {CommandIo} from './io.js';
import {jsonText} from './json-text.js';
import type {MutationCommand} from './mutation-line.js';
import {outputStream, OutputClosed} from './output-stream.js';
import type {Format} from './record-writers.js';
import {UsageError} from './usage-error.js';

const requestText = ({method, path, body}: PlannedRequest) => `${method} ${path}\n${body === undefined ? '' : `${jsonText(body, 2)}\n`}`;

export async function runMutation(command: MutationCommand, format: Format, client: ApiClient, io: CommandIo): Promise<number> {
	const {mutation} = command;
	const name = `ec-tui ${mutation.noun} ${mutation.verb}`;
	const {stdin} = io;
	try {
		const plan = await mutation.prepare(command.positionals, command.values, {
			client,
			signal: io.signal,
			readStdin: () => text(stdin),
			readFile: path => readFile(path, 'utf8'),
		});
		for (const note of plan.notes) io.stderr.write(`${name}: ${note}\n`);
		if (mutation.destructive && !command.dryRun && !command.yes) {
			if (!stdin.isTTY) {
				io.stderr.write(`${name}: this removes data: pass --yes to do it when stdin is not a terminal. Nothing sent.\n`);
				return 2;
			}
			if (!(await confirm(plan.question ?? `${name}?`, io))) {
				io.stderr.write(io.signal.aborted ? '\n' : `${name}: not confirmed: nothing sent.\n`);
				return io.signal.aborted ? 130 : 2;
			}
		}
		const outcomes = await plan.send(client, io.signal);
		const planned = outcomes.flatMap(outcome => ('error' in outcome && outcome.error instanceof NotSent ? [outcome.error.request] : []));
		const answers = outcomes.flatMap(outcome => ('answer' in outcome ? [outcome.answer] : []));
		const failures = outcomes.flatMap(outcome => ('error' in outcome && !(outcome.error instanceof NotSent) ? [outcome.error] : []));
		const out = outputStream(io.stdout);
		if (command.dryRun) await out.write(planned.map(requestText).join('\n'));
		else await out.write(answerText(format, answers, plan.many, mutation.resource, io.stdout.isTTY ? io.stdout.columns : undefined));
		for (const failure of failures) io.stderr.write(`${errorLine(failure)}\n`);
		if (io.signal.aborted) return 130;
		return failures.length > 0 ? 1 : 0;
	} catch (error) {
		if (error instanceof OutputClosed) return 0;
		if (io.signal.aborted) return 130;
		if (error instanceof UsageError) {
			io.stderr.write(`${name}: ${error.message}\n`);
			return 2;
		}
		io.stderr.write(`${errorLine(error)}\n`);
		return 1;
	}
}
