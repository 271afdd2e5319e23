import React from 'react';
import {Box} from 'ink';
import {AppHeader, type Place} from '../../components/app-header.js';
import type {Clean} from '../../text/sanitize.js';
import {BulkAction, type BulkActionProps} from './bulk-action.js';

export type BulkScreenProps<T> = BulkActionProps<T> & {place: Place; path: readonly Clean[]};

/** A bulk action on a screen of its own, under the app's header naming where it was started. */
export function BulkScreen<T>({place, path, ...action}: BulkScreenProps<T>): React.JSX.Element {
	return (
		<Box flexDirection="column">
			<AppHeader width={action.width} place={place} title={path} />
			<BulkAction<T> {...action} height={action.height - 1} />
		</Box>
	);
}
