export * from './fuzz.js';
export * from './http.js';
