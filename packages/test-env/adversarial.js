// The adversarial suites' harness: hostile requests (fast-check), a raw HTTP exchange, the tally.
export * from './fuzz.js';
export * from './http.js';
