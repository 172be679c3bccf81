// Reads a V8 .cpuprofile (from `node --cpu-prof`) and says where the CPU time went within a time
// window: self time by package and by function, in microseconds.
import { readFileSync } from 'node:fs';

const PSEUDO = { '(garbage collector)': 'GC', '(program)': 'V8/native (program)', '(idle)': 'idle', '(root)': 'idle' };

/** The package a script belongs to: an npm package, one of ours, or Node's own internals. */
function packageOf(url) {
  if (url.startsWith('node:')) return 'node internals';
  const modules = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
  if (modules) return modules[1];
  const ours = /\/packages\/([^/]+)\/(?:dist|src)\//.exec(url);
  if (ours) return `ours: ${ours[1]}`;
  // The hand-written contenders (A, B) live in the bench's contender process.
  if (url.includes('/bench/support/')) return 'hand-written route';
  return url.includes('/') ? 'other scripts' : undefined;
}

/**
 * Self time within [from, to] (µs, the profile's clock, which is `process.hrtime`'s). `byPackage`
 * charges each frame to its own package; `byCaller` charges Node internals and V8 builtins to the
 * nearest calling frame in a package, which says who caused the work (Fetch objects built by
 * tRPC count as tRPC's).
 */
export function readProfile(file, from, to) {
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parents = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);

  const selfTime = new Map();
  let time = profile.startTime;
  for (let index = 0; index < profile.samples.length; index += 1) {
    time += profile.timeDeltas[index];
    const next = time + (profile.timeDeltas[index + 1] ?? 0);
    if (time < from || time > to) continue;
    const id = profile.samples[index];
    selfTime.set(id, (selfTime.get(id) ?? 0) + (next - time));
  }

  const byPackage = new Map();
  const byCaller = new Map();
  const byFunction = new Map();
  const add = (map, key, value) => map.set(key, (map.get(key) ?? 0) + value);
  let busy = 0;
  for (const [id, micros] of selfTime) {
    const { callFrame } = nodes.get(id);
    const own = PSEUDO[callFrame.functionName] ?? packageOf(callFrame.url) ?? 'V8 builtins';
    if (own === 'idle') continue;
    busy += micros;
    add(byPackage, own, micros);
    let caller = own;
    for (let up = parents.get(id); (caller === 'node internals' || caller === 'V8 builtins') && up !== undefined; up = parents.get(up)) {
      const found = packageOf(nodes.get(up).callFrame.url);
      if (found && found !== 'node internals') caller = found;
    }
    add(byCaller, caller, micros);
    const where = callFrame.url ? `${callFrame.url.split('/').slice(-2).join('/')}:${callFrame.lineNumber + 1}` : '';
    add(byFunction, `${callFrame.functionName || '(anonymous)'} ${where} [${own}]`, micros);
  }
  return { busy, byPackage, byCaller, byFunction, startTime: profile.startTime, endTime: profile.endTime };
}
