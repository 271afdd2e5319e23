import got, {type Method, type RetryObject} from 'got';
import {externalConnectionsQuery, outboundVoiceProfilesQuery} from './query.js';
import {RETRY_ERROR_CODES, RETRY_METHODS, RETRY_STATUS_CODES, retryDelayMs, retryReason} from './retry.js';
import {toApiError, type ErrorContext} from './to-api-error.js';
import type {
	Connection,
	CreateExternalConnectionRequest,
	ExternalConnection,
	ListFilters,
	ListPage,
	OutboundVoiceProfile,
} from './types.js';
import {USER_AGENT} from './user-agent.js';
import {DEFAULT_BASE_URL} from './base-url.js';
import {readListBody, readSingleBody} from './validate-response.js';

export type RetryNotice = {attempt: number; of: number; delayMs: number; reason: string};
export type RequestOptions = {signal?: AbortSignal; onRetry?: (notice: RetryNotice) => void};
export type ApiConfig = {
	/** Default DEFAULT_BASE_URL. */
	baseUrl?: string;
	apiKey: string;
	/** Whole-attempt limit per request, default 30 s. */
	timeoutMs?: number;
	/** Retries of a failed GET, default 3. */
	retries?: number;
	/** Cap on a server's Retry-After, default 5 s. */
	maxRetryAfterMs?: number;
	/** First backoff delay, doubled per retry; default 250 ms (tests set it small). */
	retryBaseMs?: number;
};

export type ApiClient = {
	listExternalConnections(
		q: {pageNumber: number; pageSize: number; filters?: ListFilters},
		o?: RequestOptions,
	): Promise<ListPage<ExternalConnection>>;
	getExternalConnection(id: string, o?: RequestOptions): Promise<ExternalConnection>;
	createExternalConnection(body: CreateExternalConnectionRequest, o?: RequestOptions): Promise<ExternalConnection>;
	getConnection(id: string, o?: RequestOptions): Promise<Connection>;
	listOutboundVoiceProfiles(
		q: {pageNumber: number; pageSize: number; nameContains?: string},
		o?: RequestOptions,
	): Promise<ListPage<OutboundVoiceProfile>>;
};

type Call = {method: Method; path: string; searchParams?: URLSearchParams; json?: unknown};

export function createApiClient(config: ApiConfig): ApiClient {
	const baseUrl = config.baseUrl ?? DEFAULT_BASE_URL;
	const retries = config.retries ?? 3;
	const retryPolicy = {baseMs: config.retryBaseMs ?? 250, maxRetryAfterMs: config.maxRetryAfterMs ?? 5000};
	const timeouts = {connect: 5000, response: 15_000, request: config.timeoutMs ?? 30_000};
	const errorContext: ErrorContext = {host: new URL(baseUrl).host, apiKey: config.apiKey, timeouts};

	const http = got.extend({
		prefixUrl: baseUrl,
		headers: {
			authorization: `Bearer ${config.apiKey}`,
			'user-agent': USER_AGENT,
			accept: 'application/json',
		},
		timeout: timeouts,
		// Parsed by validate-response, so an HTML or truncated body becomes one 'malformed' error.
		responseType: 'text',
		retry: {
			limit: retries,
			methods: [...RETRY_METHODS],
			statusCodes: RETRY_STATUS_CODES,
			errorCodes: RETRY_ERROR_CODES,
			// got would drop the retry when Retry-After exceeds this; retryDelayMs caps it instead.
			maxRetryAfter: Number.POSITIVE_INFINITY,
			// calculateDelay then runs only when method, status/code and limit allow a retry.
			enforceRetryRules: true,
		},
	});

	async function send<T>(call: Call, read: (text: string) => T, options: RequestOptions = {}): Promise<T> {
		const {signal, onRetry} = options;
		try {
			const response = await http(call.path, {
				method: call.method,
				searchParams: call.searchParams,
				json: call.json,
				signal,
				retry: {
					calculateDelay({attemptCount, retryAfter, error}: RetryObject) {
						const delayMs = retryDelayMs(attemptCount, retryAfter, retryPolicy);
						onRetry?.({attempt: attemptCount, of: retries, delayMs, reason: retryReason(error)});
						// An abort from inside onRetry lands before got can cancel the wait; 0 skips the retry.
						return signal?.aborted ? 0 : delayMs;
					},
				},
			});
			return read(response.body);
		} catch (error) {
			throw toApiError(error, {...errorContext, ...(signal && {signal})});
		}
	}

	const resource = (collection: string, id: string) => `${collection}/${encodeURIComponent(id)}`;

	return {
		listExternalConnections: (q, o) =>
			send({method: 'GET', path: 'external_connections', searchParams: externalConnectionsQuery(q)}, readListBody<ExternalConnection>, o),
		getExternalConnection: (id, o) =>
			send({method: 'GET', path: resource('external_connections', id)}, readSingleBody<ExternalConnection>, o),
		createExternalConnection: (body, o) =>
			send({method: 'POST', path: 'external_connections', json: body}, readSingleBody<ExternalConnection>, o),
		getConnection: (id, o) => send({method: 'GET', path: resource('connections', id)}, readSingleBody<Connection>, o),
		listOutboundVoiceProfiles: (q, o) =>
			send({method: 'GET', path: 'outbound_voice_profiles', searchParams: outboundVoiceProfilesQuery(q)}, readListBody<OutboundVoiceProfile>, o),
	};
}
