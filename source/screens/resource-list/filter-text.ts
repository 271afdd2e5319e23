// The applied filters of a list as its header says them, places and connections by name where they are known.
import type {FilterValues} from '../../api/types.js';
import type {Places} from '../../resources/civic-addresses/places.js';
import {describeFilters} from '../../resources/filter-table.js';
import type {Resource} from '../../resources/resource.js';

export type FilterNameSources = {places?: Places | undefined; connectionName?: ((id: string) => string | undefined) | undefined};

export function filterText(
	resource: Pick<Resource<unknown>, 'filters'>,
	filters: FilterValues,
	{places, connectionName}: FilterNameSources = {},
): string {
	return describeFilters(resource.filters, filters, {
		place: id => places?.get(id),
		...(connectionName && {connection: connectionName}),
	});
}
