import got, {type Method, type RetryObject} from 'got';
import {externalConnectionsQuery, outboundVoiceProfilesQuery, phoneNumbersQuery} from './query.js';
import {RETRY_ERROR_CODES, RETRY_METHODS, RETRY_STATUS_CODES, retryDelayMs, retryReason} from './retry.js';
import {toApiError, type ErrorContext} from './to-api-error.js';
import type {
	Connection,
	CreateExternalConnectionRequest,
	ExternalConnection,
	ExternalConnectionPhoneNumber,
	ListFilters,
	ListResponse,
	OutboundVoiceProfile,
	OutboundVoiceProfileSort,
	PhoneNumberFilters,
	UpdateExternalConnectionRequest,
} from './types.js';
import {USER_AGENT} from './user-agent.js';
import {DEFAULT_BASE_URL} from './base-url.js';
import {readListBody, readSingleBody} from './validate-response.js';
import {followSameOrigin, isRedirectStatus, redirectError} from './redirects.js';
import {GET_DEADLINE_MS, MAX_BODY_BYTES} from './limits.js';
import {inFlightMutations} from './in-flight.js';
import {describeCreate, describeUpdate} from './describe-create.js';
import {ApiError} from './errors.js';
import {buildPath, requestUrl, type Route, type RouteIds} from './routes.js';
import {NotSent} from './dry-run.js';
import type {Inverse, MutationRecorder} from './mutation-recorder.js';
import {resultOf, resultOfFailure} from './mutation-result.js';

/** `deadlineInMs`: how long the request may still go on (retries included) when this retry starts. */
export type RetryNotice = {attempt: number; of: number; delayMs: number; reason: string; deadlineInMs: number};
/**
 * `retries`: this request's limit instead of the client's (a read that is cheap to lose, such as a list row's name,
 * passes 0). `inverse`: for a mutation, the request that would put back what it changes, built by code that knows the
 * value before; the journal keeps it for `u`.
 */
export type RequestOptions = {signal?: AbortSignal; onRetry?: (notice: RetryNotice) => void; retries?: number; inverse?: Inverse};
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
	/** Overall limit of a GET across its retries, default GET_DEADLINE_MS. */
	getDeadlineMs?: number;
	/** Largest response body read, default MAX_BODY_BYTES. */
	maxBodyBytes?: number;
	/** A dry run: every mutation rejects with NotSent, carrying the request it would have been, and nothing is sent. */
	dryRun?: boolean;
	/** Told of every mutation before it is sent and again with its result (the journal); none: nothing is recorded. */
	recorder?: MutationRecorder;
	/** Every mutation is refused with an ApiError of kind 'read-only', and nothing is sent. */
	readOnly?: boolean;
};

export type ApiClient = {
	/** The API's host, as the base URL names it (the journal's entries name theirs). */
	readonly host: string;
	listExternalConnections(
		q: {pageNumber: number; pageSize: number; filters?: ListFilters},
		o?: RequestOptions,
	): Promise<ListResponse<ExternalConnection>>;
	getExternalConnection(id: string, o?: RequestOptions): Promise<ExternalConnection>;
	createExternalConnection(body: CreateExternalConnectionRequest, o?: RequestOptions): Promise<ExternalConnection>;
	updateExternalConnection(id: string, body: UpdateExternalConnectionRequest, o?: RequestOptions): Promise<ExternalConnection>;
	/** Telnyx answers with the record as it was. */
	deleteExternalConnection(id: string, o?: RequestOptions): Promise<ExternalConnection>;
	getConnection(id: string, o?: RequestOptions): Promise<Connection>;
	listExternalConnectionPhoneNumbers(
		connectionId: string,
		q: {pageNumber: number; pageSize: number; filters?: PhoneNumberFilters},
		o?: RequestOptions,
	): Promise<ListResponse<ExternalConnectionPhoneNumber>>;
	listOutboundVoiceProfiles(
		q: {pageNumber: number; pageSize: number; nameContains?: string; sort?: OutboundVoiceProfileSort},
		o?: RequestOptions,
	): Promise<ListResponse<OutboundVoiceProfile>>;
	/**
	 * Any operation by its route and ids (`'/external_connections/{id}/phone_numbers'`, `{id}`): what resource
	 * modules build theirs on. Each id is checked against the spec's format for its parameter first: one that
	 * fails rejects with an ApiError of kind 'invalid-id' and nothing is sent. `read` checks and decodes the body
	 * (readListBody, readSingleBody). A mutation (anything but GET) is never retried, never redirected, and
	 * recorded while in flight.
	 */
	/** `read` gets the body, and the status for an operation whose successes differ by it (200 and 202). */
	call<T, R extends Route>(call: ResourceCall<R>, read: (body: string, status: number) => T, o?: RequestOptions): Promise<T>;
};

/** `sent`: a mutation's body in short, for the line an interrupted exit prints (never the key). */
export type ResourceCall<R extends Route> = {
	method: Method;
	route: R;
	ids: RouteIds<R>;
	searchParams?: URLSearchParams;
	json?: unknown;
	sent?: string;
};

export function createApiClient(config: ApiConfig): ApiClient {
	const baseUrl = config.baseUrl ?? DEFAULT_BASE_URL;
	const retries = config.retries ?? 3;
	const retryPolicy = {baseMs: config.retryBaseMs ?? 250, maxRetryAfterMs: config.maxRetryAfterMs ?? 5000};
	const timeouts = {connect: 5000, response: 15_000, request: config.timeoutMs ?? 30_000};
	const host = new URL(baseUrl).host;
	const errorContext: ErrorContext = {host, apiKey: config.apiKey, timeouts};
	const getDeadlineMs = config.getDeadlineMs ?? GET_DEADLINE_MS;
	const maxBodyBytes = config.maxBodyBytes ?? MAX_BODY_BYTES;

	// No prefixUrl: each URL is built whole by requestUrl, so no resolution can drop or reorder a segment.
	const http = got.extend({
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

	async function send<T, R extends Route>(
		call: ResourceCall<R>,
		read: (text: string, status: number) => T,
		options: RequestOptions = {},
	): Promise<T> {
		// Before anything else: an id the contract would not produce is refused here, and no request is made.
		const path = buildPath(call.route, call.ids);
		const url = requestUrl(baseUrl, path);
		const {signal, onRetry} = options;
		const limit = options.retries ?? retries;
		const isRead = call.method === 'GET';
		if (!isRead && config.dryRun) throw new NotSent({method: call.method, path: url.pathname, body: call.json});
		if (!isRead && config.readOnly) {
			throw new ApiError({kind: 'read-only', message: `read-only mode: ${call.method} ${url.pathname} not sent`});
		}
		// No recorder, no wait: a mutation is in flight (inFlightMutations) as soon as it is called.
		const journalId = isRead || !config.recorder ? undefined : await journal(call, url.pathname, options.inverse);
		const deadline = new AbortController();
		const deadlineAt = Date.now() + getDeadlineMs;
		const deadlineTimer = isRead ? setTimeout(() => deadline.abort(), getDeadlineMs) : undefined;
		const requestSignal = isRead ? (signal ? AbortSignal.any([signal, deadline.signal]) : deadline.signal) : signal;
		const settle = isRead ? undefined : inFlightMutations.start({method: call.method, path: url.pathname, sent: call.sent ?? ''});
		let attempts = 1;
		let tooLarge = false;
		let recorded = false;
		try {
			const request = http(url, {
				method: call.method,
				searchParams: call.searchParams,
				json: call.json,
				signal: requestSignal,
				// A mutation is answered where it was sent or not at all: re-sending it elsewhere could apply it twice.
				followRedirect: isRead ? followSameOrigin : false,
				retry: {
					limit,
					calculateDelay({attemptCount, retryAfter, error}: RetryObject) {
						const delayMs = retryDelayMs(attemptCount, retryAfter, retryPolicy);
						const deadlineInMs = deadlineAt - Date.now();
						// A retry that could not finish before the deadline is not worth starting: 0 skips it.
						if (signal?.aborted || deadlineInMs <= delayMs) return 0;
						attempts = attemptCount + 1;
						onRetry?.({attempt: attemptCount, of: limit, delayMs, reason: retryReason(error), deadlineInMs});
						// An abort from inside onRetry lands before got can cancel the wait; 0 skips the retry.
						return signal?.aborted ? 0 : delayMs;
					},
				},
			});
			request.on('downloadProgress', ({transferred, total}) => {
				// Content-Length is checked before the first byte; a body without one, as it arrives.
				if (Math.max(transferred, total ?? 0) <= maxBodyBytes) return;
				tooLarge = true;
				request.cancel();
			});
			const response = await request;
			if (isRedirectStatus(response.statusCode)) throw redirectError(response, call.method, host);
			// Answered: a body that cannot be read does not undo what the status says happened. Written before the
			// caller hears the result, so whatever it shows next reads the journal with it.
			if (journalId !== undefined) {
				recorded = true;
				await config.recorder?.settled(journalId, resultOf(response));
			}
			const result = read(response.body, response.statusCode);
			settle?.();
			return result;
		} catch (error) {
			const failure = tooLarge
				? new ApiError({
						kind: 'malformed',
						message: `The response from ${host} is larger than ${maxBodyBytes / 1024 / 1024} MB; ec-tui stopped reading it`,
					})
				: deadline.signal.aborted && !signal?.aborted
					? new ApiError({
							kind: 'timeout',
							message: `The request to ${host} got no answer within ${getDeadlineMs / 1000} s (${attempts} ${attempts === 1 ? 'attempt' : 'attempts'})`,
						})
					: toApiError(error, {...errorContext, ...(signal && {signal})});
			failure.request ??= {method: call.method, path: url.pathname};
			// Written before the caller hears the result, so whatever it shows next reads the journal with it.
			if (journalId !== undefined && !recorded) await config.recorder?.settled(journalId, resultOfFailure(failure, error));
			// A mutation cut off by the person (Ctrl+C) stays recorded: it may have reached the server.
			if (failure.kind !== 'aborted') settle?.();
			throw failure;
		} finally {
			clearTimeout(deadlineTimer);
		}
	}

	/** The journal's id of a mutation about to be sent; an ApiError, and nothing sent, when it cannot be written. */
	async function journal<R extends Route>(call: ResourceCall<R>, path: string, inverse?: Inverse): Promise<string | undefined> {
		try {
			return await config.recorder?.sent({
				method: call.method,
				host,
				path,
				...(call.json !== undefined && {body: call.json}),
				...(inverse && {inverse}),
			});
		} catch (error) {
			const why = error instanceof Error ? error.message : String(error);
			throw new ApiError({
				kind: 'journal',
				message: `${call.method} ${path} not sent: the journal could not be written (${why}); --no-journal sends without one`,
			});
		}
	}

	return {
		host,
		listExternalConnections: (q, o) =>
			send(
				{method: 'GET', route: '/external_connections', ids: {}, searchParams: externalConnectionsQuery(q)},
				readListBody<ExternalConnection>,
				o,
			),
		getExternalConnection: (id, o) =>
			send({method: 'GET', route: '/external_connections/{id}', ids: {id}}, readSingleBody<ExternalConnection>, o),
		createExternalConnection: (body, o) =>
			send(
				{method: 'POST', route: '/external_connections', ids: {}, json: body, sent: describeCreate(body)},
				readSingleBody<ExternalConnection>,
				o,
			),
		updateExternalConnection: (id, body, o) =>
			send(
				{method: 'PATCH', route: '/external_connections/{id}', ids: {id}, json: body, sent: describeUpdate(body)},
				readSingleBody<ExternalConnection>,
				o,
			),
		deleteExternalConnection: (id, o) =>
			send({method: 'DELETE', route: '/external_connections/{id}', ids: {id}, sent: 'delete'}, readSingleBody<ExternalConnection>, o),
		getConnection: (id, o) => send({method: 'GET', route: '/connections/{id}', ids: {id}}, readSingleBody<Connection>, o),
		listExternalConnectionPhoneNumbers: (connectionId, q, o) =>
			send(
				{
					method: 'GET',
					route: '/external_connections/{id}/phone_numbers',
					ids: {id: connectionId},
					searchParams: phoneNumbersQuery(q),
				},
				readListBody<ExternalConnectionPhoneNumber>,
				o,
			),
		listOutboundVoiceProfiles: (q, o) =>
			send(
				{method: 'GET', route: '/outbound_voice_profiles', ids: {}, searchParams: outboundVoiceProfilesQuery(q)},
				readListBody<OutboundVoiceProfile>,
				o,
			),
		call: send,
	};
}
