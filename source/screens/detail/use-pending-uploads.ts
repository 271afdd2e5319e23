import {useState} from 'react';
import type {ApiClient} from '../../api/client.js';
import {watchLabel} from '../../data/watch-schedule.js';
import {useQuery} from '../../data/use-query.js';
import {useWatch, useWatchByDefault} from '../../hooks/use-watch.js';
import {getUploadsStatus} from '../../resources/uploads/api.js';
import {isPending, pendingShort} from '../../resources/uploads/pending-count.js';
import type {UploadsStatus} from '../../resources/uploads/types.js';

/**
 * The footer's u: 'u uploads · 2 pending ↻ 5 s' while the connection has uploads on their way to Teams, read
 * again on their own while the detail is on screen (not with --no-watch); 'u uploads' otherwise.
 */
export function usePendingUploads(client: ApiClient, connectionId: string, enabled: boolean, isActive: boolean): string {
	const watchByDefault = useWatchByDefault();
	const first = useQuery(['uploads', connectionId, 'status'], signal => getUploadsStatus(client, connectionId, {signal}), enabled);
	const [newer, setNewer] = useState<UploadsStatus>();
	const shown = newer ?? (first.status === 'loaded' ? first.value : undefined);
	const pending = shown !== undefined && isPending(shown);
	const delay = useWatch(watchByDefault && enabled && isActive && pending, async signal => {
		const status = await getUploadsStatus(client, connectionId, {signal});
		setNewer(status);
		return JSON.stringify(status) === JSON.stringify(shown) ? 'same' : 'changed';
	});
	const count = shown === undefined ? undefined : pendingShort(shown);
	if (count === undefined) return 'u uploads';
	return delay === undefined ? `u uploads · ${count}` : `u uploads · ${count} ${watchLabel(delay)}`;
}
