import type { ListingState } from '../../../schema/enums';

// The listing state machine of design.md. `who` says which side may take the step:
// the owner organization's members, or the tenant's admins (moderation).

export type ListingAction = 'submit' | 'publish' | 'reject' | 'archive';

interface Step {
  from: readonly ListingState[];
  to: ListingState;
  who: 'owner' | 'admin' | 'owner_or_admin';
  topic: string;
}

export const LISTING_STEPS: Record<ListingAction, Step> = {
  submit: { from: ['draft'], to: 'submitted', who: 'owner', topic: 'listing.submitted' },
  publish: { from: ['submitted'], to: 'published', who: 'admin', topic: 'listing.published' },
  reject: { from: ['submitted'], to: 'rejected', who: 'admin', topic: 'listing.rejected' },
  archive: {
    from: ['draft', 'submitted', 'rejected', 'published', 'under_negotiation', 'closed'],
    to: 'archived',
    who: 'owner_or_admin',
    topic: 'listing.archived',
  },
};

/** States anyone may see; the others only the owner organization and the tenant's admins. */
export const PUBLIC_LISTING_STATES: readonly ListingState[] = ['published', 'under_negotiation', 'closed'];

/** States the owner may still edit; editing a rejected listing takes it back to draft. */
export const OWNER_EDITABLE_STATES: readonly ListingState[] = ['draft', 'rejected'];
export const ADMIN_EDITABLE_STATES: readonly ListingState[] = ['draft', 'submitted', 'rejected', 'published'];
