// What a test can tell from one rendered frame of the whole app: which screen it is, the list's position,
// and whether Ink printed a crash instead of the app.
export type ScreenName =
	| 'list'
	| 'detail'
	| 'filter'
	| 'help'
	| 'create'
	| 'operator-connect'
	| 'sub-list'
	| 'record'
	| 'upload form'
	| 'bulk'
	| 'mark all'
	| 'coverage'
	| 'journal';

/** The screen a frame shows, or undefined when it looks like none of them (a blank or foreign frame). */
export function screenOf(frame: string): ScreenName | undefined {
	const [first = '', title = ''] = frame.split('\n', 2);
	if (/^Keys\b/.test(first) && frame.includes('Esc close')) return 'help';
	// The detail and the wizard sit below the app's header line, which names them.
	if (first.includes('External connections › new connection') && title.startsWith('Create an external connection')) return 'create';
	// Edit and delete open over the detail they came from, and name its connection the same way.
	if (
		first.includes('External connections › connection') &&
		/^(External connection|Loading connection|Edit external connection|Delete external connection) \S/.test(title)
	)
		return 'detail';
	// A record under a connection (or a log message), with its menus and confirmations, names itself below the header.
	if (
		first.includes('External connections ›') &&
		/^(Phone number|Civic address|Upload|Release|Log message|Outbound voice profile|Loading (phone number|civic address|upload|release|log message|outbound voice profile)) \S/.test(
			title,
		)
	)
		return 'record';
	if (first.includes('External connections › connection › uploads › new')) return 'upload form';
	if (first.includes('External connections › connection › phone numbers › upload')) return 'upload form';
	if (first.includes('External connections › connection › emergency coverage')) return 'coverage';
	if (/ › mark all\s*$/.test(first)) return 'mark all';
	// A bulk action over its list, or the question before one: the header names the action last.
	if (
		/External connections(?: › connection)?(?: › (?:phone numbers|uploads|log messages))? › (?:enable|disable|tags|add tags|remove tags|delete|move|dismiss|retry)\s*$/.test(
			first,
		)
	)
		return 'bulk';
	if (first.includes('External connections › journal')) return 'journal';
	if (first.includes('External connections › Operator Connect refresh') && title.startsWith('Refresh the Operator Connect integration')) {
		return 'operator-connect';
	}
	const subList = () =>
		/\nFilter (phone numbers|civic addresses|uploads|releases|log messages|outbound voice profiles)\n/.test(frame) ? 'filter' : 'sub-list';
	const mainList = () => (frame.includes('Filter external connections') ? 'filter' : 'list');
	if (
		/^\s*\S+\s+(?:READ-ONLY\s+)?(Phone numbers|Civic addresses|Addresses|Uploads|Releases|Log messages|Logs|Outbound voice profiles|Voice profiles|Profiles)\b/.test(
			first,
		)
	)
		return subList();
	if (first.includes('External connections') || /^\s*\S+\s+(?:READ-ONLY\s+)?Connections\b/.test(first)) return mainList();
	// Long filters take the title's room, the whole of it at last: the list is then told by its columns.
	if (/^\s*\S+\s+(?:READ-ONLY\s+)?filter: /.test(first)) return /^\s*name\s+id\s+service\b/m.test(frame) ? mainList() : subList();
	return undefined;
}

/** The list header's 'row N of M', as numbers. */
export function listPosition(frame: string): {row: number; total: number} | undefined {
	const match = /row ([\d,]+) of ([\d,]+)/.exec(frame.split('\n', 1)[0] ?? '');
	if (!match) return undefined;
	const count = (digits: string) => Number(digits.replaceAll(',', ''));
	return {row: count(match[1]!), total: count(match[2]!)};
}

/** Ink's error overview ('ERROR' badge, then the stack as '- fn (file:line:col)') or a raw stack trace. */
export function crashIn(frame: string): string | undefined {
	const line = frame
		.split('\n')
		.find(text => /^\s*ERROR\s/.test(text) || /^\s*- .*\(.*:\d+:\d+\)\s*$/.test(text) || /^\s{4}at /.test(text));
	return line;
}

/** The id of the connection a detail frame shows (from its title line, below the app's header). */
export function detailId(frame: string): string | undefined {
	return /^(?:External connection|Loading connection|Edit external connection|Delete external connection) (\S+?)(?:…| |$)/.exec(
		frame.split('\n', 2)[1] ?? '',
	)?.[1];
}
