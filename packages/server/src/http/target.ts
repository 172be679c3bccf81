/** The parts of a request target a server routes on. */
export interface RequestTarget {
  /** The path as sent (not decoded or normalised), always starting with `/`. */
  path: string;
  /** The query without its `?`; empty when there is none. */
  query: string;
}

const ABSOLUTE_FORM = /^https?:\/\//i;

/**
 * Reads `req.url` without ever throwing, unlike `new URL(req.url, base)`, which throws on targets
 * Node accepts (`//x:99999/`, `http://[/`). Origin-form targets (`/path?query`) are split as sent;
 * absolute-form ones (`http://host/path`) keep their path and query. Anything else is `undefined`
 * (answer 400): `*`, an unparsable URL, credentials (`http://user:pass@host/`), and a path that
 * URL parsers read as another host (`//host/…`, `/\host/…`), which tRPC's adapters would too.
 *
 * @example
 * const target = parseRequestTarget(req.url);
 * if (!target) return void res.writeHead(400).end();
 * if (target.path.startsWith('/trpc/')) return trpc(req, res);
 */
export function parseRequestTarget(target: string | undefined): RequestTarget | undefined {
  if (target === undefined || target === '') return undefined;
  if (target.startsWith('/')) {
    if (target[1] === '/' || target[1] === '\\') return undefined;
    return splitTarget(target);
  }
  if (!ABSOLUTE_FORM.test(target) || !URL.canParse(target)) return undefined;
  const url = new URL(target);
  if (url.username || url.password) return undefined;
  return { path: url.pathname, query: url.search.slice(1) };
}

/** Whether a query asks tRPC for a batch (`?batch=1`), read the way tRPC reads it. */
export function isBatchQuery(query: string): boolean {
  return query !== '' && new URLSearchParams(query).get('batch') === '1';
}

/**
 * A mount path as the adapters use it: with a slash at each end (`trpc`, `/trpc` → `/trpc/`), the
 * root as `/`. tRPC's adapters trim slashes off theirs alike.
 */
export function mountPath(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** Whether `path` (as sent) is under `mount` (see {@link mountPath}), or the mount itself without its final slash. */
export function isUnderMount(path: string, mount: string): boolean {
  return path.startsWith(mount) || path === mount.slice(0, -1);
}

/**
 * The path and query of an absolute URL as a Fetch `Request` has it: already parsed and
 * normalised by the runtime, so they are split without parsing it again.
 */
export function targetOfUrl(url: string): RequestTarget {
  const pathStart = url.indexOf('/', url.indexOf('//') + 2);
  return pathStart === -1 ? { path: '/', query: '' } : splitTarget(url.slice(pathStart));
}

/** `/path?query#fragment` → its path and query. A fragment is not part of a target, but Node lets one through; URL parsers drop it. */
function splitTarget(pathAndMore: string): RequestTarget {
  const hash = pathAndMore.indexOf('#');
  const sent = hash === -1 ? pathAndMore : pathAndMore.slice(0, hash);
  const question = sent.indexOf('?');
  return question === -1 ? { path: sent, query: '' } : { path: sent.slice(0, question), query: sent.slice(question + 1) };
}
