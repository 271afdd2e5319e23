export {DetailScreen, DETAIL_HINTS, type DetailScreenProps} from './detail-screen.js';
