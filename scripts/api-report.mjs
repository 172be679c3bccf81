// The public API of a published package, entry by entry, as its users' TypeScript sees it: every
// name each `exports` entry gives (read from the built declarations, what npm publishes), its kind,
// and the global types it augments. `api-report.md` beside package.json is the reviewed copy; the
// check fails when the built package exports a name the report does not list, or stops exporting
// one it does, so a change of the public surface is always a visible change of that file. It also
// fails when the package README does not name an export in code (`name`): the README is where the
// public API is decided, and nothing is exported that it does not document.
//
//   node ../../scripts/api-report.mjs          # from a package: check (part of its check:package)
//   node ../../scripts/api-report.mjs --write  # rewrite api-report.md after a deliberate change
//
// Why not api-extractor: one config and run per entry (this repository has 15 entries), a bundled
// TypeScript of its own that lags ours, and a report of full signatures that churns with every
// documentation edit. The question here is narrower (which names, of which kind, per entry) and the
// compiler API we already pin answers it in one program for all entries.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';

/**
 * @typedef {{ name: string, exports?: Record<string, string | { types?: string, default?: string }> }} Manifest
 * @typedef {{ entry: string, types: string | undefined, target: string | undefined }} Entry
 */

/** JSON.parse, typed as what it reads here (a JSDoc cast would not reach the lint's types). */
const parseManifest = /** @type {(text: string) => Manifest} */ (JSON.parse);

/**
 * The declaration file of each `exports` entry, or `undefined` for entries without types (JSON files).
 * @param {Manifest} manifest
 * @param {string} dir
 * @returns {Entry[]}
 */
function entriesOf(manifest, dir) {
  return Object.entries(manifest.exports ?? {}).map(([entry, target]) => {
    const types = typeof target === 'object' ? target.types : undefined;
    return { entry, types: types && resolve(dir, types), target: typeof target === 'string' ? target : target.default };
  });
}

/**
 * What a symbol is, as a reader of the package needs to know it.
 * @param {ts.TypeChecker} checker
 * @param {ts.Symbol} symbol
 */
function kindOf(checker, symbol) {
  const typeOnly = symbol.declarations?.some(isTypeOnlyExport);
  const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  const flags = target.flags;
  /** @type {[ts.SymbolFlags, string][]} */
  const kinds = [
    [ts.SymbolFlags.Class, 'class'],
    [ts.SymbolFlags.Function, 'function'],
    [ts.SymbolFlags.Enum, 'enum'],
    [ts.SymbolFlags.Variable, 'const'],
    [ts.SymbolFlags.Interface, 'interface'],
    [ts.SymbolFlags.TypeAlias, 'type'],
    [ts.SymbolFlags.Module, 'namespace'],
  ];
  const kind = kinds.find(([flag]) => flags & flag)?.[1] ?? 'unknown';
  return typeOnly && (kind === 'class' || kind === 'const' || kind === 'function') ? `${kind} (type only)` : kind;
}

/** @param {ts.Declaration} declaration */
function isTypeOnlyExport(declaration) {
  return ts.isExportSpecifier(declaration) && (declaration.isTypeOnly || declaration.parent.parent.isTypeOnly);
}

/**
 * `declare global { interface X }` and `declare module 'y' { interface Z }` in an entry file.
 * @param {ts.SourceFile} sourceFile
 */
function augmentationsOf(sourceFile) {
  /** @type {string[]} */
  const found = [];
  for (const statement of sourceFile.statements) {
    if (!ts.isModuleDeclaration(statement) || !statement.body) continue;
    const scope = ts.isStringLiteral(statement.name) ? `'${statement.name.text}'` : statement.name.text;
    /** @type {(body: ts.ModuleBody, prefix: string) => void} */
    const visit = (body, prefix) => {
      if (ts.isModuleBlock(body)) {
        for (const inner of body.statements) {
          if (ts.isInterfaceDeclaration(inner)) {
            for (const member of inner.members) {
              const name = member.name && (ts.isStringLiteral(member.name) || ts.isIdentifier(member.name)) ? member.name.text : '?';
              found.push(`${scope} ${prefix}${inner.name.text}['${name}']`);
            }
          } else if (ts.isModuleDeclaration(inner) && inner.body) visit(inner.body, `${prefix}${inner.name.text}.`);
        }
      }
    };
    visit(statement.body, '');
  }
  return found;
}

/**
 * The report of the package in `dir`, built from its dist.
 * @param {string} dir
 */
export function apiReport(dir) {
  const manifest = parseManifest(readFileSync(join(dir, 'package.json'), 'utf8'));
  const entries = entriesOf(manifest, dir);
  const missing = entries.filter(({ types }) => types && !existsSync(types));
  if (missing.length > 0) throw new Error(`build ${manifest.name} first: missing ${missing.map(({ types }) => types).join(', ')}`);
  const program = ts.createProgram(
    entries.flatMap(({ types }) => (types ? [types] : [])),
    { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, skipLibCheck: true, noEmit: true, types: [] },
  );
  const checker = program.getTypeChecker();

  const lines = [
    `# API report: ${manifest.name}`,
    '',
    'What each entry of this package exports, read from its built declarations by `scripts/api-report.mjs`.',
    '`npm test` fails when the package and this file differ: after a deliberate change of the public API,',
    'run `npm run api-report` in this package and commit the result with the README that documents it.',
  ];
  for (const { entry, types, target } of entries) {
    lines.push('', `## \`${entry}\``, '');
    if (!types) {
      lines.push(`A file, no types: \`${target}\`.`);
      continue;
    }
    const sourceFile = program.getSourceFile(types);
    const moduleSymbol = sourceFile && checker.getSymbolAtLocation(sourceFile);
    const exported = moduleSymbol ? checker.getExportsOfModule(moduleSymbol) : [];
    const augmented = sourceFile ? augmentationsOf(sourceFile) : [];
    if (exported.length === 0 && augmented.length === 0) lines.push('Nothing.');
    if (exported.length > 0) {
      lines.push('| export | kind |', '|---|---|');
      for (const symbol of [...exported].sort((a, b) => a.name.localeCompare(b.name))) {
        lines.push(`| \`${symbol.name}\` | ${kindOf(checker, symbol)} |`);
      }
    }
    if (augmented.length > 0) {
      if (exported.length > 0) lines.push('');
      lines.push('Augments:', '', ...augmented.sort().map((item) => `- \`${item}\``));
    }
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Names per entry in a report, to say what changed.
 * @param {string} report
 */
function namesByEntry(report) {
  /** @type {Map<string, Set<string>>} */
  const names = new Map();
  /** @type {Set<string> | undefined} */
  let entry;
  for (const line of report.split('\n')) {
    const heading = /^## `(.+)`$/.exec(line);
    if (heading) names.set(heading[1] ?? '', (entry = new Set()));
    const row = /^\| `([^`]+)` \| (.+) \|$/.exec(line) ?? /^- `(.+)`$/.exec(line);
    if (entry && row) entry.add(row[2] ? `${row[1]} (${row[2]})` : (row[1] ?? ''));
  }
  return names;
}

/**
 * Exported names the README never writes as code (`name`, or inside a code span or block).
 * @param {string} report
 * @param {string} readme
 */
export function undocumented(report, readme) {
  const code = [...readme.matchAll(/```[\s\S]*?```|`[^`\n]+`/g)].map(([span]) => span).join('\n');
  const names = new Set([...namesByEntry(report).values()].flatMap((entry) => [...entry].map((name) => name.split(' ')[0] ?? name)));
  return [...names].filter((name) => !name.startsWith("'") && !name.startsWith('global') && !new RegExp(`\\b${name}\\b`).test(code));
}

/**
 * What differs between two reports, one line per change.
 * @param {string} committed
 * @param {string} built
 */
export function reportChanges(committed, built) {
  const before = namesByEntry(committed);
  const after = namesByEntry(built);
  const changes = [];
  for (const entry of new Set([...before.keys(), ...after.keys()])) {
    if (!before.has(entry)) changes.push(`+ entry ${entry}`);
    if (!after.has(entry)) changes.push(`- entry ${entry}`);
    const was = before.get(entry) ?? new Set();
    const is = after.get(entry) ?? new Set();
    for (const name of is) if (!was.has(name)) changes.push(`+ ${entry}: ${name}`);
    for (const name of was) if (!is.has(name)) changes.push(`- ${entry}: ${name}`);
  }
  return changes;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.cwd();
  const path = join(dir, 'api-report.md');
  const built = apiReport(dir);
  if (process.argv.includes('--write')) {
    writeFileSync(path, built);
  } else {
    const committed = existsSync(path) ? readFileSync(path, 'utf8') : '';
    if (committed !== built) {
      const changes = reportChanges(committed, built);
      console.error(
        `${path} does not match the built package${changes.length > 0 ? `:\n${changes.join('\n')}` : ' (wording or order)'}\n` +
          'If the change is deliberate, run `npm run api-report` in the package, document it in its README, and commit both.',
      );
      process.exit(1);
    }
  }
  const missing = undocumented(built, readFileSync(join(dir, 'README.md'), 'utf8'));
  if (missing.length > 0) {
    console.error(`${join(dir, 'README.md')} does not document these exports (as \`code\`): ${missing.join(', ')}`);
    process.exit(1);
  }
}
