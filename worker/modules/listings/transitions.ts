import { and, eq } from 'drizzle-orm';
import { listings } from '../../../schema/index';
import type { Listing } from '../../../schema/types';
import { requireUser } from '../../lib/access';
import { Forbidden, StateConflict, VersionConflict } from '../../lib/errors';
import { notifyAfterCommit, recordChange } from '../../lib/journal';
import type { ServiceContext } from '../../lib/service-context';
import { getListing } from './service';
import { LISTING_STEPS, type ListingAction } from './states';

/**
 * One guarded step of the listing state machine. The UPDATE is conditioned on the state and
 * version that were checked, so of two racing requests exactly one moves the listing and the
 * other gets a 409 — never a double transition.
 */
export async function transitionListing(
  ctx: ServiceContext,
  id: string,
  action: ListingAction,
  options: { version?: number; reason?: string } = {},
): Promise<Listing> {
  requireUser(ctx.actor);
  const { listing, access } = await getListing(ctx, id);
  const step = LISTING_STEPS[action];
  const allowed =
    step.who === 'owner'
      ? access.isOwner
      : step.who === 'admin'
        ? access.isAdmin
        : access.isOwner || access.isAdmin;
  if (!allowed) {
    throw new Forbidden(
      step.who === 'admin'
        ? `Only a tenant admin may ${action} a listing.`
        : `Only the owner organization may ${action} this listing.`,
    );
  }
  if (!step.from.includes(listing.status))
    throw new StateConflict('listing', listing.status, action, step.from);
  if (options.version !== undefined && options.version !== listing.version) {
    throw new VersionConflict('listing', options.version, listing.version);
  }
  const now = ctx.clock.now();
  const { updated, eventId } = await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(listings)
      .set({
        status: step.to,
        version: listing.version + 1,
        updatedAt: now,
        ...(action === 'submit' ? { submittedAt: now, rejectionReason: null } : {}),
        ...(action === 'publish' ? { publishedAt: now } : {}),
        ...(action === 'reject' ? { rejectionReason: options.reason ?? null } : {}),
      })
      .where(
        and(eq(listings.id, id), eq(listings.status, listing.status), eq(listings.version, listing.version)),
      )
      .returning();
    if (!row) {
      const [current] = await tx
        .select({ status: listings.status, version: listings.version })
        .from(listings)
        .where(eq(listings.id, id));
      if (current && current.status === listing.status)
        throw new VersionConflict('listing', listing.version, current.version);
      throw new StateConflict('listing', current?.status ?? 'gone', action, step.from);
    }
    const eventId = await recordChange(tx, ctx, {
      action: `listing.${action}`,
      entityType: 'listing',
      entityId: id,
      fromState: listing.status,
      toState: step.to,
      data: options.reason ? { reason: options.reason } : undefined,
      topic: step.topic,
      payload: { id, status: step.to, sector: row.sector },
    });
    return { updated: row, eventId };
  });
  await notifyAfterCommit(ctx, [eventId]);
  return updated;
}
