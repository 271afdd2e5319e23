export {DetailScreen, type DetailScreenProps} from './detail-screen.js';
