import {moveInverse} from '../../resources/phone-numbers/move-inverse.js';
import React, {useMemo, useState} from 'react';
import type {ListOverlay} from '../../navigation/routes.js';
import {Box} from 'ink';
import type {ApiClient} from '../../api/client.js';
import {AppHeader} from '../../components/app-header.js';
import {useBindings} from '../../input/use-keys.js';
import {markedNumbers} from '../../resources/uploads/marked-numbers.js';
import {uploads} from '../../resources/uploads.js';
import {cleanText, ownText} from '../../text/sanitize.js';
import {formatCount} from '../../text/format.js';
import {ResourceList} from '../resource-list/resource-list.js';
import {NewUpload} from '../uploads/new-upload.js';
import {BulkScreen} from '../bulk/bulk-screen.js';
import {rowsToActOn} from '../bulk/rows-to-act-on.js';
import {PickList} from '../record-detail/pick-list.js';
import {useConnectionAddresses} from '../record-detail/use-connection-addresses.js';
import {locationChoices} from '../../resources/civic-addresses/location-choices.js';
import {placeIndex} from '../../resources/civic-addresses/places.js';
import {updatePhoneNumber} from '../../resources/phone-numbers/api.js';
import {movePlan} from '../../resources/phone-numbers/move-plan.js';
import type {ExternalConnectionPhoneNumber} from '../../resources/phone-numbers/types.js';
import {clean} from '../../text/sanitize.js';

type ListProps = React.ComponentProps<typeof ResourceList>;

export type PhoneNumbersListProps = ListProps & {
	client: ApiClient;
	connectionId: string;
	height: number;
	overlay?: ListOverlay | undefined;
};

/**
 * A connection's phone numbers: the generic list, where Space marks numbers and U uploads the marked ones (or the
 * one under the cursor) to Microsoft Teams; once started, the connection's uploads show it moving.
 */
export function PhoneNumbersList({client, connectionId, height, overlay, ...list}: PhoneNumbersListProps): React.JSX.Element {
	// U: the marked numbers, taken into the upload form as it opens.
	const uploading = useMemo(() => (overlay?.name === 'upload' ? markedNumbers(overlay.rows) : undefined), [overlay]);
	// L: the rows to move, then (picked) where to.
	const moving = overlay?.name === 'move' ? overlay : undefined;
	const addresses = useConnectionAddresses(client, connectionId);
	const addressList = addresses.status === 'loaded' ? addresses.value.data : undefined;
	// What U said is about the rows as they were: a move or a mark makes it old.
	const [said, setSaid] = useState<{text: string; cursor: number; marks: typeof list.marks}>();
	const bound = useBindings(
		'phoneNumbers',
		{
			...(addressList && {
				moveMarked() {
					const rows = rowsToActOn(list);
					if (rows.length > 0) list.dispatch({type: 'overlay', overlay: {name: 'move', rows}});
				},
			}),
			uploadMarked() {
				const rows = rowsToActOn(list);
				if (markedNumbers(rows)) list.dispatch({type: 'overlay', overlay: {name: 'upload', rows}});
				else
					setSaid({
						text: '✖ No number to upload: mark some with Space, or wait for the row to load',
						cursor: list.list.cursor,
						marks: list.marks,
					});
			},
		},
		list.isActive && overlay === undefined && !list.markingAll,
	);

	if (moving && addressList) {
		const places = placeIndex(addressList);
		const path = [ownText('External connections'), ownText('connection'), ownText('phone numbers'), ownText('move')];
		if (moving.answer === undefined) {
			const {items} = locationChoices(addressList, undefined);
			return (
				<Box flexDirection="column">
					<AppHeader width={list.width} place={list.place} title={path} />
					<PickList
						question={clean`Move ${formatCount(moving.rows.length)} ${ownText(moving.rows.length === 1 ? 'number' : 'numbers')} to which location? Nothing is sent until you confirm.`}
						items={items}
						initialIndex={0}
						height={height - 1}
						width={list.width}
						isActive={list.isActive}
						onPick={locationId => list.dispatch({type: 'overlay', overlay: {...moving, answer: locationId}})}
						onCancel={() => list.dispatch({type: 'overlayClosed', sent: false})}
					/>
				</Box>
			);
		}
		const target = moving.answer;
		const plan = movePlan(moving.rows, target, connectionId);
		return (
			<BulkScreen<ExternalConnectionPhoneNumber>
				place={list.place}
				path={path}
				title={clean`Move to ${cleanText(places.get(target) ?? target)} · PATCH, one per number`}
				items={plan.send}
				name={row => cleanText(String(row.telephone_number ?? row.number_id))}
				request={cleanText(`PATCH /external_connections/${connectionId}/phone_numbers/{number_id} {"location_id":"${target}"}`)}
				refused={plan.refused}
				send={async row => {
					const id = row.number_id!;
					const inverse = moveInverse(connectionId, id, row.location_id, target);
					list.store.replaceRow(id, await updatePhoneNumber(client, connectionId, id, {location_id: target}, {inverse}));
				}}
				width={list.width}
				height={height}
				isActive={list.isActive}
				onClose={sent => list.dispatch({type: 'overlayClosed', sent})}
			/>
		);
	}

	if (uploading) {
		return (
			<Box flexDirection="column">
				<AppHeader
					width={list.width}
					place={list.place}
					title={[ownText('External connections'), ownText('connection'), ownText('phone numbers'), ownText('upload')]}
				/>
				<NewUpload
					client={client}
					connectionId={connectionId}
					width={list.width}
					height={height - 1}
					isActive={list.isActive}
					marked={uploading}
					onClose={() => list.dispatch({type: 'overlayClosed', sent: false})}
					onStarted={created =>
						list.dispatch({
							type: 'switchList',
							resource: uploads.name,
							notice: cleanText(`✔ Upload started: ticket ${created.ticket_id ?? '(none given)'}`),
						})
					}
				/>
			</Box>
		);
	}
	const shown = said && said.cursor === list.list.cursor && said.marks === list.marks ? said.text : list.notice;
	return <ResourceList {...list} {...(shown !== undefined && {notice: shown})} extraBound={[bound]} />;
}
