// What is known of each location's static emergency address. The API has no read of it (the spec's Location
// has no such field; only the answer to PATCH …/locations/{id} names one), so this is what the app learned
// while it ran: an address it set, and a change Telnyx refused because Teams had already accepted one.
import {isAlreadyAccepted} from './explain.js';
import type {LocationUpdate} from './types.js';

export type EmergencyKnown =
	/** Set by this app (200, or 202 while the location's orders are processed again). */
	| {kind: 'set'; addressId: string}
	/** A change was refused (422): Teams already accepted an address, which the API cannot name. */
	| {kind: 'accepted'};

export class EmergencyKnowledge {
	readonly #known = new Map<string, EmergencyKnown>();
	readonly #listeners = new Set<() => void>();
	#version = 0;

	get(locationId: string): EmergencyKnown | undefined {
		return this.#known.get(locationId);
	}

	/** Changes with every lesson: what a screen subscribes to. */
	version = (): number => this.#version;

	subscribe = (listener: () => void): (() => void) => {
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
	};

	/** The PATCH's answer: the address it names (or, lacking one, the one sent) is the location's now. */
	learnSet(locationId: string, sent: string, answer: LocationUpdate): void {
		const addressId = typeof answer.static_emergency_address_id === 'string' ? answer.static_emergency_address_id : sent;
		this.#learn(locationId, {kind: 'set', addressId});
	}

	/** The PATCH failed: a refusal because an address was accepted is a lesson; anything else says nothing. */
	learnRefusal(locationId: string, error: unknown): void {
		if (isAlreadyAccepted(error)) this.#learn(locationId, {kind: 'accepted'});
	}

	#learn(locationId: string, known: EmergencyKnown): void {
		this.#known.set(locationId, known);
		this.#version++;
		for (const listener of [...this.#listeners]) listener();
	}
}
