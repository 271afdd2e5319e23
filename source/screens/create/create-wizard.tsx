import React from 'react';
import type {ApiClient} from '../../api/client.js';
import type {ExternalConnection} from '../../api/types.js';
import {CREATE_MODE} from '../../create/form-mode.js';
import {ConnectionForm} from './connection-form.js';

export type CreateWizardProps = {
	client: ApiClient;
	width: number;
	height: number;
	isActive: boolean;
	/** Cancelled or discarded: back to the list, nothing sent. */
	onCancel: () => void;
	/** Telnyx answered 201 with this connection. */
	onCreated: (connection: ExternalConnection) => void;
};

export function CreateWizard({onCreated, ...rest}: CreateWizardProps): React.JSX.Element {
	return <ConnectionForm mode={CREATE_MODE} onDone={onCreated} {...rest} />;
}
