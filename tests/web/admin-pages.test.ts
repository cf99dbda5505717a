import { mkdir, writeFile } from 'node:fs/promises';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiKeys, tenants } from '../../schema/index';
import { Harness, type TestUser } from '../support/harness';
import { page } from './page';
import { type Market, seedMarket } from './seed';

// The tenant admin's pages (members, keys, branding) and the platform admin's storefronts.

let h: Harness;
let m: Market;
let foreignAdmin: TestUser;
let platform: TestUser;
beforeAll(async () => {
  h = await Harness.start();
  m = await seedMarket(h);
  const other = await h.createTenant();
  foreignAdmin = await h.user(['tenant_admin'], { tenant: other, org: false });
  platform = await h.user([], { org: false, platformAdmin: true });
});
afterAll(() => h.close());

const ADMIN_PAGES = ['/admin/members', '/admin/keys', '/admin/branding'];
const location = (res: { headers: Headers }) => res.headers.get('location') ?? '';
const tenantRow = async () => (await h.db.select().from(tenants).where(eq(tenants.id, h.tenant.id)))[0];

describe('only this tenant’s admins reach the admin pages', () => {
  it('signed out, each page sends the reader to sign in and back', async () => {
    for (const path of [...ADMIN_PAGES, '/admin/tenants']) {
      const res = await page(h, path);
      expect(res.status, path).toBe(303);
      expect(location(res), path).toBe(`/signin?next=${encodeURIComponent(path)}`);
    }
  });

  it('a seller gets the 403 page; a tenant admin gets no storefronts page', async () => {
    for (const path of ADMIN_PAGES) {
      const res = await page(h, path, { token: m.seller.token });
      expect(res.status, path).toBe(403);
      expect(res.html, path).toContain('您没有权限执行此操作');
    }
    expect((await page(h, '/admin/tenants', { token: m.admin.token })).status).toBe(403);
  });

  it("another tenant's admin can neither see nor change anything here", async () => {
    const person = await h.user(['buyer']);
    for (const path of ADMIN_PAGES)
      expect((await page(h, path, { token: foreignAdmin.token })).status, path).toBe(403);
    const token = foreignAdmin.token;
    const roles = await page(h, `/admin/members/${person.id}`, { token, form: { roles: ['tenant_admin'] } });
    expect(roles.status).toBe(403);
    expect((await h.client(person.token).get('/v1/me')).body.roles).toEqual(['buyer']);
    const brand = await page(h, '/admin/branding', { token, form: { nameZh: '被劫持', nameEn: 'Hijacked' } });
    expect(brand.status).toBe(403);
    expect((await tenantRow())?.nameZh).not.toBe('被劫持');
    expect((await page(h, '/admin/keys', { token, form: { name: 'x', kind: 'secret' } })).status).toBe(403);
    expect(await h.db.select().from(apiKeys).where(eq(apiKeys.name, 'x'))).toHaveLength(0);
  });

  it('rejects admin form posts from another origin, changing nothing', async () => {
    const person = await h.user(['buyer']);
    const evil = { token: m.admin.token, origin: 'https://evil.example' };
    const posts: [string, Record<string, string | string[]>][] = [
      [`/admin/members/${person.id}`, { roles: ['tenant_admin'] }],
      ['/admin/keys', { name: 'csrf', kind: 'secret' }],
      ['/admin/branding', { nameZh: '跨站', nameEn: 'Cross site', syndicationMode: 'own' }],
      ['/admin/tenants', { slug: 'csrf-shop', nameZh: '跨站', nameEn: 'Cross' }],
    ];
    for (const [path, form] of posts) expect((await page(h, path, { ...evil, form })).status, path).toBe(403);
    expect((await h.client(person.token).get('/v1/me')).body.roles).toEqual(['buyer']);
    expect((await tenantRow())?.nameZh).not.toBe('跨站');
  });
});

describe('members and roles', () => {
  it('a tenant admin grants the expert role with the member’s form; the user then has it', async () => {
    const person = await h.user(['buyer']);
    const list = await page(h, '/admin/members', { token: m.admin.token });
    expect(list.status).toBe(200);
    expect(list.html).toContain(`action="/admin/members/${person.id}"`);
    expect(list.html).toContain('评审专家');
    const res = await page(h, `/admin/members/${person.id}`, {
      token: m.admin.token,
      form: { roles: ['buyer', 'expert'] },
    });
    expect(res.status).toBe(303);
    expect((await h.client(person.token).get('/v1/me')).body.roles).toEqual(['buyer', 'expert']);
    const after = await page(h, location(res), { token: m.admin.token });
    expect(after.html).toContain('已更新 User buyer 的角色');
    expect(after.html).toMatch(new RegExp(`id="m-${person.id}"[\\s\\S]*?value="expert" checked`));
  });

  it('an unknown role keeps the ticked boxes and says what is wrong; no change is made', async () => {
    const person = await h.user(['buyer']);
    const res = await page(h, `/admin/members/${person.id}`, {
      token: m.admin.token,
      form: { roles: ['broker', 'wizard'] },
    });
    expect(res.status).toBe(422);
    expect(res.html).toContain('请从列表中选择');
    expect(res.html).toMatch(new RegExp(`id="m-${person.id}"[\\s\\S]*?value="broker" checked`));
    expect((await h.client(person.token).get('/v1/me')).body.roles).toEqual(['buyer']);
  });

  it('an admin cannot remove their own admin role from the page', async () => {
    const admin = await h.user(['tenant_admin'], { org: false });
    const res = await page(h, `/admin/members/${admin.id}`, {
      token: admin.token,
      form: { roles: ['buyer'] },
    });
    expect(res.status).toBe(422);
    expect(res.html).toContain('不能移除您本人的平台管理员角色');
  });
});

describe('API keys', () => {
  it('creates a secret key shown once with a warning, lists it without the secret, then revokes it', async () => {
    const res = await page(h, '/admin/keys', {
      token: m.admin.token,
      form: { name: 'ERP 同步', kind: 'secret', scopes: ['admin'] },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const secret = res.html.match(/<code class="secret" id="new-key"[^>]*>(tm_sk_[^<]+)<\/code>/)?.[1] ?? '';
    expect(secret).toMatch(/^tm_sk_/);
    expect(res.html).toContain('完整密钥只显示这一次');
    expect((await h.client(secret).get('/v1/listings?status=submitted')).status).toBe(200);

    const list = await page(h, '/admin/keys', { token: m.admin.token });
    expect(list.html).toContain('ERP 同步');
    expect(list.html).not.toContain(secret);
    const id = list.html.match(/action="\/admin\/keys\/([^/"]+)\/revoke"/)?.[1] ?? '';
    const revoked = await page(h, `/admin/keys/${id}/revoke`, { token: m.admin.token, form: {} });
    expect(revoked.status).toBe(303);
    const after = await page(h, location(revoked), { token: m.admin.token });
    expect(after.html).toContain('已吊销密钥：ERP 同步');
    expect((await h.client(secret).get('/v1/listings')).status).toBe(401);
  });

  it('a missing name keeps the chosen kind and shows the error inline', async () => {
    const res = await page(h, '/admin/keys', {
      token: m.admin.token,
      form: { name: '', kind: 'secret', scopes: ['write'] },
    });
    expect(res.status).toBe(422);
    expect(res.html).toContain('role="alert"');
    expect(res.html).toContain('id="f-name-error"');
    expect(res.html).toContain('请填写此项');
    expect(res.html).toMatch(/value="secret" checked/);
    expect(res.html).toMatch(/value="write" checked/);
  });
});

describe('branding and syndication', () => {
  it('changing the colours changes the header colour of the storefront', async () => {
    const res = await page(h, '/admin/branding', {
      token: m.admin.token,
      form: {
        nameZh: '蓝谷科技大市场',
        nameEn: 'Blue Valley Tech Market',
        primaryColor: '#1d5e3a',
        accentColor: '#c0392b',
        taglineZh: '海洋科技成果转化平台',
        syndicationMode: 'sectors',
        sectors: ['marine', 'new-energy'],
        allowedOrigins: 'https://www.partner.example/news/\nhttp://localhost:5173',
        intent: 'save',
      },
    });
    expect(res.status, res.html.slice(0, 400)).toBe(303);
    const home = await page(h, '/');
    expect(home.html).toMatch(/<style nonce="[^"]+">:root\{--brand:#1d5e3a;--accent:#c0392b\}<\/style>/);
    expect(home.html).toContain('蓝谷科技大市场');
    const row = await tenantRow();
    expect(row?.syndication).toEqual({ mode: 'sectors', sectors: ['marine', 'new-energy'] });
    expect(row?.allowedOrigins).toEqual(['https://www.partner.example', 'http://localhost:5173']);
    const again = await page(h, location(res), { token: m.admin.token });
    expect(again.html).toContain('已保存品牌与共享设置');
    expect(again.html).toContain('value="#1d5e3a"');
    expect(again.html).toContain(`data-tenant=&quot;${h.tenant.slug}&quot;`);
  });

  it('preview renders the proposed colours without saving them', async () => {
    const before = await tenantRow();
    const res = await page(h, '/admin/branding', {
      token: m.admin.token,
      form: {
        nameZh: '预览平台',
        nameEn: 'Preview',
        primaryColor: '#abcdef',
        accentColor: '#123456',
        syndicationMode: 'all',
        intent: 'preview',
      },
    });
    expect(res.status).toBe(200);
    expect(res.html).toMatch(/<style nonce="[^"]+">\.brand-preview\{--p:#abcdef;--a:#123456\}<\/style>/);
    expect(res.html).toContain('尚未保存');
    expect((await tenantRow())?.branding).toEqual(before?.branding);
  });

  it('bad input keeps what was typed, with an inline message for each field', async () => {
    const res = await page(h, '/admin/branding', {
      token: m.admin.token,
      form: {
        nameZh: '蓝',
        nameEn: 'Blue Valley',
        primaryColor: 'blue',
        accentColor: '#c0392b',
        logoUrl: 'not a url',
        syndicationMode: 'sectors',
        allowedOrigins: 'ftp://files.example',
        intent: 'save',
      },
    });
    expect(res.status).toBe(422);
    expect(res.html).toContain('至少需要 2 个字符');
    expect(res.html).toContain('请输入 #RRGGBB 格式的颜色');
    expect(res.html).toContain('请输入有效的网址');
    expect(res.html).toContain('请至少选择 1 个领域');
    expect(res.html).toContain('请输入以 http:// 或 https:// 开头的网站来源');
    expect(res.html).toContain('value="blue"');
    expect(res.html).toContain('value="not a url"');
    expect(res.html).toContain('ftp://files.example</textarea>');
    expect(res.html).toMatch(/value="sectors" checked/);
    expect((await tenantRow())?.nameZh).not.toBe('蓝');
  });
});

describe('the platform admin opens storefronts', () => {
  const form = {
    slug: 'ocean-hub',
    nameZh: '海洋科技分中心',
    nameEn: 'Ocean sub-centre',
    domains: 'ocean.example.cn',
    defaultLocale: 'zh',
    syndicationMode: 'sectors',
    sectors: ['marine'],
  };

  it('opens a storefront with the form; it serves its own host at once', async () => {
    const res = await page(h, '/admin/tenants', { token: platform.token, form });
    expect(res.status, res.html.slice(0, 400)).toBe(303);
    const list = await page(h, location(res), { token: platform.token });
    expect(list.html).toContain('已开设合作平台：海洋科技分中心');
    expect(list.html).toContain('ocean.example.cn');
    const served = await page(h, '/', { headers: { host: 'ocean.example.cn', 'x-tenant': '' } });
    expect(served.html).toContain('海洋科技分中心');
  });

  it('a taken or malformed slug keeps the input and explains', async () => {
    const taken = await page(h, '/admin/tenants', { token: platform.token, form });
    expect(taken.status).toBe(422);
    expect(taken.html).toContain('该标识已被使用');
    expect(taken.html).toContain('value="海洋科技分中心"');
    const bad = await page(h, '/admin/tenants', {
      token: platform.token,
      form: { ...form, slug: 'Bad Slug!', domains: 'not a host/' },
    });
    expect(bad.status).toBe(422);
    expect(bad.html).toContain('只能包含小写字母、数字和连字符');
    expect(bad.html).toContain('请输入有效的域名');
    expect(bad.html).toContain('value="Bad Slug!"');
  });
});

describe('navigation and weight', () => {
  it('the dashboard and the review page link to every admin page', async () => {
    for (const path of ['/dashboard', '/admin/review']) {
      const html = (await page(h, path, { token: m.admin.token })).html;
      for (const href of ['/admin/review', ...ADMIN_PAGES])
        expect(html, `${path} → ${href}`).toContain(`href="${href}"`);
      expect(html).not.toContain('href="/admin/tenants"');
    }
    expect((await page(h, '/dashboard', { token: platform.token })).html).toContain('href="/admin/tenants"');
  });

  it('each admin page stays under 100 KB of HTML and CSS', async () => {
    const css = Buffer.byteLength((await page(h, '/app.css')).html);
    const weights: Record<string, { html: number; css: number; total: number }> = {};
    const paths: [string, string][] = [
      ...ADMIN_PAGES.map((p) => [p, m.admin.token] as [string, string]),
      ['/admin/tenants', platform.token],
    ];
    for (const [path, token] of paths) {
      const html = Buffer.byteLength((await page(h, path, { token })).html);
      weights[path] = { html, css, total: html + css };
      expect(html + css, path).toBeLessThan(100 * 1024);
    }
    const embed = Buffer.byteLength((await page(h, `/embed/listings?tenant=${h.tenant.slug}`)).html);
    const script = Buffer.byteLength((await page(h, '/embed.js')).html);
    weights['/embed/listings'] = { html: embed, css: 0, total: embed + script };
    weights['/embed.js'] = { html: 0, css: 0, total: script };
    await mkdir('test-output', { recursive: true });
    await writeFile('test-output/page-weights-admin.json', `${JSON.stringify(weights, null, 2)}\n`);
  });
});
