// Shapes of the hand-written demo content. Text comes in (Chinese, English) pairs because the
// market's users read Chinese first and international partners read English.
import type { IpType, OrganizationType, TransactionMode } from '../../enums';
import type { SectorSlug } from '../../sector-taxonomy';

/** [Chinese, English] */
export type Pair = readonly [zh: string, en: string];

/** One technology a team owns; the generator turns it into a listing per application. */
export interface TechnologySeed {
  /** A noun phrase that reads well in "面向…的{name}" and "{Name} for …". */
  name: Pair;
  /** Full sentences: the industry problem, the approach, the measured result. */
  problem: Pair;
  method: Pair;
  result: Pair;
  /** Application scenarios, each a noun phrase ("海岛供水" / "island water supply"). */
  apps: readonly Pair[];
  keywords: readonly string[];
  ip: IpType;
  trl: number;
}

/** An enterprise problem (企业出卷): background, measurable targets, budget in 万元 as firms state it. */
export interface DemandSeed {
  title: Pair;
  background: Pair;
  targets: Pair;
  keywords: readonly string[];
  budgetWan: readonly [min: number, max: number];
  modes: readonly TransactionMode[];
}

export interface SectorContent {
  sector: SectorSlug;
  /** What the NDA-gated section of a listing in this sector typically holds. */
  secret: Pair;
  technologies: readonly TechnologySeed[];
  demands: readonly DemandSeed[];
}

export type DemoTenantSlug = 'hub' | 'qdu-tech' | 'blue-valley';

export interface OrganizationSeed {
  /** Stable handle used to wire users, listings and demands to the organization. */
  key: string;
  tenant: DemoTenantSlug;
  type: OrganizationType;
  name: Pair;
  region: string;
  website: string;
  description: Pair;
  /** Sectors it lists achievements in (universities, institutes, agencies, some firms) … */
  sells?: readonly SectorSlug[];
  /** … and sectors it posts demands in (enterprises). */
  buys?: readonly SectorSlug[];
}
