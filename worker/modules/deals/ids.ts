import { newId } from '../../../schema/ids';

// The deal flow's own id prefixes. They reuse the time-sortable body of `newId` (the shared
// prefix list in schema/ids.ts is the lead's file; moving these there is a one-line change).
const PREFIXES = {
  inquiry: 'inq',
  message: 'msg',
  nda: 'nda',
  ndaAcceptance: 'ndac',
  view: 'view',
  offer: 'ofr',
  milestone: 'mst',
  contract: 'ctr',
  signature: 'sig',
  payment: 'pay',
  ledger: 'led',
  payoutAccount: 'pacct',
  payoutConfirmation: 'pconf',
  refund: 'rfd',
} as const;

export type DealIdKind = keyof typeof PREFIXES;

export function dealFlowId(kind: DealIdKind, now: number = Date.now()): string {
  return `${PREFIXES[kind]}_${newId('deal', now).slice('deal_'.length)}`;
}

export function isDealFlowId(kind: DealIdKind, value: string): boolean {
  return new RegExp(`^${PREFIXES[kind]}_[0-9A-HJKMNP-TV-Z]{26}$`).test(value);
}
