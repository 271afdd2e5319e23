// What the form holds: text exactly as typed (so a mistake can be corrected, not retyped) and the choices.
// Each field's meaning, rule and place in the body are in source/fields/connection-fields.ts.
export type WizardValues = {
	externalSipConnection: 'zoom';
	outboundProfileId: string;
	outboundChannelLimit: string;
	active: boolean;
	tags: string;
	webhookEventUrl: string;
	webhookEventFailoverUrl: string;
	webhookTimeoutSecs: string;
	inbound: boolean;
	inboundProfileId: string;
	inboundChannelLimit: string;
};

export const INITIAL_VALUES: WizardValues = {
	externalSipConnection: 'zoom',
	outboundProfileId: '',
	outboundChannelLimit: '',
	active: true,
	tags: '',
	webhookEventUrl: '',
	webhookEventFailoverUrl: '',
	webhookTimeoutSecs: '',
	inbound: false,
	inboundProfileId: '',
	inboundChannelLimit: '',
};

/** Whether anything differs from where the form started: leaving then needs a confirmation. */
export function hasInput(values: WizardValues, start: WizardValues = INITIAL_VALUES): boolean {
	return (Object.keys(start) as Array<keyof WizardValues>).some(key => values[key] !== start[key]);
}
