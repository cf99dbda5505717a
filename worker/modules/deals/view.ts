import type { DealSide } from '../../../schema/deals-offers';
import type { PaymentRefund } from '../../../schema/deals-refunds';
import type { Deal, DealMilestone, DealOffer } from '../../../schema/types';
import { refundView } from '../payments/refund-execution';

const iso = (d: Date | null) => d?.toISOString() ?? null;

export function offerView(o: DealOffer) {
  return {
    id: o.id,
    dealId: o.dealId,
    side: o.side,
    proposedBy: o.proposedBy,
    status: o.status,
    mode: o.mode,
    amount: o.amount,
    currency: o.currency,
    milestones: o.milestones,
    terms: o.terms,
    ipTerms: o.ipTerms,
    message: o.message,
    expiresAt: iso(o.expiresAt),
    respondedAt: iso(o.respondedAt),
    createdAt: o.createdAt.toISOString(),
  };
}

export function milestoneView(m: DealMilestone) {
  return {
    id: m.id,
    seq: m.seq,
    title: m.title,
    shareBps: m.shareBps,
    amount: m.amount,
    currency: m.currency,
    dueDate: m.dueDate,
    status: m.status,
    evidence: m.evidence,
    changesRequested: m.changesRequested,
    paidAt: iso(m.paidAt),
    deliveredAt: iso(m.deliveredAt),
    acceptedAt: iso(m.acceptedAt),
    version: m.version,
  };
}

export function dealView(
  deal: Deal,
  extra: {
    side: DealSide | null;
    offers: DealOffer[];
    milestones: DealMilestone[];
    refunds?: PaymentRefund[];
  },
) {
  return {
    id: deal.id,
    tenantId: deal.tenantId,
    listingId: deal.listingId,
    inquiryId: deal.inquiryId,
    title: deal.title,
    buyerOrgId: deal.buyerOrgId,
    sellerOrgId: deal.sellerOrgId,
    brokerUserId: deal.brokerUserId,
    status: deal.status,
    mode: deal.mode,
    amount: deal.amount,
    currency: deal.currency,
    scope: deal.scope,
    terms: deal.terms,
    ipTerms: deal.ipTerms,
    agreedOfferId: deal.agreedOfferId,
    registrationNumber: deal.registrationNumber,
    signedAt: iso(deal.signedAt),
    completedAt: iso(deal.completedAt),
    closeReason: deal.closeReason,
    version: deal.version,
    createdAt: deal.createdAt.toISOString(),
    updatedAt: deal.updatedAt.toISOString(),
    yourSide: extra.side,
    offers: extra.offers.map(offerView),
    milestones: extra.milestones.map(milestoneView),
    refunds: (extra.refunds ?? []).map(refundView),
  };
}
