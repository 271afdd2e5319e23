// What the review step shows, as rows that each take one terminal line: every value, the exact JSON body,
// the outcome of the last attempt and the menu, fitted below the terminal's height. Pure.
import type {CreateExternalConnectionRequest, ExternalConnection, UpdateExternalConnectionRequest} from '../../api/types.js';
import {describeTelnyxError} from '../../components/error-banner.js';
import {EMPTY, displayWidth} from '../../text/format.js';
import {clean, cleanJsonLines, cleanText, ownText, type Clean} from '../../text/sanitize.js';
import {showField, showMember} from '../../components/wire-value.js';
import {fieldSteps, stepCountText, stepNumber, type FieldStepId} from '../../create/steps.js';
import {isGone, requestBody, unmappedErrors, type WizardState} from '../../create/wizard-state.js';
import {wrapText} from '../../text/wrap.js';
import {updateVerdict, type UpdateVerdict} from '../../fields/read-back.js';
import {matchesRequest} from '../../fields/record-values.js';
import {displayValue} from './display-values.js';
import {formTitle} from './field-lines.js';

export type Line = {text: Clean; color?: 'red' | 'yellow' | 'cyan' | 'green'; dim?: boolean};
export type ReviewAction = 'submit' | 'edit' | 'cancel' | 'check';
export type MenuItem = {label: Clean; value: ReviewAction};

export type ReviewLayout = {
	title: Clean;
	/** Values and body next to each other when the terminal is wide enough for both. */
	sideBySide: boolean;
	valuesWidth: number;
	columnGap: number;
	values: Line[];
	jsonTitle: Clean;
	json: Clean[];
	/** The body's first visible line after clamping, and the largest useful offset. */
	jsonOffset: number;
	jsonMaxOffset: number;
	status: Line[];
	check: Line[];
	/** Undefined while the request is in flight: there is nothing to choose then. */
	menu: MenuItem[] | undefined;
	sending: Clean | undefined;
	/** What the footer says instead of keys while there is nothing to choose. */
	waiting: Clean | undefined;
};

const COLUMN_GAP = 2;
const MAX_STATUS_ROWS = 5;
const MAX_CHECK_ROWS = 7;
const JSON_MIN_ROWS = 4;
export const CHECK_COUNT = 5;

type Body = CreateExternalConnectionRequest | UpdateExternalConnectionRequest;

/** The request Submit makes, as the review names it. */
export function requestLine(state: WizardState): string {
	const {mode} = state;
	return mode.op === 'create' ? 'POST /external_connections' : `PATCH /external_connections/${cleanText(mode.id)}`;
}

function reviewBody(state: WizardState): Body | undefined {
	if (state.submit.status === 'sending') return state.submit.body;
	const built = requestBody(state);
	return built.ok ? built.body : undefined;
}

function bodyText(state: WizardState, body: Body | undefined): Clean[] {
	// The body holds what was typed: C1 and bidi characters are shown as \u escapes, as JSON allows.
	if (body) return cleanJsonLines(JSON.stringify(body, null, 2));
	const built = requestBody(state);
	return [ownText(built.ok ? '(nothing changed: nothing will be sent)' : '(the values do not make a valid body yet)')];
}

export function layoutReview(state: WizardState, size: {width: number; height: number}, jsonOffset: number): ReviewLayout {
	const {width} = size;
	const budget = Math.max(1, size.height - 1);
	const title = cleanText(`${formTitle(state)} · ${stepCountText('review', state.values, {}, state.mode)} · Review`);
	const body = reviewBody(state);
	const jsonAll = bodyText(state, body);

	const menu = menuFor(state, body);
	const sending =
		state.submit.status === 'sending' ? cleanText(`◌ Sending… ${requestLine(state)} (once; never retried automatically)`) : undefined;
	const controlRows = menu ? menu.length : 1;
	// Title, hints and the menu always show; then the outcome, the check, the values and the body, in
	// that order, each in what is left.
	let free = budget - 2 - controlRows;
	const status = clipRows(statusLines(state, width), Math.min(MAX_STATUS_ROWS, free), ownText('lines'));
	free -= status.length;
	const check = clipRows(checkLines(state, body), Math.min(MAX_CHECK_ROWS, free), ownText('connections'));
	free -= check.length;

	const valuesAll = valueLines(state);
	// Side by side only when neither column has to be cut.
	const valuesWidth = Math.max(...valuesAll.map(line => displayWidth(line.text)));
	const jsonWidth = Math.max(...jsonAll.map(line => displayWidth(line)));
	const sideBySide = valuesWidth + COLUMN_GAP + jsonWidth <= width;
	const room = Math.max(0, free);

	let valuesRows: number;
	let jsonRows: number;
	if (sideBySide) {
		valuesRows = room;
		jsonRows = room;
	} else {
		// Stacked: every value first if possible; the body keeps a few rows and scrolls (PgUp/PgDn).
		const jsonMin = Math.min(1 + jsonAll.length, JSON_MIN_ROWS);
		valuesRows = Math.min(valuesAll.length, Math.max(0, room - jsonMin));
		jsonRows = room - valuesRows;
	}

	const values = clipRows(valuesAll, valuesRows, ownText('values'));

	const window = Math.max(0, jsonRows - 1);
	const clipped = jsonAll.length > window;
	// One row of the window says which lines are shown when the body does not fit.
	const shown = clipped ? Math.max(0, window - 1) : window;
	const jsonMaxOffset = shown === 0 ? 0 : Math.max(0, jsonAll.length - shown);
	const offset = Math.min(Math.max(0, jsonOffset), jsonMaxOffset);
	const position =
		shown === 0
			? clean`… ${jsonAll.length} lines: the terminal is too short to show them`
			: clean`… lines ${offset + 1}–${offset + shown} of ${jsonAll.length}`;
	const json = clipped ? [...jsonAll.slice(offset, offset + shown), ...(window > 0 ? [position] : [])] : jsonAll;
	const jsonTitle = jsonRows > 0 ? cleanText(`Body to send (${requestLine(state)}):`) : ownText('');

	// With the menu up the footer is the keys; meanwhile it says what the form is waiting for.
	const waiting = menu
		? undefined
		: ownText(
				state.submit.status === 'created'
					? state.mode.op === 'create'
						? 'Opening the new connection…'
						: 'Back to the connection…'
					: 'Waiting for Telnyx…',
			);
	return {
		title,
		sideBySide,
		valuesWidth,
		columnGap: COLUMN_GAP,
		values,
		jsonTitle,
		json,
		jsonOffset: offset,
		jsonMaxOffset,
		status,
		check,
		menu,
		sending,
		waiting,
	};
}

/**
 * Every value of the steps that apply, labelled, with Telnyx's complaint beside a field it flagged; in an
 * edit, each changed one as old → new and the others dim.
 */
function valueLines(state: WizardState): Line[] {
	const {mode} = state;
	const steps = fieldSteps(state.values, mode);
	const labelWidth = Math.max(...steps.map(step => step.label.length));
	return steps.map(step => {
		const error = state.errors[step.id];
		const now = displayValue(step, state.values, state.profiles, mode.op);
		const before = mode.op === 'update' ? displayValue(step, mode.initial, state.profiles, mode.op) : now;
		const changed = now !== before;
		const text = cleanText(`${step.label.padEnd(labelWidth)}  ${changed ? `${before} → ${now}` : now}`);
		if (error) return {text: clean`${text}  ✖ ${cleanText(error.message)}`, color: 'red'};
		return mode.op === 'update' && !changed ? {text, dim: true} : {text};
	});
}

/** The Edit list: each field with its number and current value. */
export function fieldMenu(state: WizardState): Array<{label: Clean; value: FieldStepId}> {
	return fieldSteps(state.values, state.mode).map(step => {
		const {n} = stepNumber(step.id, state.values, state.mode);
		const flagged = state.errors[step.id] ? '  ✖' : '';
		return {
			label: cleanText(`${n}. ${step.label}: ${displayValue(step, state.values, state.profiles, state.mode.op)}${flagged}`),
			value: step.id,
		};
	});
}

function menuFor(state: WizardState, body: Body | undefined): MenuItem[] | undefined {
	const {submit} = state;
	if (submit.status === 'sending' || submit.status === 'created') return undefined;
	if (isGone(state)) return [{label: ownText('Back'), value: 'cancel'}];
	const rest: MenuItem[] = [
		{label: ownText('Edit a field'), value: 'edit'},
		{label: ownText('Cancel'), value: 'cancel'},
	];
	// An edit that changes nothing has nothing to submit.
	if (state.mode.op === 'update' && body === undefined) return rest;
	if (submit.status === 'idle') return [{label: ownText('Submit'), value: 'submit'}, ...rest];
	// After an unknown outcome the safe choice comes first, so a repeated Enter cannot resend.
	if (submit.failure.kind === 'unknown-outcome') {
		const look = ownText(state.mode.op === 'create' ? 'Check the list first' : 'Read the connection again');
		return [{label: look, value: 'check'}, {label: ownText('Submit again'), value: 'submit'}, ...rest];
	}

	return [{label: ownText('Submit again'), value: 'submit'}, ...rest];
}

function statusLines(state: WizardState, width: number): Line[] {
	const {submit} = state;
	const wrap = (text: string, color: Line['color']): Line[] => wrapText(text, width).map(line => ({text: line, ...(color && {color})}));
	if (submit.status === 'created') return wrap(state.mode.op === 'create' ? '✔ Created.' : '✔ Saved.', 'green');
	if (submit.status !== 'failed') return [];
	const {failure} = submit;
	switch (failure.kind) {
		case 'unknown-outcome':
			return wrap(`⚠ ${failure.message}`, 'yellow');
		case 'rejected': {
			const flagged = fieldSteps(state.values, state.mode).filter(step => state.errors[step.id]?.from === 'server');
			const nothing = state.mode.op === 'create' ? 'nothing was created' : 'nothing was changed';
			return [
				...wrap(`✖ Telnyx rejected the request (422); ${nothing}. Your values are kept.`, 'red'),
				...unmappedErrors(failure.errors, state.mode).flatMap(error => wrap(describeTelnyxError(error), 'red')),
				...(flagged.length > 0 ? wrap(`Flagged: ${flagged.map(step => step.label).join(', ')}`, 'red') : []),
			];
		}

		case 'not-found':
			return wrap('✖ Telnyx answered 404: this connection no longer exists (deleted meanwhile). Nothing was changed.', 'red');

		case 'error': {
			const heading = `✖ Telnyx answered ${failure.status ?? 'with an error'}. Your values are kept; you can submit again.`;
			const details = failure.errors.length > 0 ? failure.errors.map(describeTelnyxError) : [cleanText(failure.message)];
			return [...wrap(heading, 'red'), ...details.flatMap(detail => wrap(detail, 'red'))];
		}
	}
}

function checkLines(state: WizardState, body: Body | undefined): Line[] {
	const {check, mode} = state;
	if (mode.op === 'update') return readBackLines(state);
	switch (check.status) {
		case 'idle':
			return [];
		case 'loading':
			return [{text: ownText('Loading the newest connections…'), color: 'cyan'}];
		case 'failed':
			return [{text: cleanText(`✖ Could not load the list: ${cleanText(check.message)}`), color: 'red'}];
		case 'loaded': {
			if (check.connections.length === 0) return [{text: ownText('The account has no external connections yet.'), color: 'cyan'}];
			const created = body as CreateExternalConnectionRequest | undefined;
			const matches = (connection: ExternalConnection) => created !== undefined && matchesRequest(connection, created);
			const matching = check.connections.filter(matches).length;
			const heading =
				matching > 0
					? clean`Newest connections: ${matching} with the values above (✔): it may have been created.`
					: ownText('Newest connections: none has the values above.');
			return [
				{text: heading, color: 'cyan'},
				...check.connections.map(connection => {
					const mark = matches(connection) ? '✔' : ' ';
					// Listed records are wire data: any field may be of another type than documented.
					const tags = showField(connection.tags, 'a list of text');
					const profile = showMember(connection.outbound, 'outbound_voice_profile_id', 'text');
					const fields = [showField(connection.id, 'text'), showField(connection.created_at, 'a date'), `profile ${profile}`];
					return {text: cleanText(`${mark} ${fields.join(' · ')}${tags === EMPTY ? '' : ` · tags ${tags}`}`)};
				}),
			];
		}
	}
}

const VERDICT_LINES: Record<UpdateVerdict, Line> = {
	applied: {text: ownText('✔ Read back: it has your values; the change went through.'), color: 'green'},
	'not-applied': {
		text: ownText('Read back: it still has its old values; the change did not go through. Submit again to send it.'),
		color: 'cyan',
	},
	mixed: {
		text: ownText('⚠ Read back: it holds neither the old values nor yours (changed elsewhere?). Look at it before sending again.'),
		color: 'yellow',
	},
};

/** What reading an edited connection back found, after an update whose outcome is unknown. */
function readBackLines(state: WizardState): Line[] {
	const {check, mode} = state;
	if (mode.op !== 'update' || check.status === 'idle') return [];
	if (check.status === 'loading')
		return [{text: cleanText(`Reading the connection back (GET /external_connections/${cleanText(mode.id)})…`), color: 'cyan'}];
	if (check.status === 'failed') {
		return [
			{text: cleanText(`✖ Could not read the connection back: ${cleanText(check.message)}. Read it again before resending.`), color: 'red'},
		];
	}
	const [record] = check.connections;
	if (!record) return [{text: ownText('✖ Read back: the connection no longer exists (deleted meanwhile).'), color: 'red'}];
	return [VERDICT_LINES[updateVerdict(record, mode.initial, state.values)]];
}

/** At most `max` rows; the last one kept says how many were cut. */
function clipRows(rows: Line[], max: number, what: Clean): Line[] {
	if (rows.length <= max) return rows;
	if (max <= 0) return [];
	const kept = rows.slice(0, max - 1);
	return [...kept, {text: clean`… ${rows.length - kept.length} more ${what}`, dim: true}];
}
