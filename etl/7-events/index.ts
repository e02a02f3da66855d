/** The events stage: PLOVER events from an article body. */
export { extractEvents } from './extract.js';
