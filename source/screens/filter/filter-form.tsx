import React, {useMemo, useState} from 'react';
import {Box, Text} from 'ink';
import type {FilterValues} from '../../api/types.js';
import {checkFilters, formValuesOf, type FilterField, type FilterTable} from '../../resources/filter-table.js';
import {addressChoices, locationChoices, type Choice} from '../../resources/civic-addresses/location-choices.js';
import {placeIndex} from '../../resources/civic-addresses/places.js';
import type {CivicAddress} from '../../resources/civic-addresses/types.js';
import {displayWidth, padToWidth, truncate} from '../../text/format.js';
import {TextField} from '../../components/text-field.js';
import {KeyFooter} from '../../components/key-footer.js';
import {TEXT_FIELD_BOUND} from '../../components/use-line-field.js';
import {useBindings, useTextCapture} from '../../input/use-keys.js';
import {clean, cleanText, ownText, type Clean} from '../../text/sanitize.js';
import {PickList} from '../record-detail/pick-list.js';
import {cycleChoice, initialFormState, moveFocus, moveOption, setValue, toggleOption, type FilterFormState} from './filter-form-state.js';

const LABEL_WIDTH = 16;
// In a text field Enter applies the form, as on a choice field.
const TEXT_BOUND = {...TEXT_FIELD_BOUND, hints: {submit: 'Enter apply'}};

type Props = {
	table: FilterTable;
	/** The fields this list offers (the connection filter only where the list is not under one). */
	fields: readonly FilterField[];
	initial: FilterValues;
	/** The connection's addresses and locations, for the place menus; undefined while they load (or without a connection). */
	addresses: readonly CivicAddress[] | undefined;
	width: number;
	/** Rows the form may take: a place menu fills them. */
	height: number;
	isActive: boolean;
	onApply: (filters: FilterValues) => void;
	onClose: () => void;
};

function choicesFor(field: FilterField, addresses: readonly CivicAddress[], current: string): {items: Choice[]; initialIndex: number} {
	const {items, initialIndex} =
		field.kind === 'place' && field.place === 'address' ? addressChoices(addresses, current) : locationChoices(addresses, current);
	const any = {label: ownText(field.kind === 'place' && field.place === 'address' ? 'any civic address' : 'any location'), value: ''};
	return {items: [any, ...items], initialIndex: current === '' ? 0 : initialIndex + 1};
}

/** Any list's filters from its table, each checked by its rule before anything is sent; a refused value stays as typed. */
export function FilterForm({table, fields, initial, addresses, width, height, isActive, onApply, onClose}: Props) {
	const [form, setForm] = useState<FilterFormState>(() => initialFormState(formValuesOf(fields, initial)));
	const [note, setNote] = useState<string>();
	const places = useMemo(() => (addresses ? placeIndex(addresses) : undefined), [addresses]);
	const {values, focus, errors, option, picking} = form;
	const field = fields[focus]!;
	const change = (next: FilterFormState) => {
		setNote(undefined);
		setForm(next);
	};

	const submit = () => {
		const result = checkFilters(fields, values);
		if (result.ok) {
			onApply(result.filters);
			return;
		}
		const firstInvalid = fields.findIndex(each => result.errors[each.key] !== undefined);
		setForm({...form, errors: result.errors, ...(firstInvalid >= 0 && {focus: firstInvalid, option: 0})});
	};

	const openMenu = () => {
		if (addresses === undefined)
			setNote("The connection's locations and addresses are still loading (or could not be read): try again in a moment.");
		else change({...form, picking: true});
	};

	useTextCapture();
	const choosing = isActive && !picking;
	// Text fields take Enter and ← → themselves; on a choice or place field the form binds them.
	const bound = useBindings(
		'filter',
		{
			cancel: onClose,
			next: () => change(moveFocus(form, fields, 1)),
			previous: () => change(moveFocus(form, fields, -1)),
			...(field.kind !== 'text' && {apply: submit}),
			...(field.kind === 'enum' &&
				(field.multiple
					? {
							choiceNext: () => change(moveOption(form, field, 1)),
							choicePrevious: () => change(moveOption(form, field, -1)),
							toggle: () => change(toggleOption(form, field)),
						}
					: {
							choiceNext: () => change(cycleChoice(form, field, 1)),
							choicePrevious: () => change(cycleChoice(form, field, -1)),
							toggle: () => change(cycleChoice(form, field, 1)),
						})),
		},
		choosing,
	);
	const placeBound = useBindings(
		'filterPlace',
		field.kind === 'place' ? {openMenu, clearPlace: () => change(setValue(form, field.key, ''))} : {},
		choosing && field.kind === 'place',
	);

	if (picking && addresses && field.kind === 'place') {
		const current = values[field.key];
		const {items, initialIndex} = choicesFor(field, addresses, typeof current === 'string' ? current : '');
		return (
			<Box flexDirection="column">
				<Text bold>{cleanText(table.title)}</Text>
				<PickList
					question={cleanText(`${field.label}: the list is filtered to the one picked.`)}
					items={items}
					initialIndex={initialIndex}
					height={Math.max(4, height - 1)}
					width={width}
					isActive={isActive}
					onPick={value => change({...setValue(form, field.key, value), picking: false})}
					onCancel={() => change({...form, picking: false})}
				/>
			</Box>
		);
	}

	const valueWidth = Math.max(10, width - LABEL_WIDTH - 4);
	const shownValue = (each: FilterField, selected: boolean): Clean => {
		const value = values[each.key];
		if (each.kind === 'text') return typeof value === 'string' && value !== '' ? cleanText(value) : ownText('—');
		if (each.kind === 'place') {
			const id = typeof value === 'string' ? value : '';
			return id === '' ? ownText('any') : cleanText(places?.get(id) ?? id);
		}
		if (!each.multiple) {
			const text = cleanText(typeof value === 'string' && value !== '' ? value : 'any');
			return selected ? clean`‹ ${text} ›` : text;
		}
		const picked = Array.isArray(value) ? value : [];
		const summary = cleanText(picked.length === 0 ? 'any' : picked.join(', '));
		if (!selected) return summary;
		const shown = each.options[option]!;
		return clean`‹ ${cleanText(shown)} ${ownText(picked.includes(shown) ? '[x]' : '[ ]')} ›  picked: ${summary}`;
	};

	const error = errors[field.key];
	return (
		<Box flexDirection="column">
			<Text bold>{cleanText(table.title)}</Text>
			{fields.map((each, index) => {
				const selected = index === focus;
				const fieldError = errors[each.key];
				const shown = truncate(shownValue(each, selected), valueWidth);
				const value = values[each.key];
				// One line a field whatever is typed or pasted: the frame must stay shorter than the terminal.
				return (
					<Box key={each.key} height={1} overflow="hidden">
						<Text>{selected ? '› ' : '  '}</Text>
						<Text bold={selected}>{padToWidth(cleanText(each.label), LABEL_WIDTH)}</Text>
						{selected && each.kind === 'text' ? (
							<Box width={valueWidth} height={1} overflow="hidden">
								<TextField
									value={typeof value === 'string' ? value : ''}
									width={valueWidth}
									placeholder={cleanText(`e.g. ${each.example}`)}
									isActive={choosing}
									onChange={text => change(setValue(form, each.key, text))}
									onSubmit={submit}
								/>
							</Box>
						) : (
							<Text>{shown}</Text>
						)}
						{fieldError && !selected ? (
							<Text color="red">{clean`  ✖ ${truncate(cleanText(fieldError), Math.max(0, valueWidth - displayWidth(shown) - 4))}`}</Text>
						) : null}
					</Box>
				);
			})}
			{error || note ? (
				<Text color="red">{truncate(clean`✖ ${cleanText(error ?? note ?? '')}`, width)}</Text>
			) : (
				<Text dimColor>{truncate(cleanText(`${field.label}: ${field.rule}`), width)}</Text>
			)}
			<KeyFooter bound={field.kind === 'text' ? [TEXT_BOUND, bound] : [placeBound, bound]} width={width} typing />
		</Box>
	);
}
