import React, {useReducer, useRef} from 'react';
import {Box, Text, useInput} from 'ink';
import TextInput from 'ink-text-input';
import type {ListFilters} from '../../api/types.js';
import {FILTER_RULES, filtersToFormValues, validateFilterForm, type FilterFormValues} from '../../validation/filter-form.js';
import {displayWidth, padToWidth, truncate} from '../../components/format.js';
import {cleanText} from '../../components/sanitize.js';

type FieldKey = keyof FilterFormValues;

const FIELDS: Array<{key: FieldKey; label: string}> = [
	{key: 'connectionName', label: 'Name contains'},
	{key: 'service', label: 'Service'},
	{key: 'createdAt', label: 'Created on'},
	{key: 'phoneNumber', label: 'Phone number'},
	{key: 'id', label: 'Id'},
];

const SERVICES: Array<FilterFormValues['service']> = ['', 'zoom', 'operator_connect'];
const LABEL_WIDTH = 16;

type Props = {
	initial: ListFilters;
	width: number;
	isActive: boolean;
	onApply: (filters: ListFilters) => void;
	onClose: () => void;
};

/** The five filters of the API, each checked before anything is sent; the values survive a failed check. */
type FormState = {values: FilterFormValues; focus: number; errors: Partial<Record<FieldKey, string>>};

export function FilterForm({initial, width, isActive, onApply, onClose}: Props) {
	// Held in a ref and re-rendered on change: keys that arrive in one read (→→, Tab then →) each see the state
	// the previous key left, not the last frame's.
	const form = useRef<FormState>({values: filtersToFormValues(initial), focus: 0, errors: {}});
	const [, rerender] = useReducer((count: number) => count + 1, 0);
	const update = (next: Partial<FormState>) => {
		form.current = {...form.current, ...next};
		rerender();
	};
	const {values, focus, errors} = form.current;
	const focused = FIELDS[focus]!.key;

	const submit = () => {
		const result = validateFilterForm(form.current.values);
		if (result.ok) {
			onApply(result.filters);
			return;
		}
		const firstInvalid = FIELDS.findIndex(field => result.errors[field.key] !== undefined);
		update({errors: result.errors, ...(firstInvalid >= 0 && {focus: firstInvalid})});
	};

	const setField = (key: FieldKey, value: string) => {
		const {values: current, errors: currentErrors} = form.current;
		update({values: {...current, [key]: value}, errors: {...currentErrors, [key]: undefined}});
	};

	useInput(
		(input, key) => {
			const {focus: at, values: current} = form.current;
			const onService = FIELDS[at]!.key === 'service';
			if (key.escape) onClose();
			else if (key.return && onService) submit();
			else if (key.downArrow || (key.tab && !key.shift)) update({focus: (at + 1) % FIELDS.length});
			else if (key.upArrow || (key.tab && key.shift)) update({focus: (at + FIELDS.length - 1) % FIELDS.length});
			else if (onService && (key.leftArrow || key.rightArrow || input === ' ')) {
				const step = key.leftArrow ? -1 : 1;
				setField('service', SERVICES[(SERVICES.indexOf(current.service) + step + SERVICES.length) % SERVICES.length]!);
			}
		},
		{isActive},
	);

	const valueWidth = Math.max(10, width - LABEL_WIDTH - 4);
	const note = errors[focused];
	return (
		<Box flexDirection="column">
			<Text bold>Filter external connections</Text>
			{FIELDS.map((field, index) => {
				const selected = index === focus;
				const error = errors[field.key];
				const shown = field.key === 'service' ? (selected ? `‹ ${values.service || 'any'} ›` : values.service || 'any') : cleanText(values[field.key]) || '—';
				const editing = selected && field.key !== 'service';
				// One line a field whatever is typed or pasted: the frame must stay shorter than the terminal.
				return (
					<Box key={field.key} height={1} overflow="hidden">
						<Text>{selected ? '› ' : '  '}</Text>
						<Text bold={selected}>{padToWidth(field.label, LABEL_WIDTH)}</Text>
						{editing ? (
							<Box width={valueWidth} height={1} overflow="hidden">
								<TextInput
									value={values[field.key]}
									focus={isActive}
									onChange={value => setField(field.key, value)}
									onSubmit={submit}
								/>
							</Box>
						) : (
							<Text>{truncate(shown, valueWidth)}</Text>
						)}
						{error && !selected ? (
							<Text color="red">{`  ✖ ${truncate(error, Math.max(0, valueWidth - displayWidth(truncate(shown, valueWidth)) - 4))}`}</Text>
						) : null}
					</Box>
				);
			})}
			{note ? (
				<Text color="red">{truncate(`✖ ${note}`, width)}</Text>
			) : (
				<Text dimColor>{truncate(`${FIELDS[focus]!.label}: ${FILTER_RULES[focused]}`, width)}</Text>
			)}
			<Text dimColor>{truncate('Tab/↑↓ field · ←→ service · Enter apply (all empty clears) · Esc cancel', width)}</Text>
		</Box>
	);
}
