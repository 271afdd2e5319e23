// What one field of a form is, described once: where it sits in the request body, how a person sees and
// types it, the rule its value follows, and which operations (create, update) take it.
import type {WizardValues} from './wizard-values.js';
import type {Validation} from '../validation/result.js';

export type Operation = 'create' | 'update';

/** A value as the request body carries it; undefined means "left out", null "removed" (update only). */
export type BodyValue = string | number | boolean | string[] | null | undefined;

export type ChoiceKey = 'externalSipConnection' | 'active' | 'inbound';
export type ProfileKey = 'outboundProfileId' | 'inboundProfileId';
export type TextKey = Exclude<keyof WizardValues, ChoiceKey | ProfileKey>;

export type Control = {type: 'choice'; key: ChoiceKey} | {type: 'text'; key: TextKey} | {type: 'profile'; key: ProfileKey};

/** How an operation uses the field; an operation without one does not take the field. */
export type FieldUse = {
	optional: boolean;
	rule: string;
	/** Asked only when this holds (the inbound details once inbound is chosen). */
	when?: (values: WizardValues) => boolean;
};

export type Field = {
	/** The body path, as the API spells it: 'outbound.channel_limit'. */
	id: string;
	label: string;
	/** The spec's description. */
	description: string;
	defaultText: string;
	/** Shown whatever the terminal's height: something a person must not miss on this step. */
	note?: string;
	control: Control;
	create?: FieldUse;
	update?: FieldUse;
	/** The form's value (text as typed, or a choice) -> the body value, or why it breaks the rule. */
	parse(value: WizardValues[keyof WizardValues], operation: Operation): Validation<BodyValue>;
	/**
	 * A record's value (wire data: any type may arrive) as the form holds it; undefined when the field is not
	 * part of a record (a create-only question), so it is neither prefilled nor compared.
	 */
	fromRecord?: (wire: unknown) => WizardValues[keyof WizardValues];
};

export const pathOf = (field: Field): string[] => field.id.split('.');
