// Every key of every screen, in one place, for the help overlay; each screen's footer shows its own few.
export type KeyBinding = {keys: string; action: string};
export type KeySection = {screen: string; bindings: KeyBinding[]};

export const KEY_SECTIONS: KeySection[] = [
	{
		screen: 'List',
		bindings: [
			{keys: '↑ ↓  k j', action: 'move one row'},
			{keys: 'PgUp PgDn', action: 'move one screen'},
			{keys: 'g Home  G End', action: 'first / last row'},
			{keys: 'Enter', action: 'open the connection'},
			{keys: '/', action: 'filter the list'},
			{keys: 'x', action: 'clear the filters'},
			{keys: 'r', action: 'refresh (retry after an error)'},
			{keys: 'c', action: 'create a connection'},
		],
	},
	{
		screen: 'Detail',
		bindings: [
			{keys: '↑ ↓  k j', action: 'scroll'},
			{keys: 'J', action: 'toggle the raw JSON'},
			{keys: 'y', action: 'copy the id (OSC 52)'},
			{keys: 'Esc Backspace', action: 'back to the list'},
		],
	},
	{
		screen: 'Filter form',
		bindings: [
			{keys: 'Tab ↓  Shift+Tab ↑', action: 'next / previous field'},
			{keys: '← →', action: 'choose the service'},
			{keys: 'Enter', action: 'apply (all empty clears)'},
			{keys: 'Esc', action: 'close without applying'},
		],
	},
	{
		screen: 'Create wizard',
		bindings: [
			{keys: 'Enter', action: 'accept the step'},
			{keys: '↑ ↓', action: 'choose an option'},
			{keys: 'PgUp PgDn', action: 'scroll the review body'},
			{keys: 'Esc', action: 'back one step (values kept)'},
		],
	},
	{
		screen: 'Everywhere',
		bindings: [
			{keys: '?', action: 'this help (Esc closes it)'},
			{keys: 'q', action: 'quit (outside text fields)'},
			{keys: 'Ctrl+C', action: 'quit at once'},
		],
	},
];

export const LIST_HINTS = '↑↓ move · Enter open · / filter · r refresh · c create · ? help · q quit';
