import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_PASSWORD } from '../support/harness';
import { openSite, type Site, skipReason } from './browser';

const reason = skipReason();
if (reason) console.warn(reason);

/** A partner's own web page, on another loopback port (another origin), that includes embed.js. */
async function partnerSite(market: string, slug: string): Promise<{ url: string; server: Server }> {
  const html = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>蓝谷海洋产业园</title>
<style>body{font-family:"Noto Sans CJK SC",sans-serif;max-width:44rem;margin:2rem auto;padding:0 1rem;color:#222}
header{border-bottom:3px solid #1d5e3a;margin-bottom:1rem}</style></head>
<body><header><h1>蓝谷海洋产业园 · 合作伙伴</h1></header>
<p>以下海洋领域科技成果由科技成果交易大市场实时提供：</p>
<script src="${market}/embed.js" data-tenant="${slug}" data-sector="marine" data-lang="zh"></script>
<footer><p>© 蓝谷海洋产业园</p></footer></body></html>`;
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

describe.skipIf(reason !== null)('tenant admin pages and partner embeds in chromium', () => {
  let s: Site;
  let partner: { url: string; server: Server };
  let stranger: { url: string; server: Server };
  beforeAll(async () => {
    s = await openSite();
    partner = await partnerSite(s.url, s.h.tenant.slug);
    stranger = await partnerSite(s.url, s.h.tenant.slug);
  });
  afterAll(async () => {
    for (const site of [partner, stranger]) await new Promise((resolve) => site?.server.close(resolve));
    await s?.close();
  });

  it('a tenant admin grants a member the expert role', async () => {
    const { page, url, market } = s;
    await s.signIn(market.admin.email, TEST_PASSWORD);
    await page.goto(`${url}/dashboard`);
    await page.getByRole('navigation', { name: '管理' }).getByRole('link', { name: '成员与角色' }).click();
    await page.waitForURL(`${url}/admin/members`);
    const card = page.locator(`#m-${market.buyer.id}`);
    await card.getByRole('checkbox', { name: '评审专家' }).check();
    await card.getByRole('button', { name: /保存角色/ }).click();
    await page.waitForURL(/\/admin\/members\?done=/);
    await expect.poll(() => page.getByRole('status').textContent()).toContain('已更新');
    expect(
      await page.locator(`#m-${market.buyer.id}`).getByRole('checkbox', { name: '评审专家' }).isChecked(),
    ).toBe(true);
    expect((await s.h.client(market.buyer.token).get('/v1/me')).body.roles).toContain('expert');
    await s.shot('14-admin-members');
  });

  it('creates a secret key, sees it once, then revokes it', async () => {
    const { page, url } = s;
    await page.goto(`${url}/admin/keys`);
    await page.getByLabel('密钥名称').fill('ERP 同步');
    await page.getByRole('radio', { name: /服务器端密钥/ }).check();
    await page.getByRole('button', { name: '创建密钥' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('密钥已创建');
    expect(await page.locator('code.secret').textContent()).toMatch(/^tm_sk_/);
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('只显示这一次');
    await s.shot('15-admin-key-created');
    await page.getByRole('link', { name: '返回密钥列表' }).click();
    await page.getByRole('button', { name: '吊销密钥 ERP 同步' }).click();
    await page.waitForURL(/\/admin\/keys\?revoked=/);
    await expect.poll(() => page.getByRole('status').textContent()).toContain('已吊销密钥：ERP 同步');
    await s.shot('16-admin-keys');
  });

  it('rebrands the storefront and allows the partner site to embed it', async () => {
    const { page, url } = s;
    await page.goto(`${url}/admin/branding`);
    await page.getByLabel('平台名称（中文）').fill('蓝谷科技大市场');
    await page.getByLabel('主色').fill('#1d5e3a');
    await page.getByRole('button', { name: '预览' }).click();
    await expect
      .poll(() => page.locator('.bp-bar').evaluate((e) => getComputedStyle(e).backgroundColor))
      .toBe('rgb(29, 94, 58)');
    expect(await page.locator('.site-header').evaluate((e) => getComputedStyle(e).backgroundColor)).toBe(
      'rgb(11, 79, 156)',
    );
    await page.getByLabel('允许嵌入的网站').fill(partner.url);
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(/\/admin\/branding\?saved=1/);
    await expect
      .poll(() => page.locator('.site-header').evaluate((e) => getComputedStyle(e).backgroundColor))
      .toBe('rgb(29, 94, 58)');
    expect(await page.locator('.site-header .brand').textContent()).toContain('蓝谷科技大市场');
    await s.shot('17-admin-branding');
    await s.signOut();
  });

  it('the platform admin opens a storefront', async () => {
    const { page, url, h } = s;
    const root = await h.user([], { org: false, platformAdmin: true });
    await s.signIn(root.email, TEST_PASSWORD);
    await page.goto(`${url}/admin/tenants`);
    await page.getByLabel('标识').fill('ocean-hub');
    await page.getByLabel('平台名称（中文）').fill('海洋科技分中心');
    await page.getByLabel('平台名称（英文）').fill('Ocean sub-centre');
    await page.getByRole('radio', { name: '只展示所选领域的总平台成果' }).check();
    await page.getByRole('checkbox', { name: '现代海洋' }).check();
    await page.getByRole('button', { name: '开设' }).click();
    await page.waitForURL(/\/admin\/tenants\?created=ocean-hub/);
    await expect.poll(() => page.getByRole('status').textContent()).toContain('海洋科技分中心');
    await s.shot('18-admin-tenants');
    await s.signOut();
  });

  it('a partner page on another origin shows the tenant’s listings in a self-sizing iframe', async () => {
    const { page } = s;
    await page.goto(partner.url);
    const frame = page.frameLocator('iframe');
    await expect.poll(() => frame.locator('li a').allTextContents()).toEqual(['深远海养殖网箱智能监测系统']);
    expect(await frame.locator('.bar').evaluate((e) => getComputedStyle(e).backgroundColor)).toBe(
      'rgb(29, 94, 58)',
    );
    expect(await frame.locator('.bar strong').textContent()).toBe('蓝谷科技大市场');
    // The iframe takes the height of its content (reported with postMessage), not the default 360px.
    const inner = page.frames().find((f) => f.url().includes('/embed/listings'));
    const contentHeight = await inner?.evaluate(() =>
      Math.ceil(document.documentElement.getBoundingClientRect().height),
    );
    await expect
      .poll(() => page.locator('iframe').evaluate((e) => Math.round(e.getBoundingClientRect().height)))
      .toBe(contentHeight);
    expect(contentHeight).not.toBe(360);
    await s.shot('19-embed-partner-page');
  });

  it('a site that is not in the allowed origins cannot frame the list', async () => {
    const { page } = s;
    const answered = page.waitForResponse((r) => r.url().includes('/embed/listings'));
    await page.goto(stranger.url);
    // The server answers; chromium refuses to show it (frame-ancestors) and shows its error page.
    expect((await answered).status()).toBe(200);
    const inner = () => page.frames().find((f) => f !== page.mainFrame());
    await expect.poll(() => inner()?.url()).toMatch(/^chrome-error:/);
    expect(await page.locator('body').textContent()).not.toContain('深远海养殖网箱智能监测系统');
    await s.shot('20-embed-blocked');
  });
});
