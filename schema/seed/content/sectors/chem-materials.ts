import type { SectorContent } from '../types';

export const chemMaterials: SectorContent = {
  sector: 'chem-materials',
  secret: [
    '配方组成、合成路线、关键工艺参数与放大试验数据',
    'formulations, synthesis routes, key process parameters and scale-up data',
  ],
  technologies: [
    {
      name: ['石墨烯改性重防腐涂料', 'graphene-modified heavy-duty anticorrosion coating'],
      problem: [
        '海洋与化工环境中钢结构腐蚀严重，传统富锌涂料锌粉用量大、涂层厚、环保压力大。',
        'Steel corrodes fast in marine and chemical settings, and zinc-rich paints need much zinc, thick films and face environmental pressure.',
      ],
      method: [
        '本成果使功能化石墨烯片层在环氧树脂中定向分散，构建"迷宫"屏蔽结构，并与少量锌粉协同实现阴极保护。',
        'Functionalised graphene sheets are aligned in epoxy to build a labyrinth barrier that works with a little zinc for cathodic protection.',
      ],
      result: [
        '锌粉用量降低70%，耐盐雾性能超过4000小时，涂层厚度减少30%。',
        'Zinc use falls by 70%, salt-spray resistance exceeds 4,000 h and film thickness drops by 30%.',
      ],
      apps: [
        ['跨海大桥钢结构', 'steel structures of sea-crossing bridges'],
        ['石化储罐', 'petrochemical storage tanks'],
        ['港口机械', 'port machinery'],
      ],
      keywords: ['石墨烯', '防腐涂料', '重防腐', 'graphene'],
      ip: 'invention_patent',
      trl: 7,
    },
    {
      name: ['高导热石墨烯散热膜', 'high-thermal-conductivity graphene heat-spreading film'],
      problem: [
        '电子设备功率密度不断提升，传统人工石墨膜厚度受限，散热能力不足。',
        'Electronics keep getting denser, and synthetic graphite films cannot be made thick enough to spread the heat.',
      ],
      method: [
        '本成果以氧化石墨烯浆料为原料，经涂布、高温石墨化与压延工艺制备厚型石墨烯导热膜。',
        'Graphene-oxide slurry is coated, graphitised at high temperature and calendered into thick graphene films.',
      ],
      result: [
        '面内热导率达到1500 W/(m·K)，厚度可在25–200微米间调控，弯折10万次无分层。',
        'In-plane conductivity reaches 1,500 W/(m·K), thickness is tunable from 25 to 200 µm and 100,000 bends cause no delamination.',
      ],
      apps: [
        ['智能手机散热', 'smartphone thermal management'],
        ['新能源汽车电控散热', 'power-electronics cooling in EVs'],
        ['5G基站散热', '5G base-station cooling'],
      ],
      keywords: ['石墨烯', '导热膜', '热管理', 'graphene film'],
      ip: 'invention_patent',
      trl: 7,
    },
    {
      name: ['高耐热聚乳酸改性材料', 'heat-resistant modified polylactic acid'],
      problem: [
        '聚乳酸可生物降解，但耐热温度低、韧性差，难以替代传统塑料用于餐具和工程部件。',
        'PLA is biodegradable but softens at low temperature and is brittle, so it cannot replace conventional plastics in tableware or parts.',
      ],
      method: [
        '本成果采用立构复合结晶与纳米成核剂协同改性，并结合反应挤出增韧。',
        'Stereocomplex crystallisation and nano nucleating agents are combined with reactive-extrusion toughening.',
      ],
      result: [
        '热变形温度由55℃提高到120℃，缺口冲击强度提高3倍，符合可堆肥降解标准。',
        'Heat-deflection temperature rises from 55 °C to 120 °C, notched impact strength triples, and the material stays compostable.',
      ],
      apps: [
        ['可降解餐饮具', 'biodegradable tableware'],
        ['汽车内饰件', 'automotive interior parts'],
        ['3D打印耗材', '3D-printing filament'],
      ],
      keywords: ['聚乳酸', '生物降解材料', '改性塑料', 'PLA'],
      ip: 'invention_patent',
      trl: 7,
    },
    {
      name: ['大丝束碳纤维低成本制备技术', 'low-cost production of large-tow carbon fibre'],
      problem: [
        '风电叶片、储氢气瓶等领域碳纤维用量大，小丝束产品价格高，国产大丝束性能不稳定。',
        'Wind blades and hydrogen tanks use much carbon fibre; small-tow fibre is expensive and domestic large-tow fibre is inconsistent.',
      ],
      method: [
        '本成果优化丙烯腈共聚配方与湿法纺丝工艺，采用分区梯度预氧化技术缩短预氧化时间。',
        'The acrylonitrile copolymer recipe and wet spinning are optimised, and zoned gradient oxidation shortens stabilisation.',
      ],
      result: [
        '48K大丝束碳纤维拉伸强度达到4.5 GPa，预氧化时间缩短30%，综合成本降低20%。',
        '48K fibre reaches 4.5 GPa tensile strength, stabilisation is 30% shorter and overall cost is 20% lower.',
      ],
      apps: [
        ['风电叶片主梁', 'wind-blade spar caps'],
        ['储氢气瓶', 'hydrogen storage cylinders'],
        ['轨道交通车体', 'rail-vehicle bodies'],
      ],
      keywords: ['碳纤维', '复合材料', '大丝束', 'carbon fibre'],
      ip: 'invention_patent',
      trl: 6,
    },
    {
      name: ['电子级氢氟酸纯化技术', 'purification of electronic-grade hydrofluoric acid'],
      problem: [
        '集成电路制造所需超高纯氢氟酸长期依赖进口，国内产品金属杂质含量难以稳定控制。',
        'Ultra-pure hydrofluoric acid for chip making is mostly imported; domestic products cannot hold metal impurities down reliably.',
      ],
      method: [
        '本成果采用精馏-亚沸蒸馏组合工艺与特种氟塑料内衬设备，配合在线痕量杂质监测。',
        'Rectification and sub-boiling distillation in fluoropolymer-lined equipment are combined with online trace-impurity monitoring.',
      ],
      result: [
        '产品金属杂质含量低于10 ppt，达到SEMI G5等级，已完成千吨级装置工艺包设计。',
        'Metal impurities are below 10 ppt (SEMI G5), and a process package for a 1,000-tonne plant is complete.',
      ],
      apps: [
        ['晶圆清洗', 'wafer cleaning'],
        ['光伏电池制绒', 'PV cell texturing'],
        ['显示面板刻蚀', 'display-panel etching'],
      ],
      keywords: ['电子化学品', '氢氟酸', '高纯试剂', 'electronic chemicals'],
      ip: 'know_how',
      trl: 7,
    },
    {
      name: ['丙烷脱氢制丙烯非贵金属催化剂', 'non-noble-metal catalyst for propane dehydrogenation'],
      problem: [
        '丙烷脱氢工艺普遍使用铂系或铬系催化剂，前者成本高，后者存在重金属污染。',
        'Propane dehydrogenation uses platinum or chromium catalysts: the first is costly, the second a heavy-metal hazard.',
      ],
      method: [
        '本成果以改性氧化铝负载钴-锌双金属活性位，调控表面酸性与积碳行为。',
        'Cobalt–zinc bimetallic sites on modified alumina control surface acidity and coking.',
      ],
      result: [
        '丙烷转化率42%，丙烯选择性大于90%，连续反应500小时活性稳定，不含铂、铬。',
        'Propane conversion is 42% with over 90% propylene selectivity, stable for 500 h, with no platinum or chromium.',
      ],
      apps: [
        ['丙烷脱氢装置', 'propane dehydrogenation units'],
        ['炼厂副产丙烷利用', 'refinery by-product propane'],
        ['分布式烯烃生产', 'distributed olefin production'],
      ],
      keywords: ['催化剂', '丙烯', '丙烷脱氢', 'catalyst'],
      ip: 'invention_patent',
      trl: 5,
    },
    {
      name: ['绿色轮胎用高分散白炭黑', 'highly dispersible silica for green tyres'],
      problem: [
        '绿色轮胎要求低滚动阻力与高湿地抓地力，普通白炭黑在橡胶中分散困难。',
        'Green tyres need low rolling resistance and high wet grip, but ordinary silica disperses poorly in rubber.',
      ],
      method: [
        '本成果通过沉淀法调控白炭黑孔结构和比表面积，并以硅烷偶联剂原位表面改性。',
        'Precipitation conditions tune pore structure and surface area, and silane coupling agents modify the surface in situ.',
      ],
      result: [
        '胎面胶滚动阻力降低15%，湿地抓地力达到欧盟轮胎标签A级。',
        'Tread rolling resistance falls by 15% and wet grip reaches EU label grade A.',
      ],
      apps: [
        ['乘用车绿色轮胎', 'passenger-car green tyres'],
        ['新能源汽车专用轮胎', 'tyres for electric vehicles'],
        ['工程机械轮胎', 'construction-machinery tyres'],
      ],
      keywords: ['白炭黑', '绿色轮胎', '橡胶', 'silica'],
      ip: 'invention_patent',
      trl: 8,
    },
    {
      name: ['二氧化硅气凝胶常压干燥制备技术', 'ambient-pressure drying of silica aerogel'],
      problem: [
        '气凝胶保温性能优异，但超临界干燥工艺投资大、能耗高，产品价格昂贵。',
        'Aerogels insulate superbly, but supercritical drying needs costly plant and energy, so products are expensive.',
      ],
      method: [
        '本成果采用溶剂置换与表面疏水改性结合常压干燥，实现气凝胶毡连续化制备。',
        'Solvent exchange and hydrophobic surface modification allow ambient-pressure drying and continuous aerogel-blanket production.',
      ],
      result: [
        '导热系数0.018 W/(m·K)，生产成本降低40%，产品憎水率超过99%。',
        'Thermal conductivity is 0.018 W/(m·K), production cost falls by 40% and water repellency exceeds 99%.',
      ],
      apps: [
        ['动力电池隔热', 'thermal barriers in traction batteries'],
        ['工业管道保温', 'industrial pipeline insulation'],
        ['建筑节能保温', 'building insulation'],
      ],
      keywords: ['气凝胶', '保温材料', '隔热', 'aerogel'],
      ip: 'invention_patent',
      trl: 7,
    },
    {
      name: [
        '锂电池隔膜用超高分子量聚乙烯',
        'ultra-high-molecular-weight polyethylene for battery separators',
      ],
      problem: [
        '高端锂电池隔膜原料超高分子量聚乙烯主要依赖进口，国产树脂分子量分布宽、凝胶点多。',
        'UHMWPE for premium battery separators is mostly imported; domestic resins have broad molecular-weight distributions and many gels.',
      ],
      method: [
        '本成果采用负载型茂金属催化剂与浆液聚合工艺，精确控制分子量及其分布。',
        'A supported metallocene catalyst and slurry polymerisation control molecular weight and its distribution precisely.',
      ],
      result: [
        '粘均分子量可在150万至500万间调控，分子量分布指数小于3，凝胶点显著减少。',
        'Viscosity-average molecular weight is tunable from 1.5 to 5 million with a dispersity below 3 and far fewer gels.',
      ],
      apps: [
        ['锂离子电池隔膜', 'lithium-ion battery separators'],
        ['高强纤维', 'high-strength fibres'],
        ['人工关节', 'artificial joints'],
      ],
      keywords: ['超高分子量聚乙烯', '隔膜', '聚烯烃', 'UHMWPE'],
      ip: 'invention_patent',
      trl: 5,
    },
  ],
  demands: [
    {
      title: ['轮胎硫化废气异味治理', 'Odour control for tyre-vulcanisation fumes'],
      background: [
        '公司轮胎硫化车间产生含硫有机废气，周边居民异味投诉较多。',
        'Our vulcanisation shop emits sulphurous organic fumes and neighbours complain about the smell.',
      ],
      targets: [
        '需要低运行成本的废气治理工艺，非甲烷总烃去除率≥90%，臭气浓度达标，系统压降≤1500 Pa。',
        'We need a cheap-to-run treatment removing ≥90% of non-methane hydrocarbons, meeting odour limits at ≤1,500 Pa pressure drop.',
      ],
      keywords: ['橡胶', '废气治理', '异味'],
      budgetWan: [100, 250],
      modes: ['transfer', 'service'],
    },
    {
      title: ['茂金属聚乙烯薄膜专用料国产化', 'Domestic metallocene polyethylene film grades'],
      background: [
        '我司生产高端包装薄膜，所用茂金属聚乙烯全部进口，采购成本和供货风险较高。',
        'We make premium packaging film from imported metallocene PE, which is costly and supply-risky.',
      ],
      targets: [
        '寻求可在现有气相法装置上生产的茂金属聚乙烯牌号开发技术，薄膜落镖冲击强度≥800 g。',
        'We seek grade technology for our existing gas-phase plant giving film dart impact of at least 800 g.',
      ],
      keywords: ['茂金属', '聚乙烯', '高端聚烯烃'],
      budgetWan: [500, 1000],
      modes: ['license_exclusive', 'co_development'],
    },
    {
      title: ['风电叶片用快速固化环氧树脂', 'Fast-curing epoxy for wind-turbine blades'],
      background: [
        '公司叶片真空灌注工艺固化周期长，厂房模具周转慢，产能受限。',
        'Long cure cycles in our vacuum-infusion process slow mould turnover and limit output.',
      ],
      targets: [
        '需要适用于真空灌注的快速固化环氧体系，60℃条件下固化时间缩短30%，力学性能不下降。',
        'We need an infusion epoxy curing 30% faster at 60 °C without losing mechanical properties.',
      ],
      keywords: ['环氧树脂', '风电叶片', '复合材料'],
      budgetWan: [80, 150],
      modes: ['co_development', 'transfer'],
    },
    {
      title: ['石墨烯导电浆料分散稳定性提升', 'Better dispersion stability of graphene conductive paste'],
      background: [
        '我司生产锂电池导电剂，石墨烯浆料存放两周后出现沉降和团聚。',
        'We make battery conductive additives; our graphene paste settles and agglomerates after two weeks.',
      ],
      targets: [
        '需要分散剂体系或工艺改进，使浆料存放3个月粘度变化<10%，且不增加电池内阻。',
        'We need a dispersant or process change keeping viscosity drift below 10% over 3 months without raising cell resistance.',
      ],
      keywords: ['石墨烯', '导电浆料', '分散'],
      budgetWan: [50, 100],
      modes: ['transfer', 'consulting'],
    },
    {
      title: ['无色透明聚酰亚胺薄膜配方与中试工艺', 'Recipe and pilot process for colourless polyimide film'],
      background: [
        '公司计划进入柔性显示盖板材料领域，缺少无色透明聚酰亚胺薄膜的配方与成膜工艺。',
        'We want to enter flexible-display cover materials but lack a recipe and film process for colourless polyimide.',
      ],
      targets: [
        '需要透光率≥88%、黄度指数≤3、耐温≥300℃的CPI薄膜配方及中试工艺包。',
        'We need a CPI recipe and pilot package with ≥88% transmittance, yellowness index ≤3 and ≥300 °C heat resistance.',
      ],
      keywords: ['聚酰亚胺', '柔性显示', '薄膜'],
      budgetWan: [300, 800],
      modes: ['transfer', 'license_exclusive'],
    },
    {
      title: ['集装箱水性涂料低温快干', 'Fast low-temperature drying of waterborne container coatings'],
      background: [
        '集装箱制造执行VOCs减排要求，需全面改用水性涂料，但冬季车间温度低、干燥慢。',
        'VOC rules force container makers onto waterborne paint, which dries slowly in our cold winter workshops.',
      ],
      targets: [
        '需要10℃下表干≤30分钟的水性涂料体系及配套烘干工艺，耐盐雾≥1000小时。',
        'We need a waterborne system touch-dry in 30 minutes at 10 °C, with matching drying and ≥1,000 h salt-spray resistance.',
      ],
      keywords: ['水性涂料', 'VOCs', '集装箱'],
      budgetWan: [80, 200],
      modes: ['co_development', 'transfer'],
    },
  ],
};
