// What the wizard holds: text exactly as typed (so a mistake can be corrected, not retyped) and the choices.
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

/** Whether anything differs from a fresh wizard: leaving then needs a confirmation. */
export function hasInput(values: WizardValues): boolean {
	return (Object.keys(INITIAL_VALUES) as Array<keyof WizardValues>).some(key => values[key] !== INITIAL_VALUES[key]);
}
