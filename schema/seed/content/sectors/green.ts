import type { SectorContent } from '../types';

export const green: SectorContent = {
  sector: 'green',
  secret: [
    '工艺流程包、药剂/催化剂配方与示范工程运行数据',
    'process package, reagent and catalyst recipes and operating data from demonstration plants',
  ],
  technologies: [
    {
      name: [
        '高盐废水分盐结晶零排放技术',
        'salt-separating crystallisation for zero-liquid-discharge of high-salinity wastewater',
      ],
      problem: [
        '煤化工、石化行业高盐废水处理后产生大量杂盐，只能作为危险废物处置，费用高昂。',
        'Treating high-salinity wastewater from coal chemicals and petrochemicals leaves mixed salt that must be disposed of as costly hazardous waste.',
      ],
      method: [
        '本成果采用纳滤分盐与多效蒸发分质结晶工艺，分别回收工业级氯化钠与硫酸钠。',
        'Nanofiltration splits the salts and multi-effect evaporation crystallises industrial-grade sodium chloride and sodium sulphate separately.',
      ],
      result: [
        '盐回收率超过90%，产品达到工业盐一级标准，吨水处理成本降低30%。',
        'Over 90% of the salt is recovered at first-grade industrial quality, and treatment costs 30% less per tonne.',
      ],
      apps: [
        ['煤化工废水', 'coal-chemical wastewater'],
        ['印染废水', 'textile-dyeing wastewater'],
        ['垃圾渗滤液浓缩液', 'landfill-leachate concentrate'],
      ],
      keywords: ['高盐废水', '零排放', '分盐结晶', 'ZLD'],
      ip: 'invention_patent',
      trl: 8,
    },
    {
      name: ['燃煤烟气二氧化碳低能耗捕集技术', 'low-energy CO₂ capture from coal-fired flue gas'],
      problem: [
        '碳捕集是火电、水泥行业深度减排的关键，但传统胺法吸收再生能耗高、溶剂易降解。',
        'Carbon capture is key to deep cuts in power and cement, but amine scrubbing needs much regeneration energy and its solvent degrades.',
      ],
      method: [
        '本成果采用新型相变吸收剂与级间冷却工艺，显著降低溶剂再生热耗。',
        'A new phase-change absorbent with inter-stage cooling sharply lowers regeneration heat.',
      ],
      result: [
        '再生能耗降至2.4 GJ/t CO₂，捕集率超过90%，溶剂损耗降低50%。',
        'Regeneration needs 2.4 GJ per tonne of CO₂, capture exceeds 90% and solvent loss halves.',
      ],
      apps: [
        ['燃煤电厂', 'coal-fired power plants'],
        ['水泥窑尾气', 'cement-kiln off-gas'],
        ['化工尾气', 'chemical-plant tail gas'],
      ],
      keywords: ['碳捕集', 'CCUS', '二氧化碳', '碳中和'],
      ip: 'invention_patent',
      trl: 6,
    },
    {
      name: [
        '退役光伏组件绿色拆解与材料回收技术',
        'green dismantling and material recovery of retired PV modules',
      ],
      problem: [
        '光伏组件即将进入大规模退役期，填埋或焚烧处理造成资源浪费和环境污染。',
        'PV modules are about to retire in volume, and landfill or incineration wastes resources and pollutes.',
      ],
      method: [
        '本成果采用热解-机械联合工艺分离EVA封装层，再以湿法回收高纯硅、银与铜。',
        'Combined pyrolysis and mechanical processing removes the EVA layer, then hydrometallurgy recovers high-purity silicon, silver and copper.',
      ],
      result: [
        '组件材料综合回收率超过95%，回收硅纯度达到6N，单条产线年处理能力1万吨。',
        'Over 95% of module material is recovered, silicon at 6N purity, with 10,000 t a year per line.',
      ],
      apps: [
        ['光伏电站退役处置', 'decommissioning of PV plants'],
        ['光伏制造边角料回收', 'PV manufacturing scrap'],
        ['城市矿产园区', 'urban-mining parks'],
      ],
      keywords: ['光伏回收', '资源循环', '固废', 'PV recycling'],
      ip: 'invention_patent',
      trl: 7,
    },
    {
      name: [
        '低浓度VOCs沸石转轮浓缩-催化燃烧技术',
        'zeolite-rotor concentration with catalytic oxidation for dilute VOCs',
      ],
      problem: [
        '喷涂、印刷等行业废气风量大、浓度低，直接焚烧能耗高，活性炭吸附又容易饱和。',
        'Painting and printing exhaust is voluminous and dilute: direct incineration wastes energy and activated carbon saturates quickly.',
      ],
      method: [
        '本成果采用疏水分子筛转轮将VOCs吸附浓缩10–20倍，再经低温催化燃烧，回收热量用于脱附。',
        'A hydrophobic zeolite rotor concentrates VOCs 10–20 times before low-temperature catalytic oxidation, whose heat drives desorption.',
      ],
      result: [
        'VOCs去除率超过95%，系统运行能耗降低60%，催化剂寿命达到3年。',
        'Over 95% of VOCs are removed, energy use falls by 60% and the catalyst lasts three years.',
      ],
      apps: [
        ['汽车涂装', 'automotive painting'],
        ['包装印刷', 'packaging printing'],
        ['家具喷涂', 'furniture finishing'],
      ],
      keywords: ['VOCs', '废气治理', '催化燃烧'],
      ip: 'invention_patent',
      trl: 8,
    },
    {
      name: ['市政污泥低温干化与资源化技术', 'low-temperature drying and reuse of municipal sludge'],
      problem: [
        '市政污泥含水率高、处置成本高，填埋占地大且容易产生二次污染。',
        'Municipal sludge is wet and expensive to dispose of, and landfill takes space and causes secondary pollution.',
      ],
      method: [
        '本成果采用热泵低温除湿干化与好氧发酵联用，干化污泥可用作土壤改良剂或燃料。',
        'Heat-pump dehumidification drying is combined with aerobic fermentation, turning sludge into soil conditioner or fuel.',
      ],
      result: [
        '污泥含水率由80%降至30%以下，干化能耗降低40%，无臭气外溢。',
        'Moisture falls from 80% to under 30% with 40% less drying energy and no odour escape.',
      ],
      apps: [
        ['城镇污水处理厂', 'municipal wastewater plants'],
        ['造纸污泥处理', 'paper-mill sludge'],
        ['食品工业污泥', 'food-industry sludge'],
      ],
      keywords: ['污泥处理', '低温干化', '资源化'],
      ip: 'utility_model',
      trl: 8,
    },
    {
      name: ['公共建筑能耗智能管控系统', 'intelligent energy management for public buildings'],
      problem: [
        '公共建筑空调、照明能耗占比高，运行管理粗放，节能潜力难以挖掘。',
        'Air conditioning and lighting dominate energy use in public buildings, which are run coarsely and waste savings.',
      ],
      method: [
        '本成果基于分项计量与负荷预测算法，对冷热源、空调末端和照明进行优化控制。',
        'Sub-metering and load forecasting drive optimised control of chillers, boilers, terminals and lighting.',
      ],
      result: [
        '示范建筑综合节能率达到18%，投资回收期小于3年。',
        'Pilot buildings save 18% of energy with a payback under three years.',
      ],
      apps: [
        ['医院', 'hospitals'],
        ['高校校园', 'university campuses'],
        ['商业综合体', 'commercial complexes'],
      ],
      keywords: ['建筑节能', '能源管理', '楼宇自控'],
      ip: 'software_copyright',
      trl: 8,
    },
    {
      name: ['石油污染土壤微生物修复技术', 'microbial remediation of petroleum-contaminated soil'],
      problem: [
        '油田和石化场地石油烃污染土壤面积大，热脱附等物理修复成本高。',
        'Oilfields and petrochemical sites have large areas of oil-contaminated soil, and thermal desorption is expensive.',
      ],
      method: [
        '本成果筛选耐盐碱高效石油降解菌群，结合生物堆与营养调控强化降解。',
        'Salt- and alkali-tolerant oil-degrading consortia are used in biopiles with nutrient management.',
      ],
      result: [
        '90天内石油烃去除率达到85%，修复成本仅为热脱附的三分之一。',
        '85% of petroleum hydrocarbons go within 90 days, at a third of the cost of thermal desorption.',
      ],
      apps: [
        ['油田井场修复', 'oilfield well sites'],
        ['石化搬迁场地', 'relocated petrochemical sites'],
        ['港口油污岸线', 'oil-polluted port shorelines'],
      ],
      keywords: ['土壤修复', '微生物修复', '石油污染'],
      ip: 'invention_patent',
      trl: 7,
    },
    {
      name: [
        '工业低品位余热有机朗肯循环发电技术',
        'organic Rankine cycle power from low-grade industrial waste heat',
      ],
      problem: [
        '钢铁、化工行业大量80–200℃的低品位余热直接排放，能源利用率低。',
        'Steel and chemical plants dump large amounts of 80–200 °C waste heat.',
      ],
      method: [
        '本成果采用环保有机工质与高效向心透平，并以模块化集装箱设计便于现场安装。',
        'Environmentally friendly working fluids and an efficient radial turbine come in containerised modules for quick installation.',
      ],
      result: [
        '热电转换效率达到12%，单机功率200–2000 kW，投资回收期约4年。',
        'Heat-to-power efficiency reaches 12%, units range from 200 to 2,000 kW and payback is about four years.',
      ],
      apps: [
        ['钢铁冲渣水余热', 'steel-slag flushing water'],
        ['化工工艺余热', 'chemical process heat'],
        ['中低温地热发电', 'low-temperature geothermal power'],
      ],
      keywords: ['余热发电', '有机朗肯循环', '节能', 'ORC'],
      ip: 'invention_patent',
      trl: 7,
    },
    {
      name: ['废塑料催化热解制油技术', 'catalytic pyrolysis of waste plastics into oil'],
      problem: [
        '混合废塑料难以物理再生，焚烧又会产生二噁英等污染物。',
        'Mixed plastic waste cannot be mechanically recycled, and burning it releases dioxins.',
      ],
      method: [
        '本成果采用分子筛催化热解与在线脱氯工艺，将混合废塑料转化为轻质油品。',
        'Zeolite-catalysed pyrolysis with inline dechlorination turns mixed plastics into light oil.',
      ],
      result: [
        '液体油收率达到75%，氯含量低于10 ppm，可作为石化裂解原料。',
        'Liquid yield is 75% with under 10 ppm chlorine, good enough as cracker feed.',
      ],
      apps: [
        ['生活垃圾分选塑料', 'plastics sorted from household waste'],
        ['农膜回收', 'agricultural film recycling'],
        ['海洋塑料垃圾', 'marine plastic litter'],
      ],
      keywords: ['废塑料', '化学回收', '热解', '循环经济'],
      ip: 'invention_patent',
      trl: 6,
    },
  ],
  demands: [
    {
      title: ['印染废水深度处理与中水回用', 'Advanced treatment and reuse of dyeing wastewater'],
      background: [
        '公司印染废水日排放8000吨，当地要求中水回用率达到50%。',
        'We discharge 8,000 t of dyeing wastewater a day and must reuse half of it.',
      ],
      targets: [
        '需要深度处理与回用工艺，回用水满足印染用水标准，吨水处理成本≤3元。',
        'We need treatment that makes water fit for dyeing again at no more than CNY 3 per tonne.',
      ],
      keywords: ['印染废水', '中水回用', '深度处理'],
      budgetWan: [200, 500],
      modes: ['transfer', 'service'],
    },
    {
      title: ['铝灰危废无害化与资源化', 'Making aluminium dross safe and useful'],
      background: [
        '公司年产铝灰约5000吨，作为危险废物处置费用高。',
        'We generate about 5,000 t of aluminium dross a year, expensive to dispose of as hazardous waste.',
      ],
      targets: [
        '需要铝灰无害化与资源化技术，回收金属铝并将残渣转为耐火材料原料，达到危废豁免条件。',
        'We need to recover aluminium and turn residue into refractory raw material meeting hazardous-waste exemption criteria.',
      ],
      keywords: ['铝灰', '危废处置', '资源化'],
      budgetWan: [150, 300],
      modes: ['transfer', 'license_exclusive'],
    },
    {
      title: ['出口产品碳足迹核算与管理平台', 'Product carbon footprint accounting for exports'],
      background: [
        '公司出口欧洲的产品面临欧盟碳边境调节机制（CBAM）申报要求，需要提供产品碳足迹。',
        'Our exports to Europe fall under CBAM and need product carbon footprints.',
      ],
      targets: [
        '需要产品碳足迹核算模型与数字化管理平台，满足ISO 14067和欧盟申报要求。',
        'We need footprint models and a digital platform meeting ISO 14067 and EU reporting.',
      ],
      keywords: ['碳足迹', 'CBAM', '碳管理'],
      budgetWan: [40, 80],
      modes: ['service', 'consulting'],
    },
    {
      title: ['燃气锅炉烟气消白与余热回收', 'Plume abatement and heat recovery for gas boilers'],
      background: [
        '公司燃气锅炉排放"白烟"被要求整改，同时烟气热量大量浪费。',
        "Regulators want our gas boilers' white plumes gone, and the flue heat is wasted anyway.",
      ],
      targets: [
        '需要烟气冷凝余热回收与消白一体化方案，锅炉综合热效率提高6%以上。',
        'We need combined condensing heat recovery and plume abatement raising boiler efficiency by over 6%.',
      ],
      keywords: ['余热回收', '烟气消白', '锅炉节能'],
      budgetWan: [80, 150],
      modes: ['transfer', 'service'],
    },
    {
      title: ['垃圾焚烧飞灰资源化利用', 'Reusing incinerator fly ash'],
      background: [
        '公司运营垃圾焚烧发电厂，飞灰年产2万吨，稳定化填埋成本逐年上升。',
        'Our waste-to-energy plant makes 20,000 t of fly ash a year, and landfill costs keep rising.',
      ],
      targets: [
        '需要飞灰高温熔融或水洗脱氯资源化工艺，二噁英分解率≥99%，产物可用于建材。',
        'We need melting or washing–dechlorination with ≥99% dioxin destruction and products usable in building materials.',
      ],
      keywords: ['飞灰', '垃圾焚烧', '二噁英'],
      budgetWan: [300, 600],
      modes: ['co_development', 'transfer'],
    },
    {
      title: ['化工园区污水厂组合除臭', 'Odour control for a chemical-park wastewater plant'],
      background: [
        '化工园区污水处理厂恶臭投诉多，现有生物滤池除臭效果不稳定。',
        'Our chemical-park wastewater plant draws odour complaints and its biofilter is unreliable.',
      ],
      targets: [
        '需要组合式除臭工艺，厂界臭气浓度≤20（无量纲），硫化氢去除率≥95%。',
        'We need combined deodorisation with boundary odour ≤20 and ≥95% hydrogen-sulphide removal.',
      ],
      keywords: ['除臭', '污水处理', '化工园区'],
      budgetWan: [80, 150],
      modes: ['transfer', 'service'],
    },
  ],
};
