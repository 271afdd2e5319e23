// What one field step shows and how many rows each part gets: pure, so the height budget is testable.
// Every text here is one terminal row; the frame stays below the terminal's height.
import {stepCountText, stepMeta, visibleSteps, type FieldStepId} from '../../create/steps.js';
import {truncate} from '../../text/format.js';
import {clean, cleanText, ownText, type Clean} from '../../text/sanitize.js';
import type {WizardState} from '../../create/wizard-state.js';
import {parseTags} from '../../validation/create-fields.js';
import {clipLines, wrapText} from '../../text/wrap.js';

export type Note = {text: Clean; color?: 'yellow' | 'cyan'};

export type FieldStepLayout = {
	title: Clean;
	fieldLine: Clean;
	description: Clean[];
	defaultLine: Clean | undefined;
	rule: Clean[];
	spacer: boolean;
	notes: Note[];
	errors: Clean[];
	/** Rows for the control: the text field's wrapped height, or the picker's visible items. */
	controlRows: number;
	/** What Esc does on this step, in the footer's words. */
	escHint: string;
};

const MAX_ERROR_ROWS = 3;
const MAX_NOTE_ROWS = 2;

/** `controlNeeds`: rows the control would take in full (items of a picker, wrapped text of a field). */
export function layoutFieldStep(
	state: WizardState,
	step: FieldStepId,
	size: {width: number; height: number},
	controlNeeds: number,
): FieldStepLayout {
	const meta = stepMeta(step, state.mode);
	const {width} = size;
	const budget = Math.max(1, size.height - 1);
	const title = truncate(
		cleanText(
			`${formTitle(state)} · ${stepCountText(step, state.values, {inboundAnswered: state.editing !== undefined}, state.mode)}${state.editing ? ' · editing from the review' : ''}`,
		),
		width,
	);
	const fieldLine = truncate(cleanText(`${meta.label} · ${meta.field} · ${meta.optional ? 'optional' : 'required'}`), width);

	const error = state.errors[step];
	let errors = error ? clipLines(wrapText(`✖ ${error.from === 'server' ? 'Telnyx: ' : ''}${error.message}`, width), MAX_ERROR_ROWS) : [];
	let notes = clipNotes(notesFor(state, step), width);
	const escHint = escHintFor(state, step);

	const wanted = Math.max(1, Math.min(controlNeeds, 3));
	const fixed = () => 3 + errors.length + notes.length + wanted;
	// A terminal too short for everything loses the notes first, then all but one error row, then
	// picker rows down to one.
	while (fixed() > budget && notes.length > 0) notes = notes.slice(0, -1);
	if (fixed() > budget) errors = errors.slice(0, 1);
	const controlMin = Math.max(1, Math.min(wanted, budget - 3 - errors.length - notes.length));

	let free = budget - 3 - errors.length - notes.length - controlMin;
	const take = (lines: Clean[]): Clean[] => {
		if (lines.length > free) return [];
		free -= lines.length;
		return lines;
	};

	// The rule first: it is what a value must follow. An error already repeats it.
	const rule = error?.from === 'rule' ? [] : take(wrapText(`Rule: ${meta.rule}`, width));
	const description = take(wrapText(meta.description, width));
	// In an edit, the record's value as the API holds it: outside text of any length, one row.
	const defaultLine = take([truncate(cleanText(`${state.mode.op === 'create' ? 'Default' : 'Now'}: ${meta.defaultText}`), width)])[0];
	const spacer = take([ownText('')]).length > 0;
	const controlRows = controlMin + Math.max(0, Math.min(free, controlNeeds - controlMin));

	return {title, fieldLine, description, defaultLine, rule, spacer, notes, errors, controlRows, escHint};
}

/** What the form is doing, as every one of its screens says it first. */
export function formTitle(state: WizardState): Clean {
	return state.mode.op === 'create'
		? ownText('Create an external connection')
		: clean`Edit external connection ${cleanText(state.mode.id)}`;
}

function notesFor(state: WizardState, step: FieldStepId): Array<{text: string; color?: Note['color']}> {
	const meta = stepMeta(step, state.mode);
	const notes: Array<{text: string; color?: Note['color']}> = meta.note ? [{text: meta.note}] : [];
	if (meta.kind.type === 'text' && meta.kind.key === 'tags') {
		const tags = parseTags(state.values.tags);
		notes.push({text: tags.length === 0 ? 'Will send: no tags (left out)' : `Will send: ${JSON.stringify(tags)}`, color: 'cyan'});
	}

	if (meta.kind.type === 'profile') {
		const {profiles} = state;
		if (profiles.status === 'failed') {
			notes.push({text: `Could not load the outbound voice profiles (${profiles.message}). Type the id instead.`, color: 'yellow'});
		} else if (profiles.status === 'loading' && state.profileMode === 'pick') {
			notes.push({text: "Loading the account's outbound voice profiles…"});
		} else if (profiles.status === 'loaded' && state.profileMode === 'pick') {
			if (profiles.profiles.length === 0) notes.push({text: 'This account has no outbound voice profiles: type an id.', color: 'yellow'});
			else if (profiles.more) notes.push({text: 'Only the first page of profiles is listed: type the id of any other.'});
		}
	}

	return notes;
}

function clipNotes(notes: Array<{text: string; color?: Note['color']}>, width: number): Note[] {
	const rows = notes.flatMap(note => wrapText(note.text, width).map(text => ({text, ...(note.color && {color: note.color})})));
	return rows.length <= MAX_NOTE_ROWS ? rows : [...rows.slice(0, MAX_NOTE_ROWS - 1), {text: ownText('…')}];
}

function escHintFor(state: WizardState, step: FieldStepId): string {
	const meta = stepMeta(step, state.mode);
	if (meta.kind.type === 'profile' && state.profileMode === 'type' && state.profiles.status !== 'failed')
		return 'Esc back to the profile list';
	if (state.editing) return 'Esc back to the review (undo the edit)';
	return visibleSteps(state.values, state.mode)[0] === step ? 'Esc cancel' : 'Esc back (values kept)';
}
