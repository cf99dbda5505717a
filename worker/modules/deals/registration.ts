import { and, asc, eq, gte, inArray, lt } from 'drizzle-orm';
import type { TransactionMode } from '../../../schema/enums';
import { deals, listings, organizations } from '../../../schema/index';
import { SECTOR_TAXONOMY } from '../../../schema/sector-taxonomy';
import type { Deal } from '../../../schema/types';
import { requireTenantAdmin } from '../../lib/access';
import { StateConflict } from '../../lib/errors';
import type { ServiceContext } from '../../lib/service-context';
import { toDecimalString } from '../payments/money';
import { loadDeal } from './access';

// Technology-contract registration data (技术合同认定登记): the contract type of the four
// statutory kinds plus licensing, the technology field, IP type, amount and seller region.

export const CONTRACT_TYPES = ['development', 'transfer', 'license', 'consulting', 'service'] as const;
export type ContractType = (typeof CONTRACT_TYPES)[number];

const CONTRACT_TYPE_OF: Record<TransactionMode, ContractType> = {
  co_development: 'development',
  transfer: 'transfer',
  equity: 'transfer',
  license_exclusive: 'license',
  license_nonexclusive: 'license',
  consulting: 'consulting',
  service: 'service',
};
const CONTRACT_TYPE_ZH: Record<ContractType, string> = {
  development: '技术开发',
  transfer: '技术转让',
  license: '技术许可',
  consulting: '技术咨询',
  service: '技术服务',
};
const REGISTERED_STATES = ['signed', 'in_progress', 'completed', 'disputed'] as const;

export interface RegistrationRecord {
  registrationNumber: string;
  dealId: string;
  contractType: ContractType;
  contractTypeZh: string;
  technologyField: string;
  technologyFieldZh: string;
  ipType: string | null;
  amount: number;
  amountDecimal: string;
  currency: string;
  buyerName: string;
  sellerName: string;
  sellerRegion: string | null;
  signedAt: string;
  status: string;
}

async function recordOf(ctx: ServiceContext, deal: Deal): Promise<RegistrationRecord> {
  const [listing] = deal.listingId
    ? await ctx.db.select().from(listings).where(eq(listings.id, deal.listingId))
    : [];
  const orgs = await ctx.db
    .select()
    .from(organizations)
    .where(inArray(organizations.id, [deal.buyerOrgId, deal.sellerOrgId]));
  const buyer = orgs.find((o) => o.id === deal.buyerOrgId);
  const seller = orgs.find((o) => o.id === deal.sellerOrgId);
  const sector = SECTOR_TAXONOMY.find((s) => s.slug === listing?.sector);
  const type = CONTRACT_TYPE_OF[deal.mode];
  return {
    registrationNumber: deal.registrationNumber ?? '',
    dealId: deal.id,
    contractType: type,
    contractTypeZh: CONTRACT_TYPE_ZH[type],
    technologyField: sector?.slug ?? listing?.sector ?? 'unknown',
    technologyFieldZh: sector?.nameZh ?? '',
    ipType: listing?.ipType ?? null,
    amount: deal.amount ?? 0,
    amountDecimal: toDecimalString({ amount: deal.amount ?? 0, currency: deal.currency }),
    currency: deal.currency,
    buyerName: buyer?.nameZh ?? '',
    sellerName: seller?.nameZh ?? '',
    sellerRegion: seller?.region ?? listing?.region ?? null,
    signedAt: deal.signedAt?.toISOString() ?? '',
    status: deal.status,
  };
}

export async function dealRegistration(ctx: ServiceContext, dealId: string): Promise<RegistrationRecord> {
  const { deal } = await loadDeal(ctx, dealId);
  if (!deal.signedAt || !deal.registrationNumber)
    throw new StateConflict('deal', deal.status, 'register', ['signed', 'in_progress', 'completed']);
  return recordOf(ctx, deal);
}

/** Every contract of this tenant signed in [from, to) — for the admin's periodic registration filing. */
export async function periodRegistrations(
  ctx: ServiceContext,
  from: Date,
  to: Date,
): Promise<RegistrationRecord[]> {
  requireTenantAdmin(ctx.actor);
  const rows = await ctx.db
    .select()
    .from(deals)
    .where(
      and(
        eq(deals.tenantId, ctx.tenant.id),
        inArray(deals.status, [...REGISTERED_STATES]),
        gte(deals.signedAt, from),
        lt(deals.signedAt, to),
      ),
    )
    .orderBy(asc(deals.signedAt), asc(deals.id));
  return Promise.all(rows.map((d) => recordOf(ctx, d)));
}

const COLUMNS: (keyof RegistrationRecord)[] = [
  'registrationNumber',
  'dealId',
  'contractType',
  'contractTypeZh',
  'technologyField',
  'technologyFieldZh',
  'ipType',
  'amountDecimal',
  'currency',
  'buyerName',
  'sellerName',
  'sellerRegion',
  'signedAt',
  'status',
];

function csvCell(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  // Quote always; a leading = + - @ is neutralized so spreadsheets do not run it as a formula.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** RFC 4180 CSV with a UTF-8 BOM (so Excel reads the Chinese columns). */
export function registrationCsv(records: RegistrationRecord[]): string {
  const lines = [COLUMNS.join(','), ...records.map((r) => COLUMNS.map((c) => csvCell(r[c])).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
