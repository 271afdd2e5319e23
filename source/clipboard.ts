// Copy to the system clipboard through the terminal (OSC 52): works over SSH and needs no helper program.
export type TerminalWriter = {write(data: string): unknown};

export function osc52Copy(text: string, env: NodeJS.ProcessEnv = process.env): string {
	const sequence = `\u001B]52;c;${Buffer.from(text, 'utf8').toString('base64')}\u0007`;
	if (!env['TMUX']) return sequence;
	// tmux swallows unknown escapes unless they are wrapped in a DCS passthrough, with every ESC doubled.
	return `\u001BPtmux;${sequence.replaceAll('\u001B', '\u001B\u001B')}\u001B\\`;
}

export function copyToClipboard(text: string, stream: TerminalWriter, env: NodeJS.ProcessEnv = process.env): void {
	stream.write(osc52Copy(text, env));
}
