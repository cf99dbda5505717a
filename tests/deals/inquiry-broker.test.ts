import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, inquiries, organizationMembers } from '../../schema/index';
import { Harness, type Json, type TestUser } from '../support/harness';
import { type Cast, cast, dealBody, ok } from './support';

// POST /v1/inquiries/{id}/broker: the seller organization's admins (or a tenant admin) put a
// technology broker on an inquiry; the broker then reads and answers the thread, and a deal
// opened from the inquiry carries the broker.

let h: Harness;
let c: Cast;
let sellerAdmin: TestUser;
let sellerMember: TestUser;

beforeAll(async () => {
  h = await Harness.start();
  c = await cast(h);
  sellerAdmin = await h.user(['seller'], { org: false });
  sellerMember = await h.user(['seller'], { org: false });
  await h.db.insert(organizationMembers).values([
    { organizationId: c.seller.orgId as string, userId: sellerAdmin.id, role: 'admin' },
    { organizationId: c.seller.orgId as string, userId: sellerMember.id, role: 'member' },
  ]);
});
afterAll(() => h.close());

async function newInquiry(): Promise<Json> {
  return ok(
    await c.as(c.buyer).post(`/v1/listings/${c.listingId}/inquiries`, {
      subject: '能否提供中试数据？',
      message: '我们想了解稳定性数据。',
    }),
    201,
  );
}

const brokerAudits = (id: string) =>
  h.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityId, id), eq(auditLog.action, 'inquiry.broker')));

async function snapshot(id: string) {
  const [row] = await h.db.select().from(inquiries).where(eq(inquiries.id, id));
  return { version: row?.version, broker: row?.brokerUserId, audits: (await brokerAudits(id)).length };
}

describe('assigning a broker to an inquiry', () => {
  it('the seller’s admin assigns; the broker reads and answers the thread; a deal opened from it carries the broker', async () => {
    const inq = await newInquiry();
    expect((await c.as(c.broker).get(`/v1/inquiries/${inq.id}`)).status).toBe(404);
    const assigned = ok(
      await c.as(sellerAdmin).post(`/v1/inquiries/${inq.id}/broker`, { brokerUserId: c.broker.id }),
    );
    expect(assigned.brokerUserId).toBe(c.broker.id);
    expect(assigned.messages).toHaveLength(1);
    expect(await brokerAudits(inq.id)).toHaveLength(1);

    const thread = ok(await c.as(c.broker).get(`/v1/inquiries/${inq.id}`));
    expect(thread.subject).toBe(inq.subject);
    const reply = ok(
      await c.as(c.broker).post(`/v1/inquiries/${inq.id}/messages`, { body: '我是本项目的技术经理人。' }),
      201,
    );
    expect(reply.side).toBe('broker');
    const listed = ok(await c.as(c.broker).get(`/v1/listings/${c.listingId}/inquiries`));
    expect(listed.items.map((i: Json) => i.id)).toContain(inq.id);

    const deal = ok(
      await c.as(c.buyer).post('/v1/deals', dealBody(c, { brokerUserId: undefined, inquiryId: inq.id })),
      201,
    );
    expect(deal.brokerUserId).toBe(c.broker.id);
    expect(deal.inquiryId).toBe(inq.id);
    expect(ok(await c.as(c.broker).get(`/v1/deals/${deal.id}`)).id).toBe(deal.id);
  });

  it('a tenant admin may (re)assign; assigning the same broker again changes nothing', async () => {
    const inq = await newInquiry();
    const other = await h.user(['broker'], { org: false });
    ok(await c.as(c.admin).post(`/v1/inquiries/${inq.id}/broker`, { brokerUserId: c.broker.id }));
    const moved = ok(await c.as(c.admin).post(`/v1/inquiries/${inq.id}/broker`, { brokerUserId: other.id }));
    expect(moved.brokerUserId).toBe(other.id);
    expect((await c.as(c.broker).get(`/v1/inquiries/${inq.id}`)).status).toBe(404);
    const before = await snapshot(inq.id);
    ok(await c.as(c.admin).post(`/v1/inquiries/${inq.id}/broker`, { brokerUserId: other.id }));
    expect(await snapshot(inq.id)).toEqual(before);
    expect(before.audits).toBe(2);
  });

  it('other participants get 403, outsiders and other tenants 404, and nothing is written', async () => {
    const inq = await newInquiry();
    const before = await snapshot(inq.id);
    const path = `/v1/inquiries/${inq.id}/broker`;
    const body = { brokerUserId: c.broker.id };
    for (const who of [c.buyer, sellerMember]) {
      const res = await c.as(who).post(path, body);
      expect(res.status).toBe(403);
      expect(res.contentType).toContain('application/problem+json');
    }
    expect((await c.as(c.outsider).post(path, body)).status).toBe(404);
    expect((await c.as(c.broker).post(path, body)).status).toBe(404);
    expect((await h.client().post(path, body)).status).toBe(401);
    const other = await h.createTenant();
    const foreignAdmin = await h.user(['tenant_admin'], { tenant: other, org: false });
    const foreign = await h.client(foreignAdmin.token, other.slug).post(path, body);
    expect(foreign.status).toBe(404);
    expect(foreign.contentType).toContain('application/problem+json');
    expect(await snapshot(inq.id)).toEqual(before);
  });

  it('a user who is not a broker of this tenant → 422; bad input → 422 problem+json; nothing written', async () => {
    const inq = await newInquiry();
    const other = await h.createTenant();
    const foreignBroker = await h.user(['broker'], { tenant: other, org: false });
    const before = await snapshot(inq.id);
    const path = `/v1/inquiries/${inq.id}/broker`;
    for (const brokerUserId of [c.outsider.id, c.seller.id, foreignBroker.id]) {
      const res = await c.as(sellerAdmin).post(path, { brokerUserId });
      expect(res.status, brokerUserId).toBe(422);
      expect(res.contentType).toContain('application/problem+json');
      expect(JSON.stringify(res.body)).toContain('brokerUserId');
    }
    for (const bad of [undefined, {}, { brokerUserId: 'nobody' }, { brokerUserId: c.broker.id, extra: 1 }]) {
      const res = await c.as(sellerAdmin).post(path, bad);
      expect(res.status, JSON.stringify(bad)).toBe(422);
      expect(res.contentType).toContain('application/problem+json');
    }
    const badId = await c
      .as(sellerAdmin)
      .post('/v1/inquiries/inq_nope/broker', { brokerUserId: c.broker.id });
    expect(badId.status).toBe(422);
    const unknown = await c
      .as(c.admin)
      .post('/v1/inquiries/inq_01JDQ4Z5V3K8T9M2N6P7R8S9TA/broker', { brokerUserId: c.broker.id });
    expect(unknown.status).toBe(404);
    expect(await snapshot(inq.id)).toEqual(before);
  });
});
