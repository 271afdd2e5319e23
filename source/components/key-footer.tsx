import React, {useSyncExternalStore} from 'react';
import {Text} from 'ink';
import type {Bound} from '../input/bindings.js';
import {footerLine} from '../input/footer.js';
import {useKeyDispatcher} from '../input/input-provider.js';
import {cleanText, type Clean} from '../text/sanitize.js';
import {useReadOnly} from '../input/read-only.js';

type Props = {
	/** The actions the screen binds, as useBindings returns them. */
	bound: readonly Bound[];
	width: number;
	/** A text field has the keyboard; by default, whether one has it or a form is open. */
	typing?: boolean;
	/** What the screen states before its keys (a count, a notice). */
	state?: Clean;
	/** False on the help overlay, which the global keys close. */
	global?: boolean;
};

/** Every screen's footer: the hints of the keys it binds, fitted to the width. */
export function KeyFooter({bound, width, typing, state, global = true}: Props) {
	const keys = useKeyDispatcher();
	// A form that closes in the commit this footer mounts in still captures text while the footer renders: told
	// once the commit has let it go, the footer drops the form's hints.
	const capturing = useSyncExternalStore(keys.subscribeCapture, keys.capturingText);
	// A key read-only mode turned off says why here, in place of the screen's own state, until the next key.
	const readOnly = useReadOnly();
	const refusal = useSyncExternalStore(readOnly.subscribe, readOnly.notice);
	const shown = refusal === undefined ? state : cleanText(refusal);
	return (
		<Text dimColor={refusal === undefined} color={refusal === undefined ? undefined : 'yellow'}>
			{footerLine(bound, width, {typing: typing ?? capturing, global, ...(shown && {state: shown})})}
		</Text>
	);
}
