import React, {useRef, useState} from 'react';
import {Box, Text} from 'ink';
import {KeyFooter} from '../../components/key-footer.js';
import {useBindings} from '../../input/use-keys.js';
import {runBulk, type BulkProgress, type BulkReport, type BulkRun} from '../../mutation/bulk-send.js';
import {formatCount, truncate} from '../../text/format.js';
import {clean, cleanText, ownText, type Clean} from '../../text/sanitize.js';
import {ConfirmPrompt} from '../confirm/index.js';
import type {PromptLine} from '../confirm/prompt-head.js';
import {TextPrompt} from '../prompt/text-prompt.js';
import {failureLines, firstNames, progressLine} from './bulk-lines.js';

export type BulkActionProps<T> = {
	/** What is done to each ('Move to London · 14th Floor'). */
	title: Clean;
	/** The rows it is done to. */
	items: readonly T[];
	name: (item: T) => Clean;
	/** The exact request each row sends, with its placeholders (`PATCH …/phone_numbers/{number_id} {"location_id":"…"}`). */
	request: Clean;
	/** Rows the action may not touch, each with why: named before anything is sent, and left out. */
	refused?: ReadonlyArray<{item: T; reason: Clean}>;
	send: (item: T) => Promise<unknown>;
	/** More rows than this (a large delete) are sent only once their count is typed, not chosen from a menu. */
	typeCountAbove?: number;
	width: number;
	height: number;
	isActive: boolean;
	/** `sent`: whether anything was sent (the marks have done their job), or the confirmation was cancelled. */
	onClose: (sent: boolean) => void;
};

type Phase<T> =
	/** `retry`: the failed ones offered again; otherwise the rows given, as they are now. */
	| {kind: 'confirm'; retry?: readonly T[]}
	| {kind: 'sending'; items: readonly T[]; progress: BulkProgress}
	| {kind: 'summary'; items: readonly T[]; report: BulkReport<T>};

// Rows named in the confirmation before '…and N more'.
const NAMED = 5;

/**
 * One confirmation (the count, the first rows by name, the request, Cancel first), then one request per row, a few
 * at a time with a progress bar (Esc stops sending), then a summary of the failures; r retries only those.
 */
export function BulkAction<T>({
	title,
	items,
	name,
	request,
	refused = [],
	send,
	typeCountAbove,
	width,
	height,
	isActive,
	onClose,
}: BulkActionProps<T>) {
	const [phase, setPhase] = useState<Phase<T>>({kind: 'confirm'});
	const run = useRef<BulkRun<T>>(undefined);

	const start = (toSend: readonly T[]) => {
		// One run at a time: a second Enter while it starts sends nothing.
		if (run.current) return;
		const empty: BulkProgress = {done: 0, failed: 0, unknown: 0, remaining: toSend.length, inFlight: 0, stopped: false};
		setPhase({kind: 'sending', items: toSend, progress: empty});
		const started = runBulk(toSend, send, {
			onResult(_result, progress) {
				setPhase(current => (current.kind === 'sending' ? {...current, progress} : current));
			},
		});
		run.current = started;
		void started.finished.then(report => {
			run.current = undefined;
			setPhase({kind: 'summary', items: toSend, report});
		});
	};

	const sendingBound = useBindings(
		'bulkSending',
		{
			stop() {
				run.current?.stop();
				setPhase(current => (current.kind === 'sending' ? {...current, progress: {...current.progress, stopped: true}} : current));
			},
		},
		isActive && phase.kind === 'sending',
	);
	// An unknown outcome may have gone through: only a definite failure is offered again.
	const failed =
		phase.kind === 'summary' ? phase.report.results.filter(result => result.status === 'failed').map(result => result.item) : [];
	const summaryBound = useBindings(
		'bulkSummary',
		{...(failed.length > 0 && {retryFailed: () => setPhase({kind: 'confirm', retry: failed})}), close: () => onClose(true)},
		isActive && phase.kind === 'summary',
	);

	const nothingBound = useBindings(
		'bulkSummary',
		{close: () => onClose(false)},
		isActive && phase.kind === 'confirm' && (phase.retry ?? items).length === 0,
	);

	const count = (n: number) => clean`${formatCount(n)} ${ownText(n === 1 ? 'row' : 'rows')}`;
	if (phase.kind === 'confirm') {
		const retrying = phase.retry !== undefined;
		const toSend = phase.retry ?? items;
		const question = clean`${retrying ? ownText('Retry the failed: ') : ownText('')}${count(toSend.length)}, one request each, 4 at a time; each sent once, never retried.`;
		const lines: PromptLine[] = [
			...firstNames(toSend.map(name), NAMED, width).map(text => ({text})),
			{text: truncate(request, width), dim: true},
			...(retrying ? [] : refused).slice(0, NAMED).map(({item, reason}) => ({
				text: truncate(clean`left out: ${name(item)}: ${reason}`, width),
				color: 'yellow' as const,
			})),
		];
		const cancel = () => onClose(retrying);
		if (toSend.length === 0) {
			return (
				<Box flexDirection="column">
					<Text bold>{truncate(title, width)}</Text>
					<Text color="yellow">{ownText('✖ Nothing to send: every row is left out.')}</Text>
					{lines.slice(1).map((line, index) => (
						<Text key={index} color={line.color} dimColor={line.dim}>
							{line.text}
						</Text>
					))}
					<KeyFooter bound={[nothingBound]} width={width} />
				</Box>
			);
		}
		const expected = String(toSend.length);
		if (typeCountAbove !== undefined && toSend.length > typeCountAbove) {
			return (
				<TextPrompt
					title={title}
					question={question}
					rule={clean`Type ${cleanText(expected)}, the number of rows, to send: this cannot be undone. Esc cancels.`}
					lines={lines}
					check={answer =>
						answer.replace(/[\s,]/g, '') === expected ? undefined : `Type ${expected} to send to all ${expected}, or Esc to cancel.`
					}
					width={width}
					isActive={isActive}
					onAnswer={() => start(toSend)}
					onCancel={cancel}
				/>
			);
		}
		return (
			<ConfirmPrompt
				title={title}
				question={question}
				lines={lines}
				cancelLabel={ownText('Cancel')}
				confirmLabel={clean`Send to ${count(toSend.length)}`}
				width={width}
				isActive={isActive}
				onConfirm={() => start(toSend)}
				onCancel={cancel}
			/>
		);
	}
	if (phase.kind === 'sending') {
		return (
			<Box flexDirection="column">
				<Text bold>{truncate(title, width)}</Text>
				<Text color="cyan">{progressLine(phase.progress, phase.items.length, width)}</Text>
				<KeyFooter bound={[sendingBound]} width={width} />
			</Box>
		);
	}
	const {progress, unsent, results} = phase.report;
	const lines = failureLines(results, name, width);
	const room = Math.max(1, height - 4);
	return (
		<Box flexDirection="column">
			<Text bold>{truncate(title, width)}</Text>
			<Text color={lines.length > 0 ? 'yellow' : 'green'}>
				{truncate(
					clean`${lines.length > 0 ? ownText('✖') : ownText('✔')} ${formatCount(progress.done)} of ${formatCount(phase.items.length)} done${progress.failed > 0 ? clean` · ${formatCount(progress.failed)} failed` : ownText('')}${progress.unknown > 0 ? clean` · ${formatCount(progress.unknown)} unknown (read them again before retrying)` : ownText('')}${unsent.length > 0 ? clean` · ${formatCount(unsent.length)} not sent (stopped)` : ownText('')}`,
					width,
				)}
			</Text>
			{lines.slice(0, room).map((line, index) => (
				<Text key={index} color="red">
					{line}
				</Text>
			))}
			{lines.length > room ? <Text>{clean`…and ${formatCount(lines.length - room)} more failures`}</Text> : null}
			<KeyFooter bound={[summaryBound]} width={width} />
		</Box>
	);
}
