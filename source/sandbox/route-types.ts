// The shapes the router and the resources' route tables share, apart from both so neither imports the other.
import type {ChildrenState} from './children-state.js';
import type {RouteResponse} from './replies.js';
import type {Store} from './store.js';

export type SandboxData = {store: Store; state: ChildrenState};
export type Context = SandboxData & {query: URLSearchParams; body: string; now: Date; path: Record<string, string>};
export type Handler = (context: Context) => RouteResponse;
/** template: segments, each a literal or `:name`; a literal beats a parameter at the same place. */
export type Route = {template: string; methods: Partial<Record<string, Handler>>};
