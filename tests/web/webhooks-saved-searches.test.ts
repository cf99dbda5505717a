import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { savedSearches, webhookDeliveries, webhookEndpoints } from '../../schema/index';
import { Harness, type TestUser } from '../support/harness';
import { type Receiver, startReceiver } from '../webhooks/support';
import { page } from './page';
import { type Market, seedMarket } from './seed';

// The tenant admin's webhooks page and the buyer's saved searches, through app.request.

let h: Harness;
let m: Market;
let rx: Receiver;
let foreignAdmin: TestUser;
beforeAll(async () => {
  h = await Harness.start();
  m = await seedMarket(h);
  rx = await startReceiver();
  const other = await h.createTenant();
  foreignAdmin = await h.user(['tenant_admin'], { tenant: other, org: false });
});
afterAll(async () => {
  await rx?.close();
  await h?.close();
});

const location = (res: { headers: Headers }) => res.headers.get('location') ?? '';
const secretOf = (html: string) =>
  html.match(/<code class="secret" id="new-secret"[^>]*>(whsec_[^<]+)<\/code>/)?.[1];

describe('/admin/webhooks', () => {
  it('only this tenant’s admins reach it; the admin nav links to it', async () => {
    expect(location(await page(h, '/admin/webhooks'))).toBe('/signin?next=%2Fadmin%2Fwebhooks');
    expect((await page(h, '/admin/webhooks', { token: m.buyer.token })).status).toBe(403);
    expect((await page(h, '/admin/webhooks', { token: foreignAdmin.token })).status).toBe(403);
    const form = { url: `${rx.url}/x` };
    expect((await page(h, '/admin/webhooks', { token: foreignAdmin.token, form })).status).toBe(403);
    expect(
      (await page(h, '/admin/webhooks', { token: m.admin.token, form, origin: 'https://evil.example' }))
        .status,
    ).toBe(403);
    expect(await h.db.select().from(webhookEndpoints)).toHaveLength(0);
    const res = await page(h, '/admin/webhooks', { token: m.admin.token });
    expect(res.status).toBe(200);
    expect(res.html).toContain('<h1>Webhook 推送</h1>');
    expect(res.html).toMatch(
      /<a class="admin-link" href="\/admin\/webhooks" aria-current="page">Webhook 推送<\/a>/,
    );
    expect(res.html).toContain('还没有 Webhook 地址。');
  });

  it('a bad URL shows the error inline and keeps the input; nothing is saved', async () => {
    const res = await page(h, '/admin/webhooks', {
      token: m.admin.token,
      form: {
        url: 'http://partner.example.com/hook',
        description: '合作平台',
        eventTypes: ['demand.published'],
      },
    });
    expect(res.status).toBe(422);
    expect(res.html).toContain('id="f-url-error"');
    expect(res.html).toContain('请填写 https 开头的公网地址');
    expect(res.html).toContain('value="http://partner.example.com/hook"');
    expect(res.html).toContain('value="合作平台"');
    expect(res.html).toMatch(/value="demand.published" checked/);
    expect(res.html).toContain('aria-invalid="true"');
    const empty = await page(h, '/admin/webhooks', { token: m.admin.token, form: { url: '' } });
    expect(empty.status).toBe(422);
    expect(empty.html).toContain('请填写此项');
    expect(await h.db.select().from(webhookEndpoints)).toHaveLength(0);
  });

  it('adds an endpoint and shows the secret once; the list shows it without the secret; test, disable, delete', async () => {
    const res = await page(h, '/admin/webhooks', {
      token: m.admin.token,
      form: { url: `${rx.url}/web`, description: '合作平台同步', eventTypes: ['listing.published'] },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toContain('no-store');
    expect(res.html).toContain('签名密钥只显示这一次');
    const secret = secretOf(res.html);
    expect(secret).toMatch(/^whsec_/);
    const [row] = await h.db.select().from(webhookEndpoints);
    expect(row?.secret).toBe(secret);

    const list = await page(h, '/admin/webhooks', { token: m.admin.token });
    expect(list.html).toContain(`${rx.url}/web`);
    expect(list.html).toContain('成果发布');
    expect(list.html).toContain('尚无推送');
    expect(list.html).not.toContain(secret!);

    const test = await page(h, `/admin/webhooks/${row!.id}/test`, { token: m.admin.token, form: {} });
    expect(test.status).toBe(303);
    const after = await page(h, location(test), { token: m.admin.token });
    expect(after.html).toContain('已送达（HTTP 200）。');
    expect(after.html).toContain('<span class="tag state">成功</span>');
    expect(rx.received.at(-1)?.path).toBe('/web');

    const disabled = await page(h, `/admin/webhooks/${row!.id}/disable`, { token: m.admin.token, form: {} });
    const disabledPage = await page(h, location(disabled), { token: m.admin.token });
    expect(disabledPage.html).toContain(`已停用 ${rx.url}/web，暂停推送。`);
    expect(disabledPage.html).toContain('<span class="tag">已停用</span>');

    const rotated = await page(h, `/admin/webhooks/${row!.id}/rotate`, { token: m.admin.token, form: {} });
    expect(rotated.html).toContain('已更换签名密钥');
    expect(secretOf(rotated.html)).not.toBe(secret);

    const deleted = await page(h, `/admin/webhooks/${row!.id}/delete`, { token: m.admin.token, form: {} });
    const deletedPage = await page(h, location(deleted), { token: m.admin.token });
    expect(deletedPage.html).toContain(`已删除 ${rx.url}/web`);
    expect(await h.db.select().from(webhookEndpoints)).toHaveLength(0);
  });

  it('the deliveries page lists attempts with a retry button that sends again', async () => {
    rx.statusFor.set('/flaky', 500);
    const created = await h.client(m.admin.token).post('/v1/webhooks', { url: `${rx.url}/flaky` });
    const id = created.body.id as string;
    await page(h, `/admin/webhooks/${id}/test`, { token: m.admin.token, form: {} });
    const [delivery] = await h.db
      .select()
      .from(webhookDeliveries)
      .where(eq(webhookDeliveries.endpointId, id));
    const failed = await page(h, `/admin/webhooks/${id}?sent=${delivery!.id}`, { token: m.admin.token });
    expect(failed.html).toContain('未送达：HTTP 500');
    expect(failed.html).toContain('已放弃');
    expect(failed.html).toContain(`/admin/webhooks/${id}/deliveries/${delivery!.id}/retry`);
    rx.statusFor.delete('/flaky');
    const retried = await page(h, `/admin/webhooks/${id}/deliveries/${delivery!.id}/retry`, {
      token: m.admin.token,
      form: {},
    });
    expect(retried.status).toBe(303);
    const ok = await page(h, location(retried).split('#')[0]!, { token: m.admin.token });
    expect(ok.html).toContain('已送达（HTTP 200）。');
    expect((await page(h, `/admin/webhooks/${id}`, { token: foreignAdmin.token })).status).toBe(403);
  });

  it('renders in English', async () => {
    const res = await page(h, '/admin/webhooks', { token: m.admin.token, lang: 'en' });
    expect(res.html).toContain('<h1>Webhooks</h1>');
    expect(res.html).toContain('Add an endpoint');
  });
});

describe('saved searches on the browse page and the dashboard', () => {
  it('signed out, the browse page offers to sign in to save the search', async () => {
    const res = await page(h, '/listings?q=%E9%92%99%E9%92%9B%E7%9F%BF&sector=new-energy');
    expect(res.html).toContain('登录后可保存此搜索');
    expect(res.html).toContain(
      `/signin?next=${encodeURIComponent(`/listings?q=${encodeURIComponent('钙钛矿')}&sector=new-energy`)}`,
    );
  });

  it('a buyer saves the current filters, sees them on the dashboard, mutes and deletes them', async () => {
    const browse = await page(h, '/listings?q=%E9%92%99%E9%92%9B%E7%9F%BF&sector=new-energy&trlMin=3', {
      token: m.buyer.token,
    });
    expect(browse.html).toContain('保存搜索');
    expect(browse.html).toContain(
      'name="query" value="q=%E9%92%99%E9%92%9B%E7%9F%BF&amp;sector=new-energy&amp;trlMin=3"',
    );
    expect(browse.html).toContain('value="钙钛矿 · 新能源"');

    const saved = await page(h, '/saved-searches', {
      token: m.buyer.token,
      form: {
        query: 'q=%E9%92%99%E9%92%9B%E7%9F%BF&sector=new-energy&trlMin=3',
        name: '钙钛矿 · 新能源',
        notify: 'on',
      },
    });
    expect(saved.status).toBe(303);
    const [row] = await h.db.select().from(savedSearches).where(eq(savedSearches.userId, m.buyer.id));
    expect(row).toMatchObject({
      name: '钙钛矿 · 新能源',
      notify: true,
      filters: { q: '钙钛矿', sector: 'new-energy', trlMin: 3 },
    });
    expect(location(saved)).toBe(
      `/listings?q=${encodeURIComponent('钙钛矿')}&sector=new-energy&trlMin=3&saved=${row!.id}#h-save-search`,
    );
    const back = await page(h, location(saved).split('#')[0]!, { token: m.buyer.token });
    expect(back.html).toContain('已保存搜索“钙钛矿 · 新能源”。');
    // Someone else's id in the URL names nothing.
    const spoof = await page(h, `/listings?saved=${row!.id}`, { token: m.seller.token });
    expect(spoof.html).not.toContain('已保存搜索');

    const dash = await page(h, '/dashboard', { token: m.buyer.token });
    expect(dash.html).toContain('<h2 id="h-saved-searches">保存的搜索</h2>');
    expect(dash.html).toContain(
      `href="/listings?q=${encodeURIComponent('钙钛矿')}&amp;sector=new-energy&amp;trlMin=3"`,
    );
    expect(dash.html).toContain('邮件提醒：开');

    const muted = await page(h, `/saved-searches/${row!.id}/notify`, {
      token: m.buyer.token,
      form: { notify: 'off' },
    });
    expect(muted.status).toBe(303);
    expect((await page(h, '/dashboard', { token: m.buyer.token })).html).toContain('邮件提醒：关');

    // Another user can neither mute nor delete it.
    expect(
      (await page(h, `/saved-searches/${row!.id}/delete`, { token: m.seller.token, form: {} })).status,
    ).toBe(404);
    expect(
      (await page(h, `/saved-searches/${row!.id}/delete`, { token: m.buyer.token, form: {} })).status,
    ).toBe(303);
    expect(await h.db.select().from(savedSearches).where(eq(savedSearches.userId, m.buyer.id))).toHaveLength(
      0,
    );
    expect((await page(h, '/dashboard', { token: m.buyer.token })).html).toContain('还没有保存的搜索');
  });

  it('a seller without saved searches sees no section; a cross-site post saves nothing', async () => {
    expect((await page(h, '/dashboard', { token: m.seller.token })).html).not.toContain('h-saved-searches');
    const evil = await page(h, '/saved-searches', {
      token: m.buyer.token,
      form: { query: 'q=x', name: 'x' },
      origin: 'https://evil.example',
    });
    expect(evil.status).toBe(403);
    expect(await h.db.select().from(savedSearches)).toHaveLength(0);
  });
});
