import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { Harness } from '../support/harness';
import { brandTenant, type Market, seedMarket } from '../web/seed';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = 'test-output/screenshots';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Why the suite cannot run here, or null when it can. */
export function skipReason(): string | null {
  return existsSync(CHROMIUM)
    ? null
    : `browser tests skipped: no chromium at ${CHROMIUM} (apt-get install -y chromium fonts-noto-cjk, or set CHROMIUM_PATH)`;
}

export interface Site {
  url: string;
  h: Harness;
  market: Market;
  context: BrowserContext;
  page: Page;
  shot(name: string): Promise<void>;
  signIn(email: string, password: string): Promise<void>;
  signOut(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The real app on a random loopback port, over a fresh PGlite market whose tenant owns the host
 * 127.0.0.1 (with its own colours), and a chromium with a fresh profile.
 */
export async function openSite(): Promise<Site> {
  const h = await Harness.start();
  const market = await seedMarket(h);
  await brandTenant(h, ['127.0.0.1'], {
    primaryColor: '#0b4f9c',
    accentColor: '#b4380b',
    tagline: { zh: '海滨科技成果交易平台', en: 'Coastal technology market' },
  });
  const server = serve({ fetch: (req) => h.host.fetch(req), port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const profile = await mkdtemp(join(tmpdir(), 'tm-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    locale: 'zh-CN',
    viewport: { width: 1280, height: 900 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await mkdir(SCREENSHOTS, { recursive: true });
  return {
    url,
    h,
    market,
    context,
    page,
    shot: async (name) => {
      await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
    },
    signIn: async (email, password) => {
      await page.goto(`${url}/signin`);
      await page.getByLabel(/电子邮箱|Email/).fill(email);
      await page.getByLabel(/^密码$|^Password$/).fill(password);
      await Promise.all([
        page.waitForURL((u) => !u.pathname.startsWith('/signin')),
        page.getByRole('button', { name: /^登录$|^Sign in$/ }).click(),
      ]);
    },
    signOut: async () => {
      await page.getByRole('button', { name: /退出|Sign out/ }).click();
      await page.waitForURL(`${url}/`);
    },
    close: async () => {
      await context.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await h.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
