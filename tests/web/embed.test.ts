import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tenants } from '../../schema/index';
import type { TenantBranding } from '../../schema/tenants';
import { forgetTenants } from '../../worker/modules/tenants/service';
import { Harness, listingInput } from '../support/harness';
import { page } from './page';
import { type Market, seedMarket } from './seed';

// Partner embeds: the iframe page /embed/listings and the loader /embed.js.

let h: Harness;
let m: Market;
beforeAll(async () => {
  h = await Harness.start();
  m = await seedMarket(h);
});
afterAll(() => h.close());

async function configure(set: { allowedOrigins?: string[]; branding?: TenantBranding; domains?: string[] }) {
  await h.db.update(tenants).set(set).where(eq(tenants.id, h.tenant.id));
  forgetTenants();
}

/** An embed request as a partner page's iframe makes it: another site, no X-Tenant header. */
const embed = (query: string, o: Parameters<typeof page>[2] = {}) =>
  page(h, `/embed/listings?${query}`, { ...o, headers: { 'x-tenant': '', ...o.headers } });

const csp = (res: { headers: Headers }) => res.headers.get('content-security-policy') ?? '';

describe('GET /embed/listings', () => {
  it('lists the tenant’s published listings in Chinese, compact, with no site chrome', async () => {
    const res = await embed(`tenant=${h.tenant.slug}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(res.html).toMatch(/^<!DOCTYPE html><html lang="zh-CN">/);
    expect(res.html).toContain('高效钙钛矿太阳能电池制备技术');
    expect(res.html).toContain('深远海养殖网箱智能监测系统');
    expect(res.html).toContain(`测试平台 ${h.tenant.slug}`);
    expect(res.html).toContain('<script src="/embed.js" data-role="frame" async');
    expect(res.html).not.toContain('class="site-header"');
    expect(res.html).toMatch(/target="_blank" rel="noopener"/);
  });

  it('filters by sector and speaks English with lang=en', async () => {
    const res = await embed(`tenant=${h.tenant.slug}&sector=marine&lang=en`);
    expect(res.html).toContain('<html lang="en">');
    expect(res.html).toContain('Smart monitoring for deep-sea aquaculture cages');
    expect(res.html).not.toContain('perovskite');
    expect(res.html).toContain('Marine science and technology');
    expect(res.headers.get('set-cookie')).toBeNull();
  });

  it('shows public listings only, even to a signed-in admin', async () => {
    const draft = await h
      .client(m.seller.token)
      .post('/v1/listings', listingInput({ titleZh: '尚未发布的草稿成果' }));
    await h.client(m.seller.token).post(`/v1/listings/${draft.body.id}/submit`);
    const res = await embed(`tenant=${h.tenant.slug}`, { token: m.admin.token });
    expect(res.html).not.toContain('尚未发布的草稿成果');
  });

  it('wears the tenant’s colours, and ignores colours that are not plain hex', async () => {
    await configure({ branding: { primaryColor: '#7a1f1f', accentColor: 'red;}body{display:none' } });
    const res = await embed(`tenant=${h.tenant.slug}`);
    const nonce = csp(res).match(/style-src 'nonce-([^']+)'/)?.[1];
    expect(nonce).toBeTruthy();
    expect(res.html).toContain(`<style nonce="${nonce}">`);
    expect(res.html).toContain(':root{--brand:#7a1f1f}');
    expect(res.html).not.toContain('display:none');
  });

  it('may be framed only by the tenant’s allowed origins (and itself)', async () => {
    await configure({ allowedOrigins: [] });
    let res = await embed(`tenant=${h.tenant.slug}`);
    expect(csp(res)).toContain("frame-ancestors 'self'");
    expect(csp(res)).not.toMatch(/frame-ancestors 'self' /);
    expect(res.headers.get('x-frame-options')).toBeNull();
    expect(csp(res)).toContain("default-src 'none'");
    expect(csp(res)).toContain("script-src 'self'");

    await configure({
      allowedOrigins: [
        'https://www.partner.example/path',
        'http://localhost:5173',
        "javascript:alert('x')",
        'https://a.example; script-src *',
      ],
    });
    res = await embed(`tenant=${h.tenant.slug}`);
    const ancestors = csp(res).match(/frame-ancestors ([^;]+)/)?.[1];
    expect(ancestors).toBe("'self' https://www.partner.example http://localhost:5173");
    expect(csp(res)).not.toMatch(/script-src \*/);
  });

  it('the site’s own pages still refuse to be framed by others', async () => {
    const res = await page(h, '/listings');
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(csp(res)).toContain("frame-ancestors 'self'");
    expect(csp(res)).not.toContain('partner.example');
  });

  it('finds the tenant by host when no ?tenant= is given; an unknown slug is 404', async () => {
    await configure({ domains: ['partner-market.test'] });
    const res = await embed('sector=equipment', { headers: { host: 'partner-market.test' } });
    expect(res.status).toBe(200);
    expect(res.html).toContain('协作机器人柔顺控制算法');
    expect(res.html).toContain(`测试平台 ${h.tenant.slug}`);
    expect(res.html).toContain(`href="/listings/${m.listings.robot}?lang=zh"`);
    const elsewhere = await embed(`tenant=${h.tenant.slug}`);
    expect(elsewhere.html).toContain(`href="http://partner-market.test/listings/`);
    expect((await embed('tenant=no-such-shop')).status).toBe(404);
  });
});

describe('GET /embed.js', () => {
  it('is a small plain script that builds the iframe and reports its height', async () => {
    const res = await page(h, '/embed.js', { headers: { accept: '*/*' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('cross-origin-resource-policy')).toBeNull();
    expect(Buffer.byteLength(res.html)).toBeLessThan(4 * 1024);
    expect(res.html).toContain("new URL('/embed/listings', base)");
    expect(res.html).toContain('postMessage');
    expect(res.html).toContain('e.origin !== base.origin');
    expect(res.html).not.toMatch(/\bimport\b|require\(/);
  });
});
