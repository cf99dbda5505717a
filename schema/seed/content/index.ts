// Every sector's hand-written building blocks, in taxonomy order.

import { aerospace } from './sectors/aerospace';
import { agriFood } from './sectors/agri-food';
import { ai } from './sectors/ai';
import { chemMaterials } from './sectors/chem-materials';
import { equipment } from './sectors/equipment';
import { green } from './sectors/green';
import { ic } from './sectors/ic';
import { it } from './sectors/it';
import { lifeHealth } from './sectors/life-health';
import { marine } from './sectors/marine';
import { newEnergy } from './sectors/new-energy';
import { services } from './sectors/services';
import type { SectorContent } from './types';

export const SECTOR_CONTENT: readonly SectorContent[] = [
  marine,
  newEnergy,
  chemMaterials,
  ai,
  lifeHealth,
  equipment,
  it,
  green,
  agriFood,
  ic,
  aerospace,
  services,
];

export { DEMO_ORGANIZATIONS } from './organizations';
export type { DemandSeed, OrganizationSeed, Pair, SectorContent, TechnologySeed } from './types';
