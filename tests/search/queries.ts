// The relevance queries: what a buyer types, and the fixture keys a good engine must return
// in its first ten hits. Grouped by the difficulty they exercise.
import type { SearchFilters } from '../../search/port';
import { FIXTURE_OWNERS, FIXTURE_SECTORS } from './fixtures';

export interface RelevanceQuery {
  q: string;
  expect: string[];
  filters?: SearchFilters;
  kind: 'zh-subword' | 'zh' | 'synonym' | 'en' | 'typo' | 'mixed' | 'browse';
}

const LI_ION = [
  'li-cathode',
  'li-recycle',
  'li-separator',
  'li-anode-silicon',
  'li-bms',
  'li-electrolyte',
  'graphene-battery',
  'visual-qc',
];
const LI_EN = ['li-cathode', 'li-recycle', 'li-separator', 'li-anode-silicon', 'li-bms', 'li-electrolyte'];
const PEROVSKITE = ['perovskite-tandem', 'perovskite-stability', 'perovskite-led'];
const DESAL = ['seawater-ro', 'seawater-solar', 'desal-energy-recovery'];
const GLIDER = ['underwater-glider', 'glider-sensor'];
const HYDROGEN = ['hydrogen-pem', 'hydrogen-storage', 'fuel-cell'];
const SENSOR_EN = ['ocean-sensor', 'soil-sensor', 'bsi-cmos', 'gas-sensor', 'glider-sensor'];
const QC = ['visual-qc', 'ai-qc-textile', 'ai-qc-weld'];

export const RELEVANCE_QUERIES: RelevanceQuery[] = [
  { kind: 'zh-subword', q: '工具', expect: ['test-toolkit', 'eda-placement', 'crispr'] },
  { kind: 'zh-subword', q: '钙钛矿', expect: PEROVSKITE },
  { kind: 'zh-subword', q: '海水淡化', expect: DESAL },
  { kind: 'zh-subword', q: '水下滑翔机', expect: GLIDER },
  { kind: 'zh-subword', q: '滑翔机', expect: GLIDER },
  { kind: 'zh-subword', q: '电池回收', expect: ['li-recycle'] },
  { kind: 'zh-subword', q: '正极材料', expect: ['li-cathode'] },
  { kind: 'zh-subword', q: '固态电池', expect: ['solid-state'] },
  { kind: 'zh-subword', q: '制氢', expect: ['hydrogen-pem'] },
  {
    kind: 'zh-subword',
    q: '石墨烯',
    expect: ['graphene-film', 'graphene-battery', 'seawater-ro', 'marine-anticorrosion'],
  },
  { kind: 'zh-subword', q: '碳纤维', expect: ['carbon-fiber', 'wind-blade', 'epoxy-recycle'] },
  { kind: 'zh-subword', q: '碳化硅', expect: ['sic-powder', 'sic-mosfet', 'ev-charging'] },
  { kind: 'zh-subword', q: '缺陷检测', expect: ['visual-qc', 'wafer-inspection', 'ai-qc-weld'] },
  { kind: 'zh-subword', q: '滑翔', expect: GLIDER },
  { kind: 'zh-subword', q: '淡化', expect: DESAL },
  { kind: 'zh-subword', q: '光刻', expect: ['photoresist'] },
  { kind: 'zh', q: '光刻胶', expect: ['photoresist'] },
  { kind: 'zh', q: '氮化镓', expect: ['gan-power'] },
  { kind: 'zh', q: '质检', expect: QC },
  { kind: 'zh', q: '语音识别', expect: ['speech-dialect'] },
  { kind: 'zh', q: '自动驾驶', expect: ['autonomous-port'] },
  { kind: 'zh', q: '知识图谱', expect: ['knowledge-graph'] },
  { kind: 'zh', q: '基因编辑', expect: ['crispr'] },
  { kind: 'zh', q: '细胞治疗', expect: ['car-t'] },
  { kind: 'zh', q: '血糖', expect: ['glucose-monitor'] },
  { kind: 'zh', q: '手术机器人', expect: ['surgical-robot'] },
  { kind: 'zh', q: '数控机床', expect: ['cnc-five-axis'] },
  { kind: 'zh', q: '数字孪生', expect: ['digital-twin'] },
  { kind: 'zh', q: '预测性维护', expect: ['predictive-maint', 'digital-twin'] },
  { kind: 'zh', q: '区块链溯源', expect: ['blockchain-trace'] },
  { kind: 'zh', q: '量子通信', expect: ['quantum-key'] },
  { kind: 'zh', q: '废水零排放', expect: ['zld-wastewater'] },
  { kind: 'zh', q: '余热回收', expect: ['waste-heat'] },
  { kind: 'zh', q: '土壤修复', expect: ['soil-remediation'] },
  { kind: 'zh', q: '热泵', expect: ['heat-pump', 'sludge'] },
  { kind: 'zh', q: '小麦育种', expect: ['wheat-variety'] },
  { kind: 'zh', q: '海水稻', expect: ['saline-rice'] },
  { kind: 'zh', q: '保鲜', expect: ['cold-chain'] },
  { kind: 'zh', q: '先进封装', expect: ['chiplet'] },
  { kind: 'zh', q: '卫星', expect: ['leo-iot', 'heat-pipe'] },
  { kind: 'zh', q: '航空发动机叶片', expect: ['turbine-blade'] },
  { kind: 'zh', q: '概念验证', expect: ['poc-service'] },
  { kind: 'zh', q: '专利分析', expect: ['patent-analysis'] },
  { kind: 'zh', q: '成果评价', expect: ['achievement-evaluation'] },
  { kind: 'zh', q: '深海水下机器人', expect: ['rov'] },
  { kind: 'synonym', q: '锂电池', expect: LI_ION },
  { kind: 'synonym', q: '锂离子电池', expect: LI_ION },
  { kind: 'synonym', q: '钠电池', expect: ['sodium-ion'] },
  { kind: 'synonym', q: '储能', expect: ['li-bms', 'flow-battery'] },
  { kind: 'synonym', q: '氢能', expect: HYDROGEN },
  { kind: 'synonym', q: '大语言模型', expect: ['llm-legal'] },
  { kind: 'synonym', q: '3D打印', expect: ['metal-3dprint'] },
  { kind: 'synonym', q: '碳捕集', expect: ['ccus', 'mof-adsorbent'] },
  { kind: 'synonym', q: '无人机', expect: ['vtol-uav', 'spray-drone', 'drone-inspection'] },
  { kind: 'synonym', q: '医疗设备', expect: ['glucose-monitor', 'surgical-robot'] },
  {
    kind: 'synonym',
    q: '芯片',
    expect: ['chiplet', 'eda-placement', 'mems-mic', 'probe-card', 'sic-mosfet', 'hearing-aid', 'edge-os'],
  },
  { kind: 'en', q: 'perovskite', expect: PEROVSKITE },
  { kind: 'en', q: 'desalination', expect: DESAL },
  { kind: 'en', q: 'underwater glider', expect: GLIDER },
  { kind: 'en', q: 'lithium battery', expect: LI_ION },
  { kind: 'en', q: 'solid-state battery', expect: ['solid-state'] },
  { kind: 'en', q: 'graphene', expect: ['graphene-film', 'graphene-battery'] },
  { kind: 'en', q: 'machine vision', expect: ['visual-qc'] },
  { kind: 'en', q: 'gene editing', expect: ['crispr'] },
  { kind: 'en', q: 'hydrogen', expect: HYDROGEN },
  { kind: 'en', q: 'carbon capture', expect: ['ccus', 'mof-adsorbent'] },
  { kind: 'en', q: 'wind turbine blades', expect: ['wind-blade'] },
  { kind: 'en', q: 'heat pump', expect: ['heat-pump', 'sludge'] },
  { kind: 'en', q: 'CNC machine', expect: ['cnc-five-axis'] },
  { kind: 'en', q: '3D printing', expect: ['metal-3dprint'] },
  { kind: 'en', q: 'sensors', expect: SENSOR_EN },
  { kind: 'en', q: 'power devices', expect: ['gan-power'] },
  { kind: 'en', q: 'Ocean University of China', expect: orgKeys('org_fx_ouc') },
  { kind: 'typo', q: 'perovskit', expect: PEROVSKITE },
  { kind: 'typo', q: 'perovksite', expect: PEROVSKITE },
  { kind: 'typo', q: 'desalinaton', expect: DESAL },
  { kind: 'typo', q: 'lithum battery', expect: LI_EN },
  { kind: 'typo', q: 'graphine', expect: ['graphene-film', 'graphene-battery'] },
  { kind: 'typo', q: 'hydrogn', expect: HYDROGEN },
  { kind: 'typo', q: 'sensr', expect: SENSOR_EN },
  { kind: 'typo', q: 'exoskeletn', expect: ['rehab-exo'] },
  { kind: 'typo', q: 'recyling', expect: ['li-recycle'] },
  { kind: 'typo', q: 'photoresit', expect: ['photoresist'] },
  { kind: 'mixed', q: 'AI 质检', expect: QC },
  { kind: 'mixed', q: '5G 射频', expect: ['5g-base'] },
  { kind: 'mixed', q: 'CRISPR 基因编辑', expect: ['crispr'] },
  { kind: 'mixed', q: 'MEMS 传感器', expect: ['mems-mic', 'gas-sensor'] },
  { kind: 'mixed', q: 'RISC-V 处理器', expect: ['riscv'] },
  { kind: 'mixed', q: 'CAR-T', expect: ['car-t'] },
  { kind: 'mixed', q: 'mRNA疫苗', expect: ['mrna-vaccine'] },
  { kind: 'mixed', q: 'GaN 快充', expect: ['gan-power'] },
  { kind: 'mixed', q: 'eVTOL', expect: ['evtol'] },
  { kind: 'mixed', q: '钙钛矿 solar', expect: ['perovskite-tandem'] },
  { kind: 'browse', q: '', filters: { sector: ['marine'] }, expect: sectorKeys('marine') },
  { kind: 'browse', q: '', filters: { sector: ['ic'] }, expect: sectorKeys('ic') },
  { kind: 'browse', q: '', filters: { sector: ['aerospace'] }, expect: sectorKeys('aerospace') },
  {
    kind: 'browse',
    q: '电池',
    filters: { sector: ['new-energy'], trlMin: 6 },
    expect: [
      'li-cathode',
      'li-recycle',
      'li-bms',
      'flow-battery',
      'fuel-cell',
      'li-anode-silicon',
      'li-electrolyte',
      'li-separator',
      'sodium-ion',
    ],
  },
];

function orgKeys(orgId: string): string[] {
  return FIXTURE_OWNERS.filter(([, owner]) => owner === orgId).map(([key]) => key);
}

// Browsing a sector: any item of the sector is a right answer.
function sectorKeys(sector: string): string[] {
  return FIXTURE_SECTORS.filter(([, s]) => s === sector).map(([key]) => key);
}
