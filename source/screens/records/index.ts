// The detail screen of each resource a sub-list opens, by resource name; the connection's own is DetailScreen.
import type React from 'react';
import {civicAddresses, logMessages, outboundVoiceProfiles, phoneNumbers, releases, uploads} from '../../resources/index.js';
import {ReleaseDetail} from './release-detail.js';
import {CivicAddressDetail} from './civic-address-detail.js';
import {UploadDetail} from './upload-detail.js';
import {LogMessageDetail} from './log-message-detail.js';
import {PhoneNumberDetail} from './phone-number-detail.js';
import {OutboundVoiceProfileDetail} from './outbound-voice-profile-detail.js';
import type {RecordScreenProps} from './record-screen.js';

export type {RecordScreenProps} from './record-screen.js';

const SCREENS: ReadonlyMap<string, {title: string; Screen: (props: RecordScreenProps) => React.JSX.Element}> = new Map([
	[phoneNumbers.name, {title: 'phone number', Screen: PhoneNumberDetail}],
	[civicAddresses.name, {title: 'civic address', Screen: CivicAddressDetail}],
	[uploads.name, {title: 'upload', Screen: UploadDetail}],
	[releases.name, {title: 'release', Screen: ReleaseDetail}],
	[logMessages.name, {title: 'log message', Screen: LogMessageDetail}],
	[outboundVoiceProfiles.name, {title: 'outbound voice profile', Screen: OutboundVoiceProfileDetail}],
]);

export const recordScreenFor = (resource: string) => SCREENS.get(resource);
