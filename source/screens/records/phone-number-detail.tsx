import {moveInverse} from '../../resources/phone-numbers/move-inverse.js';
import React, {useState} from 'react';
import {clean, cleanText, ownText} from '../../text/sanitize.js';
import {getPhoneNumber, updatePhoneNumber} from '../../resources/phone-numbers/api.js';
import {phoneNumberDetailRows} from '../../resources/phone-numbers/detail.js';
import type {ExternalConnectionPhoneNumber} from '../../resources/phone-numbers/types.js';
import {placeIndex} from '../../resources/civic-addresses/places.js';
import {locationChoices} from '../../resources/civic-addresses/location-choices.js';
import {RecordDetail} from '../record-detail/record-detail.js';
import {PickList} from '../record-detail/pick-list.js';
import {SendingStatus, sendingStatusLines} from '../record-detail/sending-status.js';
import {useConnectionAddresses} from '../record-detail/use-connection-addresses.js';
import {useCheckedRecord} from '../record-detail/use-checked-record.js';
import {phoneNumbers} from '../../resources/phone-numbers.js';
import {useSendOnce} from '../record-detail/use-send-once.js';
import type {RecordScreenProps} from './record-screen.js';
import {showField} from '../../components/wire-value.js';

/** One phone number: every field, locations by name; e moves it to another of the connection's locations (PATCH, once). */
export function PhoneNumberDetail({
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
	const refusal = phoneNumbers.idRefusal(id, connectionId);
	const {record, replace} = useCheckedRecord(store, id, refusal, options => getPhoneNumber(client, connection, id, options));
	const addresses = useConnectionAddresses(client, connectionId);
	const places = addresses.status === 'loaded' ? placeIndex(addresses.value.data) : undefined;
	const [picking, setPicking] = useState(false);
	const {state, send} = useSendOnce<ExternalConnectionPhoneNumber>(isActive);

	const move = (locationId: string) => {
		setPicking(false);
		if (record.status === 'loaded' && record.value.location_id === locationId) return;
		const show = (number: ExternalConnectionPhoneNumber) => {
			replace(number);
			store.replaceRow(id, number);
		};
		send(
			`PATCH phone number ${id} {"location_id":"${locationId}"}`,
			() =>
				updatePhoneNumber(
					client,
					connection,
					id,
					{location_id: locationId},
					{inverse: record.status === 'loaded' ? moveInverse(connection, id, record.value.location_id, locationId) : undefined},
				),
			{
				onSent: show,
				async readBack() {
					const number = await getPhoneNumber(client, connection, id);
					show(number);
					const where = places?.get(number.location_id ?? '') ?? number.location_id ?? 'no location';
					return cleanText(
						`the number is at ${where}: ${number.location_id === locationId ? 'the move went through' : 'the move did not go through'}`,
					);
				},
			},
		);
	};

	const choices =
		addresses.status === 'loaded' && record.status === 'loaded'
			? locationChoices(addresses.value.data, record.value.location_id)
			: undefined;
	return (
		<RecordDetail
			what="Phone number"
			id={id}
			refusal={refusal}
			record={record}
			rows={number => phoneNumberDetailRows(number, places)}
			width={width}
			height={height}
			isActive={isActive}
			onBack={() => dispatch({type: 'back'})}
			writeToTerminal={writeToTerminal}
			actions={choices && state.status !== 'sending' ? {moveNumber: () => setPicking(true)} : {}}
			status={
				<SendingStatus
					state={state}
					width={width}
					done={updated =>
						clean`Moved to ${
							updated.location_id === undefined
								? ownText('its new location')
								: cleanText(places?.get(updated.location_id) ?? showField(updated.location_id, 'text'))
						}`
					}
					again={ownText('e picks a location and sends again: a new press, once you have read the above.')}
				/>
			}
			statusLines={sendingStatusLines(state)}
			panel={
				picking && choices ? (
					<PickList
						question={ownText('Move this number to which location? Nothing is sent until you pick one.')}
						items={choices.items}
						initialIndex={choices.initialIndex}
						height={height - 1}
						width={width}
						isActive={isActive}
						onPick={move}
						onCancel={() => setPicking(false)}
					/>
				) : undefined
			}
		/>
	);
}
