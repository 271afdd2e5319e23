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
export function useListStore(route: ListRoute, main: ResourceStore, client: ApiClient): ResourceStore {
	const {resource, parentId} = route;
	const own = parentId === undefined && resource === main.resource.name;
	const sub = useMemo(
		() =>
			own ? undefined : createResourceStore(resourceNamed(resource), client, {...LIST_PAGING, ...(parentId !== undefined && {parentId})}),
		[own, resource, parentId, client],
	);
	useEffect(() => () => sub?.dispose(), [sub]);
	const store = sub ?? main;
	useSyncExternalStore(store.subscribe, store.snapshot);
	return store;
}
