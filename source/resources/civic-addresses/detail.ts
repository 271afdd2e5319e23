// Every field of one civic address and of each of its locations, for its detail view.
import type {DetailRow} from '../detail-lines.js';
import {fieldRow, heading, itemGroups} from '../detail-rows.js';
import type {CivicAddress} from './types.js';

export function civicAddressDetailRows(address: CivicAddress): DetailRow[] {
	return [
		heading('Address'),
		fieldRow('description', address.description, 'text'),
		fieldRow('company_name', address.company_name, 'text'),
		fieldRow('house_number', address.house_number, 'text'),
		fieldRow('house_number_suffix', address.house_number_suffix, 'text'),
		fieldRow('street_name', address.street_name, 'text'),
		fieldRow('street_suffix', address.street_suffix, 'text'),
		fieldRow('city_or_town', address.city_or_town, 'text'),
		fieldRow('city_or_town_alias', address.city_or_town_alias, 'text'),
		fieldRow('state_or_province', address.state_or_province, 'text'),
		fieldRow('postal_or_zip_code', address.postal_or_zip_code, 'text'),
		fieldRow('country', address.country, 'text'),
		fieldRow('country_or_district', address.country_or_district, 'text'),
		heading('Identity'),
		fieldRow('id', address.id, 'text'),
		fieldRow('record_type', address.record_type, 'text'),
		fieldRow('default_location_id', address.default_location_id, 'text'),
		...itemGroups('Location', address.locations, location => [
			fieldRow('id', location['id'], 'text'),
			fieldRow('description', location['description'], 'text'),
			fieldRow('additional_info', location['additional_info'], 'text'),
			fieldRow('is_default', location['is_default'], 'yes/no'),
		]),
	];
}
