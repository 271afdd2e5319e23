// Telnyx-shaped error objects. Codes and titles follow Telnyx's published error table
// (https://developers.telnyx.com/docs/overview/errors); none of them ever quotes request headers.
import type {TelnyxError} from '../api/types.js';

type Source = TelnyxError['source'];

export function telnyxError(code: string, title: string, detail: string, source?: Source): TelnyxError {
	return {
		code,
		title,
		detail,
		...(source ? {source} : {}),
		meta: {url: `https://developers.telnyx.com/docs/overview/errors/${code}`},
	};
}

export const badRequest = (detail: string, source?: Source) => telnyxError('10015', 'Bad Request', detail, source);

export const missingParameter = (pointer: string) =>
	telnyxError('10004', 'Missing required parameter', `The '${pointer.slice(1)}' parameter is required.`, {pointer});

export const invalidUrl = (pointer: string, detail: string) => telnyxError('10003', 'Invalid URL', detail, {pointer});

export const unknownProfile = (pointer: string, id: string) =>
	telnyxError('10017', 'Associated resource does not exist', `Outbound voice profile ${id} does not exist.`, {pointer});

export const authenticationFailed = () => telnyxError('10009', 'Authentication failed', 'Could not understand the provided credentials.');

export const notFound = () =>
	telnyxError('10005', 'Resource not found', 'The requested resource or URL could not be found.', {pointer: '/'});

export const methodNotAllowed = (method: string) =>
	telnyxError('10015', 'Method not allowed', `The ${method} method is not supported on this resource.`);

export const unexpectedError = () => telnyxError('10007', 'Unexpected error', 'An unexpected error occurred.');

export const serviceUnavailable = () =>
	telnyxError('10007', 'Service unavailable', 'The service is temporarily unavailable; retry the request later.');

export const tooManyRequests = () => telnyxError('10011', 'Too many requests', 'You have exceeded the maximum number of allowed requests.');

export function errorBody(errors: TelnyxError[]): string {
	return JSON.stringify({errors});
}
