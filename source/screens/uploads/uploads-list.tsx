import React, {useEffect, useRef, useState} from 'react';
import {Box} from 'ink';
import type {ApiClient} from '../../api/client.js';
import {isApiError} from '../../api/errors.js';
import {AppHeader, type Place} from '../../components/app-header.js';
import {summarizeError} from '../../components/error-banner.js';
import {clean, cleanText, ownText} from '../../text/sanitize.js';
import {useBindings} from '../../input/use-keys.js';
import {useKeyDispatcher} from '../../input/input-provider.js';
import {getUploadsStatus, refreshUploads, retryUpload} from '../../resources/uploads/api.js';
import {retryPlan} from '../../resources/uploads/retry-plan.js';
import type {Upload} from '../../resources/uploads/types.js';
import {BulkScreen} from '../bulk/bulk-screen.js';
import {rowsToActOn} from '../bulk/rows-to-act-on.js';
import {showField} from '../../components/wire-value.js';
import {explainStillInProgress} from '../../resources/uploads/explain.js';
import {isPending, pendingUploadsText} from '../../resources/uploads/pending-count.js';
import {useRecord} from '../record-detail/use-record.js';
import {useWatch, useWatchByDefault} from '../../hooks/use-watch.js';
import {watchLabel} from '../../data/watch-schedule.js';
import {useSendOnce, type SendState} from '../record-detail/use-send-once.js';
import {readBackLine} from '../record-detail/sending-status.js';
import type {ListOverlay} from '../../navigation/routes.js';
import {ResourceList} from '../resource-list/resource-list.js';
import {NewUpload} from './new-upload.js';

type ListProps = React.ComponentProps<typeof ResourceList>;

export type UploadsListProps = ListProps & {
	client: ApiClient;
	connectionId: string;
	height: number;
	place: Place;
	titles: readonly string[];
	overlay?: ListOverlay | undefined;
};

/** One line for a refused recheck: when to try again first, so a narrow terminal keeps it. */
function refusal(error: unknown): string {
	const explained = explainStillInProgress(error, 'refresh', new Date());
	if (explained) return `✖ ${isApiError(error) ? `${error.status} ` : ''}${explained.lines.at(-1)} ${explained.lines[0]}`;
	const summary = summarizeError(error);
	return `${summary.heading} ${summary.lines[0] ?? ''}`;
}

/** The recheck's state in the list's one notice line: what happened first, so a narrow terminal keeps it. */
function recheckNotice(recheck: SendState<unknown>): string | undefined {
	const stale = recheck.refused === 'stale' ? ' · R not sent: pressed before this answer showed; press it again' : '';
	switch (recheck.status) {
		case 'sending':
			return 'rechecking…';
		case 'failed-known':
			return refusal(recheck.error) + stale;
		case 'unknown-outcome': {
			const summary = summarizeError(recheck.error);
			const found = readBackLine(recheck)?.text ?? '';
			return `✖ Recheck: outcome unknown (${summary.heading.replace('✖ ', '')} ${summary.lines[0] ?? ''}) · ${found} · R sends another${stale}`;
		}
		case 'done':
			return stale ? `✔ Recheck started${stale}` : undefined;
		case 'idle':
			return undefined;
	}
}

/** The count (and the watch) right after 'Uploads', before the connection's name: a narrow header cuts the name first. */
function withCount(title: string, count: string): string {
	if (title === '') return '';
	const [kind, ...rest] = title.split(' · ');
	return [kind, count, ...rest].join(' · ');
}

/** A connection's uploads: the generic list, the pending count in its header, R to recheck, N to start an upload. */
export function UploadsList({client, connectionId, height, titles, notice, overlay, ...list}: UploadsListProps): React.JSX.Element {
	const composing = overlay?.name === 'newUpload';
	const retrying = overlay?.name === 'retry' ? overlay.rows : undefined;
	const [version, setVersion] = useState(0);
	const [said, setSaid] = useState<string>();
	const {record: pending, replace: showPending} = useRecord(`${connectionId}#${version}`, options =>
		getUploadsStatus(client, connectionId, options),
	);
	const watchByDefault = useWatchByDefault();
	const [watching, setWatching] = useState(watchByDefault);
	// Watched while anything is pending: each read takes the counts and the rows on screen again, in place.
	const anyPending = pending.status === 'loaded' && isPending(pending.value);
	const shownVersion = useRef(version);
	useEffect(() => {
		shownVersion.current = version;
	}, [version]);
	const keys = useKeyDispatcher();
	const watchDelay = useWatch(watching && anyPending && !composing && list.isActive, async signal => {
		const askedAt = performance.now();
		const readFor = version;
		const status = await getUploadsStatus(client, connectionId, {signal});
		// A reload since (R, an upload started) has newer counts than this read: it keeps them.
		if (shownVersion.current !== readFor) return 'changed';
		const changed = pending.status !== 'loaded' || JSON.stringify(status) !== JSON.stringify(pending.value);
		showPending(status);
		// A key that came meanwhile acts on the rows as they are: the list is read again at the next turn.
		if (keys.lastKeyAt() < askedAt) list.dispatch({type: 'refresh', watch: true});
		return changed ? 'changed' : 'same';
	});
	const {state: recheck, send} = useSendOnce<unknown>(list.isActive && !composing);
	const reload = () => {
		setVersion(value => value + 1);
		list.dispatch({type: 'refresh'});
	};

	const bound = useBindings(
		'uploads',
		{
			newUpload: () => list.dispatch({type: 'overlay', overlay: {name: 'newUpload', rows: []}}),
			retryMarked() {
				const rows = rowsToActOn(list);
				if (rows.length > 0) list.dispatch({type: 'overlay', overlay: {name: 'retry', rows}});
			},
			watch: () => setWatching(on => !on),
			recheck: () =>
				send('recheck', () => refreshUploads(client, connectionId), {
					onSent() {
						setSaid('✔ Recheck started: statuses move as Teams answers');
						reload();
					},
					async readBack() {
						const status = await getUploadsStatus(client, connectionId);
						reload();
						return pendingUploadsText(status);
					},
				}),
		},
		list.isActive && overlay === undefined && !list.markingAll,
	);

	if (retrying) {
		const plan = retryPlan(retrying, connectionId);
		return (
			<BulkScreen<Upload>
				place={list.place}
				path={[ownText('External connections'), ownText('connection'), ownText('uploads'), ownText('retry')]}
				title={ownText('Retry failed uploads · POST, one per upload')}
				items={plan.send}
				name={upload => clean`${showField(upload.ticket_id, 'text')} · ${showField(upload.status, 'text')}`}
				request={cleanText(`POST /external_connections/${connectionId}/uploads/{ticket_id}/retry`)}
				refused={plan.refused}
				send={async upload => {
					const id = upload.ticket_id!;
					list.store.replaceRow(id, await retryUpload(client, connectionId, id));
				}}
				width={list.width}
				height={height}
				isActive={list.isActive}
				onClose={sent => {
					list.dispatch({type: 'overlayClosed', sent});
					if (sent) reload();
				}}
			/>
		);
	}

	if (composing) {
		return (
			<Box flexDirection="column">
				<AppHeader
					width={list.width}
					place={list.place}
					title={[ownText('External connections'), ownText('connection'), ownText('uploads'), ownText('new')]}
				/>
				<NewUpload
					client={client}
					connectionId={connectionId}
					width={list.width}
					height={height - 1}
					isActive={list.isActive}
					onClose={() => list.dispatch({type: 'overlayClosed', sent: false})}
					onStarted={created => {
						list.dispatch({type: 'overlayClosed', sent: false});
						setSaid(cleanText(`✔ Upload started: ticket ${created.ticket_id ?? '(none given)'}`));
						reload();
					}}
				/>
			</Box>
		);
	}

	const counted =
		pending.status === 'loaded' ? pendingUploadsText(pending.value) : pending.status === 'loading' ? 'pending: …' : 'pending: not known';
	const watch = watchDelay !== undefined ? `${watchLabel(watchDelay)} · ` : anyPending && !watching ? 'watch off · ' : '';
	const count = `${watch}${counted}`;
	const shown = recheckNotice(recheck) ?? said ?? notice;
	return (
		<ResourceList
			{...list}
			titles={titles.map(title => withCount(title, count))}
			{...(shown !== undefined && {notice: shown})}
			extraBound={[bound]}
		/>
	);
}
