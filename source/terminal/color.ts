import chalk from 'chalk';

let colorOff = false;

/**
 * NO_COLOR and --no-color take the colour away, not inverse and bold: the selected row, the text cursor and the
 * DEMO badge are drawn with those. chalk has no such level, so it keeps (at least) its basic one, and Ink's
 * output is passed through a filter that drops the colour codes (see inkStdout).
 */
export function turnColorOff(): void {
	colorOff = true;
	// chalk reads --no-color from argv itself and goes to level 0, which would drop inverse and bold too.
	if (chalk.level === 0 && process.env['TERM'] !== 'dumb') chalk.level = 1;
}

export function colorRequestedOff(noColorFlag: boolean, env: NodeJS.ProcessEnv): boolean {
	return noColorFlag || env['NO_COLOR'] !== undefined;
}

/** The stream Ink draws on: the terminal, through the colour filter when colour is off. */
export function inkStdout(stdout: NodeJS.WriteStream = process.stdout): NodeJS.WriteStream {
	return colorOff ? withoutColor(stdout) : stdout;
}

// SGR parameters that set a colour: foreground, background and their bright and extended forms, and the defaults.
const isColorParameter = (n: number) => (n >= 30 && n <= 49) || (n >= 90 && n <= 97) || (n >= 100 && n <= 107);

/** Removes the colour from SGR sequences and keeps the rest (bold, dim, inverse, underline, resets). */
export function stripColor(data: string): string {
	return data.replaceAll(/\u001B\[([\d;:]*)m/g, (sequence, rawParameters: string) => {
		if (rawParameters === '') return sequence;
		const parameters = rawParameters.split(/[;:]/).map(Number);
		const kept: number[] = [];
		for (let index = 0; index < parameters.length; index++) {
			const parameter = parameters[index]!;
			if (parameter === 38 || parameter === 48) {
				// 38;5;N and 38;2;R;G;B carry their colour in the parameters after them.
				index += parameters[index + 1] === 5 ? 2 : parameters[index + 1] === 2 ? 4 : 0;
			} else if (!isColorParameter(parameter)) {
				kept.push(parameter);
			}
		}
		return kept.length === 0 ? '' : `\u001B[${kept.join(';')}m`;
	});
}

/** The same stream, but every write loses its colour codes; everything else (size, events) is the stream's own. */
export function withoutColor(stream: NodeJS.WriteStream): NodeJS.WriteStream {
	return new Proxy(stream, {
		get(target, property) {
			if (property === 'write') {
				return (chunk: unknown, ...rest: unknown[]) =>
					(target.write as (...args: unknown[]) => boolean)(typeof chunk === 'string' ? stripColor(chunk) : chunk, ...rest);
			}
			const value: unknown = Reflect.get(target, property, target);
			return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
		},
	});
}
