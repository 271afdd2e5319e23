import chalk from 'chalk';

/**
 * Ink colours through chalk, which ignores NO_COLOR and has already chosen its level by the time flags are read
 * (the bundle loads it at start-up), so colour is switched off on the shared instance itself.
 */
export function turnColorOff(): void {
	chalk.level = 0;
}

export function colorRequestedOff(noColorFlag: boolean, env: NodeJS.ProcessEnv): boolean {
	return noColorFlag || env['NO_COLOR'] !== undefined;
}
