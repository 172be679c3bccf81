import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';

// custom-elements.json is generated from the class's JSDoc and decorators by the build; the
// README's API tables are written by hand. This keeps the two telling the same story.
const read = (path: string) => readFile(new URL(`../${path}`, import.meta.url), 'utf8');

interface Declaration {
  tagName?: string;
  customElement?: boolean;
  attributes?: { name: string; fieldName?: string }[];
  members?: { kind: string; name: string; privacy?: string; static?: boolean }[];
  events?: { name: string; type?: { text: string } }[];
  slots?: { name: string }[];
  cssParts?: { name: string }[];
  cssProperties?: { name: string }[];
}

async function elementDeclaration(): Promise<Declaration> {
  const packageJson = JSON.parse(await read('package.json')) as { customElements: string };
  const manifest = JSON.parse(
    await read(packageJson.customElements).catch(() => {
      throw new Error(`${packageJson.customElements} is missing: run \`npm run build\` in packages/element first.`);
    }),
  ) as { modules: { declarations?: Declaration[] }[] };
  const declarations = manifest.modules.flatMap((module) => module.declarations ?? []);
  const element = declarations.find((declaration) => declaration.tagName === 'open-express-dashboard');
  if (!element) throw new Error('custom-elements.json does not declare <open-express-dashboard>');
  return element;
}

/** The rows of the first table under `### heading` in the README, as arrays of cells. */
async function readmeTable(heading: string): Promise<string[][]> {
  const readme = await read('README.md');
  const start = readme.indexOf(`\n### ${heading}\n`);
  if (start < 0) throw new Error(`README has no "### ${heading}" section`);
  const section = readme.slice(start).split('\n').slice(2);
  const table = section.slice(section.findIndex((line) => line.startsWith('|')));
  const rows = table.slice(
    0,
    table.findIndex((line) => !line.startsWith('|')),
  );
  return rows.slice(2).map((row) =>
    row
      .slice(1, -1)
      .split(/(?<!\\)\|/)
      .map((cell) => cell.trim()),
  );
}

const code = (cell: string) => /^`([^`]+)`$/.exec(cell)?.[1] ?? cell;
const sorted = (values: string[]) => [...values].sort();

describe('custom-elements.json', () => {
  it('is generated from the source and names the tag', async () => {
    const element = await elementDeclaration();
    expect(element.customElement).toBe(true);
  });

  it('lists exactly the attributes the README documents, with their properties', async () => {
    const element = await elementDeclaration();
    const rows = await readmeTable('Attributes and properties');
    const documented = rows
      .filter(([attribute]) => attribute !== '—')
      .map(([attribute, property]) => `${code(attribute!)} → ${code(property!)}`);
    const generated = (element.attributes ?? []).map(({ name, fieldName }) => `${name} → ${fieldName}`);
    expect(sorted(documented)).toEqual(sorted(generated));
  });

  it('lists exactly the public properties the README documents', async () => {
    const element = await elementDeclaration();
    const rows = await readmeTable('Attributes and properties');
    const documented = rows.map(([, property]) => code(property!));
    const generated = (element.members ?? [])
      .filter((member) => member.kind === 'field' && !member.static && member.privacy !== 'private' && !member.name.startsWith('#'))
      .map((member) => member.name);
    expect(sorted(documented)).toEqual(sorted(generated));
  });

  it('lists exactly the events the README documents, with their types', async () => {
    const element = await elementDeclaration();
    const documented = (await readmeTable('Events')).map(([event]) => code(event!));
    expect(sorted((element.events ?? []).map((event) => event.name))).toEqual(sorted(documented));
    expect(element.events?.map((event) => event.type?.text)).toEqual([
      'OpenExpressDashboardNavigateEvent',
      'OpenExpressDashboardErrorEvent',
    ]);
  });

  it('lists exactly the slots, CSS parts and CSS custom properties the README documents', async () => {
    const element = await elementDeclaration();
    const slots = (await readmeTable('Slots')).map(([slot]) => (slot === '(default)' ? '' : code(slot!)));
    const parts = (await readmeTable('CSS parts')).map(([part]) => code(part!));
    const properties = (await readmeTable('CSS custom properties')).map(([property]) => code(property!));
    expect(sorted((element.slots ?? []).map((slot) => slot.name))).toEqual(sorted(slots));
    expect(sorted((element.cssParts ?? []).map((part) => part.name))).toEqual(sorted(parts));
    expect(sorted((element.cssProperties ?? []).map((property) => property.name))).toEqual(sorted(properties));
  });

  it('documents the CSS custom properties the styles actually read, and no others', async () => {
    const styles = await read('src/open-express-dashboard.styles.ts');
    const used = new Set([...styles.matchAll(/var\((--oed-[a-z-]+)/g)].map((match) => match[1]!));
    const element = await elementDeclaration();
    expect(sorted([...used])).toEqual(sorted((element.cssProperties ?? []).map((property) => property.name)));
  });
});
