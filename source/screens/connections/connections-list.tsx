import React from 'react';
import {Box} from 'ink';
import type {ApiClient} from '../../api/client.js';
import type {ExternalConnection} from '../../api/types.js';
import type {ListOverlay} from '../../navigation/routes.js';
import {AppHeader} from '../../components/app-header.js';
import {showField} from '../../components/wire-value.js';
import {useBindings} from '../../input/use-keys.js';
import {deletePlan, updateFor, updatePlan, type ConnectionChange} from '../../resources/external-connections/bulk-plans.js';
import {parseTags, TAGS_RULE} from '../../validation/create-fields.js';
import {formatCount} from '../../text/format.js';
import {clean, cleanText, ownText, type Clean} from '../../text/sanitize.js';
import {BulkScreen} from '../bulk/bulk-screen.js';
import {rowsToActOn} from '../bulk/rows-to-act-on.js';
import {TextPrompt} from '../prompt/text-prompt.js';
import {ResourceList} from '../resource-list/resource-list.js';

type ListProps = React.ComponentProps<typeof ResourceList>;

export type ConnectionsListProps = ListProps & {client: ApiClient; height: number; overlay?: ListOverlay | undefined};

/** A delete of more than this many connections asks for the count typed. */
export const TYPED_DELETE_ABOVE = 10;

type Action =
	| {kind: 'update'; rows: readonly unknown[]; change: ConnectionChange}
	| {kind: 'askTags'; rows: readonly unknown[]; mode: 'add' | 'remove'}
	| {kind: 'delete'; rows: readonly unknown[]};

/** The overlays this list opens, by name: E, D, + and - (asked which tags, then given them), d with marks. */
function actionOf({name, rows, answer}: ListOverlay): Action | undefined {
	if (name === 'enable' || name === 'disable') return {kind: 'update', rows, change: {kind: 'active', active: name === 'enable'}};
	if (name === 'addTags' || name === 'removeTags') {
		const mode = name === 'addTags' ? 'add' : 'remove';
		return answer === undefined
			? {kind: 'askTags', rows, mode}
			: {kind: 'update', rows, change: {kind: 'tags', mode, tags: parseTags(answer)}};
	}
	return name === 'delete' ? {kind: 'delete', rows} : undefined;
}

const describeChange = (change: ConnectionChange): Clean =>
	change.kind === 'active'
		? ownText(change.active ? 'Enable' : 'Disable')
		: clean`${ownText(change.mode === 'add' ? 'Add tags' : 'Remove tags')} ${cleanText(change.tags.join(', '))}`;

/**
 * External connections: the generic list, where Space marks connections and the marked ones (none marked: the one
 * under the cursor) are enabled, disabled, tagged, untagged or deleted in one action: one confirmation, then one
 * request each.
 */
export function ConnectionsList({client, height, overlay, ...list}: ConnectionsListProps): React.JSX.Element {
	const action = overlay && actionOf(overlay);
	const marked = (list.marks?.size ?? 0) > 0;
	const act = (name: string) => {
		const rows = rowsToActOn(list);
		if (rows.length > 0) list.dispatch({type: 'overlay', overlay: {name, rows}});
	};
	const bound = useBindings(
		'connections',
		{
			enableMarked: () => act('enable'),
			disableMarked: () => act('disable'),
			addTag: () => act('addTags'),
			removeTag: () => act('removeTags'),
		},
		list.isActive && overlay === undefined && !list.markingAll,
	);
	const {onDeleteRow} = list;
	const deleteMarked = () => {
		act('delete');
		return undefined;
	};
	// With connections marked, d deletes them all; without, the one under the cursor, as always.
	const deleteRow = onDeleteRow && marked ? deleteMarked : onDeleteRow;

	const name = (connection: ExternalConnection): Clean => {
		const known = typeof connection.id === 'string' ? list.store.names?.lookup(connection.id) : undefined;
		return known?.status === 'loaded'
			? clean`${showField(known.name, 'text')} (${showField(connection.id, 'text')})`
			: showField(connection.id, 'text');
	};
	const close = (sent: boolean) => list.dispatch({type: 'overlayClosed', sent});
	const path = (what: Clean) => [ownText('External connections'), what];
	const common = {place: list.place, name, width: list.width, height, isActive: list.isActive, onClose: close};

	if (overlay && action?.kind === 'askTags') {
		const count = action.rows.length;
		return (
			<Box flexDirection="column">
				<AppHeader width={list.width} place={list.place} title={path(ownText(action.mode === 'add' ? 'add tags' : 'remove tags'))} />
				<TextPrompt
					title={clean`${ownText(action.mode === 'add' ? 'Add tags to' : 'Remove tags from')} ${formatCount(count)} ${ownText(count === 1 ? 'connection' : 'connections')}`}
					question={ownText('Which tags? Nothing is sent until you confirm the next screen.')}
					rule={cleanText(TAGS_RULE.replace(/^Optional: /, 'At least one; '))}
					check={answer => (parseTags(answer).length === 0 ? 'Type at least one tag.' : undefined)}
					width={list.width}
					isActive={list.isActive}
					onAnswer={answer => list.dispatch({type: 'overlay', overlay: {...overlay, answer}})}
					onCancel={() => close(false)}
				/>
			</Box>
		);
	}
	if (action?.kind === 'update') {
		const {change} = action;
		const plan = updatePlan(action.rows, change);
		const example = change.kind === 'active' ? `{"active":${change.active},"outbound":{…}}` : '{"tags":[…],"outbound":{…}}';
		return (
			<BulkScreen<ExternalConnection>
				{...common}
				path={path(change.kind === 'active' ? ownText(change.active ? 'enable' : 'disable') : ownText('tags'))}
				title={clean`${describeChange(change)} · PATCH, one per connection`}
				items={plan.send}
				refused={plan.refused}
				request={cleanText(`PATCH /external_connections/{id} ${example}`)}
				send={async connection => {
					const update = updateFor(connection, change);
					if ('reason' in update) throw new Error(update.reason);
					const id = connection.id;
					const record = await client.updateExternalConnection(id, update.body, {inverse: update.inverse});
					// Under the id it was asked by, as a single edit keeps it.
					list.store.replaceRow(id, {...record, id});
				}}
			/>
		);
	}
	if (action?.kind === 'delete') {
		const plan = deletePlan(action.rows);
		return (
			<BulkScreen<ExternalConnection>
				{...common}
				path={path(ownText('delete'))}
				title={ownText('Delete connections · DELETE, one per connection')}
				items={plan.send}
				refused={plan.refused}
				request={ownText('DELETE /external_connections/{id}')}
				typeCountAbove={TYPED_DELETE_ABOVE}
				send={async connection => {
					await client.deleteExternalConnection(connection.id);
					// The row goes in place, the cursor on its neighbour.
					const row = list.store.removeRow(connection.id);
					if (row !== undefined) list.dispatch({type: 'rowRemoved', row});
				}}
			/>
		);
	}
	// Their hints take the footer only while connections are marked; the help lists them always.
	return <ResourceList {...list} {...(deleteRow && {onDeleteRow: deleteRow})} extraBound={marked ? [bound] : []} />;
}
