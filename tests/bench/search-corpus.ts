// Synthetic but realistic listings for the search benchmark: titles and summaries composed
// from per-sector technical vocabulary, a shared pool of generic words (技术, 系统, 方法 …) so
// that broad queries match a large share of the corpus, as they do in the real market.
import { SECTOR_SLUGS } from '../../schema/sector-taxonomy';
import type { Listing, Organization } from '../../schema/types';

const TERMS: Record<string, [zh: string, en: string][]> = {
  marine: [
    ['海水淡化', 'seawater desalination'],
    ['水下滑翔机', 'underwater glider'],
    ['深远海养殖', 'offshore aquaculture'],
    ['海洋观测', 'ocean observation'],
    ['船舶防污', 'antifouling'],
    ['波浪能', 'wave energy'],
    ['海藻', 'seaweed'],
    ['刺参育种', 'sea cucumber breeding'],
  ],
  'new-energy': [
    ['钙钛矿', 'perovskite'],
    ['锂离子电池', 'lithium-ion battery'],
    ['固态电池', 'solid-state battery'],
    ['钠离子电池', 'sodium-ion battery'],
    ['氢燃料电池', 'hydrogen fuel cell'],
    ['光伏组件', 'photovoltaic module'],
    ['储能系统', 'energy storage system'],
    ['风电叶片', 'wind turbine blade'],
  ],
  'chem-materials': [
    ['石墨烯', 'graphene'],
    ['碳纤维', 'carbon fiber'],
    ['光刻胶', 'photoresist'],
    ['气凝胶', 'aerogel'],
    ['可降解塑料', 'biodegradable plastic'],
    ['催化剂', 'catalyst'],
    ['环氧树脂', 'epoxy resin'],
    ['电子化学品', 'electronic chemicals'],
  ],
  ai: [
    ['机器视觉', 'machine vision'],
    ['大模型', 'large language model'],
    ['知识图谱', 'knowledge graph'],
    ['语音识别', 'speech recognition'],
    ['自动驾驶', 'autonomous driving'],
    ['质检', 'quality inspection'],
    ['联邦学习', 'federated learning'],
    ['推荐算法', 'recommendation'],
  ],
  'life-health': [
    ['基因编辑', 'gene editing'],
    ['细胞治疗', 'cell therapy'],
    ['mRNA疫苗', 'mRNA vaccine'],
    ['医疗器械', 'medical device'],
    ['手术机器人', 'surgical robot'],
    ['体外诊断', 'in vitro diagnostics'],
    ['单克隆抗体', 'monoclonal antibody'],
    ['中药提取', 'herbal extraction'],
  ],
  equipment: [
    ['数控机床', 'CNC machine tool'],
    ['工业机器人', 'industrial robot'],
    ['激光焊接', 'laser welding'],
    ['增材制造', 'additive manufacturing'],
    ['数字孪生', 'digital twin'],
    ['预测性维护', 'predictive maintenance'],
    ['精密轴承', 'precision bearing'],
    ['液压泵', 'hydraulic pump'],
  ],
  it: [
    ['测试工具箱', 'testing toolkit'],
    ['区块链', 'blockchain'],
    ['工业互联网', 'industrial internet'],
    ['边缘计算', 'edge computing'],
    ['时序数据库', 'time-series database'],
    ['量子通信', 'quantum communication'],
    ['低代码', 'low-code'],
    ['网络安全', 'network security'],
  ],
  green: [
    ['碳捕集', 'carbon capture'],
    ['废水零排放', 'zero liquid discharge'],
    ['余热回收', 'waste heat recovery'],
    ['土壤修复', 'soil remediation'],
    ['热泵', 'heat pump'],
    ['污泥干化', 'sludge drying'],
    ['碳排放核算', 'carbon accounting'],
    ['VOCs治理', 'VOC abatement'],
  ],
  'agri-food': [
    ['小麦育种', 'wheat breeding'],
    ['智能温室', 'smart greenhouse'],
    ['植保无人机', 'crop-protection drone'],
    ['冷链保鲜', 'cold-chain preservation'],
    ['益生菌', 'probiotics'],
    ['耐盐碱水稻', 'salt-tolerant rice'],
    ['植物蛋白', 'plant protein'],
    ['水产饲料', 'aquafeed'],
  ],
  ic: [
    ['先进封装', 'advanced packaging'],
    ['氮化镓', 'gallium nitride'],
    ['碳化硅', 'silicon carbide'],
    ['RISC-V处理器', 'RISC-V processor'],
    ['EDA工具', 'EDA tool'],
    ['MEMS传感器', 'MEMS sensor'],
    ['图像传感器', 'image sensor'],
    ['探针卡', 'probe card'],
  ],
  aerospace: [
    ['无人机', 'UAV'],
    ['卫星物联网', 'satellite IoT'],
    ['复合材料', 'composite material'],
    ['航空发动机', 'aero engine'],
    ['高光谱遥感', 'hyperspectral remote sensing'],
    ['飞控系统', 'flight control'],
    ['热控', 'thermal control'],
    ['涡轮叶片', 'turbine blade'],
  ],
  services: [
    ['概念验证', 'proof of concept'],
    ['专利分析', 'patent analytics'],
    ['成果评价', 'achievement evaluation'],
    ['中试熟化', 'pilot scale-up'],
    ['检验检测', 'testing and inspection'],
    ['技术经理人', 'technology manager'],
    ['知识产权', 'intellectual property'],
    ['科技金融', 'technology finance'],
  ],
};

const OBJECTS = ['系统', '装置', '方法', '工艺', '材料', '平台', '设备', '技术', '模块', '组件'];
const PREFIXES = ['高效', '低成本', '智能', '新型', '高精度', '绿色', '大功率', '长寿命', '国产化', '集成化'];
const USES = [
  '工业生产',
  '城市治理',
  '能源电力',
  '交通运输',
  '医疗健康',
  '农业生产',
  '海洋工程',
  '电子制造',
  '化工园区',
  '数据中心',
];
const GAINS = ['效率提高', '成本降低', '能耗降低', '寿命延长', '良率提升', '精度提高'];
const REGIONS = ['山东', '北京', '上海', '浙江', '江苏', '广东', '辽宁', '湖北', '四川', '福建'];
const ORG_TYPES = ['university', 'institute', 'enterprise'] as const;

/** Deterministic PRNG (mulberry32) so every run indexes the same corpus. */
export function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function benchOrganizations(tenantId: string, count = 200): Organization[] {
  const at = new Date(Date.UTC(2024, 0, 1));
  return Array.from({ length: count }, (_, i) => ({
    id: `org_bench_${i}`,
    tenantId,
    type: ORG_TYPES[i % ORG_TYPES.length]!,
    nameZh: `${REGIONS[i % REGIONS.length]}第${i + 1}研究院`,
    nameEn: `Research Institute ${i + 1}`,
    region: REGIONS[i % REGIONS.length]!,
    website: null,
    descriptionZh: null,
    descriptionEn: null,
    verification: 'verified',
    createdBy: 'usr_bench',
    version: 1,
    createdAt: at,
    updatedAt: at,
  }));
}

export function benchListings(tenantId: string, from: number, count: number, orgs: number): Listing[] {
  const rnd = random(from + 1);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const out: Listing[] = [];
  for (let i = from; i < from + count; i++) {
    const sector = SECTOR_SLUGS[i % SECTOR_SLUGS.length]!;
    const [term, termEn] = pick(TERMS[sector]!);
    const [other] = pick(TERMS[pick(SECTOR_SLUGS)]!);
    const title = `${pick(PREFIXES)}${term}${pick(OBJECTS)}`;
    const summary = `本成果提出一种${pick(PREFIXES)}${term}${pick(OBJECTS)}，可用于${pick(USES)}，${pick(GAINS)}${5 + Math.floor(rnd() * 40)}%。`;
    const description = `${summary}项目结合${other}与${term}技术，已完成${pick(['实验室验证', '中试', '小批量试产', '示范应用'])}，形成发明专利${1 + Math.floor(rnd() * 6)}项。适用于${pick(USES)}和${pick(USES)}等场景，可提供技术转让、许可或合作开发。`;
    const at = new Date(Date.UTC(2023, 0, 1) + i * 60_000);
    const negotiable = rnd() < 0.3;
    const price = (10 + Math.floor(rnd() * 2000)) * 1_000_000;
    out.push({
      id: `lst_bench_${i}`,
      tenantId,
      ownerOrgId: `org_bench_${i % orgs}`,
      createdBy: 'usr_bench',
      status: 'published',
      closedAs: null,
      titleZh: title,
      titleEn:
        rnd() < 0.4 ? `${termEn} ${pick(['system', 'device', 'method', 'process', 'platform'])}` : null,
      summaryZh: summary,
      summaryEn: null,
      descriptionZh: description,
      descriptionEn: null,
      confidentialZh: null,
      confidentialEn: null,
      sector,
      keywords: [term],
      trl: 1 + Math.floor(rnd() * 9),
      ipType: pick(['invention_patent', 'utility_model', 'software_copyright', 'know_how'] as const),
      ipNumbers: [],
      modes: [
        pick(['transfer', 'license_exclusive', 'license_nonexclusive', 'equity', 'co_development'] as const),
      ],
      priceType: negotiable ? 'negotiable' : 'fixed',
      priceMin: negotiable ? null : price,
      priceMax: negotiable ? null : price,
      currency: 'CNY',
      inventors: [],
      region: null,
      selected: rnd() < 0.05,
      featured: false,
      evaluationScore: rnd() < 0.3 ? 50 + Math.floor(rnd() * 50) : null,
      rejectionReason: null,
      submittedAt: at,
      publishedAt: at,
      version: 1,
      createdAt: at,
      updatedAt: at,
    });
  }
  return out;
}

/** The benchmark's query mix: narrow and broad Chinese, English, typos, browsing with filters. */
export const BENCH_QUERIES: { q: string; filters?: Record<string, unknown> }[] = [
  { q: '钙钛矿' },
  { q: '工具' },
  { q: '海水淡化' },
  { q: '锂电池' },
  { q: '水下滑翔机' },
  { q: '石墨烯' },
  { q: '质检' },
  { q: '基因编辑' },
  { q: '数字孪生' },
  { q: '碳捕集' },
  { q: '氮化镓' },
  { q: '概念验证' },
  { q: '技术' },
  { q: '系统' },
  { q: '智能' },
  { q: '方法' },
  { q: '高效 材料' },
  { q: '电池' },
  { q: '智能 系统 平台' },
  { q: '新型 技术' },
  { q: 'perovskite' },
  { q: 'graphene' },
  { q: 'heat pump' },
  { q: 'system' },
  { q: 'perovskit' },
  { q: 'desalinaton' },
  { q: 'lithum' },
  { q: 'AI 质检' },
  { q: '', filters: { sector: ['marine'] } },
  { q: '', filters: { trlMin: 6, trlMax: 9 } },
  { q: '', filters: { priceMin: 100_000_000, priceMax: 500_000_000 } },
  { q: '' },
  { q: '电池', filters: { sector: ['new-energy'], evaluated: true } },
  { q: '技术', filters: { modes: ['equity'] } },
];
