// PATCH …/locations/{location_id}, sent once, and what its answer teaches about the location: every screen that
// sets an emergency address goes through here, so the coverage view knows what any of them did.
import type {ApiClient} from '../../api/client.js';
import {updateLocation} from './api.js';
import type {EmergencyKnowledge} from './emergency-knowledge.js';
import type {LocationUpdate} from './types.js';

export async function setEmergencyAddress(
	client: ApiClient,
	knowledge: EmergencyKnowledge,
	connectionId: string,
	locationId: string,
	addressId: string,
): Promise<LocationUpdate> {
	try {
		const update = await updateLocation(client, connectionId, locationId, {static_emergency_address_id: addressId});
		knowledge.learnSet(locationId, addressId, update);
		return update;
	} catch (error) {
		knowledge.learnRefusal(locationId, error);
		throw error;
	}
}
