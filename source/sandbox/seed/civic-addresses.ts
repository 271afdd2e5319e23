// The Microsoft Teams civic addresses and locations of an Operator Connect connection, derived
// from (index, seed): 2-5 addresses in different countries, each with 1-3 locations.
import {mix32, Random} from '../prng.js';
import {UUID_KINDS, uuidOf} from './uuids.js';

export type Location = {additional_info: string; description: string; id: string; is_default: boolean};
export type CivicAddress = {
	city_or_town: string;
	city_or_town_alias: string;
	company_name: string;
	country: string;
	country_or_district: string;
	default_location_id: string;
	description: string;
	house_number: string;
	house_number_suffix: string;
	id: string;
	locations: Location[];
	postal_or_zip_code: string;
	record_type: 'civic_address';
	state_or_province: string;
	street_name: string;
	street_suffix: string;
};

type Place = [country: string, city: string, state: string, street: string, suffix: string, house: string, postal: string];
const PLACES: readonly Place[] = [
	['US', 'Austin', 'TX', 'Congress', 'Ave', '600', '78701'],
	['US', 'Chicago', 'IL', 'Wacker', 'Dr', '311', '60606'],
	['CA', 'Toronto', 'ON', 'King', 'St W', '100', 'M5X 1A9'],
	['GB', 'London', 'Greater London', 'Old Street', '', '20', 'EC1V 9AX'],
	['DE', 'Berlin', 'Berlin', 'Friedrichstraße', '', '68', '10117'],
	['DE', 'München', 'Bayern', 'Leopoldstraße', '', '12', '80802'],
	['FR', 'Paris', 'Île-de-France', 'Rue de Rivoli', '', '75', '75001'],
	['NL', 'Amsterdam', 'Noord-Holland', 'Herengracht', '', '182', '1016 BR'],
	['AU', 'Sydney', 'NSW', 'George', 'St', '1', '2000'],
	['JP', '東京', '東京都', '丸の内', '', '2-7-2', '100-7090'],
	['BR', 'São Paulo', 'SP', 'Avenida Paulista', '', '1578', '01310-200'],
	['MX', 'Ciudad de México', 'CDMX', 'Paseo de la Reforma', '', '250', '06600'],
];
const FLOORS = ['', '2nd Floor', '14th Floor', 'Reception', 'Warehouse', 'Suite 300'] as const;
const SITES = ['Head Office', 'Sales Office', 'Support Centre', 'Branch', 'Data Centre'] as const;
const COMPANIES = ['Acme', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Stark Industries'] as const;
const ADDRESSES = 0xadd5;

export function civicAddresses(index: number, seed: number, large: boolean): CivicAddress[] {
	const random = new Random(mix32(mix32(seed, ADDRESSES), index));
	const howMany = large ? 5 : 2 + random.int(4);
	const first = random.int(PLACES.length);
	const company = random.pick(COMPANIES);
	let locationNumber = 0;
	return Array.from({length: howMany}, (_, k) => {
		const [country, city, state, street, suffix, house, postal] = PLACES[(first + k * 5) % PLACES.length]!;
		const site = random.pick(SITES);
		const locations = Array.from({length: 1 + random.int(3)}, (_, l): Location => ({
			additional_info: l === 0 ? '' : random.pick(FLOORS),
			description: l === 0 ? `${city} ${site}` : '',
			id: uuidOf(UUID_KINDS.location, index, locationNumber++, seed),
			is_default: l === 0,
		}));
		return {
			city_or_town: city,
			city_or_town_alias: '',
			company_name: company,
			country,
			country_or_district: country,
			default_location_id: locations[0]!.id,
			description: `${city} ${site}`,
			house_number: house,
			house_number_suffix: '',
			id: uuidOf(UUID_KINDS.civicAddress, index, k, seed),
			locations,
			postal_or_zip_code: postal,
			record_type: 'civic_address',
			state_or_province: state,
			street_name: street,
			street_suffix: suffix,
		};
	});
}

/** Whether a seeded location came with an emergency address Telnyx already accepted. */
export function seededAcceptedLocation(location: Location, seed: number): boolean {
	return mix32(seed, Number.parseInt(location.id.slice(-6), 16) ^ Number.parseInt(location.id.slice(0, 7), 16)) % 4 === 0;
}
