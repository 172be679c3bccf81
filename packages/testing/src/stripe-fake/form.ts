/** A value in Stripe's form encoding: `a=1`, `list[]=x` or `list[0]=x`, `hash[key]=v`, nested. */
export type FormValue = string | FormValue[] | { [key: string]: FormValue };
export type FormParams = { [key: string]: FormValue };

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Splits `expand[0][x]` into `['expand', '0', 'x']`; undefined when the key is not well formed. */
function keyPath(key: string): string[] | undefined {
  const match = /^([^[\]]+)((?:\[[^[\]]*\])*)$/.exec(key);
  if (!match?.[1]) return undefined;
  const rest = [...(match[2] ?? '').matchAll(/\[([^[\]]*)\]/g)].map((m) => m[1] ?? '');
  return [match[1], ...rest];
}

function isContainer(value: FormValue | undefined): value is FormValue[] | { [key: string]: FormValue } {
  return typeof value === 'object';
}

/**
 * Parses an `application/x-www-form-urlencoded` body the way Stripe reads it.
 * Throws a `FormParseError` naming the parameter when a key cannot be read.
 */
export function parseStripeForm(body: string): FormParams {
  const root: FormParams = {};
  for (const [key, value] of new URLSearchParams(body)) {
    const path = keyPath(key);
    if (!path || path.some((segment) => FORBIDDEN_KEYS.has(segment))) throw new FormParseError(key);
    let node: FormValue[] | { [key: string]: FormValue } = root;
    path.forEach((segment, index) => {
      const last = index === path.length - 1;
      const nextIsList = !last && /^\d*$/.test(path[index + 1] ?? '');
      if (Array.isArray(node)) {
        const position = segment === '' ? node.length : Number(segment);
        if (!Number.isSafeInteger(position)) throw new FormParseError(key);
        if (last) node[position] = value;
        else node = ensureChild(node, position, nextIsList, key);
      } else {
        if (last) node[segment] = value;
        else node = ensureChild(node, segment, nextIsList, key);
      }
    });
  }
  return root;
}

function ensureChild(
  parent: FormValue[] | { [key: string]: FormValue },
  at: string | number,
  asList: boolean,
  key: string,
): FormValue[] | { [key: string]: FormValue } {
  const record = parent as Record<string | number, FormValue | undefined>;
  const existing = record[at];
  if (existing === undefined) {
    const created: FormValue[] | { [key: string]: FormValue } = asList ? [] : {};
    record[at] = created;
    return created;
  }
  if (!isContainer(existing)) throw new FormParseError(key);
  return existing;
}

export class FormParseError extends Error {
  override name = 'FormParseError';

  constructor(readonly param: string) {
    super(`Invalid form parameter: ${param}`);
  }
}
