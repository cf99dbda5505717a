// Organizations that own the relevance fixtures (real-sounding, fictional identifiers).
import type { OrganizationType } from '../../schema/enums';

export interface FixtureOrg {
  id: string;
  type: OrganizationType;
  nameZh: string;
  nameEn: string;
  region: string;
}

export const FIXTURE_ORGS: FixtureOrg[] = [
  {
    id: 'org_fx_ouc',
    type: 'university',
    nameZh: '中国海洋大学',
    nameEn: 'Ocean University of China',
    region: '山东',
  },
  { id: 'org_fx_sdu', type: 'university', nameZh: '山东大学', nameEn: 'Shandong University', region: '山东' },
  {
    id: 'org_fx_qibebt',
    type: 'institute',
    nameZh: '中科院青岛生物能源与过程研究所',
    nameEn: 'Qingdao Institute of Bioenergy and Bioprocess Technology',
    region: '山东',
  },
  {
    id: 'org_fx_tsinghua',
    type: 'university',
    nameZh: '清华大学',
    nameEn: 'Tsinghua University',
    region: '北京',
  },
  { id: 'org_fx_zju', type: 'university', nameZh: '浙江大学', nameEn: 'Zhejiang University', region: '浙江' },
  {
    id: 'org_fx_sjtu',
    type: 'university',
    nameZh: '上海交通大学',
    nameEn: 'Shanghai Jiao Tong University',
    region: '上海',
  },
  {
    id: 'org_fx_hit',
    type: 'university',
    nameZh: '哈尔滨工业大学',
    nameEn: 'Harbin Institute of Technology',
    region: '黑龙江',
  },
  {
    id: 'org_fx_sia',
    type: 'institute',
    nameZh: '中科院沈阳自动化研究所',
    nameEn: 'Shenyang Institute of Automation',
    region: '辽宁',
  },
  {
    id: 'org_fx_dicp',
    type: 'institute',
    nameZh: '中科院大连化学物理研究所',
    nameEn: 'Dalian Institute of Chemical Physics',
    region: '辽宁',
  },
  {
    id: 'org_fx_haier',
    type: 'enterprise',
    nameZh: '青岛智造科技有限公司',
    nameEn: 'Qingdao Smart Manufacturing Co.',
    region: '山东',
  },
  {
    id: 'org_fx_catl',
    type: 'enterprise',
    nameZh: '宁德新能源材料有限公司',
    nameEn: 'Ningde New Energy Materials Co.',
    region: '福建',
  },
  {
    id: 'org_fx_szai',
    type: 'enterprise',
    nameZh: '深圳视觉智能科技有限公司',
    nameEn: 'Shenzhen Vision Intelligence Co.',
    region: '广东',
  },
  {
    id: 'org_fx_caas',
    type: 'institute',
    nameZh: '中国农业科学院',
    nameEn: 'Chinese Academy of Agricultural Sciences',
    region: '北京',
  },
  {
    id: 'org_fx_buaa',
    type: 'university',
    nameZh: '北京航空航天大学',
    nameEn: 'Beihang University',
    region: '北京',
  },
  { id: 'org_fx_fudan', type: 'university', nameZh: '复旦大学', nameEn: 'Fudan University', region: '上海' },
  {
    id: 'org_fx_agency',
    type: 'agency',
    nameZh: '青岛技术转移中心',
    nameEn: 'Qingdao Technology Transfer Center',
    region: '山东',
  },
];
