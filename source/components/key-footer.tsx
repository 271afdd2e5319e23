import React from 'react';
import {Text} from 'ink';
import type {Bound} from '../input/bindings.js';
import {footerLine} from '../input/footer.js';
import {useKeyDispatcher} from '../input/input-provider.js';
import type {Clean} from '../text/sanitize.js';

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
	return <Text dimColor>{footerLine(bound, width, {typing: typing ?? keys.capturingText(), global, ...(state && {state})})}</Text>;
}
