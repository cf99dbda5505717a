import { asc, desc, eq } from 'drizzle-orm';
import {
  contractSignatures,
  dealContracts,
  dealMilestones,
  listings,
  organizations,
  users,
} from '../../../schema/index';
import type { Deal, DealContract } from '../../../schema/types';
import { sha256Hex } from '../../lib/encoding';
import { StateConflict } from '../../lib/errors';
import { notifyAfterCommit, recordChange } from '../../lib/journal';
import type { ServiceContext } from '../../lib/service-context';
import { loadDeal, requireSide } from './access';
import { type ContractData, renderContract } from './contract-template';
import { dealFlowId } from './ids';
import { lockDeal, stepDeal } from './transitions';

const CONTRACT_STATES = ['agreed', 'signed', 'in_progress', 'completed', 'disputed', 'refunded'] as const;

async function contractData(ctx: ServiceContext, deal: Deal): Promise<ContractData> {
  if (!deal.agreedOfferId) throw new StateConflict('deal', deal.status, 'generate a contract for');
  const org = async (id: string) =>
    (await ctx.db.select().from(organizations).where(eq(organizations.id, id)))[0];
  const [buyer, seller, listing, broker, milestones] = await Promise.all([
    org(deal.buyerOrgId),
    org(deal.sellerOrgId),
    deal.listingId
      ? ctx.db
          .select()
          .from(listings)
          .where(eq(listings.id, deal.listingId))
          .then((r) => r[0])
      : undefined,
    deal.brokerUserId
      ? ctx.db
          .select()
          .from(users)
          .where(eq(users.id, deal.brokerUserId))
          .then((r) => r[0])
      : undefined,
    ctx.db
      .select()
      .from(dealMilestones)
      .where(eq(dealMilestones.dealId, deal.id))
      .orderBy(asc(dealMilestones.seq)),
  ]);
  const party = (o: typeof buyer) => ({
    id: o?.id ?? '',
    nameZh: o?.nameZh ?? '',
    nameEn: o?.nameEn ?? null,
    region: o?.region ?? null,
  });
  return {
    dealId: deal.id,
    platform: { zh: ctx.tenant.nameZh, en: ctx.tenant.nameEn },
    buyer: party(buyer),
    seller: { ...party(seller), region: seller?.region ?? listing?.region ?? null },
    broker: broker ? { id: broker.id, name: broker.name } : null,
    listing: {
      id: listing?.id ?? null,
      titleZh: listing?.titleZh ?? deal.title ?? '',
      titleEn: listing?.titleEn ?? null,
      ipType: listing?.ipType ?? null,
      ipNumbers: listing?.ipNumbers ?? [],
      sector: listing?.sector ?? null,
    },
    mode: deal.mode,
    amount: deal.amount ?? 0,
    currency: deal.currency,
    milestones: milestones.map((m) => ({ seq: m.seq, title: m.title, amount: m.amount, dueDate: m.dueDate })),
    scope: deal.scope,
    terms: deal.terms,
    ipTerms: deal.ipTerms,
    offerId: deal.agreedOfferId,
  };
}

export const contractHash = (content: { zh: string; en: string }) =>
  sha256Hex(JSON.stringify({ zh: content.zh, en: content.en }));

/**
 * The deal's current contract. While the deal is `agreed` the text is regenerated from the
 * agreed terms and the parties; when it differs from the last version a new version is stored
 * (and earlier signatures no longer count). After signing, the signed version is final.
 */
export async function currentContract(ctx: ServiceContext, deal: Deal): Promise<DealContract> {
  if (!(CONTRACT_STATES as readonly string[]).includes(deal.status))
    throw new StateConflict('deal', deal.status, 'show the contract of', CONTRACT_STATES);
  const [latest] = await ctx.db
    .select()
    .from(dealContracts)
    .where(eq(dealContracts.dealId, deal.id))
    .orderBy(desc(dealContracts.version))
    .limit(1);
  if (deal.status !== 'agreed' && latest) return latest;
  const data = await contractData(ctx, deal);
  const content = renderContract(data);
  const hash = await contractHash(content);
  if (latest?.contentHash === hash) return latest;
  // The text names the agreed offer, so every new agreement gives a new hash and a new version.
  const version = (latest?.version ?? 0) + 1;
  const [row] = await ctx.db
    .insert(dealContracts)
    .values({
      id: dealFlowId('contract'),
      tenantId: deal.tenantId,
      dealId: deal.id,
      version,
      offerId: data.offerId,
      contentZh: content.zh,
      contentEn: content.en,
      contentHash: hash,
      data: data as unknown as Record<string, unknown>,
      createdAt: ctx.clock.now(),
    })
    .onConflictDoNothing()
    .returning();
  if (row) return row;
  // A concurrent reader stored the same version first.
  const [again] = await ctx.db
    .select()
    .from(dealContracts)
    .where(eq(dealContracts.dealId, deal.id))
    .orderBy(desc(dealContracts.version))
    .limit(1);
  if (!again) throw new Error('contract vanished');
  return again;
}

export async function contractWithSignatures(ctx: ServiceContext, dealId: string) {
  const { deal } = await loadDeal(ctx, dealId);
  const contract = await currentContract(ctx, deal);
  const signatures = await ctx.db
    .select()
    .from(contractSignatures)
    .where(eq(contractSignatures.contractId, contract.id))
    .orderBy(asc(contractSignatures.signedAt));
  return { deal, contract, signatures };
}

/** Registration numbers (技术合同登记号): the tenant, the signing year and the deal's unique id body. */
export function registrationNumber(deal: Deal, signedAt: Date): string {
  return `TM${signedAt.getUTCFullYear()}-${deal.id.slice(-12)}`;
}

/**
 * A party accepts the contract it read (by content hash). When both parties have accepted the
 * same version the deal becomes `signed`. The deal row is locked, so two parties signing at
 * the same moment still produce exactly one transition.
 */
export async function signContract(ctx: ServiceContext, dealId: string, contentHash: string) {
  const { deal, access } = await loadDeal(ctx, dealId);
  const me = requireSide(ctx, access);
  if (deal.status !== 'agreed') throw new StateConflict('deal', deal.status, 'sign', ['agreed']);
  const contract = await currentContract(ctx, deal);
  if (contract.contentHash !== contentHash) {
    throw new StateConflict(
      'contract',
      `at version ${contract.version} with another content hash`,
      'sign this text of',
    );
  }
  const now = ctx.clock.now();
  const result = await ctx.db.transaction(async (tx) => {
    const locked = await lockDeal(tx, dealId);
    if (locked.status !== 'agreed' || locked.agreedOfferId !== contract.offerId)
      throw new StateConflict('deal', locked.status, 'sign', ['agreed']);
    const [sig] = await tx
      .insert(contractSignatures)
      .values({
        id: dealFlowId('signature'),
        tenantId: deal.tenantId,
        dealId,
        contractId: contract.id,
        contractVersion: contract.version,
        contentHash,
        side: me.side,
        userId: me.userId,
        orgId: me.orgId,
        signedAt: now,
      })
      .onConflictDoNothing()
      .returning();
    if (!sig) throw new StateConflict('contract', `already signed by the ${me.side}`, 'sign');
    const eventIds = [
      await recordChange(tx, ctx, {
        action: 'deal.contract.sign',
        entityType: 'deal',
        entityId: dealId,
        data: { side: me.side, contractVersion: contract.version, contentHash },
        topic: 'deal.contract_signed_by_party',
      }),
    ];
    const all = await tx
      .select({ side: contractSignatures.side })
      .from(contractSignatures)
      .where(eq(contractSignatures.contractId, contract.id));
    let current = locked;
    if (new Set(all.map((s) => s.side)).size === 2) {
      const moved = await stepDeal(
        tx,
        ctx,
        locked,
        'sign',
        { signedAt: now, registrationNumber: registrationNumber(deal, now) },
        { contractVersion: contract.version },
      );
      current = moved.deal;
      eventIds.push(moved.eventId);
    }
    return { deal: current, signature: sig, eventIds };
  });
  await notifyAfterCommit(ctx, result.eventIds);
  return { deal: result.deal, signature: result.signature, contract };
}
