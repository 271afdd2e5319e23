// `ec-tui sandbox` from the built binary, in a process of its own, so the client measured is not sharing an event
// loop (and its CPU time) with the server it talks to.
import {spawn, type ChildProcess} from 'node:child_process';
import {fileURLToPath} from 'node:url';

export const BIN = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

export type SandboxProcess = {child: ChildProcess; url: string; apiKey: string};

/** `args`: the sandbox's flags (`--count 100000 --latency 150`). */
export async function startSandboxProcess(args: string[]): Promise<SandboxProcess> {
	const child = spawn(process.execPath, [BIN, 'sandbox', ...args], {stdio: ['ignore', 'pipe', 'inherit']});
	let output = '';
	const started = await new Promise<RegExpExecArray>((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error(`the sandbox did not start within 30 s: ${output}`)), 30_000);
		child.once('exit', code => reject(new Error(`the sandbox exited with ${code}: ${output}`)));
		child.stdout!.on('data', (chunk: Buffer) => {
			output += chunk.toString('utf8');
			const found = /listening on (http:\/\/\S+)[\s\S]*Bearer (\S+?)"/.exec(output);
			if (found) {
				clearTimeout(timer);
				resolve(found);
			}
		});
	});
	child.stdout!.resume();
	return {child, url: started[1]!, apiKey: started[2]!};
}
