// `ec-tui completion bash|zsh|fish`: prints the shell's completion script, or a usage error (exit status 2).
import {near} from './flags.js';
import {completionModel, SHELLS, type Shell} from './completion-model.js';
import {completionScript} from './completion-scripts.js';

export const COMPLETION_HELP = `Usage: ec-tui completion bash|zsh|fish

Prints a script that completes ec-tui's subcommands, verbs, flags, --filter names and --format values.

Examples
  source <(ec-tui completion bash)
      in ~/.bashrc: bash completes ec-tui from then on
  source <(ec-tui completion zsh)
      in ~/.zshrc, after compinit
  ec-tui completion fish > ~/.config/fish/completions/ec-tui.fish
      fish loads it by itself
`;

export function runCompletion(argv: readonly string[], io: {stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream}): number {
	const [shell, ...rest] = argv;
	if (shell === '--help' || shell === '-h') {
		io.stdout.write(COMPLETION_HELP);
		return 0;
	}
	if (shell === undefined || !(SHELLS as readonly string[]).includes(shell) || rest.length > 0) {
		const problem =
			shell === undefined ? 'which shell?' : rest.length > 0 ? `unexpected "${rest[0]}".` : `no shell "${shell}".${near(shell, SHELLS)}`;
		io.stderr.write(`ec-tui completion: ${problem} Shells: ${SHELLS.join(', ')}.\n`);
		return 2;
	}
	io.stdout.write(completionScript(shell as Shell, completionModel()));
	return 0;
}
