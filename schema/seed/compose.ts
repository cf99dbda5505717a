// Turns the hand-written building blocks into listing and demand text. One technology gives one
// listing per application scenario; three title patterns keep siblings from reading alike.
import type { IpType, TransactionMode } from '../enums';
import type { DemandSeed, Pair, SectorContent, TechnologySeed } from './content/types';
import type { Random } from './random';
import { inventors, ipNumbers, MODE_LABELS, modesFor, type Price, priceFor } from './terms';

export interface ComposedListing extends Price {
  titleZh: string;
  titleEn: string;
  summaryZh: string;
  summaryEn: string;
  descriptionZh: string;
  descriptionEn: string;
  confidentialZh: string;
  confidentialEn: string;
  sector: string;
  keywords: string[];
  trl: number;
  ipType: IpType;
  ipNumbers: string[];
  modes: TransactionMode[];
  inventors: string[];
}

const TITLES: readonly ((tech: Pair, app: Pair) => Pair)[] = [
  // "Climate control for greenhouses for nurseries" reads badly: the second "for" becomes "in".
  (t, a) => [`面向${a[0]}的${t[0]}`, `${capitalise(t[1])} ${t[1].includes(' for ') ? 'in' : 'for'} ${a[1]}`],
  (t, a) => [`${t[0]}在${a[0]}中的应用`, `Applying ${t[1]} to ${a[1]}`],
  (t, a) => [`一种用于${a[0]}的${t[0]}`, `${capitalise(t[1])} tailored to ${a[1]}`],
];

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function stage(trl: number): Pair {
  if (trl <= 3)
    return [
      '目前处于实验室原理验证阶段，寻求合作开发与概念验证支持。',
      'It is at the laboratory proof-of-principle stage; the team seeks co-development partners and proof-of-concept support.',
    ];
  if (trl <= 5)
    return [
      '已完成实验室样机与小试验证，具备开展中试的条件。',
      'Laboratory prototypes and bench-scale trials are complete, and it is ready for pilot-scale work.',
    ];
  if (trl === 6)
    return [
      '已完成中试验证，工艺参数基本定型。',
      'Pilot-scale trials are complete and the process parameters are essentially fixed.',
    ];
  if (trl === 7)
    return [
      '已在示范工程中应用，具备小批量生产条件。',
      'It has been used in demonstration projects and is ready for small-batch production.',
    ];
  return ['已实现规模化应用，技术成熟可靠。', 'It is in volume use; the technology is mature and proven.'];
}

function ipSentence(ip: IpType, numbers: readonly string[]): Pair {
  const n = numbers.length;
  const list = numbers.join('、');
  switch (ip) {
    case 'invention_patent':
      return [
        `已获授权发明专利${n}项（${list}）。`,
        `Protected by ${n} granted invention patent${n > 1 ? 's' : ''} (${numbers.join(', ')}).`,
      ];
    case 'utility_model':
      return [
        `已获授权实用新型专利${n}项（${list}）。`,
        `Protected by ${n} utility-model patent${n > 1 ? 's' : ''} (${numbers.join(', ')}).`,
      ];
    case 'software_copyright':
      return [
        `已登记软件著作权${n}项（${list}）。`,
        `Registered as ${n} software copyright${n > 1 ? 's' : ''} (${numbers.join(', ')}).`,
      ];
    case 'know_how':
      return ['核心技术以技术秘密形式保护。', 'The core technology is protected as know-how.'];
    default:
      return [
        '相关权益已依法登记保护（植物新品种权或集成电路布图设计）。',
        'Related rights (plant-variety rights or IC layout designs) are registered.',
      ];
  }
}

export function modesSentence(modes: readonly TransactionMode[]): Pair {
  return [
    `合作方式：${modes.map((m) => MODE_LABELS[m][0]).join('、')}。`,
    `Cooperation: ${modes.map((m) => MODE_LABELS[m][1]).join(', ')}.`,
  ];
}

export interface ListingRecipe {
  content: SectorContent;
  tech: TechnologySeed;
  app: Pair;
  /** Which title pattern to use; callers rotate it so a technology's listings differ. */
  pattern: number;
}

export function composeListing({ content, tech, app, pattern }: ListingRecipe, rng: Random): ComposedListing {
  const trl = Math.min(9, Math.max(1, tech.trl + rng.int(-1, 1)));
  const numbers = ipNumbers(tech.ip, rng);
  const modes = modesFor(content.sector, tech.ip, trl, rng);
  const [titleZh, titleEn] = (TITLES[pattern % TITLES.length] as (typeof TITLES)[number])(tech.name, app);
  const ipText = ipSentence(tech.ip, numbers);
  const stageText = stage(trl);
  const coop = modesSentence(modes);
  return {
    titleZh,
    titleEn,
    summaryZh: `${tech.method[0]}适用于${app[0]}等场景。`,
    summaryEn: `${tech.method[1]} Suited to ${app[1]}.`,
    descriptionZh: [
      tech.problem[0],
      tech.method[0],
      tech.result[0],
      ipText[0],
      `团队已针对${app[0]}完成适配，可根据受让方需求定制开发。`,
      stageText[0],
      coop[0],
    ].join(''),
    descriptionEn: [
      tech.problem[1],
      tech.method[1],
      tech.result[1],
      ipText[1],
      `The team has adapted it to ${app[1]} and can tailor it to a licensee's needs.`,
      stageText[1],
      coop[1],
    ].join(' '),
    confidentialZh: `保密内容：${tech.name[0]}的${content.secret[0]}，以及面向${app[0]}的工程化实施方案与成本测算。签署保密协议后向意向方开放。`,
    confidentialEn: `Confidential: ${content.secret[1]} of the ${tech.name[1]}, plus the engineering plan and cost model for ${app[1]}. Available to prospective licensees after signing an NDA.`,
    sector: content.sector,
    keywords: [...tech.keywords, app[0]],
    trl,
    ipType: tech.ip,
    ipNumbers: numbers,
    modes,
    inventors: inventors(rng),
    ...priceFor(content.sector, trl, rng),
  };
}

export interface ComposedDemand {
  titleZh: string;
  titleEn: string;
  descriptionZh: string;
  descriptionEn: string;
  sector: string;
  keywords: string[];
  budgetMin: number;
  budgetMax: number;
  modes: TransactionMode[];
}

/** Enterprises state budgets in 万元; `scale` lets the large generator vary them. */
export function composeDemand(content: SectorContent, seed: DemandSeed, scale = 1): ComposedDemand {
  const coop = modesSentence(seed.modes);
  const wan = (v: number) => Math.max(1, Math.round(v * scale)) * 1_000_000;
  return {
    titleZh: seed.title[0],
    titleEn: seed.title[1],
    descriptionZh: `${seed.background[0]}${seed.targets[0]}欢迎高校、科研院所及科技型企业揭榜应答。${coop[0]}`,
    descriptionEn: `${seed.background[1]} ${seed.targets[1]} Universities, institutes and technology firms are welcome to answer this open call. ${coop[1]}`,
    sector: content.sector,
    keywords: [...seed.keywords],
    budgetMin: wan(seed.budgetWan[0]),
    budgetMax: wan(seed.budgetWan[1]),
    modes: [...seed.modes],
  };
}
