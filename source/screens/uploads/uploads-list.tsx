import React, {useState} from 'react';
import {Box} from 'ink';
import type {ApiClient} from '../../api/client.js';
import {isApiError} from '../../api/errors.js';
import {AppHeader, type Place} from '../../components/app-header.js';
import {summarizeError} from '../../components/error-banner.js';
import {cleanText} from '../../components/sanitize.js';
import {hintsFor} from '../../input/bindings.js';
import {useBindings} from '../../input/use-keys.js';
import {getUploadsStatus, refreshUploads} from '../../resources/uploads/api.js';
import {explainStillInProgress} from '../../resources/uploads/explain.js';
import {pendingUploadsText} from '../../resources/uploads/pending-count.js';
import {useRecord} from '../record-detail/use-record.js';
import {useSendOnce} from '../record-detail/use-send-once.js';
import {ResourceList} from '../resource-list/resource-list.js';
import {NewUpload} from './new-upload.js';

type ListProps = React.ComponentProps<typeof ResourceList>;

export type UploadsListProps = ListProps & {
	client: ApiClient;
	connectionId: string;
	height: number;
	place: Place;
	titles: readonly string[];
};

const HINTS = hintsFor(['uploads']);

/** One line for a refused recheck: when to try again first, so a narrow terminal keeps it. */
function refusal(error: unknown): string {
	const explained = explainStillInProgress(error, 'refresh', new Date());
	if (explained) return `✖ ${isApiError(error) ? `${error.status} ` : ''}${explained.lines.at(-1)} ${explained.lines[0]}`;
	const summary = summarizeError(error);
	return `${summary.heading} ${summary.lines[0] ?? ''}`;
}

/** A connection's uploads: the generic list, the pending count in its header, R to recheck, N to start an upload. */
export function UploadsList({client, connectionId, height, titles, notice, ...list}: UploadsListProps): React.JSX.Element {
	const [composing, setComposing] = useState(false);
	const [version, setVersion] = useState(0);
	const [said, setSaid] = useState<string>();
	const pending = useRecord(`${connectionId}#${version}`, options => getUploadsStatus(client, connectionId, options)).record;
	const {state: recheck, send} = useSendOnce<unknown>(list.isActive && !composing);
	const reload = () => {
		setVersion(value => value + 1);
		list.dispatch({type: 'refresh'});
	};

	useBindings(
		'uploads',
		{
			newUpload: () => setComposing(true),
			recheck: () =>
				send(
					'recheck',
					() => refreshUploads(client, connectionId),
					() => {
						setSaid('✔ Recheck started: statuses move as Teams answers');
						reload();
					},
				),
		},
		list.isActive && !composing,
	);

	if (composing) {
		return (
			<Box flexDirection="column">
				<AppHeader width={list.width} place={list.place} title="External connections › connection › uploads › new" />
				<NewUpload
					client={client}
					connectionId={connectionId}
					width={list.width}
					height={height - 1}
					isActive={list.isActive}
					onClose={() => setComposing(false)}
					onStarted={created => {
						setComposing(false);
						setSaid(cleanText(`✔ Upload started: ticket ${created.ticket_id ?? '(none given)'}`));
						reload();
					}}
				/>
			</Box>
		);
	}

	const count =
		pending.status === 'loaded' ? pendingUploadsText(pending.value) : pending.status === 'loading' ? 'pending: …' : 'pending: not known';
	const shown = recheck.status === 'failed' ? refusal(recheck.error) : recheck.status === 'sending' ? 'rechecking…' : (said ?? notice);
	return (
		<ResourceList
			{...list}
			titles={titles.map(title => (title === '' ? '' : `${title} · ${count}`))}
			{...(shown !== undefined && {notice: shown})}
			extraHints={HINTS}
		/>
	);
}
