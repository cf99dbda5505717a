import { and, desc, eq, gte, inArray, lt, lte, sql } from 'drizzle-orm';
import type { ListingState } from '../../../schema/enums';
import { newId } from '../../../schema/ids';
import { listings } from '../../../schema/index';
import type { Listing } from '../../../schema/types';
import type { Database } from '../../db';
import { requireRole, requireUser } from '../../lib/access';
import { changedFields } from '../../lib/changed-fields';
import { Forbidden, Invalid, NotFound, StateConflict, VersionConflict } from '../../lib/errors';
import { notifyAfterCommit, recordChange } from '../../lib/journal';
import { listScope } from '../../lib/list-scope';
import type { ServiceContext } from '../../lib/service-context';
import { callerOrganization } from '../organizations/service';
import { type ListingAccess, listingAccess } from './access';
import { isListingCacheEnabled, readThrough, rowsAtVersions } from './row-cache';
import { ADMIN_EDITABLE_STATES, OWNER_EDITABLE_STATES, PUBLIC_LISTING_STATES } from './states';
import type { CreateListingInput, ListListingsInput, UpdateListingInput } from './types';

// The hot read is prepared once per database (Node keeps one; Workers prepare per request).
const byIdStatements = new WeakMap<Database, ReturnType<typeof prepareById>>();
function prepareById(db: Database) {
  return db
    .select()
    .from(listings)
    .where(eq(listings.id, sql.placeholder('id')))
    .prepare('listing_by_id');
}

export async function findListing(db: Database, id: string): Promise<Listing | null> {
  return readThrough(db, id, async () => {
    let statement = byIdStatements.get(db);
    if (!statement) {
      statement = prepareById(db);
      byIdStatements.set(db, statement);
    }
    const [row] = await statement.execute({ id });
    return row ?? null;
  });
}

/** A listing the caller may see, with what else the caller may do; 404 otherwise. */
export async function getListing(
  ctx: ServiceContext,
  id: string,
): Promise<{ listing: Listing; access: ListingAccess }> {
  const listing = await findListing(ctx.db, id);
  if (!listing) throw new NotFound('Listing', id);
  const access = await listingAccess(ctx, listing);
  if (!access.visible) throw new NotFound('Listing', id);
  return { listing, access };
}

export async function createListing(ctx: ServiceContext, input: CreateListingInput): Promise<Listing> {
  const user = requireRole(ctx.actor, 'seller', 'tenant_admin');
  const { ownerOrgId, ...fields } = input;
  const orgId = await callerOrganization(ctx, user.user.id, ownerOrgId, 'ownerOrgId');
  const { listing, eventId } = await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(listings)
      .values({
        ...fields,
        id: newId('listing'),
        tenantId: ctx.tenant.id,
        ownerOrgId: orgId,
        createdBy: user.user.id,
      })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    const eventId = await recordChange(tx, ctx, {
      action: 'listing.create',
      entityType: 'listing',
      entityId: row.id,
      toState: row.status,
      topic: 'listing.created',
    });
    return { listing: row, eventId };
  });
  await notifyAfterCommit(ctx, [eventId]);
  return listing;
}

export async function listListings(ctx: ServiceContext, q: ListListingsInput): Promise<Listing[]> {
  const where = await listScope(
    ctx,
    {
      tenantId: listings.tenantId,
      sector: listings.sector,
      status: listings.status,
      orgId: listings.ownerOrgId,
    },
    q,
    {
      public: PUBLIC_LISTING_STATES,
      listedByDefault: ['published', 'under_negotiation'],
      adminOnlyMessage: 'Only admins list listings in non-public states; use mine=true for your own.',
    },
  );
  if (q.sector) where.push(eq(listings.sector, q.sector));
  if (q.mode) where.push(sql`${q.mode} = any(${listings.modes})`);
  if (q.ipType) where.push(eq(listings.ipType, q.ipType));
  if (q.trlMin) where.push(gte(listings.trl, q.trlMin));
  if (q.trlMax) where.push(lte(listings.trl, q.trlMax));
  if (q.ownerOrgId) where.push(eq(listings.ownerOrgId, q.ownerOrgId));
  if (q.selected !== undefined) where.push(eq(listings.selected, q.selected));
  if (q.featured !== undefined) where.push(eq(listings.featured, q.featured));
  if (q.cursor) where.push(lt(listings.id, q.cursor));
  if (!isListingCacheEnabled(ctx.db)) {
    return ctx.db
      .select()
      .from(listings)
      .where(and(...where))
      .orderBy(desc(listings.id))
      .limit(q.limit + 1);
  }
  // Where rows live in memory, the page is a light query for ids and versions (no long text
  // leaves the database), and the rows come from the cache.
  const refs = await ctx.db
    .select({ id: listings.id, version: listings.version })
    .from(listings)
    .where(and(...where))
    .orderBy(desc(listings.id))
    .limit(q.limit + 1);
  return rowsAtVersions(ctx.db, refs, (ids) =>
    ctx.db.select().from(listings).where(inArray(listings.id, ids)),
  );
}

export async function updateListing(
  ctx: ServiceContext,
  id: string,
  input: UpdateListingInput,
): Promise<Listing> {
  requireUser(ctx.actor);
  const { listing, access } = await getListing(ctx, id);
  const { version, selected, featured, ...fields } = input;
  if ((selected !== undefined || featured !== undefined) && !access.isAdmin) {
    throw new Forbidden('Only admins mark listings as selected or featured.');
  }
  const editable = access.isAdmin ? ADMIN_EDITABLE_STATES : access.isOwner ? OWNER_EDITABLE_STATES : [];
  if (editable.length === 0)
    throw new Forbidden('Only the owner organization or an admin may edit this listing.');
  if (!editable.includes(listing.status))
    throw new StateConflict('listing', listing.status, 'edit', editable);
  if (version !== undefined && version !== listing.version)
    throw new VersionConflict('listing', version, listing.version);
  assertPriceConsistent({ ...listing, ...fields });
  // Editing a rejected listing reopens it as a draft (submitted → rejected → draft).
  const status: ListingState = listing.status === 'rejected' && !access.isAdmin ? 'draft' : listing.status;
  return applyUpdate(
    ctx,
    listing,
    { ...fields, selected, featured, status },
    'listing.update',
    'listing.updated',
  );
}

function assertPriceConsistent(v: {
  priceType: string;
  priceMin: number | null | undefined;
  priceMax: number | null | undefined;
}) {
  const min = v.priceMin ?? null;
  const max = v.priceMax ?? null;
  const bad =
    (v.priceType === 'fixed' && (min === null || max !== null)) ||
    (v.priceType === 'range' && (min === null || max === null || min > max)) ||
    (v.priceType === 'negotiable' && (min !== null || max !== null));
  if (bad)
    throw new Invalid('The price fields do not fit the price type.', [
      { path: 'priceType', message: 'inconsistent with priceMin/priceMax' },
    ]);
}

/** Writes a change guarded on the version read, so a concurrent change makes this one a 409. */
export async function applyUpdate(
  ctx: ServiceContext,
  listing: Listing,
  changes: Partial<Listing>,
  action: string,
  topic: string,
): Promise<Listing> {
  const now = ctx.clock.now();
  const { updated, eventId } = await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(listings)
      .set({ ...stripUndefined(changes), version: listing.version + 1, updatedAt: now })
      .where(and(eq(listings.id, listing.id), eq(listings.version, listing.version)))
      .returning();
    if (!row) {
      const [current] = await tx
        .select({ version: listings.version })
        .from(listings)
        .where(eq(listings.id, listing.id));
      throw new VersionConflict('listing', listing.version, current?.version ?? listing.version + 1);
    }
    const eventId = await recordChange(tx, ctx, {
      action,
      entityType: 'listing',
      entityId: row.id,
      fromState: listing.status,
      toState: row.status,
      data: { changed: changedFields(listing, changes) },
      topic,
    });
    return { updated: row, eventId };
  });
  await notifyAfterCommit(ctx, [eventId]);
  return updated;
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Deleting is for drafts that never left the owner; anything else is archived instead. */
export async function deleteListing(ctx: ServiceContext, id: string): Promise<void> {
  requireUser(ctx.actor);
  const { listing, access } = await getListing(ctx, id);
  if (!access.isOwner && !access.isAdmin)
    throw new Forbidden('Only the owner organization or an admin may delete this listing.');
  if (listing.status !== 'draft')
    throw new StateConflict('listing', listing.status, 'delete (archive it instead)', ['draft']);
  await ctx.db.transaction(async (tx) => {
    const deleted = await tx
      .delete(listings)
      .where(and(eq(listings.id, id), eq(listings.status, 'draft'), eq(listings.version, listing.version)))
      .returning({ id: listings.id });
    if (deleted.length === 0) throw new VersionConflict('listing', listing.version, listing.version + 1);
    await recordChange(tx, ctx, {
      action: 'listing.delete',
      entityType: 'listing',
      entityId: id,
      fromState: 'draft',
      topic: 'listing.deleted',
    });
  });
}
