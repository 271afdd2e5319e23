import React, {useMemo} from 'react';
import {createReadOnly, ReadOnlyContext} from './read-only.js';
import {useKeyHandler} from './use-keys.js';

/** Read-only mode for the screens under it (`on`), its notice ended by the next key, heard before any screen's. */
export function ReadOnlyProvider({on, children}: {on: boolean; children: React.ReactNode}) {
	const readOnly = useMemo(() => createReadOnly(on), [on]);
	useKeyHandler('global', () => {
		readOnly.clear();
		return false;
	});
	return <ReadOnlyContext.Provider value={readOnly}>{children}</ReadOnlyContext.Provider>;
}
