// Wizard values -> the exact CreateExternalConnectionRequest that is sent: optional fields left empty are
// omitted (never ''), numbers are numbers, ids stay strings, inbound only when it was chosen.
import type {CreateExternalConnectionRequest} from '../api/types.js';
import {
	parseTags,
	validateChannelLimit,
	validateProfileId,
	validateWebhookTimeout,
	validateWebhookUrl,
} from '../validation/create-fields.js';
import type {Validation} from '../validation/result.js';
import {fieldSteps, type FieldStepId} from './steps.js';
import type {WizardValues} from './wizard-values.js';

export type BuildResult =
	| {ok: true; body: CreateExternalConnectionRequest}
	| {ok: false; step: FieldStepId; message: string};

/** The first invalid field (in wizard order) is reported instead of a body: nothing invalid is ever sent. */
export function buildBody(values: WizardValues): BuildResult {
	for (const step of fieldSteps(values)) {
		const message = step.problem(values);
		if (message !== undefined) return {ok: false, step: step.id, message};
	}

	return {ok: true, body: assemble(values)};
}

// Only reached once every field passed its step's check, so a failure here is a bug, not a user error.
function valid<T>(result: Validation<T>): T {
	if (!result.ok) throw new Error(`buildBody: unchecked invalid value: ${result.message}`);
	return result.value;
}

function assemble(values: WizardValues): CreateExternalConnectionRequest {
	const outboundProfileId = valid(validateProfileId(values.outboundProfileId));
	const outboundChannelLimit = valid(validateChannelLimit(values.outboundChannelLimit));
	const tags = parseTags(values.tags);
	const webhookEventUrl = valid(validateWebhookUrl(values.webhookEventUrl));
	const failoverUrl = valid(validateWebhookUrl(values.webhookEventFailoverUrl));
	const timeout = valid(validateWebhookTimeout(values.webhookTimeoutSecs));

	const body: CreateExternalConnectionRequest = {
		external_sip_connection: values.externalSipConnection,
		active: values.active,
		outbound: {
			outbound_voice_profile_id: outboundProfileId,
			...(outboundChannelLimit !== undefined && {channel_limit: outboundChannelLimit}),
		},
	};
	if (values.inbound) {
		const inboundProfileId = valid(validateProfileId(values.inboundProfileId));
		const inboundChannelLimit = valid(validateChannelLimit(values.inboundChannelLimit));
		body.inbound = {
			outbound_voice_profile_id: inboundProfileId,
			...(inboundChannelLimit !== undefined && {channel_limit: inboundChannelLimit}),
		};
	}

	if (tags.length > 0) body.tags = tags;
	if (webhookEventUrl !== undefined) body.webhook_event_url = webhookEventUrl;
	if (failoverUrl !== undefined) body.webhook_event_failover_url = failoverUrl;
	if (timeout !== undefined) body.webhook_timeout_secs = timeout;
	return body;
}
