import React, {useState} from 'react';
import {Box, Text} from 'ink';
import type {ListFilters} from '../../api/types.js';
import {FILTER_RULES, filtersToFormValues, validateFilterForm, type FilterFormValues} from '../../validation/filter-form.js';
import {displayWidth, padToWidth, truncate} from '../../text/format.js';
import {TextField} from '../../components/text-field.js';
import {KeyFooter} from '../../components/key-footer.js';
import {TEXT_FIELD_BOUND} from '../../components/use-line-field.js';
import {useBindings, useTextCapture} from '../../input/use-keys.js';
import {clean, cleanText, ownText} from '../../text/sanitize.js';

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
// In a text field Enter applies the form, as on the service field.
const TEXT_BOUND = {...TEXT_FIELD_BOUND, hints: {submit: 'Enter apply (all empty clears)'}};

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
	const [form, setForm] = useState<FormState>(() => ({values: filtersToFormValues(initial), focus: 0, errors: {}}));
	const update = (next: Partial<FormState>) => setForm(current => ({...current, ...next}));
	const {values, focus, errors} = form;
	const focused = FIELDS[focus]!.key;
	const onService = focused === 'service';

	const submit = () => {
		const result = validateFilterForm(values);
		if (result.ok) {
			onApply(result.filters);
			return;
		}
		const firstInvalid = FIELDS.findIndex(field => result.errors[field.key] !== undefined);
		update({errors: result.errors, ...(firstInvalid >= 0 && {focus: firstInvalid})});
	};

	const setField = (key: FieldKey, value: string) => {
		update({values: {...values, [key]: value}, errors: {...errors, [key]: undefined}});
	};

	const cycleService = (step: number) => {
		setField('service', SERVICES[(SERVICES.indexOf(values.service) + step + SERVICES.length) % SERVICES.length]!);
	};

	useTextCapture();
	// Text fields take Enter and ← → themselves; on the service field they choose and apply.
	const bound = useBindings(
		'filter',
		{
			cancel: onClose,
			next: () => update({focus: (focus + 1) % FIELDS.length}),
			previous: () => update({focus: (focus + FIELDS.length - 1) % FIELDS.length}),
			...(onService && {apply: submit, serviceNext: () => cycleService(1), servicePrevious: () => cycleService(-1)}),
		},
		isActive,
	);

	const valueWidth = Math.max(10, width - LABEL_WIDTH - 4);
	const note = errors[focused];
	return (
		<Box flexDirection="column">
			<Text bold>Filter external connections</Text>
			{FIELDS.map((field, index) => {
				const selected = index === focus;
				const error = errors[field.key];
				const service = cleanText(values.service || 'any');
				const shown =
					field.key === 'service'
						? selected
							? clean`‹ ${service} ›`
							: service
						: values[field.key]
							? cleanText(values[field.key])
							: ownText('—');
				const editing = selected && field.key !== 'service';
				// One line a field whatever is typed or pasted: the frame must stay shorter than the terminal.
				return (
					<Box key={field.key} height={1} overflow="hidden">
						<Text>{selected ? '› ' : '  '}</Text>
						<Text bold={selected}>{padToWidth(cleanText(field.label), LABEL_WIDTH)}</Text>
						{editing ? (
							<Box width={valueWidth} height={1} overflow="hidden">
								<TextField
									value={values[field.key]}
									width={valueWidth}
									isActive={isActive}
									onChange={value => setField(field.key, value)}
									onSubmit={submit}
								/>
							</Box>
						) : (
							<Text>{truncate(shown, valueWidth)}</Text>
						)}
						{error && !selected ? (
							<Text color="red">
								{clean`  ✖ ${truncate(cleanText(error), Math.max(0, valueWidth - displayWidth(truncate(shown, valueWidth)) - 4))}`}
							</Text>
						) : null}
					</Box>
				);
			})}
			{note ? (
				<Text color="red">{truncate(clean`✖ ${cleanText(note)}`, width)}</Text>
			) : (
				<Text dimColor>{truncate(cleanText(`${FIELDS[focus]!.label}: ${FILTER_RULES[focused]}`), width)}</Text>
			)}
			<KeyFooter bound={onService ? [bound] : [TEXT_BOUND, bound]} width={width} typing />
		</Box>
	);
}
