import type { Harness } from '../support/harness';

export interface PageResponse {
  status: number;
  headers: Headers;
  html: string;
}

export interface PageOptions {
  token?: string;
  lang?: string;
  acceptLanguage?: string;
  method?: 'GET' | 'POST';
  form?: Record<string, string | string[]>;
  /** The Origin header of a post; same-origin by default, null to send none. */
  origin?: string | null;
  headers?: Record<string, string>;
}

/** A browser-like request to the real app: HTML accepted, the session cookie, a same-origin Origin on posts. */
export async function page(h: Harness, path: string, o: PageOptions = {}): Promise<PageResponse> {
  const headers = new Headers({
    accept: 'text/html',
    'x-tenant': h.tenant.slug,
    host: 'web.test',
    ...o.headers,
  });
  const cookies = [o.token ? `tm_session=${o.token}` : '', o.lang ? `lang=${o.lang}` : ''].filter(Boolean);
  if (cookies.length) headers.set('cookie', cookies.join('; '));
  if (o.acceptLanguage) headers.set('accept-language', o.acceptLanguage);
  let body: string | undefined;
  if (o.form) {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(o.form))
      for (const x of Array.isArray(v) ? v : [v]) params.append(k, x);
    body = params.toString();
    headers.set('content-type', 'application/x-www-form-urlencoded');
    if (o.origin !== null) headers.set('origin', o.origin ?? 'http://web.test');
  }
  const method = o.method ?? (o.form ? 'POST' : 'GET');
  const res = await h.host.fetch(
    new Request(`http://web.test${path}`, { method, headers, body, redirect: 'manual' }),
  );
  return { status: res.status, headers: res.headers, html: await res.text() };
}
