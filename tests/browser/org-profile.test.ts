import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_PASSWORD } from '../support/harness';
import { openSite, type Site, skipReason } from './browser';

const reason = skipReason();
if (reason) console.warn(reason);

describe.skipIf(reason !== null)('the organization profile in chromium', () => {
  let s: Site;
  beforeAll(async () => {
    s = await openSite();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('the seller edits the profile: an inline error first, then saved and shown', async () => {
    const { page, url, market } = s;
    await s.signIn(market.seller.email, TEST_PASSWORD);
    await page.goto(`${url}/orgs/${market.seller.orgId}`);
    await page.getByRole('link', { name: '编辑机构资料' }).click();
    await page.waitForURL(`${url}/orgs/${market.seller.orgId}/edit`);

    await page.getByLabel('机构名称（中文）').fill('海');
    await page.getByLabel('所在地区').fill('山东省威海市');
    await page.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => page.locator('#f-nameZh-error').count()).toBe(1);
    expect(await page.getByLabel('所在地区').inputValue()).toBe('山东省威海市');
    await s.shot('45-org-profile-error');

    await page.getByLabel('机构名称（中文）').fill('海滨理工大学技术转移中心');
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(/saved=1/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('海滨理工大学技术转移中心');
    expect(await page.getByRole('status').first().textContent()).toContain('机构资料已保存');
    expect(await page.locator('.facts').textContent()).toContain('山东省威海市');
    await s.shot('46-org-profile-saved');
    await s.signOut();
  });

  it('the seller asks for verification; the tenant admin finds it in the admin list and verifies it', async () => {
    const { page, url, market, h } = s;
    await h.db.execute(
      sql`update organizations set verification = 'unverified' where id = ${market.seller.orgId}`,
    );
    await s.signIn(market.seller.email, TEST_PASSWORD);
    await page.goto(`${url}/orgs/${market.seller.orgId}`);
    await page.getByLabel('认证说明（如统一社会信用代码）').fill('统一社会信用代码 12370000MB1234567X');
    await page.getByRole('button', { name: '申请认证' }).click();
    await page.waitForURL(/saved=verification/);
    expect(await page.locator('#h-verification + p').textContent()).toBe('认证中');
    await s.signOut();

    await s.signIn(market.admin.email, TEST_PASSWORD);
    await page.goto(`${url}/admin/organizations`);
    await page.getByRole('link', { name: '海滨理工大学技术转移中心' }).click();
    await page.waitForURL(`${url}/orgs/${market.seller.orgId}`);
    await s.shot('47-org-verification-pending');
    await page.getByRole('button', { name: '通过认证' }).click();
    await page.waitForURL(/saved=verification/);
    expect(await page.locator('#h-verification + p').textContent()).toBe('已认证');
    await s.signOut();
  });
});
