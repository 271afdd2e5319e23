import React, {useState, type Dispatch} from 'react';
import {Box, Text} from 'ink';
import type {WizardEvent, WizardState} from '../../create/wizard-state.js';
import {fieldMenu, layoutReview, type Line, type ReviewAction} from './review-lines.js';
import {truncate} from '../../text/format.js';
import {KeyFooter} from '../../components/key-footer.js';
import {Menu, MENU_BOUND} from '../../components/menu.js';
import type {Bound} from '../../input/bindings.js';
import {ownText} from '../../text/sanitize.js';
import {useBindings, usePressGate} from '../../input/use-keys.js';

export type ReviewStepProps = {
	state: WizardState;
	/** The form's own keys (Esc), for the footer. */
	bound: Bound;
	dispatch: Dispatch<WizardEvent>;
	width: number;
	height: number;
	isActive: boolean;
};

const ACTION_EVENTS: Record<ReviewAction, WizardEvent> = {
	submit: {type: 'submit'},
	edit: {type: 'edit-menu'},
	cancel: {type: 'cancel'},
	check: {type: 'check-list'},
};

/** Every value, the exact body, the last attempt's outcome, and Submit / Edit a field / Cancel. */
export function ReviewStep({state, bound, dispatch, width, height, isActive}: ReviewStepProps): React.JSX.Element {
	const [jsonOffset, setJsonOffset] = useState(0);
	const layout = layoutReview(state, {width, height}, jsonOffset);
	const scroll = (direction: number) => {
		const page = Math.max(1, layout.json.length - 1);
		setJsonOffset(Math.min(layout.jsonMaxOffset, Math.max(0, layout.jsonOffset + direction * page)));
	};
	const gate = usePressGate(submitAnswer(state));
	const scrolling = useBindings(
		'wizard',
		layout.jsonMaxOffset > 0 ? {scrollDown: () => scroll(1), scrollUp: () => scroll(-1)} : {},
		isActive && state.reviewMode === 'menu',
	);

	if (state.reviewMode === 'fields') {
		return (
			<Box flexDirection="column" width={width}>
				<Text bold>{truncate(layout.title, width)}</Text>
				<Text color="cyan">{truncate(ownText('Edit which field? After it, you come straight back here.'), width)}</Text>
				<Menu
					items={fieldMenu(state)}
					limit={Math.max(1, height - 4)}
					width={width}
					isFocused={isActive}
					onSelect={step => {
						dispatch({type: 'jump', step});
					}}
				/>
				<KeyFooter
					bound={[
						{...MENU_BOUND, hints: {choose: 'Enter edit'}},
						{...bound, hints: {back: 'Esc back to the review'}},
					]}
					width={width}
					typing
				/>
			</Box>
		);
	}

	const jsonWidth = layout.sideBySide ? width - layout.valuesWidth - layout.columnGap : width;
	const values = <Lines lines={layout.values} width={layout.sideBySide ? layout.valuesWidth : width} />;
	const json = layout.jsonTitle ? (
		<Box flexDirection="column">
			<Text bold>{truncate(layout.jsonTitle, jsonWidth)}</Text>
			{layout.json.map((line, index) => (
				// Rows are positional within the visible window.
				<Text key={index}>{truncate(line, jsonWidth)}</Text>
			))}
		</Box>
	) : null;

	return (
		<Box flexDirection="column" width={width}>
			<Text bold>{truncate(layout.title, width)}</Text>
			{layout.sideBySide ? (
				<Box>
					<Box flexDirection="column" width={layout.valuesWidth} marginRight={layout.columnGap}>
						{values}
					</Box>
					<Box flexDirection="column" flexGrow={1}>
						{json}
					</Box>
				</Box>
			) : (
				<>
					{values}
					{json}
				</>
			)}
			<Lines lines={layout.status} width={width} />
			<Lines lines={layout.check} width={width} />
			{layout.menu ? (
				<Menu
					// A new attempt's outcome starts the cursor on its first (safest) item again.
					key={`${state.submit.status}-${state.attempts}`}
					items={layout.menu}
					width={width}
					isFocused={isActive}
					onSelect={action => {
						// Only a key pressed after the last answer was on screen submits, and its press is used up by it.
						if (action === 'submit') {
							if (!gate.isFresh()) return;
							gate.claim();
						}
						dispatch(ACTION_EVENTS[action]);
					}}
				/>
			) : layout.sending ? (
				<Text color="cyan">{truncate(layout.sending, width)}</Text>
			) : null}
			<KeyFooter
				bound={layout.waiting ? [] : [MENU_BOUND, bound, scrolling]}
				width={width}
				typing
				{...(layout.waiting && {state: layout.waiting})}
			/>
		</Box>
	);
}

/** What the review shows of the last submit and its check: a new press must come after it to submit again. */
function submitAnswer({submit, check, attempts}: WizardState): string | undefined {
	if (submit.status === 'idle' || submit.status === 'sending') return undefined;
	return `${attempts}:${submit.status}:${check.status}`;
}

function Lines({lines, width}: {lines: Line[]; width: number}): React.JSX.Element {
	return (
		<>
			{lines.map((line, index) => (
				<Text key={index} color={line.color} dimColor={line.dim}>
					{truncate(line.text, width)}
				</Text>
			))}
		</>
	);
}
