import React, {useMemo, useState} from 'react';
import {Box, Text} from 'ink';
import type {ApiClient} from '../../api/client.js';
import {ErrorBanner} from '../../components/error-banner.js';
import {KeyFooter} from '../../components/key-footer.js';
import {Spinner} from '../../components/spinner.js';
import {useBindings} from '../../input/use-keys.js';
import {coverageRows, coverageSummary, locationIds} from '../../resources/civic-addresses/coverage.js';
import {explainLocationRefusal} from '../../resources/civic-addresses/explain.js';
import {addressChoices} from '../../resources/civic-addresses/location-choices.js';
import {placeIndex} from '../../resources/civic-addresses/places.js';
import {setEmergencyAddress} from '../../resources/civic-addresses/set-emergency-address.js';
import type {LocationUpdate} from '../../resources/civic-addresses/types.js';
import {truncate} from '../../text/format.js';
import {clean, cleanText, ownText} from '../../text/sanitize.js';
import {PickList} from '../record-detail/pick-list.js';
import {SendingStatus, sendingStatusLines} from '../record-detail/sending-status.js';
import {useConnectionAddresses} from '../record-detail/use-connection-addresses.js';
import {useSendOnce} from '../record-detail/use-send-once.js';
import {rowLine, summaryLine, titleLine} from './coverage-lines.js';
import {useEmergencyKnowledge} from './emergency-knowledge.js';
import {useLocationCounts} from './use-location-counts.js';

type Props = {client: ApiClient; connectionId: string; width: number; height: number; isActive: boolean; onBack: () => void};

// Summary, the API's limit, column titles, footer.
const CHROME_LINES = 4;

/**
 * Every location of a connection: what is known of its static emergency address (none known first) and how many
 * of its numbers sit there; s sets the address of the one under the cursor, picked from the connection's addresses.
 */
export function EmergencyCoverage({client, connectionId, width, height, isActive, onBack}: Props): React.JSX.Element {
	const knowledge = useEmergencyKnowledge();
	const addresses = useConnectionAddresses(client, connectionId);
	const list = addresses.status === 'loaded' ? addresses.value.data : undefined;
	const places = useMemo(() => (list ? placeIndex(list) : undefined), [list]);
	const ids = useMemo(() => (list ? locationIds(list) : []), [list]);
	const [round, setRound] = useState(0);
	const counts = useLocationCounts(client, connectionId, ids, round);
	const rows = list ? coverageRows(list, counts, id => knowledge.get(id)) : [];
	// The cursor stays on its location while counts arrive and lessons reorder the rows.
	const [cursorId, setCursorId] = useState<string>();
	const cursor = Math.max(
		0,
		rows.findIndex(row => row.locationId === cursorId),
	);
	const [picking, setPicking] = useState<string>();
	const {state, send} = useSendOnce<LocationUpdate>(isActive && picking === undefined);
	const statusLines = sendingStatusLines(state);
	const viewport = Math.max(1, height - CHROME_LINES - statusLines);
	const offset = Math.max(0, cursor - viewport + 1);

	const moveTo = (index: number) => setCursorId(rows[Math.min(Math.max(index, 0), rows.length - 1)]?.locationId);
	const bound = useBindings(
		'coverage',
		{
			down: () => moveTo(cursor + 1),
			up: () => moveTo(cursor - 1),
			pageDown: () => moveTo(cursor + viewport),
			pageUp: () => moveTo(cursor - viewport),
			first: () => moveTo(0),
			last: () => moveTo(rows.length - 1),
			...(rows.length > 0 && state.status !== 'sending' && {setAddress: () => setPicking(rows[cursor]!.locationId)}),
			recount: () => setRound(value => value + 1),
			back: onBack,
		},
		isActive && picking === undefined,
	);

	if (picking !== undefined && list) {
		// The location's own address first: the usual answer.
		const own = list.find(address => Array.isArray(address.locations) && address.locations.some(location => location?.id === picking));
		const {items} = addressChoices(list, undefined);
		const initialIndex = Math.max(
			0,
			items.findIndex(item => item.value === own?.id),
		);
		return (
			<PickList
				question={clean`Static emergency address for ${cleanText(places?.get(picking) ?? picking)}? Nothing is sent until you pick one.`}
				items={items}
				initialIndex={initialIndex}
				height={height}
				width={width}
				isActive={isActive}
				onPick={addressId => {
					setPicking(undefined);
					send(
						`PATCH location ${picking} {"static_emergency_address_id":"${addressId}"}`,
						() => setEmergencyAddress(client, knowledge, connectionId, picking, addressId),
						// The location joins those with an address; the cursor goes to the first still without one.
						{onSent: () => setCursorId(undefined)},
					);
				}}
				onCancel={() => setPicking(undefined)}
			/>
		);
	}

	let body: React.ReactNode;
	if (addresses.status === 'loading') body = <Spinner label={ownText("Loading the connection's addresses and locations…")} />;
	else if (addresses.status === 'failed') body = <ErrorBanner error={addresses.error} width={width} />;
	else if (rows.length === 0)
		body = <Text>{truncate(ownText('This connection has no locations: Microsoft Teams has sent it no civic addresses.'), width)}</Text>;
	else
		body = rows.slice(offset, offset + viewport).map((row, index) => (
			<Text key={row.locationId} inverse={offset + index === cursor} color={row.emergency ? undefined : 'yellow'}>
				{rowLine(row, places, offset + index === cursor, width)}
			</Text>
		));
	return (
		<Box flexDirection="column">
			<Text bold>{list ? summaryLine(coverageSummary(rows), width) : ownText(' ')}</Text>
			<Text dimColor>
				{truncate(
					ownText(
						"The API reads no location's emergency address: one shows once ec-tui set it, or Telnyx refused a change because Teams accepted one.",
					),
					width,
				)}
			</Text>
			<Text dimColor>{titleLine(width)}</Text>
			<Box flexDirection="column" height={viewport}>
				{body}
			</Box>
			<SendingStatus
				state={state}
				width={width}
				explain={explainLocationRefusal}
				again={ownText(
					"The API cannot read a location's emergency address back. s sends it again: a 422 'already accepted' then means the first went through.",
				)}
				done={update =>
					clean`Emergency address of ${cleanText(places?.get(update.location_id ?? '') ?? 'the location')} set to ${cleanText(places?.get(update.static_emergency_address_id ?? '') ?? 'the address')}`
				}
			/>
			<KeyFooter bound={[bound]} width={width} />
		</Box>
	);
}
