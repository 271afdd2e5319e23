import {useCallback, useRef, useState} from 'react';
import {initialNavState, transition, type NavEvent, type NavState} from '../navigation.js';

export type Navigation = {
	nav: NavState;
	send: (event: NavEvent) => void;
	/** The state after every event sent so far, even those React has not rendered yet. */
	current: () => NavState;
};

/**
 * The navigation state machine held outside React's batching: several keys can arrive in one read from the
 * terminal (a paste, a fast typist, tmux), and each must see the state the previous one left, not the last frame's.
 */
export function useNavigation(viewportRows: number): Navigation {
	const [nav, setNav] = useState(() => initialNavState(viewportRows));
	const latest = useRef(nav);
	const send = useCallback((event: NavEvent) => {
		const next = transition(latest.current, event);
		if (next === latest.current) return;
		latest.current = next;
		setNav(next);
	}, []);
	const current = useCallback(() => latest.current, []);
	return {nav, send, current};
}
