import {createContext, createElement, useContext, useEffect, useState, type ReactNode} from 'react';
import type {Load} from './load.js';
import {QueryCache, type QueryKey} from './query-cache.js';

const QueryCacheContext = createContext<QueryCache | undefined>(undefined);

/** The app's one data cache, for every screen under it. */
export function QueryCacheProvider({children}: {children: ReactNode}) {
	const [cache] = useState(() => new QueryCache());
	return createElement(QueryCacheContext.Provider, {value: cache}, children);
}

/** The app's cache; a screen drawn on its own (outside the app) gets one of its own. */
export function useQueryCache(): QueryCache {
	const shared = useContext(QueryCacheContext);
	const [own] = useState(() => (shared ? undefined : new QueryCache()));
	return shared ?? own!;
}

/**
 * `key`'s data, loaded when first shown and again after each invalidation while the screen is mounted (hidden
 * under another screen too), so it is fresh when the user comes back. Disabled: loading, and nothing asked.
 */
export function useQuery<T>(key: QueryKey, load: (signal: AbortSignal) => Promise<T>, enabled = true): Load<T> {
	const cache = useQueryCache();
	const id = JSON.stringify(key);
	// Each change of the key's state draws the screen again.
	const [, setVersion] = useState(0);
	useEffect(() => {
		if (!enabled) return;
		const ask = () => {
			cache.load(key, load);
			setVersion(version => version + 1);
		};
		const unsubscribe = cache.subscribe(key, ask);
		cache.load(key, load);
		return unsubscribe;
		// `key` and `load` are new each render; `id` says when they ask for something else.
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, [cache, id, enabled]);
	return enabled ? cache.state<T>(key) : {status: 'loading'};
}
