// Prefixed, time-sortable ids (a ULID body after a short type prefix), so that an id says
// what it names and sorting by id sorts by creation time — cursor pagination relies on it.
const PREFIXES = {
  tenant: 'tnt',
  organization: 'org',
  user: 'usr',
  membership: 'mbr',
  session: 'ses',
  apiKey: 'key',
  listing: 'lst',
  demand: 'dmd',
  audit: 'aud',
  outbox: 'evt',
  idempotency: 'idem',
  deal: 'deal',
  request: 'req',
} as const;

export type IdKind = keyof typeof PREFIXES;

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

function encodeTime(ms: number): string {
  let out = '';
  let rest = ms;
  for (let i = 0; i < 10; i++) {
    out = CROCKFORD[rest % 32] + out;
    rest = Math.floor(rest / 32);
  }
  return out;
}

function encodeRandom(length: number): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  let out = '';
  for (const byte of bytes) out += CROCKFORD[byte % 32];
  return out;
}

export function newId(kind: IdKind, now: number = Date.now()): string {
  return `${PREFIXES[kind]}_${encodeTime(now)}${encodeRandom(16)}`;
}

export function idPrefix(kind: IdKind): string {
  return `${PREFIXES[kind]}_`;
}

export function isIdOf(kind: IdKind, value: string): boolean {
  return new RegExp(`^${PREFIXES[kind]}_[0-9A-HJKMNP-TV-Z]{26}$`).test(value);
}
