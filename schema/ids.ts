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
  webhookEndpoint: 'whk',
  webhookDelivery: 'whd',
  savedSearch: 'srch',
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

// Random bytes are drawn 4 KiB at a time: one getRandomValues call per id (every request
// gets a request id) cost more than the rest of the id.
const POOL_SIZE = 4096;
const pool = new Uint8Array(POOL_SIZE);
let poolOffset = POOL_SIZE;

function encodeRandom(length: number): string {
  if (poolOffset + length > POOL_SIZE) {
    crypto.getRandomValues(pool);
    poolOffset = 0;
  }
  let out = '';
  for (let i = poolOffset; i < poolOffset + length; i++) out += CROCKFORD[(pool[i] as number) % 32];
  poolOffset += length;
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
