import { count, eq } from 'drizzle-orm';
import { expect } from 'vitest';
import {
  auditLog,
  demands,
  idempotencyKeys,
  listings,
  memberships,
  organizationMembers,
  organizations,
  outbox,
  sessions,
  users,
} from '../../schema/index';
import { PROBLEM_BASE } from '../../worker/lib/problem';
import {
  type ApiResponse,
  demandInput,
  type Harness,
  type Json,
  listingInput,
  type TestUser,
} from '../support/harness';

// Helpers shared by the API tests: problem assertions, row counts and short flows that put a
// listing or a demand into a given state through the real routes.

export type ProblemCodeName =
  | 'bad-request'
  | 'validation'
  | 'unauthenticated'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'state-conflict'
  | 'version-conflict'
  | 'idempotency-in-progress'
  | 'idempotency-mismatch'
  | 'tenant-not-found'
  | 'payload-too-large'
  | 'unsupported-media-type';

/** Asserts an RFC 9457 problem with the given status (and stable type, when given). */
export function expectProblem(res: ApiResponse<Json>, status: number, code?: ProblemCodeName) {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  expect(res.contentType).toMatch(/^application\/problem\+json/);
  expect(res.body.status).toBe(status);
  expect(res.body.type).toMatch(
    new RegExp(`^${PROBLEM_BASE.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[a-z-]+$`),
  );
  if (code) expect(res.body.type).toBe(`${PROBLEM_BASE}${code}`);
  expect(typeof res.body.title).toBe('string');
  expect(res.body.title.length).toBeGreaterThan(0);
  expect(typeof res.body.detail).toBe('string');
  expect(res.body.requestId).toEqual(expect.any(String));
  expect(res.body).not.toHaveProperty('stack');
  return res.body;
}

/** A 422 whose `fields` name the given path (or at least one field when none is given). */
export function expectInvalid(res: ApiResponse<Json>, path?: string) {
  const body = expectProblem(res, 422, 'validation');
  expect(Array.isArray(body.fields), JSON.stringify(body)).toBe(true);
  expect(body.fields.length).toBeGreaterThan(0);
  if (path)
    expect(
      body.fields.map((f: { path: string }) => f.path),
      JSON.stringify(body.fields),
    ).toContain(path);
  return body;
}

const TABLES = {
  users,
  sessions,
  memberships,
  organizations,
  organizationMembers,
  listings,
  demands,
  auditLog,
  outbox,
  idempotencyKeys,
};

export type RowCounts = Record<keyof typeof TABLES, number>;

/** Rows in every table a foundation write touches: compare before/after to prove nothing was written. */
export async function rowCounts(h: Harness): Promise<RowCounts> {
  const entries = await Promise.all(
    Object.entries(TABLES).map(async ([name, table]) => {
      const [row] = await h.db.select({ n: count() }).from(table);
      return [name, Number(row?.n ?? 0)] as const;
    }),
  );
  return Object.fromEntries(entries) as RowCounts;
}

export async function auditRows(h: Harness, entityId: string, action?: string) {
  const rows = await h.db.select().from(auditLog).where(eq(auditLog.entityId, entityId));
  return action ? rows.filter((r) => r.action === action) : rows;
}

export async function outboxRows(h: Harness, aggregateId: string, topic?: string) {
  const rows = await h.db.select().from(outbox).where(eq(outbox.aggregateId, aggregateId));
  return topic ? rows.filter((r) => r.topic === topic) : rows;
}

function ok(res: ApiResponse<Json>, status = 200) {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  return res.body;
}

/** A draft listing owned by the seller's organization. */
export async function draftListing(
  h: Harness,
  seller: TestUser,
  overrides: Record<string, unknown> = {},
  tenant?: string,
) {
  return ok(await h.client(seller.token, tenant).post('/v1/listings', listingInput(overrides)), 201);
}

export async function submittedListing(
  h: Harness,
  seller: TestUser,
  overrides: Record<string, unknown> = {},
  tenant?: string,
) {
  const draft = await draftListing(h, seller, overrides, tenant);
  return ok(await h.client(seller.token, tenant).post(`/v1/listings/${draft.id}/submit`));
}

export async function publishedListing(
  h: Harness,
  seller: TestUser,
  admin: TestUser,
  overrides: Record<string, unknown> = {},
  tenant?: string,
) {
  const submitted = await submittedListing(h, seller, overrides, tenant);
  return ok(await h.client(admin.token, tenant).post(`/v1/listings/${submitted.id}/publish`, {}));
}

export async function draftDemand(
  h: Harness,
  buyer: TestUser,
  overrides: Record<string, unknown> = {},
  tenant?: string,
) {
  return ok(await h.client(buyer.token, tenant).post('/v1/demands', demandInput(overrides)), 201);
}

export async function openDemand(
  h: Harness,
  buyer: TestUser,
  overrides: Record<string, unknown> = {},
  tenant?: string,
) {
  const draft = await draftDemand(h, buyer, overrides, tenant);
  return ok(await h.client(buyer.token, tenant).post(`/v1/demands/${draft.id}/publish`));
}

/** Malformed bodies for fuzzing a POST route: wrong shapes, wrong types, hostile values. */
export function malformedBodies(valid: Record<string, unknown>): unknown[] {
  const out: unknown[] = [
    null,
    [],
    [valid],
    'text',
    42,
    true,
    {},
    { ...valid, unknownField: 1 },
    { __proto__: { admin: true } },
  ];
  const hostile: unknown[] = [
    null,
    42,
    -1,
    1.5,
    1e308,
    'x',
    '',
    'ｘ'.repeat(50_001),
    true,
    [],
    [null],
    {},
    { $gt: '' },
    'a\u0000b',
    "'; drop table listings; --",
  ];
  const keys = Object.keys(valid);
  // Each field gets hostile values in turn, varied by position, until there are a few dozen bodies.
  const perField = Math.max(2, Math.ceil(24 / Math.max(keys.length, 1)));
  keys.forEach((key, i) => {
    for (let j = 0; j < perField; j++)
      out.push({ ...valid, [key]: hostile[(i * 7 + j * 5 + 3) % hostile.length] });
  });
  out.push({ ...valid, [keys[0] ?? 'x']: 'a\u0000b' });
  out.push({ ...valid, [keys[0] ?? 'x']: 'ｘ'.repeat(100_000) });
  return out;
}
