/* eslint-disable no-console -- a benchmark prints its figures */
// Where the standalone module's bytes come from: each source file's share of the minified module
// and of its gzip size. A file's gzip share is what the gzip size loses when that file's minified
// code is left out (text it shares with the rest is counted where the rest has it), so the shares
// add up to about, not exactly, the whole.
//   npm run bench:size-by-source -w @open-express-dashboard/element
// With --json it prints the rows, in bytes, as JSON instead (test/size.test.ts reads them).
import { TraceMap, eachMapping } from '@jridgewell/trace-mapping';
import { measure, standaloneWithSourceMap } from './measure-size.js';

const { code, map } = await standaloneWithSourceMap();

/** The source each character of `code` was minified from: that of the nearest mapping at or before it. */
function sourceOfEachCharacter() {
  const lineStarts = [0];
  for (let at = code.indexOf('\n'); at !== -1; at = code.indexOf('\n', at + 1)) lineStarts.push(at + 1);
  /** @type {(string | null)[]} */
  const owners = new Array(code.length).fill(null);
  /** @type {[number, string | null][]} */
  const marks = [];
  eachMapping(new TraceMap(/** @type {import('@jridgewell/trace-mapping').SourceMapInput} */ (map)), (mapping) => {
    marks.push([(lineStarts[mapping.generatedLine - 1] ?? 0) + mapping.generatedColumn, mapping.source]);
  });
  marks.sort((a, b) => a[0] - b[0]);
  marks.forEach(([start, source], index) => owners.fill(source, start, marks[index + 1]?.[0] ?? code.length));
  return owners;
}

/** A short name: the package and path for libraries, the path inside the repository for ours. */
const label = (/** @type {string} */ source) => source.replace(/^.*node_modules\//, '').replace(/^(\.\.\/)+/, '');
const isLibrary = (/** @type {string} */ source) => source.includes('node_modules/');

const owners = sourceOfEachCharacter();
const whole = measure(code);
/** @param {(source: string | null) => boolean} leftOut */
function share(leftOut) {
  const kept = measure(
    code
      .split('') // UTF-16 units, as `owners` is indexed
      .filter((_, at) => !leftOut(owners[at] ?? null))
      .join(''),
  );
  return { min: whole.min - kept.min, gzip: whole.gzip - kept.gzip };
}

const sources = [...new Set(owners)].filter((source) => source !== null);
const rows = sources
  .filter((source) => !isLibrary(source))
  .map((source) => ({ name: label(source), ...share((owner) => owner === source) }))
  .sort((a, b) => b.gzip - a.gzip);
rows.push(
  { name: 'all of the above, left out together', ...share((owner) => owner !== null && !isLibrary(owner)) },
  { name: 'Lit and the tRPC client, left out together', ...share((owner) => owner !== null && isLibrary(owner)) },
  { name: 'the whole module', min: whole.min, gzip: whole.gzip },
);
if (process.argv.includes('--json')) {
  console.log(JSON.stringify(rows));
  process.exit(0);
}
const kb = (/** @type {number} */ n) => `${(n / 1000).toFixed(2)} kB`;
console.log(`${'source'.padEnd(52)} ${'min'.padStart(9)} ${'gzip'.padStart(9)}`);
for (const row of rows) console.log(`${row.name.padEnd(52)} ${kb(row.min).padStart(9)} ${kb(row.gzip).padStart(9)}`);
