// What `connections create|update` are told to set, from `--set FIELD=VALUE` and from a JSON body (`--body`), as the
// form's values: each field named by its body path in the field table (fields/connection-fields.ts), its value as
// the form would hold it. The field table's own parse then checks it and builds the body, as the form's does. Pure.
import {didYouMean} from '../config/did-you-mean.js';
import {operationFields} from '../fields/connection-fields.js';
import type {Field, Operation} from '../fields/field.js';
import type {WizardValues} from '../fields/wizard-values.js';
import {isRecord} from '../api/is-record.js';

export type Settings = Partial<Record<keyof WizardValues, WizardValues[keyof WizardValues]>>;
export type ReadSettings = {ok: true; settings: Settings} | {ok: false; message: string};

/** The fields `--set` and a body may name: every one the operation takes but the form's "set inbound limits?" question. */
export const settableFields = (operation: Operation): Field[] => operationFields(operation).filter(field => field.id !== 'inbound');

const YES = new Set(['true', 'yes', 'y', '1']);
const NO = new Set(['false', 'no', 'n', '0']);

function fieldNamed(name: string, operation: Operation): Field | string {
	const fields = settableFields(operation);
	const field = fields.find(candidate => candidate.id === name);
	if (field) return field;
	const ids = fields.map(candidate => candidate.id);
	const near = didYouMean(name, ids);
	return `no field "${name}" to ${operation}.${near ? ` Did you mean ${near}?` : ''} Fields: ${ids.join(', ')}.`;
}

type Read = {value: WizardValues[keyof WizardValues]} | string;

/** A yes/no choice (active); the service is a choice too, but of words, checked by its own parse. */
const isYesNo = (field: Field) => field.control.type === 'choice' && field.control.key !== 'externalSipConnection';

/** Text typed after `FIELD=`, as the form holds it: a yes/no choice as a boolean, the rest as typed. */
function typedValue(field: Field, text: string): Read {
	if (!isYesNo(field)) return {value: text};
	const word = text.trim().toLowerCase();
	if (YES.has(word)) return {value: true};
	if (NO.has(word)) return {value: false};
	return `${field.label} is true or false.`;
}

/** A JSON value at a field's path, as the form would hold it; a string is why it cannot be. */
function jsonValue(field: Field, value: unknown, operation: Operation): Read {
	if (isYesNo(field)) return typeof value === 'boolean' ? {value} : `${field.id}: ${field.label} is true or false.`;
	if (value === null) return operation === 'update' ? {value: ''} : `${field.id}: null removes a value, which only an update does.`;
	if (typeof value === 'string') return {value};
	if (typeof value === 'number' && Number.isFinite(value)) return {value: String(value)};
	if (Array.isArray(value) && value.every(item => typeof item === 'string' && !item.includes(','))) return {value: value.join(', ')};
	return `${field.id}: ${JSON.stringify(value)} is not a value it takes. ${field[operation]!.rule}`;
}

function put(settings: Settings, field: Field, value: WizardValues[keyof WizardValues]): Settings {
	return {...settings, [field.control.key]: value};
}

/** `--set FIELD=VALUE`, each once, over `settings` (a body's). */
export function settingsFromArgs(specs: readonly string[], operation: Operation, settings: Settings = {}): ReadSettings {
	const named = new Set<string>();
	for (const spec of specs) {
		const at = spec.indexOf('=');
		if (at < 1) return {ok: false, message: `--set ${spec}: write it as FIELD=VALUE, e.g. --set active=false.`};
		const field = fieldNamed(spec.slice(0, at), operation);
		if (typeof field === 'string') return {ok: false, message: `--set ${spec}: ${field}`};
		if (named.has(field.id)) return {ok: false, message: `--set ${field.id} is given twice.`};
		named.add(field.id);
		const read = typedValue(field, spec.slice(at + 1));
		if (typeof read === 'string') return {ok: false, message: `--set ${spec}: ${read}`};
		settings = put(settings, field, read.value);
	}
	return {ok: true, settings};
}

/** A JSON body (CreateExternalConnectionRequest or UpdateExternalConnectionRequest) read field by field. */
export function settingsFromBody(body: unknown, operation: Operation): ReadSettings {
	if (!isRecord(body)) return {ok: false, message: '--body: the body is a JSON object, e.g. {"active": false}.'};
	let settings: Settings = {};
	const walk = (object: Record<string, unknown>, prefix: string): string | undefined => {
		for (const [key, value] of Object.entries(object)) {
			const path = `${prefix}${key}`;
			const field = fieldNamed(path, operation);
			if (typeof field !== 'string') {
				const read = jsonValue(field, value, operation);
				if (typeof read === 'string') return read;
				settings = put(settings, field, read.value);
			} else if (isRecord(value) && settableFields(operation).some(candidate => candidate.id.startsWith(`${path}.`))) {
				const problem = walk(value, `${path}.`);
				if (problem) return problem;
			} else return field;
		}
		return undefined;
	};
	const problem = walk(body, '');
	return problem ? {ok: false, message: `--body: ${problem}`} : {ok: true, settings};
}

/** Whether the settings name an inbound field: a create then sends inbound, as "set inbound limits? yes" does. */
export const setsInbound = (settings: Settings) => settings.inboundProfileId !== undefined || settings.inboundChannelLimit !== undefined;
