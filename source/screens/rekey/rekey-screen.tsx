import React, {useState} from 'react';
import {Box, Text} from 'ink';
import {AppHeader, type Place} from '../../components/app-header.js';
import {KeyEntry, type CheckKey} from '../../components/key-entry.js';
import {KeyFooter} from '../../components/key-footer.js';
import {firstLine} from '../../text/first-line.js';
import {clean, cleanText, ownText, type Clean} from '../../text/sanitize.js';
import {useBindings, useTextCapture} from '../../input/use-keys.js';

export type Rekey = {
	checkKey: CheckKey;
	/**
	 * Where a key that works can be saved (`saveKey` resolves with the file written), or why it is not offered: a key
	 * given for the run (TELNYX_API_KEY) is given again by the next, so a saved one would never be used.
	 */
	save: {path: string; saveKey: (key: string) => Promise<string>} | {notOffered: string};
};

type Props = Rekey & {
	width: number;
	place: Place;
	isActive: boolean;
	/** A key that works (and was saved, if asked): the app starts over with it. */
	onKey: (key: string) => void;
	onCancel: () => void;
};

type Saving = {key: string; outcome?: {ok: boolean; text: Clean}};

/** After a 401: another key, checked with one request, offered for saving as on the start screen, then used. */
export function RekeyScreen({width, place, isActive, checkKey, save, onKey, onCancel}: Props) {
	const [saving, setSaving] = useState<Saving>();
	useTextCapture();
	const bound = useBindings('start', {continue: () => saving?.outcome && onKey(saving.key)}, isActive && saving?.outcome !== undefined);

	const done = (key: string, wantsSaved: boolean) => {
		if (!wantsSaved || !('saveKey' in save)) {
			onKey(key);
			return;
		}
		setSaving({key});
		// A key that cannot be saved is still good for this run; the error names the file, never the key.
		void save.saveKey(key).then(
			file => setSaving({key, outcome: {ok: true, text: clean`Saved the key to ${cleanText(file)}.`}}),
			(error: unknown) =>
				setSaving({
					key,
					outcome: {ok: false, text: clean`Could not save the key (${cleanText(firstLine(error))}); using it for this run only.`},
				}),
		);
	};

	return (
		<Box flexDirection="column">
			<AppHeader width={width} place={place} title={[ownText('External connections'), ownText('another API key')]} />
			<Text color="red">✖ Error 401 · the API key was rejected.</Text>
			<Text>Enter another key: it is checked with one request, then the list loads with it. Esc goes back to the list.</Text>
			{'notOffered' in save ? <Text>{cleanText(save.notOffered)}</Text> : null}
			{saving === undefined ? (
				<KeyEntry
					savePath={'path' in save ? save.path : undefined}
					width={width}
					isActive={isActive}
					checkKey={checkKey}
					onBack={onCancel}
					onDone={done}
				/>
			) : saving.outcome === undefined ? (
				<Text>Saving the key…</Text>
			) : (
				<Box flexDirection="column">
					<Text color={saving.outcome.ok ? 'green' : 'red'}>
						{saving.outcome.ok ? '✔' : '✖'} {saving.outcome.text}
					</Text>
					<KeyFooter bound={[bound]} width={width} typing />
				</Box>
			)}
		</Box>
	);
}
