import React from 'react';
import {Box, Text} from 'ink';
import type {ApiClient} from '../../api/client.js';
import {truncate} from '../../text/format.js';
import {clean, ownText} from '../../text/sanitize.js';
import {KeyFooter} from '../../components/key-footer.js';
import {useBindings} from '../../input/use-keys.js';
import {REFRESH_REQUEST, refreshOperatorConnect, type RefreshAnswer} from '../../resources/operator-connect/api.js';
import {refreshOutcome} from '../../resources/operator-connect/outcome.js';
import {ConfirmPrompt} from '../confirm/confirm-prompt.js';
import {SendingStatus} from '../record-detail/sending-status.js';
import {useSendOnce} from '../record-detail/use-send-once.js';

const TITLE = ownText('Refresh the Operator Connect integration');
const ABOUT = [
	{text: clean`Sends ${ownText(REFRESH_REQUEST)} once, never retried.`, dim: true},
	{text: ownText("Telnyx then asks Microsoft Teams for this account's Operator Connect state,"), dim: true},
	{text: ownText('creates the connections it lacks, and reports the results as log messages.'), dim: true},
	{text: ownText('A refresh already running is not started again.'), dim: true},
];

/** The account's Operator Connect refresh: asked first (Cancel the default), sent once, its 200 or 202 explained. */
export function OperatorConnectRefresh({
	client,
	width,
	isActive,
	onBack,
}: {
	client: ApiClient;
	width: number;
	isActive: boolean;
	onBack: () => void;
}) {
	const {state, send} = useSendOnce<RefreshAnswer>(isActive);
	const asking = state.status === 'idle';
	const bound = useBindings('operatorConnect', {back: onBack}, isActive && !asking && state.status !== 'sending');

	if (asking) {
		return (
			<ConfirmPrompt
				title={TITLE}
				question={ownText('Refresh the Operator Connect integration with Microsoft Teams now?')}
				lines={ABOUT}
				cancelLabel={ownText('Cancel')}
				confirmLabel={ownText('Refresh')}
				width={width}
				isActive={isActive}
				onCancel={onBack}
				onConfirm={() => send('POST /operator_connect/actions/refresh', () => refreshOperatorConnect(client))}
			/>
		);
	}

	const outcome = state.status === 'done' ? refreshOutcome(state.value) : undefined;
	return (
		<Box flexDirection="column" width={width}>
			<Text bold>{truncate(TITLE, width)}</Text>
			{outcome ? (
				<Text color={outcome.color}>
					{truncate(clean`${outcome.color === 'green' ? ownText('✔') : ownText('!')} ${outcome.headline}`, width)}
				</Text>
			) : (
				<SendingStatus state={state} width={width} done={answer => refreshOutcome(answer).headline} />
			)}
			{outcome?.lines.map((line, index) => (
				<Text key={index} dimColor>
					{truncate(line, width)}
				</Text>
			))}
			<KeyFooter bound={[bound]} width={width} />
		</Box>
	);
}
