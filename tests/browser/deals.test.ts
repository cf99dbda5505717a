import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StripePaymentProvider } from '../../worker/modules/payments/stripe/provider';
import { type Json, TEST_PASSWORD, type TestUser } from '../support/harness';
import { fakeStripe } from '../unit/payments/support/fake-stripe';
import { WEBHOOK_SECRET } from '../unit/payments/support/stripe-events';
import { openSite, type Site, skipReason } from './browser';

// The deal room's later steps in chromium: the seller delivers, the buyer requests changes, the
// seller delivers again and the buyer accepts; the buyer opens a dispute and the tenant admin
// resolves it with a refund. Then the seller's inquiry inbox, the admin's deals list and the card
// checkout page. Screenshots 40–44 under test-output/screenshots/.

const reason = skipReason();
if (reason) console.warn(reason);

describe.skipIf(reason !== null)('the deal room in chromium', () => {
  let s: Site;
  let dealId: string;
  const api = (u: TestUser) => s.h.client(u.token);
  const ok = (res: { status: number; body: Json }, status = 200) => {
    expect(res.status, JSON.stringify(res.body)).toBe(status);
    return res.body;
  };

  /** A signed deal on the perovskite listing, through the API (the offer pages have their own test). */
  async function signedDeal() {
    const { buyer, seller } = s.market;
    const deal = ok(
      await api(buyer).post('/v1/deals', {
        listingId: s.market.listings.perovskite,
        mode: 'license_exclusive',
        amount: 150_000_000,
        currency: 'CNY',
        milestones: [
          { title: '首付款', shareBps: 4000, dueDate: '2026-06-30' },
          { title: '验收款', shareBps: 6000, dueDate: '2026-12-31' },
        ],
      }),
      201,
    );
    ok(await api(seller).post(`/v1/deals/${deal.id}/offers/${deal.offers[0].id}/accept`));
    const { contentHash } = ok(await api(buyer).get(`/v1/deals/${deal.id}/contract`));
    for (const u of [buyer, seller])
      ok(await api(u).post(`/v1/deals/${deal.id}/contract/sign`, { contentHash }));
    return ok(await api(buyer).get(`/v1/deals/${deal.id}`));
  }

  beforeAll(async () => {
    s = await openSite();
    const { buyer, admin } = s.market;
    const deal = await signedDeal();
    dealId = deal.id;
    // The first milestone paid by bank transfer and confirmed by the admin.
    const paid = ok(await api(buyer).post(`/v1/deals/${dealId}/milestones/${deal.milestones[0].id}/pay`));
    ok(
      await api(admin).post(`/v1/payments/${paid.payment.id}/confirm`, {
        amount: paid.payment.amount,
        bankReference: 'ICBC20260312000123',
        receivedAt: '2026-03-12T10:20:00+08:00',
      }),
    );
    ok(
      await api(buyer).post(`/v1/listings/${s.market.listings.marine}/inquiries`, {
        subject: '网箱监测的部署周期？',
        message: '请问部署一套系统需要多久？是否提供运维？',
      }),
      201,
    );
  });
  afterAll(async () => {
    await s?.close();
  });

  const room = () => `${s.url}/deals/${dealId}`;
  const main = () => s.page.locator('main');

  it('deliver → the buyer requests changes → deliver again → accept', async () => {
    const { page, market } = s;
    await s.signIn(market.seller.email, TEST_PASSWORD);
    await page.goto(room());
    await page.getByLabel('交付材料名称').fill('工艺参数表');
    await page.getByRole('button', { name: '提交交付' }).click();
    await expect.poll(() => main().textContent()).toContain('已交付');
    await s.signOut();

    await s.signIn(market.buyer.email, TEST_PASSWORD);
    await page.goto(room());
    // Too short first: the error shows inline and the text stays.
    await page.locator('summary', { hasText: '要求补充修改' }).click();
    await page.getByLabel('需要补充或修改的内容').fill('缺');
    await page.getByRole('button', { name: '要求补充修改' }).click();
    await expect
      .poll(() => page.locator('.field.invalid .error').first().textContent())
      .toContain('至少需要 2 个字符');
    expect(await page.getByLabel('需要补充或修改的内容').inputValue()).toBe('缺');
    await page.getByLabel('需要补充或修改的内容').fill('缺少第 3 节的退火曲线');
    await page.locator('.milestones').first().scrollIntoViewIfNeeded();
    await s.shot('41-request-changes');
    await page.getByRole('button', { name: '要求补充修改' }).click();
    await expect.poll(() => main().textContent()).toContain('需补充');
    expect(await main().textContent()).toContain('缺少第 3 节的退火曲线');
    await s.signOut();

    await s.signIn(market.seller.email, TEST_PASSWORD);
    await page.goto(room());
    expect(await main().textContent()).toContain('买方要求：缺少第 3 节的退火曲线');
    await page.getByLabel('交付材料名称').fill('工艺参数表 v2（含退火曲线）');
    await page.getByRole('button', { name: '重新提交交付' }).click();
    await expect.poll(() => main().textContent()).toContain('已交付');
    await s.signOut();

    await s.signIn(market.buyer.email, TEST_PASSWORD);
    await page.goto(room());
    await page.getByRole('button', { name: '验收通过' }).click();
    await expect.poll(() => main().textContent()).toContain('已验收');
    const timeline = page.locator('#timeline');
    for (const step of ['发起交易', '提交交付', '要求补充修改', '验收通过'])
      expect(await timeline.textContent()).toContain(step);
    await timeline.scrollIntoViewIfNeeded();
    await s.shot('40-deal-timeline');
  });

  it('the buyer opens a dispute; the tenant admin resolves it with a refund', async () => {
    const { page, market } = s;
    await page.goto(room());
    await page.locator('summary', { hasText: '提出争议' }).click();
    await page.getByLabel('争议原因').fill('卖方第二期资料迟迟未到');
    await page.getByRole('button', { name: '提出争议' }).click();
    await expect.poll(() => page.locator('.meta').textContent()).toContain('争议中');
    // The parties have no resolve form.
    expect(await page.getByRole('button', { name: '提交处理结果' }).count()).toBe(0);
    await s.signOut();

    await s.signIn(market.admin.email, TEST_PASSWORD);
    await page.goto(room());
    await page.getByRole('radio', { name: '退款给买方' }).check();
    await page.getByLabel('处理说明').fill('经双方确认，退还已付款项');
    await page.getByRole('button', { name: '提交处理结果' }).click();
    await expect.poll(() => page.locator('.meta').textContent()).toContain('已退款');
    expect(await main().textContent()).toContain('已退还买方');
    expect(await page.locator('#timeline').textContent()).toContain('处理争议：退款');
  });

  it('the admin’s deals list and the seller’s inquiry inbox', async () => {
    const { page, url, market } = s;
    await page.goto(`${url}/admin/review`);
    await page.getByRole('link', { name: '交易管理' }).click();
    await page.waitForURL(`${url}/admin/deals`);
    expect(await page.locator('table').textContent()).toContain('已退款');
    await s.shot('43-admin-deals');
    await s.signOut();

    await s.signIn(market.seller.email, TEST_PASSWORD);
    await page.goto(`${url}/dashboard`);
    await page.getByRole('link', { name: '咨询收件箱' }).click();
    await page.waitForURL(`${url}/dashboard/inquiries`);
    await expect.poll(() => main().textContent()).toContain('1 条待回复');
    expect(await main().textContent()).toContain('请问部署一套系统需要多久？是否提供运维？');
    await s.shot('42-inquiry-inbox');
    await page.getByRole('link', { name: '网箱监测的部署周期？' }).click();
    await page.waitForURL(/\/inquiries\/inq_/);
    await s.signOut();
  });

  it('card checkout page (Stripe configured; Stripe.js blocked: there is no internet here)', async () => {
    const { page, h, market } = s;
    const fake = fakeStripe('sk_test_fake');
    h.host.deps.extensions = {
      payments: new StripePaymentProvider({
        secretKey: 'sk_test_fake',
        webhookSecrets: [WEBHOOK_SECRET],
        fetch: fake.fetch,
        maxNetworkRetries: 0,
      }),
    };
    h.host.deps.config = { ...h.host.deps.config, STRIPE_PUBLISHABLE_KEY: 'pk_test_51TechMarketFake' };
    const deal = await signedDeal();
    // js.stripe.com cannot be reached from this machine: fail it at once instead of waiting on DNS.
    await page.route('https://js.stripe.com/**', (route) => route.abort());
    await s.signIn(market.buyer.email, TEST_PASSWORD);
    await page.goto(`${s.url}/deals/${deal.id}`);
    await page.getByRole('button', { name: '银行卡支付（Stripe）' }).first().click();
    await page.waitForURL(/\/checkout$/);
    // /checkout.js ran (allowed by the page's CSP) and, without Stripe.js, says so.
    await expect.poll(() => page.locator('#checkout-error').textContent()).toContain('暂时无法连接支付服务');
    expect(await page.locator('#checkout').getAttribute('data-secret')).toMatch(/^pi_.+_secret_/);
    await s.shot('44-stripe-checkout');
  });

  it('mounts the Payment Element and pays with a test card', (ctx) => {
    const why = 'needs js.stripe.com and a Stripe test account; this machine has no internet';
    console.info(`[browser] Stripe Payment Element test skipped: ${why}`);
    ctx.skip(why);
  });
});
