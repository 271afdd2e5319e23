import type {ApiClient} from '../../api/client.js';
import type {NavEvent} from '../../navigation/index.js';
import type {ResourceStore} from '../../resources/resource-store.js';

/** What the app gives the detail screen of a record under a connection (or of a log message). */
export type RecordScreenProps = {
	client: ApiClient;
	/** The connection the list it was opened from hangs off; undefined for the global log messages. */
	connectionId: string | undefined;
	id: string;
	/** The list it was opened from, for edits in place. */
	store: ResourceStore;
	width: number;
	height: number;
	isActive: boolean;
	dispatch: (event: NavEvent) => void;
	writeToTerminal?: (data: string) => void;
};
