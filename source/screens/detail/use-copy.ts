import {useCallback, useRef, useState} from 'react';
import {copyToClipboard, type CopyOptions} from '../../terminal/clipboard.js';
import type {Copied} from './copy-notice.js';

export type CopyState = {copied: Copied; tmuxBufferSet: boolean};

/** `y`'s side effect and what the notice says; the tmux buffer is mentioned once tmux has set it. `clear` ends the notice. */
export function useCopy(
	write: (data: string) => void,
	options: CopyOptions,
): {state?: CopyState; copy: (copied: Copied) => void; clear: () => void} {
	const [state, setState] = useState<CopyState>();
	// A late answer from tmux must not mark a newer copy as set.
	const latest = useRef<Copied>(undefined);
	const copy = (copied: Copied) => {
		latest.current = copied;
		setState({copied, tmuxBufferSet: false});
		if (copied.what === 'nothing') return;
		copyToClipboard(copied.text, {write}, options).tmuxBuffer?.then(set => {
			if (set && latest.current === copied) setState({copied, tmuxBufferSet: true});
		});
	};

	const clear = useCallback(() => {
		latest.current = undefined;
		setState(undefined);
	}, []);

	return {...(state && {state}), copy, clear};
}
