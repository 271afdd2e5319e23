// What the filter form's keys do to its values, pure: the form renders this and binds keys to it.
import type {EnumFilter, FilterField, FormValues} from '../../resources/filter-table.js';

export type FilterFormState = {
	values: FormValues;
	/** The field with the keyboard. */
	focus: number;
	/** A refused field's message, kept until that field changes. */
	errors: Readonly<Record<string, string>>;
	/** On a field of several choices: the option shown, to pick or unpick. */
	option: number;
	/** A place field's menu is open. */
	picking: boolean;
};

export function initialFormState(values: FormValues): FilterFormState {
	return {values, focus: 0, errors: {}, option: 0, picking: false};
}

const wrap = (index: number, length: number) => (index + length) % length;

export function moveFocus(state: FilterFormState, fields: readonly FilterField[], step: number): FilterFormState {
	return {...state, focus: wrap(state.focus + step, fields.length), option: 0};
}

/** A field's new value; its refusal goes with the old one. */
export function setValue(state: FilterFormState, key: string, value: string | readonly string[]): FilterFormState {
	const {[key]: _, ...errors} = state.errors;
	return {...state, values: {...state.values, [key]: value}, errors};
}

/** One choice: the next or previous value, `any` ('') among them. */
export function cycleChoice(state: FilterFormState, field: EnumFilter, step: number): FilterFormState {
	const choices = ['', ...field.options];
	const current = state.values[field.key];
	const index = choices.indexOf(typeof current === 'string' ? current : '');
	return setValue(state, field.key, choices[wrap(index + step, choices.length)]!);
}

/** Several choices: the option shown moves; nothing is picked until Space. */
export function moveOption(state: FilterFormState, field: EnumFilter, step: number): FilterFormState {
	return {...state, option: wrap(state.option + step, field.options.length)};
}

/** Several choices: the option shown is picked, or unpicked; the picks stay in the spec's order. */
export function toggleOption(state: FilterFormState, field: EnumFilter): FilterFormState {
	const option = field.options[state.option]!;
	const current = state.values[field.key];
	const picked = Array.isArray(current) ? current : [];
	const next = picked.includes(option)
		? picked.filter(value => value !== option)
		: field.options.filter(o => o === option || picked.includes(o));
	return setValue(state, field.key, next);
}
