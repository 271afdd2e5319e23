/** --no-names or EC_TUI_NO_NAMES (any value but empty or 0) turns the list's name column off. */
export function namesRequestedOff(noNamesFlag: boolean, env: NodeJS.ProcessEnv): boolean {
	const setting = env['EC_TUI_NO_NAMES'];
	return noNamesFlag || (setting !== undefined && setting !== '' && setting !== '0');
}
