import {useCallback, useEffect, useRef, useState} from 'react';
import {initialNavState, transition, type NavEvent, type NavState} from '../navigation.js';

export type Navigation = {
	nav: NavState;
	send: (event: NavEvent) => void;
	/** The state after every event sent so far, even those React has not rendered yet. */
	current: () => NavState;
};

/** Hears the first state, then every event with the state it led to (the same object when it did not apply). */
export type NavigationListener = (state: NavState, event?: NavEvent) => void;

/**
 * The navigation state machine held outside React's batching: several keys can arrive in one read from the
 * terminal (a paste, a fast typist, tmux), and each must see the state the previous one left, not the last frame's.
 */
export function useNavigation(viewportRows: number, onNavigation?: NavigationListener): Navigation {
	const [nav, setNav] = useState(() => initialNavState(viewportRows));
	const latest = useRef(nav);
	const listener = useRef(onNavigation);
	listener.current = onNavigation;
	useEffect(() => {
		listener.current?.(latest.current);
	}, []);
	const send = useCallback((event: NavEvent) => {
		const next = transition(latest.current, event);
		listener.current?.(next, event);
		if (next === latest.current) return;
		latest.current = next;
		setNav(next);
	}, []);
	const current = useCallback(() => latest.current, []);
	return {nav, send, current};
}
