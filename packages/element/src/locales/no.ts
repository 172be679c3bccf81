// `no` (Norwegian) is written in Bokmål here.
export { default } from './nb.js';
