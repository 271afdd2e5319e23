import {useEffect, useMemo, useSyncExternalStore} from 'react';
import type {ApiClient} from '../../api/client.js';
import type {ListRoute} from '../../navigation/index.js';
import {LIST_PAGING} from '../../resources/open-list.js';
import {resourceNamed} from '../../resources/index.js';
import {createResourceStore, type ResourceStore} from '../../resources/resource-store.js';

/**
 * The store of a list route: the app's own for the main list, opened before Ink starts; for any other, one
 * made when the route is pushed and disposed (its requests aborted) when it is popped. Re-renders on its changes.
 */
export function useListStore(route: ListRoute, main: ResourceStore, client: ApiClient, isBottom: boolean): ResourceStore {
	const {resource, parentId} = route;
	// The main list's resource opened again higher up (a profile's connections) is a list of its own.
	const own = isBottom && parentId === undefined && resource === main.resource.name;
	const names = main.names !== undefined;
	const sub = useMemo(
		() =>
			own
				? undefined
				: createResourceStore(resourceNamed(resource), client, {...LIST_PAGING, names, ...(parentId !== undefined && {parentId})}),
		[own, resource, parentId, client, names],
	);
	useEffect(() => () => sub?.dispose(), [sub]);
	const store = sub ?? main;
	useSyncExternalStore(store.subscribe, store.snapshot);
	return store;
}
