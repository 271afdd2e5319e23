// The app says when its first screen is drawn, to whatever started it: the launcher (bin.ts) then saves its code
// cache, which by that time holds every function that a start-up compiles, not just the bundle's top level.
import type {EventEmitter} from 'node:events';

export const UI_SHOWN = 'ec-tui:ui-shown';

// The process is the one object the launcher and the bundle share; its typings know only Node's own events.
const processEvents = process as EventEmitter;

export function announceUiShown(): void {
	processEvents.emit(UI_SHOWN);
}

export function whenUiShown(listener: () => void): void {
	processEvents.once(UI_SHOWN, listener);
}
