import { mkdir, writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Harness, listingInput, TEST_PASSWORD } from '../support/harness';
import { page } from './page';
import { brandTenant, type Market, seedMarket } from './seed';

let h: Harness;
let m: Market;
beforeAll(async () => {
  h = await Harness.start();
  m = await seedMarket(h);
});
afterAll(() => h.close());

describe('pages render in Chinese first, English on request', () => {
  it('the home page is Chinese by default, with live numbers, listings, sectors and demands', async () => {
    const res = await page(h, '/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(res.html).toMatch(/^<!DOCTYPE html><html lang="zh-CN">/);
    expect(res.html).toContain('征集成果');
    expect(res.html).toContain('高效钙钛矿太阳能电池制备技术');
    expect(res.html).toContain('现代海洋');
    expect(res.html).toContain('高盐废水零排放处理技术需求');
    expect(res.html).toContain('<main id="main"');
    expect(res.html).toContain('href="#main"');
  });

  it('?lang=en switches to English and remembers the choice in a cookie', async () => {
    const res = await page(h, '/?lang=en');
    expect(res.html).toContain('<html lang="en">');
    expect(res.html).toContain('Achievements collected');
    expect(res.html).toContain('High-efficiency perovskite solar cell fabrication');
    expect(res.headers.get('set-cookie')).toMatch(/lang=en;.*HttpOnly/i);
    const again = await page(h, '/listings', { lang: 'en' });
    expect(again.html).toContain('<html lang="en">');
  });

  it('Accept-Language decides when the reader made no choice; the choice wins over it', async () => {
    expect((await page(h, '/', { acceptLanguage: 'en-US,en;q=0.9' })).html).toContain('<html lang="en">');
    expect((await page(h, '/', { acceptLanguage: 'en-US,en;q=0.9', lang: 'zh' })).html).toContain(
      '<html lang="zh-CN">',
    );
  });

  it('the listing page shows TRL, IP, modes, the price in 万元 and sign-in links for the deal buttons', async () => {
    const res = await page(h, `/listings/${m.listings.perovskite}`);
    expect(res.status).toBe(200);
    expect(res.html).toContain('100–300 万元');
    expect(res.html).toContain('TRL 5 / 9');
    expect(res.html).toContain('发明专利');
    expect(res.html).toContain('技术转让、独占许可');
    expect(res.html).toContain(`href="/signin?next=%2Flistings%2F${m.listings.perovskite}">咨询洽谈</a>`);
    expect(res.html).not.toContain('关键配方'); // the confidential part stays hidden
    const en = await page(h, `/listings/${m.listings.perovskite}?lang=en`);
    expect(en.html).toContain('CN¥1M–CN¥3M');
  });

  it('the seller sees the confidential part of their own listing', async () => {
    const res = await page(h, `/listings/${m.listings.perovskite}`, { token: m.seller.token });
    expect(res.html).toContain('关键配方');
  });

  it('demand board, demand page, organization page and statistics render', async () => {
    expect((await page(h, '/demands')).html).toContain('高盐废水零排放处理技术需求');
    const demand = await page(h, `/demands/${m.demand}`);
    expect(demand.html).toContain('50–200 万元');
    const org = await page(h, `/orgs/${m.seller.orgId}`);
    expect(org.status).toBe(200);
    expect(org.html).toContain('协作机器人柔顺控制算法');
    const stats = await page(h, '/stats');
    expect(stats.html).toContain('<svg class="chart"');
    expect(stats.html).toContain('各领域已发布成果');
  });
});

describe('browse and search work without JavaScript', () => {
  it('filters by sector', async () => {
    const res = await page(h, '/listings?sector=marine');
    expect(res.html).toContain('深远海养殖网箱智能监测系统');
    expect(res.html).not.toContain('高效钙钛矿太阳能电池制备技术');
    expect(res.html).toMatch(/value="marine" checked/);
  });

  it('filters by TRL range, mode and IP type', async () => {
    const trl = await page(h, '/listings?trlMin=6&trlMax=9');
    expect(trl.html).toContain('深远海养殖网箱智能监测系统');
    expect(trl.html).not.toContain('协作机器人柔顺控制算法');
    expect((await page(h, '/listings?mode=equity')).html).toContain('协作机器人柔顺控制算法');
    expect((await page(h, '/listings?ipType=utility_model')).html).not.toContain(
      '高效钙钛矿太阳能电池制备技术',
    );
  });

  it('finds a Chinese keyword and ignores nonsense filters', async () => {
    const res = await page(h, `/listings?q=${encodeURIComponent('钙钛矿')}&sector=bogus&trlMin=x`);
    expect(res.status).toBe(200);
    expect(res.html).toContain('高效钙钛矿太阳能电池制备技术');
    expect(res.html).not.toContain('深远海养殖网箱智能监测系统');
  });
});

describe('security', () => {
  it('pages carry a Content-Security-Policy without inline script; the API does not change', async () => {
    const res = await page(h, '/');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    const api = await h.client().get('/v1/stats');
    expect(api.status).toBe(200);
    expect(api.headers.get('content-security-policy')).toBeNull();
  });

  it('escapes a <script> in a listing title everywhere it is shown', async () => {
    const evil = '<script>alert("x")</script>恶意标题';
    const created = await h
      .client(m.seller.token)
      .post('/v1/listings', listingInput({ titleZh: evil, titleEn: undefined }));
    const id = created.body.id;
    await h.client(m.seller.token).post(`/v1/listings/${id}/submit`);
    await h.client(m.admin.token).post(`/v1/listings/${id}/publish`, {});
    for (const path of [`/listings/${id}`, '/listings', '/']) {
      const res = await page(h, path);
      expect(res.html, path).not.toContain('<script>alert');
      expect(res.html, path).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;恶意标题');
    }
  });

  it('rejects a form post from another origin, or with no origin at all', async () => {
    const form = { email: m.seller.email, password: TEST_PASSWORD };
    expect((await page(h, '/signin', { form, origin: 'https://evil.example' })).status).toBe(403);
    expect((await page(h, '/signin', { form, origin: null })).status).toBe(403);
    expect((await page(h, '/signin', { form })).status).toBe(303);
  });

  it('signing in sets an HttpOnly SameSite=Lax session cookie and goes back where the reader was', async () => {
    const res = await page(h, '/signin', {
      form: { email: m.buyer.email, password: TEST_PASSWORD, next: '/listings' },
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/listings');
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^tm_session=tms_/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i); // plain http in the test; https adds Secure
    const https = await page(h, '/signin', {
      form: { email: m.buyer.email, password: TEST_PASSWORD },
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect(https.headers.get('set-cookie')).toMatch(/Secure/);
  });

  it('never redirects off-site after sign-in', async () => {
    const res = await page(h, '/signin', {
      form: { email: m.buyer.email, password: TEST_PASSWORD, next: '//evil.example/x' },
    });
    expect(res.headers.get('location')).toBe('/dashboard');
  });

  it('a wrong password keeps the email and says what went wrong', async () => {
    const res = await page(h, '/signin', { form: { email: m.buyer.email, password: 'wrong-password' } });
    expect(res.status).toBe(401);
    expect(res.html).toContain('邮箱或密码错误');
    expect(res.html).toContain(`value="${m.buyer.email}"`);
  });
});

describe('publishing', () => {
  it('signed out, the publish form sends the reader to sign in', async () => {
    const res = await page(h, '/listings/new');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/signin?next=%2Flistings%2Fnew');
  });

  it('bad input shows inline errors in Chinese and keeps what was typed', async () => {
    const res = await page(h, '/listings/new', {
      token: m.seller.token,
      form: {
        titleZh: '好',
        summaryZh: '太短',
        sector: 'ai',
        trl: '12',
        priceType: 'range',
        priceMin: '50',
        priceMax: '10',
        keywords: '视觉，检测',
        intent: 'draft',
      },
    });
    expect(res.status).toBe(422);
    expect(res.html).toContain('role="alert"');
    expect(res.html).toContain('至少需要 10 个字符');
    expect(res.html).toContain('请从列表中选择'); // the IP type
    expect(res.html).toContain('请至少选择 1 项'); // modes
    expect(res.html).toContain('aria-invalid="true"');
    expect(res.html).toContain('value="好"');
    expect(res.html).toContain('太短</textarea>');
    expect(res.html).toMatch(/<option value="ai" selected/);
    expect(res.html).toContain('value="视觉，检测"');
  });

  it('the price rules of the API schema are checked once the other fields are right', async () => {
    const res = await page(h, '/listings/new', {
      token: m.seller.token,
      form: {
        titleZh: '机器视觉检测',
        summaryZh: '适用于金属表面缺陷的高速在线视觉检测系统。',
        sector: 'ai',
        trl: '5',
        ipType: 'know_how',
        modes: 'service',
        priceType: 'range',
        priceMin: '50',
        priceMax: '10',
      },
    });
    expect(res.status).toBe(422);
    expect(res.html).toContain('区间价需要最高价，且不低于最低价');
    expect(res.html).toContain('value="10"');
  });

  it('a seller publishes, a tenant admin approves, and the listing appears in browse', async () => {
    const created = await page(h, '/listings/new', {
      token: m.seller.token,
      form: {
        titleZh: '海水淡化石墨烯膜',
        summaryZh: '一种高通量、抗污染的石墨烯复合反渗透膜，脱盐率 99.7%。',
        sector: 'chem-materials',
        trl: '6',
        ipType: 'invention_patent',
        modes: ['transfer', 'license_exclusive'],
        priceType: 'fixed',
        priceMin: '120',
        intent: 'submit',
      },
    });
    expect(created.status, created.html.slice(0, 300)).toBe(303);
    const id = created.headers.get('location')?.split('/').pop() ?? '';
    expect((await page(h, '/listings')).html).not.toContain('海水淡化石墨烯膜');
    const queue = await page(h, '/admin/review', { token: m.admin.token });
    expect(queue.html).toContain('海水淡化石墨烯膜');
    const approved = await page(h, `/listings/${id}/publish`, {
      token: m.admin.token,
      form: { version: '2' },
    });
    expect(approved.status).toBe(303);
    expect((await page(h, approved.headers.get('location') ?? '', { token: m.admin.token })).html).toContain(
      '已发布：海水淡化石墨烯膜',
    );
    const browse = await page(h, '/listings?sector=chem-materials');
    expect(browse.html).toContain('海水淡化石墨烯膜');
    expect((await page(h, `/listings/${id}`)).html).toContain('120 万元');
  });

  it('a buyer posts a demand and sees it on the dashboard', async () => {
    const res = await page(h, '/demands/new', {
      token: m.buyer.token,
      form: {
        titleZh: '工业视觉缺陷检测',
        descriptionZh: '需要一套适用于金属表面的高速视觉缺陷检测方案。',
        sector: 'ai',
        budgetMin: '30',
        budgetMax: '80',
        intent: 'publish',
      },
    });
    expect(res.status).toBe(303);
    expect((await page(h, '/dashboard', { token: m.buyer.token })).html).toContain('工业视觉缺陷检测');
  });

  it('signs up with an organization and lands on the dashboard', async () => {
    const res = await page(h, '/signup', {
      form: {
        name: '王芳',
        email: 'wang.fang@example.test',
        password: 'long-enough-1',
        roles: ['seller'],
        orgName: '海滨理工大学',
        orgType: 'university',
      },
    });
    expect(res.status).toBe(303);
    const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]?.split('=')[1] ?? '';
    const dash = await page(h, '/dashboard', { token: cookie });
    expect(dash.html).toContain('您好，王芳');
    expect(dash.html).toContain('我的成果');
  });
});

describe('the rest of the site', () => {
  it('an unknown page is a friendly 404 page; unknown API paths stay problem+json', async () => {
    const res = await page(h, '/no-such-page');
    expect(res.status).toBe(404);
    expect(res.html).toContain('页面不存在');
    const api = await h.client().get('/v1/no-such-thing');
    expect(api.status).toBe(404);
    expect(api.contentType).toContain('application/problem+json');
    expect((await page(h, '/listings/lst_01JDQ4Z5V3K8T9M2N6P7R8S9TA')).status).toBe(404);
  });

  it('serves the stylesheet as a static asset', async () => {
    const res = await page(h, '/app.css');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/css');
    expect(res.html).toContain('--brand');
  });

  it('shows the tenant name and colours on its own host, ignoring unsafe colour values', async () => {
    await brandTenant(h, ['brand.test'], { primaryColor: '#7a1f1f', accentColor: 'red;}body{display:none' });
    const res = await page(h, '/', { headers: { host: 'brand.test', 'x-tenant': '' } });
    expect(res.html).toContain(`测试平台 ${h.tenant.slug}`);
    expect(res.html).toMatch(/<style nonce="[^"]+">:root\{--brand:#7a1f1f\}<\/style>/);
    expect(res.html).not.toContain('display:none');
  });

  it('the dashboards follow the roles: review queue for admins, tenants for the platform admin', async () => {
    expect((await page(h, '/dashboard', { token: m.admin.token })).html).toContain('审核队列');
    expect((await page(h, '/admin/tenants', { token: m.admin.token })).status).toBe(403);
    const platform = await h.user(['tenant_admin'], { org: false, platformAdmin: true });
    const tenants = await page(h, '/admin/tenants', { token: platform.token });
    expect(tenants.html).toContain('hub');
  });

  it('every main page stays under 100 KB of HTML and CSS', async () => {
    const css = (await page(h, '/app.css')).html.length;
    const weights: Record<string, { html: number; css: number; total: number }> = {};
    const paths = [
      '/',
      '/listings',
      `/listings/${m.listings.perovskite}`,
      '/demands',
      `/demands/${m.demand}`,
      `/orgs/${m.seller.orgId}`,
      '/stats',
      '/signin',
      '/signup',
    ];
    for (const path of paths) {
      const html = Buffer.byteLength((await page(h, path)).html);
      weights[path] = { html, css, total: html + css };
      expect(html + css, path).toBeLessThan(100 * 1024);
    }
    for (const [path, token] of [
      ['/listings/new', m.seller.token],
      ['/dashboard', m.seller.token],
      ['/admin/review', m.admin.token],
    ] as const) {
      const html = Buffer.byteLength((await page(h, path, { token })).html);
      weights[path] = { html, css, total: html + css };
    }
    await mkdir('test-output', { recursive: true });
    await writeFile('test-output/page-weights.json', `${JSON.stringify(weights, null, 2)}\n`);
  });
});
