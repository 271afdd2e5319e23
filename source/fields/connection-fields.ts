// The external connection's fields, each described once, in the order the request body lists them
// (CreateExternalConnectionRequest and UpdateExternalConnectionRequest in the full spec). The create body,
// the update diff, the 422 pointer mapping, the review lines and the "check the list" matching all come
// from this table.
import {
	CHANNEL_LIMIT_RANGE,
	CHANNEL_LIMIT_RULE,
	PROFILE_ID_RULE,
	TAGS_RULE,
	WEBHOOK_TIMEOUT_RULE,
	WEBHOOK_URL_RULE,
	parseTags,
	validateChannelLimit,
	validateProfileId,
	validateWebhookTimeout,
	validateWebhookUrl,
} from '../validation/create-fields.js';
import type {Validation} from '../validation/result.js';
import type {WizardValues} from './wizard-values.js';
import type {BodyValue, Field, Operation} from './field.js';

const ok = (value: BodyValue): Validation<BodyValue> => ({ok: true, value});
const text = (value: unknown): string => (typeof value === 'string' ? value : '');
/** An empty optional value: left out of a create; in an update, removed (null) where the spec allows it. */
const emptyAs = (operation: Operation, value: BodyValue | undefined): Validation<BodyValue> =>
	ok(value === undefined && operation === 'update' ? null : value);
const inboundChosen = (values: {inbound: boolean}) => values.inbound;
const YES_OR_NO = 'Yes or no.';
const CLEARS = 'empty removes it (sent as null).';

export const CONNECTION_FIELDS: readonly Field[] = [
	{
		id: 'external_sip_connection',
		label: 'Service',
		description: 'The service that will be consuming this connection.',
		defaultText: 'zoom',
		note: 'Operator Connect connections are created by Telnyx, not here.',
		control: {type: 'choice', key: 'externalSipConnection'},
		create: {optional: false, rule: 'Create accepts zoom only.'},
		parse: value => (value === 'zoom' ? ok('zoom') : {ok: false, message: 'Create accepts zoom only.'}),
	},
	{
		id: 'active',
		label: 'Active',
		description: 'Specifies whether the connection can be used.',
		defaultText: 'yes',
		control: {type: 'choice', key: 'active'},
		create: {optional: true, rule: YES_OR_NO},
		update: {optional: true, rule: 'Yes or no. Telnyx deletes only connections that are not active.'},
		parse: value => ok(value === true),
		fromRecord: wire => (typeof wire === 'boolean' ? wire : true),
	},
	{
		id: 'outbound.outbound_voice_profile_id',
		label: 'Outbound voice profile',
		description: 'Identifies the associated outbound voice profile.',
		defaultText: 'none',
		control: {type: 'profile', key: 'outboundProfileId'},
		create: {optional: false, rule: PROFILE_ID_RULE},
		// The update schema requires it in every PATCH, changed or not.
		update: {optional: false, rule: PROFILE_ID_RULE},
		parse: value => validateProfileId(text(value)),
		fromRecord: text,
	},
	{
		id: 'outbound.channel_limit',
		label: 'Outbound channel limit',
		description: 'When set, this will limit the number of concurrent outbound calls to phone numbers associated with this connection.',
		defaultText: 'none (no limit)',
		control: {type: 'text', key: 'outboundChannelLimit'},
		create: {optional: true, rule: CHANNEL_LIMIT_RULE},
		update: {optional: true, rule: `Optional: ${CHANNEL_LIMIT_RANGE}; ${CLEARS}`},
		parse: (value, operation) => channelLimit(text(value), operation),
		fromRecord: wire => (typeof wire === 'number' ? String(wire) : ''),
	},
	{
		id: 'inbound',
		label: 'Set inbound limits?',
		description: 'Settings for inbound calls. When sent, inbound.outbound_voice_profile_id is required; inbound.channel_limit is optional.',
		defaultText: 'no (inbound left out)',
		control: {type: 'choice', key: 'inbound'},
		create: {optional: true, rule: YES_OR_NO},
		// A question, not a value: the inbound fields below decide what is sent.
		parse: () => ok(undefined),
	},
	{
		id: 'inbound.outbound_voice_profile_id',
		label: 'Inbound outbound voice profile',
		description: 'The ID of the outbound voice profile to use for inbound calls.',
		defaultText: 'none',
		control: {type: 'profile', key: 'inboundProfileId'},
		create: {optional: false, rule: PROFILE_ID_RULE, when: inboundChosen},
		parse: value => validateProfileId(text(value)),
	},
	{
		id: 'inbound.channel_limit',
		label: 'Inbound channel limit',
		description: 'When set, this will limit the number of concurrent inbound calls to phone numbers associated with this connection.',
		defaultText: 'none (no limit)',
		control: {type: 'text', key: 'inboundChannelLimit'},
		create: {optional: true, rule: CHANNEL_LIMIT_RULE, when: inboundChosen},
		update: {optional: true, rule: `Optional: ${CHANNEL_LIMIT_RANGE}; ${CLEARS}`},
		parse: (value, operation) => channelLimit(text(value), operation),
		fromRecord: wire => (typeof wire === 'number' ? String(wire) : ''),
	},
	{
		id: 'tags',
		label: 'Tags',
		description: 'Tags associated with the connection.',
		defaultText: 'none',
		control: {type: 'text', key: 'tags'},
		create: {optional: true, rule: TAGS_RULE},
		update: {optional: true, rule: `${TAGS_RULE} Empty removes every tag.`},
		parse(value, operation) {
			const tags = parseTags(text(value));
			return ok(tags.length === 0 && operation === 'create' ? undefined : tags);
		},
		fromRecord: wire => (Array.isArray(wire) ? wire.filter(tag => typeof tag === 'string').join(', ') : ''),
	},
	{
		id: 'webhook_event_url',
		label: 'Webhook URL',
		description: "The URL where webhooks related to this connection will be sent. Must include a scheme, such as 'https'.",
		defaultText: 'none',
		control: {type: 'text', key: 'webhookEventUrl'},
		create: {optional: true, rule: WEBHOOK_URL_RULE},
		update: {optional: true, rule: `${WEBHOOK_URL_RULE} Once set, an update can change it but not remove it.`},
		parse(value, operation) {
			const url = validateWebhookUrl(text(value));
			// The update schema's webhook_event_url is a string, never null: there is no way to remove it.
			if (url.ok && url.value === undefined && operation === 'update') {
				return {ok: false, message: 'An update cannot remove the webhook URL (the API takes a URL only): type one, or Esc to keep it.'};
			}
			return url;
		},
		fromRecord: text,
	},
	{
		id: 'webhook_event_failover_url',
		label: 'Webhook failover URL',
		description:
			"The failover URL where webhooks related to this connection will be sent if sending to the primary URL fails. Must include a scheme, such as 'https'.",
		defaultText: 'none',
		control: {type: 'text', key: 'webhookEventFailoverUrl'},
		create: {optional: true, rule: WEBHOOK_URL_RULE},
		update: {optional: true, rule: `${WEBHOOK_URL_RULE.replace(/\.$/, '')}; ${CLEARS}`},
		parse(value, operation) {
			const url = validateWebhookUrl(text(value));
			return url.ok ? emptyAs(operation, url.value) : url;
		},
		fromRecord: text,
	},
	{
		id: 'webhook_timeout_secs',
		label: 'Webhook timeout (seconds)',
		description: 'Specifies how many seconds to wait before timing out a webhook.',
		defaultText: 'none (Telnyx decides)',
		control: {type: 'text', key: 'webhookTimeoutSecs'},
		create: {optional: true, rule: WEBHOOK_TIMEOUT_RULE},
		update: {optional: true, rule: `Optional: a whole number of seconds from 0 to 30; ${CLEARS}`},
		parse(value, operation) {
			const seconds = validateWebhookTimeout(text(value));
			return seconds.ok ? emptyAs(operation, seconds.value) : seconds;
		},
		fromRecord: wire => (typeof wire === 'number' ? String(wire) : ''),
	},
];

function channelLimit(value: string, operation: Operation): Validation<BodyValue> {
	const limit = validateChannelLimit(value);
	return limit.ok ? emptyAs(operation, limit.value) : limit;
}

export function connectionField(id: string): Field {
	const field = CONNECTION_FIELDS.find(candidate => candidate.id === id);
	if (!field) throw new Error(`Unknown connection field ${id}`);
	return field;
}

/** The order the form asks in: the service first, the inbound question and its details last. */
const FORM_ORDER = [
	'external_sip_connection',
	'outbound.outbound_voice_profile_id',
	'outbound.channel_limit',
	'active',
	'tags',
	'webhook_event_url',
	'webhook_event_failover_url',
	'webhook_timeout_secs',
	'inbound',
	'inbound.outbound_voice_profile_id',
	'inbound.channel_limit',
].map(connectionField);

/** Every field an operation takes, in the form's order, whether or not its `when` holds. */
export function operationFields(operation: Operation): Field[] {
	return FORM_ORDER.filter(field => field[operation] !== undefined);
}

/** The fields an operation asks for with these values, in the form's order. */
export function formFields(values: WizardValues, operation: Operation): Field[] {
	return operationFields(operation).filter(field => field[operation]!.when?.(values) ?? true);
}
