import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Harness, type TestUser } from '../support/harness';
import { page } from './page';

// The organization profile page: its owner (or a tenant admin) edits it through the same
// service as PATCH /v1/organizations/{id}; everyone else sees no link and gets the 403 page.

let h: Harness;
let owner: TestUser;
let buyer: TestUser;
let admin: TestUser;
let foreign: TestUser;
const location = (res: { headers: Headers }) => res.headers.get('location') ?? '';
const org = async () => (await h.client(owner.token).get(`/v1/organizations/${owner.orgId}`)).body;

const form = (o: Record<string, string> = {}) => ({
  type: 'university',
  nameZh: '海滨理工大学技术转移中心',
  nameEn: 'Haibin Tech Transfer Centre',
  region: '山东省青岛市',
  website: 'https://ttc.example.edu.cn',
  descriptionZh: '负责学校科技成果的转移转化。',
  descriptionEn: '',
  ...o,
});

beforeAll(async () => {
  h = await Harness.start();
  owner = await h.user(['seller']);
  buyer = await h.user(['buyer']);
  admin = await h.user(['tenant_admin'], { org: false });
  foreign = await h.user(['tenant_admin'], { tenant: await h.createTenant(), org: false });
});
afterAll(() => h.close());

describe('/orgs/:id/edit', () => {
  it('the owner sees the edit link, saves the profile and lands on the page with a notice', async () => {
    const profile = await page(h, `/orgs/${owner.orgId}`, { token: owner.token });
    expect(profile.html).toContain(`href="/orgs/${owner.orgId}/edit"`);
    const edit = await page(h, `/orgs/${owner.orgId}/edit`, { token: owner.token });
    expect(edit.status).toBe(200);
    const { version } = await org();
    expect(edit.html).toContain(`name="version" value="${version}"`);
    const saved = await page(h, `/orgs/${owner.orgId}/edit`, {
      token: owner.token,
      form: { ...form(), version: String(version) },
    });
    expect(saved.status, saved.html).toBe(303);
    expect(location(saved)).toBe(`/orgs/${owner.orgId}?saved=1`);
    expect(await org()).toMatchObject({
      type: 'university',
      nameZh: '海滨理工大学技术转移中心',
      website: 'https://ttc.example.edu.cn',
      descriptionEn: null,
      version: version + 1,
    });
    const after = await page(h, location(saved), { token: owner.token });
    expect(after.html).toContain('机构资料已保存');
    expect(after.html).toContain('海滨理工大学技术转移中心');
  });

  it('bad input comes back inline with what was typed, and nothing is saved', async () => {
    const before = await org();
    const res = await page(h, `/orgs/${owner.orgId}/edit`, {
      token: owner.token,
      form: {
        ...form({ nameZh: '海', website: 'not a url', region: '浙江省杭州市' }),
        version: String(before.version),
      },
    });
    expect(res.status).toBe(422);
    expect(res.html).toContain('id="f-nameZh-error"');
    expect(res.html).toContain('id="f-website-error"');
    expect(res.html).toContain('value="浙江省杭州市"');
    expect(await org()).toEqual(before);
  });

  it('a stale form (someone saved in between) is refused inline, and nothing is saved', async () => {
    const before = await org();
    const res = await page(h, `/orgs/${owner.orgId}/edit`, {
      token: owner.token,
      form: { ...form({ region: '江苏省苏州市' }), version: String(before.version - 1) },
    });
    expect(res.status).toBe(422);
    expect(res.html).toContain('该内容已被他人修改');
    expect(await org()).toEqual(before);
  });

  it('a tenant admin may edit; a buyer, another tenant’s admin and a cross-site post may not', async () => {
    expect((await page(h, `/orgs/${owner.orgId}/edit`, { token: admin.token })).status).toBe(200);
    const buyerPage = await page(h, `/orgs/${owner.orgId}`, { token: buyer.token });
    expect(buyerPage.html).not.toContain('/edit"');
    expect((await page(h, `/orgs/${owner.orgId}/edit`, { token: buyer.token })).status).toBe(403);
    const before = await org();
    const attempts = [
      page(h, `/orgs/${owner.orgId}/edit`, { token: buyer.token, form: form({ nameZh: '被篡改的名称' }) }),
      page(h, `/orgs/${owner.orgId}/edit`, { token: foreign.token, form: form({ nameZh: '被篡改的名称' }) }),
      page(h, `/orgs/${owner.orgId}/edit`, {
        token: owner.token,
        form: form({ nameZh: '被篡改的名称' }),
        origin: 'https://evil.example',
      }),
    ];
    const [asBuyer, asForeign, crossSite] = await Promise.all(attempts);
    expect(asBuyer?.status).toBe(403);
    // On this storefront another tenant's admin holds no role: the 403 page, as for the buyer.
    expect(asForeign?.status).toBe(403);
    expect(crossSite?.status).toBe(403);
    expect(await org()).toEqual(before);
  });

  it('signed out, the edit page sends the reader to sign in and back', async () => {
    const res = await page(h, `/orgs/${owner.orgId}/edit`);
    expect(res.status).toBe(303);
    expect(location(res)).toBe(`/signin?next=${encodeURIComponent(`/orgs/${owner.orgId}/edit`)}`);
  });
});
