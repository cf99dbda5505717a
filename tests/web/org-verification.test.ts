import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Harness, type TestUser } from '../support/harness';
import { page } from './page';

// Verification in the site: the owner asks on the organization page, a tenant admin finds the
// request on /admin/organizations and decides on the organization page.

let h: Harness;
let owner: TestUser;
let buyer: TestUser;
let admin: TestUser;
const location = (res: { headers: Headers }) => res.headers.get('location') ?? '';
const state = async () =>
  (await h.client(owner.token).get(`/v1/organizations/${owner.orgId}`)).body.verification as string;

beforeAll(async () => {
  h = await Harness.start();
  owner = await h.user(['seller']);
  buyer = await h.user(['buyer']);
  admin = await h.user(['tenant_admin'], { org: false });
  await h.db.execute(sql`update organizations set verification = 'unverified' where id = ${owner.orgId}`);
});
afterAll(() => h.close());

describe('organization verification pages', () => {
  it('the owner asks from the organization page; a buyer sees no form and cannot post one', async () => {
    const asBuyer = await page(h, `/orgs/${owner.orgId}`, { token: buyer.token });
    expect(asBuyer.html).not.toContain('verification-request');
    const forged = await page(h, `/orgs/${owner.orgId}/verification-request`, {
      token: buyer.token,
      form: {},
    });
    expect(forged.status).toBe(403);
    expect(await state()).toBe('unverified');

    const asOwner = await page(h, `/orgs/${owner.orgId}`, { token: owner.token });
    expect(asOwner.html).toContain(`action="/orgs/${owner.orgId}/verification-request"`);
    const asked = await page(h, `/orgs/${owner.orgId}/verification-request`, {
      token: owner.token,
      form: { note: '统一社会信用代码 91370200MA3C123456' },
    });
    expect(asked.status, asked.html).toBe(303);
    expect(location(asked)).toBe(`/orgs/${owner.orgId}?saved=verification`);
    expect(await state()).toBe('pending');
    const again = await page(h, `/orgs/${owner.orgId}/verification-request`, {
      token: owner.token,
      form: {},
    });
    expect(again.status).toBe(409);
  });

  it('the admin finds it among the pending ones, rejects without a reason (refused), then verifies', async () => {
    const list = await page(h, '/admin/organizations', { token: admin.token });
    expect(list.status).toBe(200);
    expect(list.html).toContain(`href="/orgs/${owner.orgId}"`);
    expect((await page(h, '/admin/organizations', { token: buyer.token })).status).toBe(403);
    const verified = await page(h, '/admin/organizations?verification=verified', { token: admin.token });
    expect(verified.html).not.toContain(`href="/orgs/${owner.orgId}"`);

    const orgPage = await page(h, `/orgs/${owner.orgId}`, { token: admin.token });
    expect(orgPage.html).toContain('通过认证');
    const noReason = await page(h, `/orgs/${owner.orgId}/verification`, {
      token: admin.token,
      form: { decision: 'rejected', reason: '' },
    });
    expect(noReason.status).toBe(422);
    expect(await state()).toBe('pending');
    expect(
      (
        await page(h, `/orgs/${owner.orgId}/verification`, {
          token: owner.token,
          form: { decision: 'verified' },
        })
      ).status,
    ).toBe(403);
    const crossSite = await page(h, `/orgs/${owner.orgId}/verification`, {
      token: admin.token,
      form: { decision: 'verified' },
      origin: 'https://evil.example',
    });
    expect(crossSite.status).toBe(403);
    expect(await state()).toBe('pending');

    const done = await page(h, `/orgs/${owner.orgId}/verification`, {
      token: admin.token,
      form: { decision: 'verified' },
    });
    expect(done.status).toBe(303);
    expect(await state()).toBe('verified');
    const after = await page(h, location(done), { token: admin.token });
    expect(after.html).toContain('认证状态已更新');
    expect(after.html).toContain('已认证');
  });
});
