import React, {useState} from 'react';
import {getCivicAddress} from '../../resources/civic-addresses/api.js';
import {setEmergencyAddress} from '../../resources/civic-addresses/set-emergency-address.js';
import {useEmergencyKnowledge} from '../coverage/emergency-knowledge.js';
import {civicAddressDetailRows} from '../../resources/civic-addresses/detail.js';
import {explainLocationRefusal} from '../../resources/civic-addresses/explain.js';
import {addressChoices, locationChoices} from '../../resources/civic-addresses/location-choices.js';
import {placeIndex} from '../../resources/civic-addresses/places.js';
import type {LocationUpdate} from '../../resources/civic-addresses/types.js';
import {RecordDetail} from '../record-detail/record-detail.js';
import {PickList} from '../record-detail/pick-list.js';
import {SendingStatus, sendingStatusLines} from '../record-detail/sending-status.js';
import {useConnectionAddresses} from '../record-detail/use-connection-addresses.js';
import {useCheckedRecord} from '../record-detail/use-checked-record.js';
import {civicAddresses} from '../../resources/civic-addresses.js';
import {idRefusal} from '../../resources/id-refusal.js';
import {useSendOnce} from '../record-detail/use-send-once.js';
import {clean, cleanText, ownText} from '../../text/sanitize.js';
import type {RecordScreenProps} from './record-screen.js';

/** Where `s` is: picking one of the address's locations, then the address to give it. */
type Step = {pick: 'location'} | {pick: 'address'; locationId: string};

/** One civic address and its locations; s sets a location's static emergency address, both picked from menus (PATCH, once). */
export function CivicAddressDetail({
	client,
	connectionId,
	id,
	store,
	width,
	height,
	isActive,
	dispatch,
	writeToTerminal,
}: RecordScreenProps) {
	const connection = connectionId ?? '';
	const refusal = civicAddresses.idRefusal(id, connectionId);
	const {record} = useCheckedRecord(store, id, refusal, options => getCivicAddress(client, connection, id, options));
	// A location picked whose id the contract would not produce: said instead of sent.
	const [refused, setRefused] = useState<string>();
	const all = useConnectionAddresses(client, connectionId);
	const addresses = all.status === 'loaded' ? all.value.data : undefined;
	const places = addresses ? placeIndex(addresses) : undefined;
	const [step, setStep] = useState<Step>();
	const {state, send} = useSendOnce<LocationUpdate>(isActive);
	const knowledge = useEmergencyKnowledge();

	const locations = record.status === 'loaded' ? locationChoices([record.value], undefined) : undefined;
	const pickLocation = (locationId: string) => setStep({pick: 'address', locationId});
	const start = () => {
		// An address with one location needs no first question.
		const only = locations?.items.length === 1 ? locations.items[0]!.value : undefined;
		setStep(only === undefined ? {pick: 'location'} : {pick: 'address', locationId: only});
	};
	const setAddress = (locationId: string, addressId: string) => {
		setStep(undefined);
		const locationRefusal = idRefusal('/external_connections/{id}/locations/{location_id}', {id: connection, location_id: locationId});
		setRefused(locationRefusal);
		if (locationRefusal) return;
		send(`PATCH location ${locationId} {"static_emergency_address_id":"${addressId}"}`, () =>
			setEmergencyAddress(client, knowledge, connection, locationId, addressId),
		);
	};

	const name = (placeId: unknown) => (typeof placeId === 'string' ? cleanText(places?.get(placeId) ?? placeId) : ownText('the location'));
	let panel: React.ReactNode;
	if (step?.pick === 'location' && locations) {
		panel = (
			<PickList
				question={ownText('Set the emergency address of which location of this address?')}
				items={locations.items}
				initialIndex={0}
				height={height - 1}
				width={width}
				isActive={isActive}
				onPick={pickLocation}
				onCancel={() => setStep(undefined)}
			/>
		);
	} else if (step?.pick === 'address' && addresses) {
		const {items} = addressChoices(addresses, undefined);
		panel = (
			<PickList
				question={clean`Static emergency address for ${name(step.locationId)}? Nothing is sent until you pick one.`}
				items={items}
				initialIndex={Math.max(
					0,
					items.findIndex(item => item.value === id),
				)}
				height={height - 1}
				width={width}
				isActive={isActive}
				onPick={addressId => setAddress(step.locationId, addressId)}
				onCancel={() => setStep(undefined)}
			/>
		);
	}

	return (
		<RecordDetail
			what="Civic address"
			id={id}
			refusal={refusal}
			refused={refused}
			record={record}
			rows={civicAddressDetailRows}
			width={width}
			height={height}
			isActive={isActive}
			onBack={() => dispatch({type: 'back'})}
			writeToTerminal={writeToTerminal}
			actions={locations && addresses && state.status !== 'sending' ? {setEmergencyAddress: start} : {}}
			status={
				<SendingStatus
					state={state}
					width={width}
					explain={explainLocationRefusal}
					again={ownText(
						"The API cannot read a location's emergency address back. s sends it again (a new press): a 422 'already has an accepted emergency address' then means the first went through.",
					)}
					done={update => clean`Emergency address of ${name(update.location_id)} set to ${name(update.static_emergency_address_id)}`}
				/>
			}
			statusLines={sendingStatusLines(state)}
			panel={panel}
		/>
	);
}
