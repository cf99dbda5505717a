import { and, desc, eq, lt, type SQL } from 'drizzle-orm';
import type { OrganizationType, OrgMemberRole, VerificationState } from '../../../schema/enums';
import { newId } from '../../../schema/ids';
import { organizationMembers, organizations, users } from '../../../schema/index';
import type { Organization } from '../../../schema/types';
import type { Database } from '../../db';
import { isTenantAdmin, requireUser } from '../../lib/access';
import { changedFields } from '../../lib/changed-fields';
import { Conflict, Forbidden, Invalid, NotFound, VersionConflict } from '../../lib/errors';
import { notifyAfterCommit, recordChange } from '../../lib/journal';
import type { ServiceContext } from '../../lib/service-context';

export interface CreateOrganizationInput {
  type: OrganizationType;
  nameZh: string;
  nameEn?: string;
  region?: string;
  website?: string;
  descriptionZh?: string;
  descriptionEn?: string;
}

export async function createOrganization(ctx: ServiceContext, input: CreateOrganizationInput) {
  const user = requireUser(ctx.actor);
  return ctx.db.transaction(async (tx) => {
    const [org] = await tx
      .insert(organizations)
      .values({ id: newId('organization'), tenantId: ctx.tenant.id, createdBy: user.user.id, ...input })
      .returning();
    if (!org) throw new Error('insert returned nothing');
    await tx
      .insert(organizationMembers)
      .values({ organizationId: org.id, userId: user.user.id, role: 'owner' });
    await recordChange(tx, ctx, {
      action: 'organization.create',
      entityType: 'organization',
      entityId: org.id,
      topic: 'organization.created',
    });
    return org;
  });
}

export type UpdateOrganizationInput = {
  [K in keyof CreateOrganizationInput]?: CreateOrganizationInput[K] | null;
} & { type?: OrganizationType; nameZh?: string; version?: number };

/**
 * The organization's owner or admins (or a tenant admin) edit its profile. Guarded on the
 * version read, audited with the fields that changed, and announced as `organization.updated`
 * so the search index refreshes the names on the organization's listings and demands.
 */
export async function updateOrganization(
  ctx: ServiceContext,
  id: string,
  input: UpdateOrganizationInput,
): Promise<Organization> {
  const user = requireUser(ctx.actor);
  const org = await getOrganization(ctx, id);
  if (!isTenantAdmin(ctx.actor) && !managesOrganization(await memberRole(ctx.db, org.id, user.user.id))) {
    throw new Forbidden('Only the organization owner or an admin may edit it.');
  }
  const { version, ...fields } = input;
  if (version !== undefined && version !== org.version)
    throw new VersionConflict('organization', version, org.version);
  const changes: Partial<Organization> = Object.fromEntries(
    Object.entries(fields).filter(([, v]) => v !== undefined),
  );
  // Verification attests this name and type: changing either asks for it again.
  const renamed =
    (changes.nameZh !== undefined && changes.nameZh !== org.nameZh) ||
    (changes.type !== undefined && changes.type !== org.type);
  if (renamed && org.verification === 'verified') changes.verification = 'pending';
  const { updated, eventId } = await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(organizations)
      .set({ ...changes, version: org.version + 1, updatedAt: ctx.clock.now() })
      .where(and(eq(organizations.id, org.id), eq(organizations.version, org.version)))
      .returning();
    if (!row) {
      const [current] = await tx
        .select({ version: organizations.version })
        .from(organizations)
        .where(eq(organizations.id, org.id));
      throw new VersionConflict('organization', org.version, current?.version ?? org.version + 1);
    }
    const eventId = await recordChange(tx, ctx, {
      action: 'organization.update',
      entityType: 'organization',
      entityId: row.id,
      data: { changed: changedFields(org, changes) },
      topic: 'organization.updated',
    });
    return { updated: row, eventId };
  });
  await notifyAfterCommit(ctx, [eventId]);
  return updated;
}

export async function getOrganization(ctx: ServiceContext, id: string): Promise<Organization> {
  const [org] = await ctx.db
    .select()
    .from(organizations)
    .where(and(eq(organizations.id, id), eq(organizations.tenantId, ctx.tenant.id)));
  if (!org) throw new NotFound('Organization', id);
  return org;
}

export async function listOrganizations(
  ctx: ServiceContext,
  query: {
    limit: number;
    cursor?: string;
    type?: OrganizationType;
    verification?: VerificationState;
    mine?: boolean;
  },
) {
  const conditions: SQL[] = [eq(organizations.tenantId, ctx.tenant.id)];
  if (query.type) conditions.push(eq(organizations.type, query.type));
  if (query.verification) conditions.push(eq(organizations.verification, query.verification));
  if (query.cursor) conditions.push(lt(organizations.id, query.cursor));
  const base = ctx.db.select({ org: organizations }).from(organizations);
  const rows = query.mine
    ? await base
        .innerJoin(organizationMembers, eq(organizationMembers.organizationId, organizations.id))
        .where(and(...conditions, eq(organizationMembers.userId, requireUser(ctx.actor).user.id)))
        .orderBy(desc(organizations.id))
        .limit(query.limit + 1)
    : await base
        .where(and(...conditions))
        .orderBy(desc(organizations.id))
        .limit(query.limit + 1);
  return rows.map((r) => r.org);
}

/** Owners and admins manage an organization (its profile, members, verification requests). */
export function managesOrganization(role: OrgMemberRole | null): boolean {
  return role === 'owner' || role === 'admin';
}

/** The caller's role in the organization, or null when not a member. */
export async function memberRole(db: Database, orgId: string, userId: string): Promise<OrgMemberRole | null> {
  const [row] = await db
    .select({ role: organizationMembers.role })
    .from(organizationMembers)
    .where(and(eq(organizationMembers.organizationId, orgId), eq(organizationMembers.userId, userId)));
  return row?.role ?? null;
}

export async function listMembers(ctx: ServiceContext, orgId: string) {
  await assertCanSeeMembers(ctx, orgId);
  return ctx.db
    .select({ userId: users.id, name: users.name, email: users.email, role: organizationMembers.role })
    .from(organizationMembers)
    .innerJoin(users, eq(users.id, organizationMembers.userId))
    .where(eq(organizationMembers.organizationId, orgId))
    .orderBy(organizationMembers.createdAt);
}

async function assertCanSeeMembers(ctx: ServiceContext, orgId: string) {
  const user = requireUser(ctx.actor);
  await getOrganization(ctx, orgId);
  if (isTenantAdmin(ctx.actor)) return;
  if (!(await memberRole(ctx.db, orgId, user.user.id)))
    throw new Forbidden('Only members see the member list.');
}

export async function addMember(
  ctx: ServiceContext,
  orgId: string,
  input: { email: string; role: OrgMemberRole },
) {
  const user = requireUser(ctx.actor);
  const org = await getOrganization(ctx, orgId);
  const callerRole = await memberRole(ctx.db, org.id, user.user.id);
  if (!isTenantAdmin(ctx.actor) && !managesOrganization(callerRole)) {
    throw new Forbidden('Only the organization owner or an admin may add members.');
  }
  if (input.role === 'owner' && callerRole !== 'owner' && !isTenantAdmin(ctx.actor)) {
    throw new Forbidden('Only an owner may add another owner.');
  }
  const [invitee] = await ctx.db.select().from(users).where(eq(users.email, input.email));
  if (!invitee) throw new NotFound('User with this email');
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(organizationMembers)
      .values({ organizationId: org.id, userId: invitee.id, role: input.role })
      .onConflictDoNothing()
      .returning();
    if (!row) throw new Conflict('This person is already a member.');
    await recordChange(tx, ctx, {
      action: 'organization.member.add',
      entityType: 'organization',
      entityId: org.id,
      data: { userId: invitee.id, role: input.role },
    });
    return { userId: invitee.id, name: invitee.name, email: invitee.email, role: row.role };
  });
}

/** The organization a caller acts for: the one named (if they belong to it), else their first. */
export async function callerOrganization(
  ctx: ServiceContext,
  userId: string,
  requested: string | undefined,
  field: string,
) {
  if (requested) {
    await getOrganization(ctx, requested);
    if (!(await memberRole(ctx.db, requested, userId)) && !isTenantAdmin(ctx.actor)) {
      throw new Invalid('You are not a member of that organization.', [
        { path: field, message: 'not your organization' },
      ]);
    }
    return requested;
  }
  const [first] = await ctx.db
    .select({ id: organizationMembers.organizationId })
    .from(organizationMembers)
    .innerJoin(organizations, eq(organizations.id, organizationMembers.organizationId))
    .where(and(eq(organizationMembers.userId, userId), eq(organizations.tenantId, ctx.tenant.id)))
    .orderBy(organizationMembers.createdAt)
    .limit(1);
  if (!first)
    throw new Invalid('Create or join an organization first.', [{ path: field, message: 'required' }]);
  return first.id;
}
