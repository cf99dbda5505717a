import type { z } from '@hono/zod-openapi';
import { and, desc, eq, lt, sql } from 'drizzle-orm';
import { newId } from '../../../schema/ids';
import { demands } from '../../../schema/index';
import type { Demand } from '../../../schema/types';
import { isTenantAdmin, requireRole, requireUser } from '../../lib/access';
import { changedFields } from '../../lib/changed-fields';
import { Forbidden, Invalid, NotFound, StateConflict, VersionConflict } from '../../lib/errors';
import { notifyAfterCommit, recordChange } from '../../lib/journal';
import { listScope } from '../../lib/list-scope';
import type { ServiceContext } from '../../lib/service-context';
import { callerOrganization, memberRole } from '../organizations/service';
import { hubTenantId } from '../tenants/service';
import { isSyndicated } from '../tenants/syndication';
import type { CreateDemandBody, ListDemandsQuery, UpdateDemandBody } from './schemas';
import { DEMAND_STEPS, type DemandAction, EDITABLE_DEMAND_STATES, PUBLIC_DEMAND_STATES } from './states';

type CreateDemandInput = z.infer<typeof CreateDemandBody>;
type UpdateDemandInput = z.infer<typeof UpdateDemandBody>;
type ListDemandsInput = Omit<z.infer<typeof ListDemandsQuery>, 'mine'> & { mine?: boolean };

interface DemandAccess {
  isOwner: boolean;
  isAdmin: boolean;
}

export async function getDemand(
  ctx: ServiceContext,
  id: string,
): Promise<{ demand: Demand; access: DemandAccess }> {
  const [demand] = await ctx.db.select().from(demands).where(eq(demands.id, id));
  if (!demand) throw new NotFound('Demand', id);
  const sameTenant = demand.tenantId === ctx.tenant.id;
  const isAdmin = sameTenant && isTenantAdmin(ctx.actor);
  const isOwner =
    sameTenant &&
    ctx.actor.kind === 'user' &&
    (await memberRole(ctx.db, demand.orgId, ctx.actor.user.id)) !== null;
  const isPublic = PUBLIC_DEMAND_STATES.includes(demand.status);
  const visible =
    isOwner ||
    isAdmin ||
    (isPublic &&
      (sameTenant || isSyndicated(ctx.tenant, await hubTenantId(ctx.db), demand.tenantId, demand.sector)));
  if (!visible) throw new NotFound('Demand', id);
  return { demand, access: { isOwner, isAdmin } };
}

export async function createDemand(ctx: ServiceContext, input: CreateDemandInput): Promise<Demand> {
  const user = requireRole(ctx.actor, 'buyer', 'tenant_admin');
  const { orgId: requested, ...fields } = input;
  const orgId = await callerOrganization(ctx, user.user.id, requested, 'orgId');
  const { demand, eventId } = await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(demands)
      .values({ ...fields, id: newId('demand'), tenantId: ctx.tenant.id, orgId, createdBy: user.user.id })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    const eventId = await recordChange(tx, ctx, {
      action: 'demand.create',
      entityType: 'demand',
      entityId: row.id,
      toState: row.status,
      topic: 'demand.created',
    });
    return { demand: row, eventId };
  });
  await notifyAfterCommit(ctx, [eventId]);
  return demand;
}

export async function listDemands(ctx: ServiceContext, q: ListDemandsInput): Promise<Demand[]> {
  const where = await listScope(
    ctx,
    { tenantId: demands.tenantId, sector: demands.sector, status: demands.status, orgId: demands.orgId },
    q,
    {
      public: PUBLIC_DEMAND_STATES,
      listedByDefault: ['open', 'in_talks'],
      adminOnlyMessage: 'Only admins list drafts; use mine=true for your own.',
    },
  );
  if (q.sector) where.push(eq(demands.sector, q.sector));
  if (q.mode) where.push(sql`${q.mode} = any(${demands.modes})`);
  if (q.orgId) where.push(eq(demands.orgId, q.orgId));
  if (q.cursor) where.push(lt(demands.id, q.cursor));
  return ctx.db
    .select()
    .from(demands)
    .where(and(...where))
    .orderBy(desc(demands.id))
    .limit(q.limit + 1);
}

export async function updateDemand(
  ctx: ServiceContext,
  id: string,
  input: UpdateDemandInput,
): Promise<Demand> {
  requireUser(ctx.actor);
  const { demand, access } = await getDemand(ctx, id);
  if (!access.isOwner && !access.isAdmin)
    throw new Forbidden('Only the demand owner or an admin may edit it.');
  if (!EDITABLE_DEMAND_STATES.includes(demand.status))
    throw new StateConflict('demand', demand.status, 'edit', EDITABLE_DEMAND_STATES);
  const { version, ...changes } = input;
  if (version !== undefined && version !== demand.version)
    throw new VersionConflict('demand', version, demand.version);
  const min = changes.budgetMin === undefined ? demand.budgetMin : changes.budgetMin;
  const max = changes.budgetMax === undefined ? demand.budgetMax : changes.budgetMax;
  if (min !== null && max !== null && min > max) {
    throw new Invalid('budgetMax must not be below budgetMin.', [
      { path: 'budgetMax', message: 'below budgetMin' },
    ]);
  }
  const set = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
  return writeDemand(ctx, demand, set, { action: 'demand.update', topic: 'demand.updated' });
}

export async function transitionDemand(
  ctx: ServiceContext,
  id: string,
  action: DemandAction,
  version?: number,
) {
  requireUser(ctx.actor);
  const { demand, access } = await getDemand(ctx, id);
  const step = DEMAND_STEPS[action];
  if (!access.isOwner && !(action === 'close' && access.isAdmin)) {
    throw new Forbidden(`Only the demand owner may ${action} it.`);
  }
  if (!step.from.includes(demand.status)) throw new StateConflict('demand', demand.status, action, step.from);
  if (version !== undefined && version !== demand.version)
    throw new VersionConflict('demand', version, demand.version);
  const now = ctx.clock.now();
  const stamp = action === 'publish' ? { publishedAt: now } : { closedAt: now };
  return writeDemand(
    ctx,
    demand,
    { status: step.to, ...stamp },
    { action: `demand.${action}`, topic: step.topic },
  );
}

/** Guarded on the version read: a concurrent change turns this one into a 409. */
async function writeDemand(
  ctx: ServiceContext,
  demand: Demand,
  changes: Partial<Demand>,
  meta: { action: string; topic: string },
): Promise<Demand> {
  const { row, eventId } = await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(demands)
      .set({ ...changes, version: demand.version + 1, updatedAt: ctx.clock.now() })
      .where(
        and(
          eq(demands.id, demand.id),
          eq(demands.version, demand.version),
          eq(demands.status, demand.status),
        ),
      )
      .returning();
    if (!row) {
      // Lost a race: say what the demand is now, as a state or a version conflict.
      const [current] = await tx
        .select({ status: demands.status, version: demands.version })
        .from(demands)
        .where(eq(demands.id, demand.id));
      if (current && current.status === demand.status)
        throw new VersionConflict('demand', demand.version, current.version);
      throw new StateConflict('demand', current?.status ?? 'gone', meta.action.replace('demand.', ''));
    }
    const eventId = await recordChange(tx, ctx, {
      action: meta.action,
      entityType: 'demand',
      entityId: row.id,
      fromState: demand.status,
      toState: row.status,
      data: { changed: changedFields(demand, changes) },
      topic: meta.topic,
    });
    return { row, eventId };
  });
  await notifyAfterCommit(ctx, [eventId]);
  return row;
}
