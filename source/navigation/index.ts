export {transition, initialNavState, frontList, type NavEvent, type NavState} from './transition.js';
export {isValidNavState} from './invariants.js';
export {hasFilters, type ListView} from './list-view.js';
export {topOf, frontListIndex, type Route, type ListRoute, type DetailRoute, type FormRoute, type RouteStack} from './routes.js';
export {markedRows, MAX_MARKS, refreshMarks, type MarkEntry, type Marks} from './marks.js';
