import React, {useState} from 'react';
import type {ApiClient} from '../../api/client.js';
import type {ExternalConnection} from '../../api/types.js';
import {editMode} from '../../create/form-mode.js';
import {ConnectionForm} from './connection-form.js';

export type EditConnectionProps = {
	client: ApiClient;
	/** The connection as last read: the form starts from its values, and the PATCH sends what differs. */
	record: ExternalConnection;
	width: number;
	height: number;
	isActive: boolean;
	/** Cancelled, discarded, or the connection turned out deleted: nothing (more) to send. */
	onCancel: () => void;
	/** Telnyx answered 200 with the updated connection (or reading it back showed the change made). */
	onUpdated: (record: ExternalConnection) => void;
};

/** PATCH /external_connections/{id} through the same steps as create, prefilled with the current values. */
export function EditConnection({record, onUpdated, ...rest}: EditConnectionProps): React.JSX.Element {
	// Fixed for the form's life: a later read of the record must not move what "changed" means under the person.
	const [mode] = useState(() => editMode(record));
	return <ConnectionForm mode={mode} onDone={onUpdated} {...rest} />;
}
