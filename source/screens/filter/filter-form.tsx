import React, {useState} from 'react';
import {Box, Text, useInput} from 'ink';
import TextInput from 'ink-text-input';
import type {ListFilters} from '../../api/types.js';
import {FILTER_RULES, filtersToFormValues, validateFilterForm, type FilterFormValues} from '../../validation/filter-form.js';
import {padToWidth, truncate} from '../../components/format.js';

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
export function FilterForm({initial, width, isActive, onApply, onClose}: Props) {
	const [values, setValues] = useState<FilterFormValues>(() => filtersToFormValues(initial));
	const [focus, setFocus] = useState(0);
	const [errors, setErrors] = useState<Partial<Record<FieldKey, string>>>({});
	const focused = FIELDS[focus]!.key;

	const submit = () => {
		const result = validateFilterForm(values);
		if (result.ok) {
			onApply(result.filters);
			return;
		}
		setErrors(result.errors);
		const firstInvalid = FIELDS.findIndex(field => result.errors[field.key] !== undefined);
		if (firstInvalid >= 0) setFocus(firstInvalid);
	};

	const setField = (key: FieldKey, value: string) => {
		setValues(current => ({...current, [key]: value}));
		setErrors(current => ({...current, [key]: undefined}));
	};

	useInput(
		(input, key) => {
			if (key.escape) onClose();
			else if (key.return && focused === 'service') submit();
			else if (key.downArrow || (key.tab && !key.shift)) setFocus(current => (current + 1) % FIELDS.length);
			else if (key.upArrow || (key.tab && key.shift)) setFocus(current => (current + FIELDS.length - 1) % FIELDS.length);
			else if (focused === 'service' && (key.leftArrow || key.rightArrow || input === ' ')) {
				const step = key.leftArrow ? -1 : 1;
				const next = SERVICES[(SERVICES.indexOf(values.service) + step + SERVICES.length) % SERVICES.length]!;
				setField('service', next);
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
				return (
					<Box key={field.key}>
						<Text>{selected ? '› ' : '  '}</Text>
						<Text bold={selected}>{padToWidth(field.label, LABEL_WIDTH)}</Text>
						{field.key === 'service' ? (
							<Text>{selected ? `‹ ${values.service || 'any'} ›` : values.service || 'any'}</Text>
						) : (
							<TextInput
								value={values[field.key]}
								focus={isActive && selected}
								placeholder={selected ? '' : '—'}
								onChange={value => setField(field.key, value)}
								onSubmit={submit}
							/>
						)}
						{error && !selected ? <Text color="red">{`  ✖ ${truncate(error, valueWidth)}`}</Text> : null}
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
