// `zh-Hant` (Traditional Chinese, no region) reads as Taiwan's.
export { default } from './zh-TW.js';
