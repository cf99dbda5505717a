import type { Listing } from '../../../schema/types';
import { isTenantAdmin } from '../../lib/access';
import type { ServiceContext } from '../../lib/service-context';
import { memberRole } from '../organizations/service';
import { hubTenantId } from '../tenants/service';
import { isSyndicated } from '../tenants/syndication';
import { PUBLIC_LISTING_STATES } from './states';

export interface ListingAccess {
  visible: boolean;
  /** A member of the owner organization. */
  isOwner: boolean;
  /** An admin of the tenant the listing belongs to. */
  isAdmin: boolean;
}

/**
 * Who may see a listing: anyone on its tenant (or a storefront that syndicates it) once it is
 * public; the owner organization and its tenant's admins in every state. Invisible means 404.
 */
export async function listingAccess(ctx: ServiceContext, listing: Listing): Promise<ListingAccess> {
  const sameTenant = listing.tenantId === ctx.tenant.id;
  const isAdmin = sameTenant && isTenantAdmin(ctx.actor);
  const isOwner =
    sameTenant &&
    ctx.actor.kind === 'user' &&
    (await memberRole(ctx.db, listing.ownerOrgId, ctx.actor.user.id)) !== null;
  if (isOwner || isAdmin) return { visible: true, isOwner, isAdmin };
  const isPublic = PUBLIC_LISTING_STATES.includes(listing.status);
  if (!isPublic) return { visible: false, isOwner, isAdmin };
  if (sameTenant) return { visible: true, isOwner, isAdmin };
  const hubId = await hubTenantId(ctx.db);
  return { visible: isSyndicated(ctx.tenant, hubId, listing.tenantId, listing.sector), isOwner, isAdmin };
}
