/**
 * URLs of the lead API: resolved against the page, and the server-filter query (SPEC §7) appended
 * to whatever query the integrator already put in `api`.
 */

/** Query parameters: a value, a repeated key, or nothing. */
export type QueryParams = Record<string, string | readonly (string | null)[] | null | undefined>;

/** The base relative URLs resolve against: the given one, else the document's, else none. */
function defaultBase(base: string | undefined): string | undefined {
  return base ?? (typeof document === 'undefined' ? undefined : document.baseURI);
}

/** A URL resolved against `base` (default `document.baseURI`); throws a TypeError when it cannot be. */
export function resolveUrl(url: string, base?: string): URL {
  return new URL(url, defaultBase(base));
}

/**
 * `url` resolved against `base` (default `document.baseURI`) as an absolute href, with `params`
 * appended after its existing query (kept byte for byte) and before its hash. Keys go in the
 * object's own key order (as `Object.keys` gives it); `null` and `undefined` values are skipped;
 * an array repeats the key (`owner=a&owner=b`), and an empty array adds nothing. A `null` entry
 * inside an array is sent as an empty value (`owner=`): it means the unassigned / "none" group.
 */
export function withQuery(url: string, params: QueryParams, base?: string): string {
  const resolved = resolveUrl(url, base);
  const added = new URLSearchParams();
  for (const key of Object.keys(params)) {
    const value = params[key];
    if (value === null || value === undefined) continue;
    if (typeof value === 'string') added.append(key, value);
    else for (const entry of value) added.append(key, entry ?? '');
  }
  const query = added.toString();
  if (query === '') return resolved.href;
  // Appending through searchParams would re-serialise the integrator's own query (`%20` → `+`,
  // `?flag` → `?flag=`), which some servers read differently: join the strings instead
  const existing = resolved.search.slice(1);
  resolved.search = existing === '' || existing.endsWith('&') ? existing + query : `${existing}&${query}`;
  return resolved.href;
}
