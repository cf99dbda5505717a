import type { DemandState } from '../../../schema/enums';

// draft → open → in_talks → solved | closed. Proposals (a later module) move open → in_talks
// and in_talks → solved; the owner publishes and closes.
export type DemandAction = 'publish' | 'close';

export const DEMAND_STEPS: Record<
  DemandAction,
  { from: readonly DemandState[]; to: DemandState; topic: string }
> = {
  publish: { from: ['draft'], to: 'open', topic: 'demand.published' },
  close: { from: ['draft', 'open', 'in_talks'], to: 'closed', topic: 'demand.closed' },
};

export const PUBLIC_DEMAND_STATES: readonly DemandState[] = ['open', 'in_talks', 'solved', 'closed'];
export const EDITABLE_DEMAND_STATES: readonly DemandState[] = ['draft', 'open'];
