// The standalone module's size budget, in bytes of gzip (level 9), checked by test/size.test.ts
// on every `npm test`. Size is deterministic for a given lockfile, so any growth fails the test.
// When the module grows on purpose (a feature, a new reason's message), run
// `npm run bench:size -w @open-express-dashboard/element`, then raise these to the new figures
// in the same commit and say why in its message.
export const SIZE_BUDGET = {
  /** The standalone module above the Lit + tRPC client floor built in the same run (survives upgrades of those two). */
  gzipOverFloor: 4601,
  /** The standalone module itself. */
  gzip: 14788,
};
