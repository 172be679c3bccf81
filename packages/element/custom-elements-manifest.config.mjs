// `cem analyze --litelement` reads the class's JSDoc (@slot @fires @csspart @cssproperty) and its
// Lit decorators into dist/custom-elements.json, which package.json `customElements` points to.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts'],
  outdir: 'dist',
  litelement: true,
  // package.json names the manifest itself; the analyzer must not rewrite it.
  packagejson: false,
};
