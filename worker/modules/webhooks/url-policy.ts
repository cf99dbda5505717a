// Which URLs an endpoint may have. A webhook makes the platform send requests on a tenant's
// behalf, so in production only public https hosts are allowed (no SSRF into the platform's own
// network). In development and test, plain http to the loopback interface is allowed too, so a
// receiver on the same machine can be used.
//
// Limits: a host name is checked as written; one that resolves to a private address (DNS
// rebinding) is not caught here. On Workers, fetch cannot reach private networks anyway; a Node
// deployment exposed to a private network should put an egress proxy in front.

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);
const PRIVATE_SUFFIXES = ['.localhost', '.local', '.internal', '.lan', '.home.arpa', '.intranet'];

function privateIPv4(host: string): boolean {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  if (!m) return false;
  const [a, b] = [Number(m[1]), Number(m[2])];
  return (
    a === 0 ||
    a === 10 ||
    a === 127 ||
    (a === 100 && b >= 64 && b <= 127) || // carrier-grade NAT
    (a === 169 && b === 254) || // link-local, cloud metadata
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 198 && (b === 18 || b === 19)) ||
    a >= 224 // multicast and reserved
  );
}

function privateIPv6(host: string): boolean {
  if (!host.startsWith('[')) return false;
  const h = host.slice(1, -1).toLowerCase();
  return (
    h === '::' ||
    h === '::1' ||
    h.startsWith('fc') ||
    h.startsWith('fd') ||
    h.startsWith('fe8') ||
    h.startsWith('fe9') ||
    h.startsWith('fea') ||
    h.startsWith('feb') ||
    h.startsWith('::ffff:') // IPv4-mapped: judge by the v4 rules would need parsing; refuse
  );
}

/** A host no production webhook may target: loopback, private, link-local, internal names. */
export function isPrivateHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return (
    LOOPBACK_HOSTS.has(host) ||
    !host.includes('.') ||
    PRIVATE_SUFFIXES.some((s) => host.endsWith(s)) ||
    privateIPv4(host) ||
    privateIPv6(host)
  );
}

/** Why `value` is not an acceptable endpoint URL, or null when it is. */
export function webhookUrlProblem(value: string, options: { production: boolean }): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'must be an absolute URL';
  }
  if (url.username || url.password) return 'must not contain credentials';
  if (url.hash) return 'must not contain a fragment';
  const loopback = LOOPBACK_HOSTS.has(url.hostname.toLowerCase());
  if (url.protocol === 'http:') {
    if (options.production || !loopback) return 'must use https (http only to localhost outside production)';
    return null;
  }
  if (url.protocol !== 'https:') return 'must use https';
  if (options.production && isPrivateHost(url.hostname))
    return 'must be a public host (private, loopback and internal addresses are refused)';
  return null;
}
