import { and, eq } from 'drizzle-orm';
import type { DealState } from '../../../schema/deals';
import type { ListingState } from '../../../schema/enums';
import { listings } from '../../../schema/index';
import type { Deal } from '../../../schema/types';
import type { Database } from '../../db';
import { recordChange } from '../../lib/journal';
import type { ServiceContext } from '../../lib/service-context';

// A listing follows its exclusive deals: an assignment or exclusive licence under contract takes
// it off the market (published → under_negotiation), its completion closes it (sold / licensed),
// and a cancelled or refunded one puts it back on the market. Non-exclusive modes (licences,
// services, co-development) can be sold many times, so they leave the listing as it is.

const EXCLUSIVE_MODES = new Set(['transfer', 'license_exclusive', 'equity']);

function listingChange(
  deal: Deal,
  to: DealState,
): { from: ListingState; to: ListingState; closedAs?: 'sold' | 'licensed' } | null {
  if (to === 'signed') return { from: 'published', to: 'under_negotiation' };
  if (to === 'completed')
    return {
      from: 'under_negotiation',
      to: 'closed',
      closedAs: deal.mode === 'transfer' || deal.mode === 'equity' ? 'sold' : 'licensed',
    };
  if (to === 'cancelled' || to === 'refunded') return { from: 'under_negotiation', to: 'published' };
  return null;
}

/** Called inside the deal's transaction, so the listing and the deal never disagree. */
export async function syncListingWithDeal(
  tx: Database,
  ctx: ServiceContext,
  deal: Deal,
  to: DealState,
): Promise<void> {
  if (!deal.listingId || !EXCLUSIVE_MODES.has(deal.mode)) return;
  const change = listingChange(deal, to);
  if (!change) return;
  const [current] = await tx.select().from(listings).where(eq(listings.id, deal.listingId));
  if (!current || current.status !== change.from) return;
  const [row] = await tx
    .update(listings)
    .set({
      status: change.to,
      closedAs: change.closedAs ?? null,
      version: current.version + 1,
      updatedAt: ctx.clock.now(),
    })
    .where(and(eq(listings.id, current.id), eq(listings.version, current.version)))
    .returning({ id: listings.id });
  if (!row) return;
  await recordChange(
    tx,
    { ...ctx, tenant: { ...ctx.tenant, id: current.tenantId } },
    {
      action: 'listing.deal_sync',
      entityType: 'listing',
      entityId: current.id,
      fromState: current.status,
      toState: change.to,
      data: { dealId: deal.id, dealState: to },
      topic: `listing.${change.to === 'published' ? 'republished' : change.to}`,
      payload: { id: current.id, status: change.to, sector: current.sector },
    },
  );
}
