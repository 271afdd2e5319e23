import {useEffect, useState} from 'react';
import type {RequestOptions} from '../../api/client.js';
import type {Load} from '../../data/load.js';

/**
 * One record loaded for a screen, by `key` (its id): aborted when the screen goes or the key changes.
 * `replace` puts in a mutation's answer, so the screen shows what the server now holds without asking again.
 */
export function useRecord<T>(key: string, load: (options: RequestOptions) => Promise<T>): {record: Load<T>; replace: (value: T) => void} {
	const [state, setState] = useState<{key: string; record: Load<T>}>({key, record: {status: 'loading'}});

	useEffect(() => {
		const controller = new AbortController();
		const settle = (record: Load<T>) => {
			if (!controller.signal.aborted) setState({key, record});
		};
		load({signal: controller.signal}).then(
			value => settle({status: 'loaded', value}),
			(error: unknown) => settle({status: 'failed', error}),
		);
		return () => {
			controller.abort();
		};
		// `load` is a new closure each render; the key says when it asks for something else.
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, [key]);

	return {
		record: state.key === key ? state.record : {status: 'loading'},
		replace: value => setState({key, record: {status: 'loaded', value}}),
	};
}
