import { eq } from 'drizzle-orm';
import { DEFAULT_FEE_POLICY } from '../../schema/bootstrap';
import type { OrganizationType, Role } from '../../schema/enums';
import { newId } from '../../schema/ids';
import {
  memberships,
  organizationMembers,
  organizations,
  sessions,
  tenants,
  users,
} from '../../schema/index';
import type { TenantSyndication } from '../../schema/tenants';
import type { Deps } from '../../worker/env';
import { randomToken, sha256Hex } from '../../worker/lib/encoding';
import { hashPassword } from '../../worker/lib/password';
import { ADMIN, createTestHost, type TestHost } from './host';

// The test harness: a fresh tenant, users with roles and organizations, and a small typed
// client over the real HTTP app. Rows are inserted directly so that tests stay fast; the
// sign-up and login routes have their own tests.

export interface ApiResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: T;
  contentType: string | null;
}

// biome-ignore lint/suspicious/noExplicitAny: test responses are inspected loosely by design
export type Json = any;

export interface RequestOptions {
  token?: string;
  tenant?: string;
  headers?: Record<string, string>;
  /** A raw body (already serialized), to send malformed JSON. */
  raw?: string;
}

export class Client {
  constructor(
    private readonly host: TestHost,
    private readonly defaults: RequestOptions = {},
  ) {}

  as(token: string | undefined) {
    return new Client(this.host, { ...this.defaults, token });
  }

  async request(
    method: string,
    path: string,
    body?: unknown,
    options: RequestOptions = {},
  ): Promise<ApiResponse<Json>> {
    const o = { ...this.defaults, ...options };
    const headers = new Headers(o.headers);
    if (o.token) headers.set('authorization', `Bearer ${o.token}`);
    if (o.tenant) headers.set('x-tenant', o.tenant);
    let payload: string | undefined;
    if (o.raw !== undefined) payload = o.raw;
    else if (body !== undefined) payload = JSON.stringify(body);
    if (payload !== undefined && !headers.has('content-type'))
      headers.set('content-type', 'application/json');
    const response = await this.host.fetch(
      new Request(`http://api.test${path}`, { method, headers, body: payload }),
    );
    const text = await response.text();
    let parsed: Json = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // Not JSON (for example the /docs page); keep the text.
    }
    return {
      status: response.status,
      headers: response.headers,
      body: parsed,
      contentType: response.headers.get('content-type'),
    };
  }

  get = (path: string, options?: RequestOptions) => this.request('GET', path, undefined, options);
  post = (path: string, body?: unknown, options?: RequestOptions) =>
    this.request('POST', path, body, options);
  patch = (path: string, body?: unknown, options?: RequestOptions) =>
    this.request('PATCH', path, body, options);
  delete = (path: string, options?: RequestOptions) => this.request('DELETE', path, undefined, options);
}

export interface TestUser {
  id: string;
  email: string;
  token: string;
  orgId?: string;
}

let cachedHash: Promise<string> | undefined;
export const TEST_PASSWORD = 'test-password-1';
const passwordHash = () => {
  cachedHash ??= hashPassword(TEST_PASSWORD);
  return cachedHash;
};

export class Harness {
  private constructor(
    readonly host: TestHost,
    readonly tenant: { id: string; slug: string },
  ) {}

  static async start(options: { syndication?: TenantSyndication; deps?: Partial<Deps> } = {}) {
    const host = await createTestHost(options.deps);
    const harness = new Harness(host, { id: '', slug: '' });
    const tenant = await harness.createTenant(options);
    return new Harness(host, tenant);
  }

  get db() {
    return this.host.db;
  }

  /** A client for this harness's tenant; pass a token to act as someone. */
  client(token?: string, tenant = this.tenant.slug) {
    return new Client(this.host, { token, tenant });
  }

  async createTenant(options: { slug?: string; syndication?: TenantSyndication } = {}) {
    const slug =
      options.slug ??
      `t-${randomToken(6)
        .toLowerCase()
        .replace(/[^a-z0-9]/g, 'x')}`;
    const id = newId('tenant');
    await this.db.insert(tenants).values({
      id,
      slug,
      nameZh: `测试平台 ${slug}`,
      nameEn: `Test platform ${slug}`,
      feePolicy: DEFAULT_FEE_POLICY,
      syndication: options.syndication ?? { mode: 'own' },
    });
    return { id, slug };
  }

  async hub() {
    const [hub] = await this.db.select().from(tenants).where(eq(tenants.slug, 'hub'));
    if (!hub) throw new Error('no hub');
    return { id: hub.id, slug: hub.slug };
  }

  /** A user with roles in a tenant (this one by default), optionally in a new organization. */
  async user(
    roles: Role[],
    options: {
      tenant?: { id: string; slug: string };
      org?: OrganizationType | false;
      platformAdmin?: boolean;
    } = {},
  ): Promise<TestUser> {
    const tenant = options.tenant ?? this.tenant;
    const id = newId('user');
    const email = `${id.toLowerCase()}@example.test`;
    await this.db.insert(users).values({
      id,
      email,
      name: `User ${roles.join('+') || 'plain'}`,
      passwordHash: await passwordHash(),
      isPlatformAdmin: options.platformAdmin ?? false,
    });
    await this.db
      .insert(memberships)
      .values({ id: newId('membership'), tenantId: tenant.id, userId: id, roles });
    const token = `tms_${randomToken(32)}`;
    await this.db.insert(sessions).values({
      id: newId('session'),
      tokenHash: await sha256Hex(token),
      userId: id,
      tenantId: tenant.id,
      expiresAt: new Date(Date.now() + 86_400_000),
    });
    let orgId: string | undefined;
    const orgType = options.org === undefined ? defaultOrgType(roles) : options.org;
    if (orgType) orgId = await this.organization(orgType, id, tenant.id);
    return { id, email, token, orgId };
  }

  async organization(type: OrganizationType, ownerId: string, tenantId = this.tenant.id) {
    const id = newId('organization');
    await this.db
      .insert(organizations)
      .values({ id, tenantId, type, nameZh: `测试机构 ${id.slice(-6)}`, createdBy: ownerId });
    await this.db.insert(organizationMembers).values({ organizationId: id, userId: ownerId, role: 'owner' });
    return id;
  }

  async login(email: string, password: string) {
    return this.client().post('/v1/auth/login', { email, password });
  }

  admin = ADMIN;

  close() {
    return this.host.close();
  }
}

function defaultOrgType(roles: Role[]): OrganizationType | false {
  if (roles.includes('seller')) return 'university';
  if (roles.includes('buyer')) return 'enterprise';
  if (roles.includes('investor')) return 'investor';
  return false;
}

/** A valid listing body; override what the test is about. */
export function listingInput(overrides: Record<string, unknown> = {}) {
  return {
    titleZh: '高效钙钛矿太阳能电池制备技术',
    titleEn: 'High-efficiency perovskite solar cell fabrication',
    summaryZh: '一种低温溶液法制备大面积钙钛矿薄膜的工艺，光电转换效率达到 24.1%。',
    summaryEn: 'A low-temperature solution process for large-area perovskite films, 24.1% efficiency.',
    sector: 'new-energy',
    keywords: ['钙钛矿', '光伏'],
    trl: 5,
    ipType: 'invention_patent',
    ipNumbers: ['ZL202310123456.7'],
    modes: ['transfer', 'license_exclusive'],
    priceType: 'range',
    priceMin: 100_000_000,
    priceMax: 300_000_000,
    confidentialZh: '关键配方：前驱体溶液配比与退火曲线。',
    ...overrides,
  };
}

export function demandInput(overrides: Record<string, unknown> = {}) {
  return {
    titleZh: '高盐废水零排放处理技术需求',
    titleEn: 'Zero-discharge treatment of high-salinity wastewater',
    descriptionZh: '我公司化工园区每日产生高盐废水约 500 吨，寻求低能耗的蒸发结晶与分盐技术。',
    sector: 'green',
    budgetMin: 50_000_000,
    budgetMax: 200_000_000,
    deadline: '2027-06-30',
    modes: ['co_development'],
    ...overrides,
  };
}
