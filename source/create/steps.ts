// The wizard's steps, in order, with what each one shows: label, API field, the spec's description,
// default, whether it is optional, and the rule its value must follow.
import {
	CHANNEL_LIMIT_RULE,
	PROFILE_ID_RULE,
	TAGS_RULE,
	WEBHOOK_TIMEOUT_RULE,
	WEBHOOK_URL_RULE,
	validateChannelLimit,
	validateProfileId,
	validateWebhookTimeout,
	validateWebhookUrl,
} from '../validation/create-fields.js';
import type {WizardValues} from './wizard-values.js';

export type FieldStepId =
	| 'external_sip_connection'
	| 'outbound.outbound_voice_profile_id'
	| 'outbound.channel_limit'
	| 'active'
	| 'tags'
	| 'webhook_event_url'
	| 'webhook_event_failover_url'
	| 'webhook_timeout_secs'
	| 'inbound'
	| 'inbound.outbound_voice_profile_id'
	| 'inbound.channel_limit';

export type StepId = FieldStepId | 'review';

/** Text keys of WizardValues: the steps a person types into. */
export type TextKey = {[K in keyof WizardValues]: WizardValues[K] extends string ? K : never}[keyof WizardValues];

export type StepKind =
	| {type: 'choice'; key: 'externalSipConnection' | 'active' | 'inbound'}
	| {type: 'text'; key: TextKey}
	| {type: 'profile'; key: 'outboundProfileId' | 'inboundProfileId'};

export type StepMeta = {
	id: FieldStepId;
	label: string;
	/** The request field this step sets, as the API spells it. */
	field: string;
	description: string;
	defaultText: string;
	optional: boolean;
	rule: string;
	/** Shown whatever the terminal's height: something a person must not miss on this step. */
	note?: string;
	kind: StepKind;
	/** Why the typed value is unacceptable, or undefined when it is fine. Choices are always fine. */
	problem(values: WizardValues): string | undefined;
};

const fine = () => undefined;
const problemOf = (result: {ok: true} | {ok: false; message: string}) => (result.ok ? undefined : result.message);

export const STEPS: readonly StepMeta[] = [
	{
		id: 'external_sip_connection',
		label: 'Service',
		field: 'external_sip_connection',
		description: 'The service that will be consuming this connection.',
		defaultText: 'zoom',
		optional: false,
		rule: 'Create accepts zoom only.',
		note: 'Operator Connect connections are created by Telnyx, not here.',
		kind: {type: 'choice', key: 'externalSipConnection'},
		problem: fine,
	},
	{
		id: 'outbound.outbound_voice_profile_id',
		label: 'Outbound voice profile',
		field: 'outbound.outbound_voice_profile_id',
		description: 'Identifies the associated outbound voice profile.',
		defaultText: 'none',
		optional: false,
		rule: PROFILE_ID_RULE,
		kind: {type: 'profile', key: 'outboundProfileId'},
		problem: values => problemOf(validateProfileId(values.outboundProfileId)),
	},
	{
		id: 'outbound.channel_limit',
		label: 'Outbound channel limit',
		field: 'outbound.channel_limit',
		description:
			'When set, this will limit the number of concurrent outbound calls to phone numbers associated with this connection.',
		defaultText: 'none (no limit)',
		optional: true,
		rule: CHANNEL_LIMIT_RULE,
		kind: {type: 'text', key: 'outboundChannelLimit'},
		problem: values => problemOf(validateChannelLimit(values.outboundChannelLimit)),
	},
	{
		id: 'active',
		label: 'Active',
		field: 'active',
		description: 'Specifies whether the connection can be used.',
		defaultText: 'yes',
		optional: true,
		rule: 'Yes or no.',
		kind: {type: 'choice', key: 'active'},
		problem: fine,
	},
	{
		id: 'tags',
		label: 'Tags',
		field: 'tags',
		description: 'Tags associated with the connection.',
		defaultText: 'none',
		optional: true,
		rule: TAGS_RULE,
		kind: {type: 'text', key: 'tags'},
		problem: fine,
	},
	{
		id: 'webhook_event_url',
		label: 'Webhook URL',
		field: 'webhook_event_url',
		description:
			"The URL where webhooks related to this connection will be sent. Must include a scheme, such as 'https'.",
		defaultText: 'none',
		optional: true,
		rule: WEBHOOK_URL_RULE,
		kind: {type: 'text', key: 'webhookEventUrl'},
		problem: values => problemOf(validateWebhookUrl(values.webhookEventUrl)),
	},
	{
		id: 'webhook_event_failover_url',
		label: 'Webhook failover URL',
		field: 'webhook_event_failover_url',
		description:
			"The failover URL where webhooks related to this connection will be sent if sending to the primary URL fails. Must include a scheme, such as 'https'.",
		defaultText: 'none',
		optional: true,
		rule: WEBHOOK_URL_RULE,
		kind: {type: 'text', key: 'webhookEventFailoverUrl'},
		problem: values => problemOf(validateWebhookUrl(values.webhookEventFailoverUrl)),
	},
	{
		id: 'webhook_timeout_secs',
		label: 'Webhook timeout (seconds)',
		field: 'webhook_timeout_secs',
		description: 'Specifies how many seconds to wait before timing out a webhook.',
		defaultText: 'none (Telnyx decides)',
		optional: true,
		rule: WEBHOOK_TIMEOUT_RULE,
		kind: {type: 'text', key: 'webhookTimeoutSecs'},
		problem: values => problemOf(validateWebhookTimeout(values.webhookTimeoutSecs)),
	},
	{
		id: 'inbound',
		label: 'Set inbound limits?',
		field: 'inbound',
		description:
			'Settings for inbound calls. When sent, inbound.outbound_voice_profile_id is required; inbound.channel_limit is optional.',
		defaultText: 'no (inbound left out)',
		optional: true,
		rule: 'Yes or no.',
		kind: {type: 'choice', key: 'inbound'},
		problem: fine,
	},
	{
		id: 'inbound.outbound_voice_profile_id',
		label: 'Inbound outbound voice profile',
		field: 'inbound.outbound_voice_profile_id',
		description: 'The ID of the outbound voice profile to use for inbound calls.',
		defaultText: 'none',
		optional: false,
		rule: PROFILE_ID_RULE,
		kind: {type: 'profile', key: 'inboundProfileId'},
		problem: values => problemOf(validateProfileId(values.inboundProfileId)),
	},
	{
		id: 'inbound.channel_limit',
		label: 'Inbound channel limit',
		field: 'inbound.channel_limit',
		description:
			'When set, this will limit the number of concurrent inbound calls to phone numbers associated with this connection.',
		defaultText: 'none (no limit)',
		optional: true,
		rule: CHANNEL_LIMIT_RULE,
		kind: {type: 'text', key: 'inboundChannelLimit'},
		problem: values => problemOf(validateChannelLimit(values.inboundChannelLimit)),
	},
];

const INBOUND_DETAIL: ReadonlySet<StepId> = new Set(['inbound.outbound_voice_profile_id', 'inbound.channel_limit']);

export function stepMeta(id: FieldStepId): StepMeta {
	const meta = STEPS.find(step => step.id === id);
	if (!meta) throw new Error(`Unknown wizard step ${id}`);
	return meta;
}

/** The field steps that apply to these values: the inbound details only when inbound was chosen. */
export function fieldSteps(values: WizardValues): StepMeta[] {
	return STEPS.filter(step => values.inbound || !INBOUND_DETAIL.has(step.id));
}

/** Every step that applies, review last: what "Step n of N" counts. */
export function visibleSteps(values: WizardValues): StepId[] {
	return [...fieldSteps(values).map(step => step.id), 'review'];
}

export function stepNumber(step: StepId, values: WizardValues): {n: number; of: number} {
	const steps = visibleSteps(values);
	return {n: steps.indexOf(step) + 1, of: steps.length};
}

/**
 * "Step n of N" that never jumps: until the inbound question is behind, the count is the least it can be with a
 * '+' ("Step 9 of 10+"), since answering yes adds its two steps; after it (or editing from the review), exact.
 */
export function stepCountText(step: StepId, values: WizardValues, {inboundAnswered = false} = {}): string {
	const {n} = stepNumber(step, values);
	const steps = visibleSteps(values);
	const open = !inboundAnswered && steps.indexOf(step) <= steps.indexOf('inbound');
	const of = open ? visibleSteps({...values, inbound: false}).length : steps.length;
	return `Step ${n} of ${of}${open ? '+' : ''}`;
}
