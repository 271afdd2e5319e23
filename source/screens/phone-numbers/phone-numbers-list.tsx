import React, {useState} from 'react';
import {Box} from 'ink';
import type {ApiClient} from '../../api/client.js';
import {AppHeader} from '../../components/app-header.js';
import {useBindings} from '../../input/use-keys.js';
import {markedRows} from '../../navigation/index.js';
import {markedNumbers, type MarkedNumbers} from '../../resources/uploads/marked-numbers.js';
import {uploads} from '../../resources/uploads.js';
import {cleanText, ownText} from '../../text/sanitize.js';
import {ResourceList} from '../resource-list/resource-list.js';
import {NewUpload} from '../uploads/new-upload.js';

type ListProps = React.ComponentProps<typeof ResourceList>;

export type PhoneNumbersListProps = ListProps & {client: ApiClient; connectionId: string; height: number};

/**
 * A connection's phone numbers: the generic list, where Space marks numbers and U uploads the marked ones (or the
 * one under the cursor) to Microsoft Teams; once started, the connection's uploads show it moving.
 */
export function PhoneNumbersList({client, connectionId, height, ...list}: PhoneNumbersListProps): React.JSX.Element {
	const [uploading, setUploading] = useState<MarkedNumbers>();
	// What U said is about the rows as they were: a move or a mark makes it old.
	const [said, setSaid] = useState<{text: string; cursor: number; marks: typeof list.marks}>();
	const bound = useBindings(
		'phoneNumbers',
		{
			uploadMarked() {
				const under = list.store.rowAt(list.list.cursor);
				const rows = list.marks && list.marks.size > 0 ? markedRows(list.marks) : under === undefined ? [] : [under];
				const numbers = markedNumbers(rows);
				if (numbers) setUploading(numbers);
				else
					setSaid({
						text: '✖ No number to upload: mark some with Space, or wait for the row to load',
						cursor: list.list.cursor,
						marks: list.marks,
					});
			},
		},
		list.isActive && uploading === undefined,
	);

	if (uploading) {
		return (
			<Box flexDirection="column">
				<AppHeader
					width={list.width}
					place={list.place}
					title={[ownText('External connections'), ownText('connection'), ownText('phone numbers'), ownText('upload')]}
				/>
				<NewUpload
					client={client}
					connectionId={connectionId}
					width={list.width}
					height={height - 1}
					isActive={list.isActive}
					marked={uploading}
					onClose={() => setUploading(undefined)}
					onStarted={created =>
						list.dispatch({
							type: 'switchList',
							resource: uploads.name,
							notice: cleanText(`✔ Upload started: ticket ${created.ticket_id ?? '(none given)'}`),
						})
					}
				/>
			</Box>
		);
	}
	const shown = said && said.cursor === list.list.cursor && said.marks === list.marks ? said.text : list.notice;
	return <ResourceList {...list} {...(shown !== undefined && {notice: shown})} extraBound={[bound]} />;
}
