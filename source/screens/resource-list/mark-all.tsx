import React, {useEffect, useRef, useState} from 'react';
import {Box, Text} from 'ink';
import {summarizeError} from '../../components/error-banner.js';
import {KeyFooter} from '../../components/key-footer.js';
import {useBindings} from '../../input/use-keys.js';
import type {MarkEntry} from '../../navigation/index.js';
import type {CollectProgress} from '../../resources/collect-rows.js';
import type {ResourceStore} from '../../resources/resource-store.js';
import {formatCount, truncate} from '../../text/format.js';
import {clean, cleanText, ownText, type Clean} from '../../text/sanitize.js';
import {ConfirmPrompt} from '../confirm/index.js';

export type MarkAllProps = {
	store: ResourceStore;
	/** How many rows match, as the list's first page said. */
	total: number;
	/** The filters applied, as the header says them ('' for none). */
	filterText: Clean;
	width: number;
	isActive: boolean;
	onMarked: (entries: MarkEntry[]) => void;
	/** `said`: why nothing was marked, when it was not the person's choice. */
	onClose: (said?: string) => void;
};

/** `*`: says how many rows match and what reading them takes, then reads them all (Esc stops) and marks them. */
export function MarkAll({store, total, filterText, width, isActive, onMarked, onClose}: MarkAllProps): React.JSX.Element {
	const [progress, setProgress] = useState<CollectProgress>();
	const reading = useRef<AbortController>(undefined);
	useEffect(() => () => reading.current?.abort(), []);

	const start = () => {
		if (reading.current) return;
		const controller = new AbortController();
		reading.current = controller;
		setProgress({rows: 0, pages: 0, lastPage: undefined});
		store.collectAll({signal: controller.signal, onProgress: setProgress}).then(
			entries => {
				if (!controller.signal.aborted) onMarked(entries);
			},
			(error: unknown) => {
				if (controller.signal.aborted) return;
				const summary = summarizeError(error);
				onClose(`Nothing marked: ${summary.heading} ${summary.lines[0] ?? ''}`);
			},
		);
	};
	const bound = useBindings(
		'markingAll',
		{
			stop() {
				reading.current?.abort();
				onClose('Stopped reading: nothing marked');
			},
		},
		isActive && progress !== undefined,
	);

	const plural = cleanText(store.resource.plural);
	if (progress === undefined) {
		const filtered = filterText === '' ? ownText('') : clean` that match ${filterText}`;
		return (
			<ConfirmPrompt
				title={clean`Mark all ${plural}${filtered}`}
				question={clean`Mark all ${formatCount(total)}? Their pages are read first, 4 at a time; nothing is changed.`}
				cancelLabel={ownText('Cancel')}
				confirmLabel={clean`Mark ${formatCount(total)}`}
				width={width}
				isActive={isActive}
				onConfirm={start}
				onCancel={() => onClose()}
			/>
		);
	}
	const pages = progress.lastPage === undefined ? ownText('') : clean` of ${formatCount(progress.lastPage)}`;
	return (
		<Box flexDirection="column">
			<Text bold>{truncate(clean`Mark all ${plural}`, width)}</Text>
			<Text color="cyan">
				{truncate(
					clean`Reading: page ${formatCount(progress.pages)}${pages} · ${formatCount(progress.rows)} of ${formatCount(total)} rows`,
					width,
				)}
			</Text>
			<KeyFooter bound={[bound]} width={width} />
		</Box>
	);
}
