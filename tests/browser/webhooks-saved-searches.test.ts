import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_PASSWORD } from '../support/harness';
import { type Receiver, startReceiver } from '../webhooks/support';
import { openSite, type Site, skipReason } from './browser';

const reason = skipReason();
if (reason) console.warn(reason);

describe.skipIf(reason !== null)('saved searches and webhooks in chromium', () => {
  let s: Site;
  let rx: Receiver;
  beforeAll(async () => {
    s = await openSite();
    rx = await startReceiver();
  });
  afterAll(async () => {
    await rx?.close();
    await s?.close();
  });

  it('a buyer searches, saves the search and finds it on the dashboard', async () => {
    const { page, url, market } = s;
    await s.signIn(market.buyer.email, TEST_PASSWORD);
    await page.goto(`${url}/listings`);
    await page.getByLabel('关键词').fill('钙钛矿');
    await page.getByRole('radio', { name: /^新能源/ }).check();
    await page.getByRole('button', { name: '应用筛选' }).click();
    await page.waitForURL(/sector=new-energy/);
    expect(await page.locator('.cards .card h3').allTextContents()).toContain('高效钙钛矿太阳能电池制备技术');
    expect(await page.getByLabel('搜索名称').inputValue()).toBe('钙钛矿 · 新能源');
    await page.getByRole('button', { name: '保存搜索' }).click();
    await page.waitForURL(/saved=srch_/);
    await expect
      .poll(() => page.getByRole('status').first().textContent())
      .toContain('已保存搜索“钙钛矿 · 新能源”');

    await page.getByRole('link', { name: '在工作台查看' }).click();
    await page.waitForURL(/\/dashboard/);
    const section = page.locator('#saved-searches');
    await expect.poll(() => section.locator('h3').allTextContents()).toEqual(['钙钛矿 · 新能源']);
    expect(await section.textContent()).toContain('邮件提醒：开');
    await s.shot('31-saved-searches');

    // Run it again from the dashboard: the same filters come back.
    await section.getByRole('link', { name: '钙钛矿 · 新能源', exact: true }).click();
    await page.waitForURL(/\/listings\?q=/);
    expect(await page.getByLabel('关键词').inputValue()).toBe('钙钛矿');
    expect(await page.getByRole('radio', { name: /^新能源/ }).isChecked()).toBe(true);
    await s.signOut();
  });

  it('a tenant admin adds a webhook endpoint and sees the signing secret once', async () => {
    const { page, url, market } = s;
    await s.signIn(market.admin.email, TEST_PASSWORD);
    await page.goto(`${url}/admin/keys`);
    await page.getByRole('link', { name: 'Webhook 推送' }).click();
    await page.waitForURL(`${url}/admin/webhooks`);

    // A plain-http address to another host is refused inline, and the input stays.
    await page.getByLabel('接收地址').fill('http://partner.example.com/hook');
    await page.getByLabel('备注').fill('合作平台同步');
    await page.getByRole('checkbox', { name: '成果发布' }).check();
    await page.getByRole('button', { name: '添加', exact: true }).click();
    await expect.poll(() => page.locator('#f-url-error').textContent()).toBe('请填写 https 开头的公网地址');
    expect(await page.getByLabel('备注').inputValue()).toBe('合作平台同步');
    expect(await page.getByRole('checkbox', { name: '成果发布' }).isChecked()).toBe(true);

    await page.getByLabel('接收地址').fill(`${rx.url}/techmarket`);
    await page.getByRole('button', { name: '添加', exact: true }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('已添加 Webhook 地址');
    const secret = (await page.locator('#new-secret').textContent()) ?? '';
    expect(secret).toMatch(/^whsec_/);
    await s.shot('30-admin-webhook-secret');

    await page.getByRole('link', { name: '返回 Webhook 列表' }).click();
    await page.waitForURL(`${url}/admin/webhooks`);
    expect(await page.content()).not.toContain(secret);
    const row = page.locator('tbody tr').first();
    expect(await row.textContent()).toContain(`${rx.url}/techmarket`);

    await row.getByRole('button', { name: /^发送测试/ }).click();
    await page.waitForURL(/\/admin\/webhooks\/whk_.*sent=whd_/);
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('已送达（HTTP 200）');
    expect(rx.received.at(-1)?.headers['techmarket-signature']).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    await s.shot('32-admin-webhook-deliveries');
    await page.goto(`${url}/admin/webhooks`);
    await s.shot('33-admin-webhooks');
  });
});
