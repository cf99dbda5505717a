// The people and organizations of the demo market: every organization gets an owner account
// (the demo role accounts where one works there, otherwise a contact person), so each listing
// and demand is created by a real member of the organization that owns it.
import type { InferInsertModel } from 'drizzle-orm';
import type { OrganizationType, Role, VerificationState } from '../enums';
import { newId } from '../ids';
import type { memberships, organizationMembers, organizations, users } from '../index';
import { DEMO_ORGANIZATIONS } from './content/organizations';
import { DEMO_PEOPLE } from './content/people';
import type { DemoTenantSlug, OrganizationSeed } from './content/types';
import type { Random } from './random';
import { personName } from './terms';

export interface SeededOrganization {
  id: string;
  tenantId: string;
  tenant: DemoTenantSlug;
  seed: OrganizationSeed;
  ownerUserId: string;
}

export interface DemoAccount {
  email: string;
  name: string;
  roles: Role[];
  tenant: DemoTenantSlug;
}

export interface DemoAccounts {
  users: InferInsertModel<typeof users>[];
  memberships: InferInsertModel<typeof memberships>[];
  organizations: InferInsertModel<typeof organizations>[];
  organizationMembers: InferInsertModel<typeof organizationMembers>[];
  orgs: Map<string, SeededOrganization>;
  /** The accounts worth printing: one per role per tenant. */
  roleAccounts: DemoAccount[];
  brokers: Map<DemoTenantSlug, string>;
}

const UNVERIFIED: ReadonlySet<string> = new Set(['jiaodong-angel', 'qdu-alumni-vc']);

function contactRoles(type: OrganizationType, sells: boolean): Role[] {
  if (type === 'investor') return ['investor'];
  if (type === 'agency') return sells ? ['broker', 'seller'] : ['broker'];
  if (type === 'enterprise') return sells ? ['buyer', 'seller'] : ['buyer'];
  return ['seller'];
}

export function buildDemoAccounts(input: {
  tenantIds: Record<DemoTenantSlug, string>;
  passwordHash: string;
  /** Accounts that already exist (by email) are reused, not inserted again. */
  existingUserIds: Map<string, string>;
  rng: Random;
  now: Date;
}): DemoAccounts {
  const { tenantIds, passwordHash, existingUserIds, rng, now } = input;
  const out: DemoAccounts = {
    users: [],
    memberships: [],
    organizations: [],
    organizationMembers: [],
    orgs: new Map(),
    roleAccounts: [],
    brokers: new Map(),
  };
  const addUser = (email: string, name: string, tenant: DemoTenantSlug, roles: Role[]): string => {
    const existing = existingUserIds.get(email);
    const id = existing ?? newId('user', now.getTime());
    if (!existing)
      out.users.push({ id, email, name, passwordHash, locale: 'zh', createdAt: now, updatedAt: now });
    out.memberships.push({
      id: newId('membership', now.getTime()),
      tenantId: tenantIds[tenant],
      userId: id,
      roles,
      createdAt: now,
      updatedAt: now,
    });
    return id;
  };

  const people = new Map<string, { userId: string; orgRole: (typeof DEMO_PEOPLE)[number]['orgRole'] }[]>();
  for (const p of DEMO_PEOPLE) {
    const userId = addUser(p.email, p.name, p.tenant, [...p.roles]);
    out.roleAccounts.push({ email: p.email, name: p.name, roles: [...p.roles], tenant: p.tenant });
    if (p.roles.includes('broker')) out.brokers.set(p.tenant, userId);
    people.set(p.orgKey, [...(people.get(p.orgKey) ?? []), { userId, orgRole: p.orgRole }]);
  }

  for (const seed of DEMO_ORGANIZATIONS) {
    const tenantId = tenantIds[seed.tenant];
    const orgId = newId('organization', now.getTime());
    const staff = people.get(seed.key) ?? [];
    let owner = staff.find((s) => s.orgRole === 'owner')?.userId;
    if (!owner) {
      const roles = contactRoles(seed.type, (seed.sells ?? []).length > 0);
      owner = addUser(`${seed.key}@orgs.techmarket.local`, personName(rng), seed.tenant, roles);
      staff.unshift({ userId: owner, orgRole: 'owner' });
    }
    const verification: VerificationState = UNVERIFIED.has(seed.key) ? 'pending' : 'verified';
    out.organizations.push({
      id: orgId,
      tenantId,
      type: seed.type,
      nameZh: seed.name[0],
      nameEn: seed.name[1],
      region: seed.region,
      website: seed.website,
      descriptionZh: seed.description[0],
      descriptionEn: seed.description[1],
      verification,
      createdBy: owner,
      createdAt: now,
      updatedAt: now,
    });
    for (const s of staff)
      out.organizationMembers.push({
        organizationId: orgId,
        userId: s.userId,
        role: s.orgRole,
        createdAt: now,
      });
    out.orgs.set(seed.key, { id: orgId, tenantId, tenant: seed.tenant, seed, ownerUserId: owner });
  }
  return out;
}
