import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_PASSWORD } from '../support/harness';
import { openSite, type Site, skipReason } from './browser';

const reason = skipReason();
if (reason) console.warn(reason);

describe.skipIf(reason !== null)('the marketplace in chromium', () => {
  let s: Site;
  beforeAll(async () => {
    s = await openSite();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('a buyer searches in Chinese, filters by sector, opens a listing and signs in', async () => {
    const { page, url, market } = s;
    await page.goto(url);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    await expect.poll(() => page.locator('h1').first().textContent()).toContain('让科技成果找到产业');
    await s.shot('01-home-zh');

    await page.getByRole('searchbox', { name: '搜索科技成果' }).fill('监测');
    await page.getByRole('button', { name: '搜索' }).click();
    await page.waitForURL(/\/listings\?q=/);
    const results = page.locator('.cards .card h3');
    expect(await results.allTextContents()).toEqual(['深远海养殖网箱智能监测系统']);
    await s.shot('02-search-zh');

    await page.getByLabel('关键词').fill('');
    await page.getByRole('radio', { name: /^新能源/ }).check();
    await page.getByRole('button', { name: '应用筛选' }).click();
    await page.waitForURL(/sector=new-energy/);
    expect(await results.allTextContents()).toContain('高效钙钛矿太阳能电池制备技术');
    expect(await results.allTextContents()).not.toContain('深远海养殖网箱智能监测系统');
    await s.shot('03-filter-sector');

    await page.getByRole('link', { name: '高效钙钛矿太阳能电池制备技术' }).click();
    await page.waitForURL(`${url}/listings/${market.listings.perovskite}`);
    await expect.poll(() => page.locator('.price').first().textContent()).toBe('100–300 万元');
    await s.shot('04-listing-zh');

    await page.getByRole('link', { name: '咨询洽谈' }).click();
    await page.waitForURL(/\/signin\?next=/);
    await s.shot('05-signin');
    await page.getByLabel('电子邮箱').fill(market.buyer.email);
    await page.getByLabel(/^密码$/).fill(TEST_PASSWORD);
    await page.getByRole('button', { name: /^登录$/ }).click();
    await page.waitForURL(`${url}/listings/${market.listings.perovskite}`);
    await expect.poll(() => page.locator('.session').textContent()).toContain('已登录');
    // Signed in, the listing page offers the inquiry form in place of the sign-in link.
    expect(await page.getByLabel('咨询内容').count()).toBe(1);
    await s.signOut();
  });

  it('a form with bad input shows the errors and keeps the input', async () => {
    const { page, url, market } = s;
    await s.signIn(market.seller.email, TEST_PASSWORD);
    await page.goto(`${url}/listings/new`);
    await page.getByLabel('成果名称（中文）').fill('好');
    await page.getByLabel('成果简介（中文）').fill('太短了');
    await page.getByLabel('产业领域').selectOption('ai');
    await page.getByRole('button', { name: '保存草稿' }).click();
    await page.waitForURL(`${url}/listings/new`);
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('请修改以下');
    expect(await page.getByLabel('成果名称（中文）').inputValue()).toBe('好');
    expect(await page.getByLabel('成果简介（中文）').inputValue()).toBe('太短了');
    expect(await page.getByLabel('产业领域').inputValue()).toBe('ai');
    expect(await page.locator('#f-titleZh-error').textContent()).toBe('至少需要 2 个字符');
    expect(await page.getByLabel('成果名称（中文）').getAttribute('aria-invalid')).toBe('true');
    await s.shot('06-form-errors');
  });

  it('a seller publishes a listing, a tenant admin approves it, and it appears in browse', async () => {
    const { page, url, market } = s;
    await page.goto(`${url}/listings/new`);
    await page.getByLabel('成果名称（中文）').fill('海水淡化石墨烯复合膜');
    await page
      .getByLabel('成果简介（中文）')
      .fill('一种高通量、抗污染的石墨烯复合反渗透膜，脱盐率达到 99.7%。');
    await page.getByLabel('产业领域').selectOption('marine');
    await page.getByLabel('技术成熟度').selectOption('6');
    await page.getByLabel('知识产权', { exact: true }).selectOption('invention_patent');
    await page.getByRole('checkbox', { name: '技术转让' }).check();
    await page.getByRole('radio', { name: '一口价' }).check();
    await page.getByLabel('价格 / 最低价（万元）').fill('150');
    await page.getByRole('button', { name: '保存并提交审核' }).click();
    await page.waitForURL(/\/listings\/lst_/);
    await expect.poll(() => page.locator('main').textContent()).toContain('待审核');
    await page.goto(`${url}/dashboard`);
    await s.shot('07-seller-dashboard');
    await s.signOut();

    await s.signIn(market.admin.email, TEST_PASSWORD);
    await page.goto(`${url}/admin/review`);
    await s.shot('08-review-queue');
    const card = page.locator('li.card', { hasText: '海水淡化石墨烯复合膜' });
    await card.getByRole('button', { name: '通过并发布' }).click();
    await page.waitForURL(/\/admin\/review\?done=publish/);
    await expect.poll(() => page.getByRole('status').textContent()).toContain('已发布：海水淡化石墨烯复合膜');
    await s.signOut();

    await page.goto(`${url}/listings?sector=marine`);
    expect(await page.locator('.cards .card h3').allTextContents()).toContain('海水淡化石墨烯复合膜');
  });

  it('the English switch works and is remembered', async () => {
    const { page, url } = s;
    await page.goto(url);
    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL(/lang=en/);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await s.shot('09-home-en');
    await page.getByRole('link', { name: 'Technologies' }).first().click();
    await page.waitForURL(`${url}/listings`);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Search technologies');
    await s.shot('10-listings-en');
    await page.getByRole('link', { name: '中文' }).click();
    await page.waitForURL(/lang=zh/);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
  });

  it('statistics render as SVG charts, and the home page fits a phone', async () => {
    const { page, url } = s;
    await page.goto(`${url}/stats`);
    expect(await page.locator('svg.chart').count()).toBe(2);
    await s.shot('11-stats');
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(url);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await s.shot('12-home-phone');
    await page.goto(`${url}/listings/${s.market.listings.marine}`);
    await s.shot('13-listing-phone');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('a buyer inquires and opens a deal with an offer; the seller accepts; both sign', async () => {
    const { page, url, market } = s;
    const listing = market.listings.perovskite;
    await s.signIn(market.buyer.email, TEST_PASSWORD);
    await page.goto(`${url}/listings/${listing}`);
    await page.getByLabel('咨询内容').fill('能否提供组件稳定性数据？');
    await page.getByRole('button', { name: '咨询', exact: true }).click();
    await page.waitForURL(/\/inquiries\/inq_/);
    await expect.poll(() => page.locator('.thread').textContent()).toContain('能否提供组件稳定性数据？');
    await s.shot('20-inquiry-thread');

    await page.goto(`${url}/listings/${listing}`);
    await page.getByRole('link', { name: '发起交易/报价' }).click();
    await page.waitForURL(/\/deals\/new\?listing=/);
    await page.getByLabel('交易方式').selectOption('license_exclusive');
    await page.getByLabel('报价金额（万元）').fill('150');
    await page.getByLabel('里程碑 1 名称').fill('首付款');
    await page.locator('#f-m1Share').fill('40');
    await page.locator('#f-m2Share').fill('60');
    await page.getByRole('button', { name: '发起交易' }).click();
    await page.waitForURL(/\/deals\/deal_/);
    const room = page.url().replace(/#.*$/, '');
    await expect.poll(() => page.locator('main').textContent()).toContain('洽谈中');
    await s.signOut();

    await s.signIn(market.seller.email, TEST_PASSWORD);
    await page.goto(`${url}/dashboard`);
    await page.locator(`a[href="${new URL(room).pathname}"]`).click();
    await page.waitForURL(room);
    await page.getByRole('button', { name: '接受此报价' }).click();
    await page.waitForURL(`${room}#contract`);
    await expect.poll(() => page.locator('main').textContent()).toContain('已达成一致');
    await page.getByRole('button', { name: '以卖方身份签署合同' }).click();
    await expect.poll(() => page.locator('#contract').textContent()).toContain('卖方已于');
    await s.signOut();

    await s.signIn(market.buyer.email, TEST_PASSWORD);
    await page.goto(room);
    await page.getByRole('button', { name: '以买方身份签署合同' }).click();
    await page.waitForURL(`${room}#contract`);
    await expect.poll(() => page.locator('main').textContent()).toContain('已签约');
    expect(await page.locator('code.hash').textContent()).toMatch(/^[0-9a-f]{64}$/);
    await page.getByRole('button', { name: '付款' }).first().click();
    await expect.poll(() => page.locator('.reference').first().textContent()).toMatch(/^TM/);
    await page.evaluate(() => window.scrollTo(0, 0));
    await s.shot('21-deal-room');
    await s.signOut();
  });
});
