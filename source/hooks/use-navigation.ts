import {useLayoutEffect, useReducer, useRef} from 'react';
import {initialNavState, transition, type NavEvent, type NavState} from '../navigation/index.js';

/** Hears every state the app commits, with the event that led to it (none for the first). */
export type NavigationListener = (state: NavState, event?: NavEvent) => void;

type Step = {state: NavState; event: NavEvent | undefined};

function reduce(step: Step, event: NavEvent): Step {
	const state = transition(step.state, event);
	return state === step.state ? step : {state, event};
}

/** The navigation state machine in React state: the input layer commits each key before the next arrives. */
export function useNavigation(viewportRows: number, onNavigation?: NavigationListener): {nav: NavState; send: (event: NavEvent) => void} {
	const [step, send] = useReducer(reduce, undefined, () => ({state: initialNavState(viewportRows), event: undefined}));
	const listener = useRef(onNavigation);
	useLayoutEffect(() => {
		listener.current = onNavigation;
	});
	useLayoutEffect(() => {
		listener.current?.(step.state, step.event);
	}, [step]);
	return {nav: step.state, send};
}
