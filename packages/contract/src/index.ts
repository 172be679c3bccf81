export * from './procedure.js';
export * from './reasons.js';
