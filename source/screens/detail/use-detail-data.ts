import {useEffect, useState} from 'react';
import type {ApiClient, RetryNotice} from '../../api/client.js';
import {ApiError} from '../../api/errors.js';
import type {Connection, ExternalConnection} from '../../api/types.js';
import type {Load} from '../../data/load.js';

export type DetailData = {
	external: Load<ExternalConnection>;
	connection: Load<Connection>;
	/** The retry the record's request waits on, so a slow API shows "retrying 2/3…" instead of a frozen screen. */
	retry?: RetryNotice;
};

const LOADING = {status: 'loading'} as const;

/**
 * Starts both requests at once; each settles on its own so a slow or failed /connections never hides the rest.
 * For an id the contract would not produce (`refusal`) nothing is asked: the connection is the list's row
 * (`listed`, as it was when the screen opened), and what could not be read says why.
 */
export function useDetailData(client: ApiClient, id: string, refusal?: string, listed?: ExternalConnection): DetailData {
	const [data, setData] = useState<DetailData & {id: string}>(() => {
		if (refusal === undefined) return {id, external: LOADING, connection: LOADING};
		const error = new ApiError({kind: 'invalid-id', message: refusal});
		return {id, external: listed ? {status: 'loaded', value: listed} : {status: 'failed', error}, connection: {status: 'failed', error}};
	});
	const refused = refusal !== undefined;

	useEffect(() => {
		if (refused) return;
		const controller = new AbortController();
		const {signal} = controller;
		// After unmount or an id change the answers belong to a screen that is gone.
		const settle = <K extends keyof DetailData>(key: K, load: DetailData[K]) => {
			if (signal.aborted) return;
			setData(previous => ({...(previous.id === id ? previous : {id, external: LOADING, connection: LOADING}), [key]: load}));
		};

		const onRetry = (notice: RetryNotice) => settle('retry', notice);
		client.getExternalConnection(id, {signal, onRetry}).then(
			value => settle('external', {status: 'loaded', value}),
			(error: unknown) => settle('external', {status: 'failed', error}),
		);
		client.getConnection(id, {signal, onRetry}).then(
			value => settle('connection', {status: 'loaded', value}),
			(error: unknown) => settle('connection', {status: 'failed', error}),
		);
		return () => {
			controller.abort();
		};
	}, [client, id, refused]);

	// After an id change the previous id's data must not show.
	return data.id === id ? data : {external: LOADING, connection: LOADING};
}
