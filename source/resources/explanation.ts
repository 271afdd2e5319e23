// What a special answer means and what to do about it: lines shown under the error banner, which keeps
// Telnyx's code, title and detail (summarizeError); `retryAt` when the server said when to try again.
import type {Clean} from '../text/sanitize.js';

export type Explanation = {lines: Clean[]; retryAt?: Date};
