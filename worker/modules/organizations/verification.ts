import { and, eq } from 'drizzle-orm';
import type { VerificationState } from '../../../schema/enums';
import { organizations } from '../../../schema/index';
import type { Organization } from '../../../schema/types';
import { requireTenantAdmin, requireUser } from '../../lib/access';
import { Forbidden, Invalid, StateConflict } from '../../lib/errors';
import { notifyAfterCommit, recordChange } from '../../lib/journal';
import type { ServiceContext } from '../../lib/service-context';
import { getOrganization, managesOrganization, memberRole } from './service';

// Verification (机构认证): the organization's owner or admins ask for it, a tenant admin
// decides. Each step is guarded on the state read (a concurrent step makes this one a 409),
// audited, and written to the outbox as `organization.verification_changed`. A verified
// organization that changes its name or type goes back to pending (see updateOrganization).

const MAX_TEXT = 2000;

/** The rules the API's schema states, kept here too for the site's forms. */
function checkText(field: string, value: string | undefined, required: boolean) {
  const text = value?.trim() ?? '';
  if (required && text.length < 2)
    throw new Invalid('Say why the verification is rejected.', [{ path: field, message: 'required' }]);
  if (text.length > MAX_TEXT)
    throw new Invalid(`At most ${MAX_TEXT} characters.`, [{ path: field, message: 'too long' }]);
}

const REQUESTABLE: readonly VerificationState[] = ['unverified', 'rejected'];
const DECIDABLE: readonly VerificationState[] = ['pending'];

export async function requestVerification(
  ctx: ServiceContext,
  id: string,
  input: { note?: string },
): Promise<Organization> {
  const user = requireUser(ctx.actor);
  const org = await getOrganization(ctx, id);
  if (!managesOrganization(await memberRole(ctx.db, org.id, user.user.id)))
    throw new Forbidden('Only the organization owner or an admin may ask for verification.');
  checkText('note', input.note, false);
  if (!REQUESTABLE.includes(org.verification))
    throw new StateConflict('organization', org.verification, 'request verification of', REQUESTABLE);
  return moveVerification(ctx, org, 'pending', 'organization.verification.request', { note: input.note });
}

export async function decideVerification(
  ctx: ServiceContext,
  id: string,
  input: { decision: 'verified' | 'rejected'; reason?: string },
): Promise<Organization> {
  const org = await getOrganization(ctx, id); // another tenant's organization: 404 first
  requireTenantAdmin(ctx.actor, 'Only a tenant admin decides on verification.');
  checkText('reason', input.reason, input.decision === 'rejected');
  if (!DECIDABLE.includes(org.verification))
    throw new StateConflict('organization', org.verification, 'decide on the verification of', DECIDABLE);
  return moveVerification(ctx, org, input.decision, `organization.verification.${input.decision}`, {
    reason: input.reason,
  });
}

async function moveVerification(
  ctx: ServiceContext,
  org: Organization,
  to: VerificationState,
  action: string,
  data: Record<string, string | undefined>,
): Promise<Organization> {
  const { updated, eventId } = await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(organizations)
      .set({ verification: to, version: org.version + 1, updatedAt: ctx.clock.now() })
      .where(and(eq(organizations.id, org.id), eq(organizations.verification, org.verification)))
      .returning();
    if (!row) {
      const [current] = await tx
        .select({ verification: organizations.verification })
        .from(organizations)
        .where(eq(organizations.id, org.id));
      throw new StateConflict(
        'organization',
        current?.verification ?? 'gone',
        action.split('.').pop() ?? action,
      );
    }
    const eventId = await recordChange(tx, ctx, {
      action,
      entityType: 'organization',
      entityId: org.id,
      fromState: org.verification,
      toState: to,
      data: Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined)),
      topic: 'organization.verification_changed',
    });
    return { updated: row, eventId };
  });
  await notifyAfterCommit(ctx, [eventId]);
  return updated;
}
