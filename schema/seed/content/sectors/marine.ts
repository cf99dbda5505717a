import type { SectorContent } from '../types';

export const marine: SectorContent = {
  sector: 'marine',
  secret: [
    '关键工艺参数、控制算法源代码与海试原始数据',
    'key process parameters, control-algorithm source code and raw sea-trial data',
  ],
  technologies: [
    {
      name: ['长航程水下滑翔机', 'long-endurance underwater glider'],
      problem: [
        '传统海洋观测依赖科考船走航，成本高、时空覆盖有限，难以获取长期连续的剖面数据。',
        'Ocean observation still relies on research-vessel cruises, which are costly and cover too little space and time to give long, continuous profiles.',
      ],
      method: [
        '本成果采用浮力驱动与低功耗控制架构，集成温盐深、溶解氧等传感器，并通过北斗卫星通信实时回传数据。',
        'The glider is buoyancy-driven with a low-power control architecture, carries CTD and dissolved-oxygen sensors and sends data home over BeiDou satellite links.',
      ],
      result: [
        '单次续航超过3000公里，最大下潜深度1000米，已在黄海、南海完成多次海试。',
        'One deployment covers more than 3,000 km at depths down to 1,000 m; several sea trials have been completed in the Yellow Sea and the South China Sea.',
      ],
      apps: [
        ['海洋环境观测', 'marine environmental observation'],
        ['渔场环境监测', 'fishing-ground monitoring'],
        ['台风过程观测', 'typhoon observation'],
      ],
      keywords: ['水下滑翔机', '海洋观测', '无人潜航器', 'underwater glider'],
      ip: 'invention_patent',
      trl: 7,
    },
    {
      name: ['低能耗反渗透海水淡化技术', 'low-energy reverse-osmosis seawater desalination'],
      problem: [
        '海岛和沿海工业园区淡水资源紧缺，传统反渗透海水淡化吨水能耗高、膜污染严重。',
        'Islands and coastal industrial parks are short of fresh water, and conventional reverse-osmosis desalination uses a lot of energy per tonne and fouls its membranes.',
      ],
      method: [
        '本成果采用高效能量回收装置与抗污染复合反渗透膜，配合智能加药与在线清洗控制。',
        'It combines a high-efficiency energy-recovery device with fouling-resistant composite RO membranes and smart dosing and clean-in-place control.',
      ],
      result: [
        '吨水电耗降至2.8千瓦时以下，膜清洗周期延长至6个月，产水满足生活饮用水卫生标准。',
        'Power use falls below 2.8 kWh per tonne, membranes need cleaning only every six months, and the product water meets drinking-water standards.',
      ],
      apps: [
        ['海岛供水', 'island water supply'],
        ['沿海化工园区供水', 'water supply for coastal chemical parks'],
        ['船舶淡水制备', 'shipboard fresh-water production'],
      ],
      keywords: ['海水淡化', '反渗透', '能量回收', 'desalination'],
      ip: 'invention_patent',
      trl: 8,
    },
    {
      name: ['深远海养殖智能投喂系统', 'intelligent feeding system for deep-sea aquaculture'],
      problem: [
        '深远海养殖投喂依赖人工经验，饲料浪费大、鱼群生长不均，且海况恶劣时无法作业。',
        "Feeding in deep-sea aquaculture depends on workers' experience: feed is wasted, growth is uneven and nobody can feed in rough seas.",
      ],
      method: [
        '本成果融合水下视觉与声呐监测鱼群摄食行为，利用强化学习动态调整投喂量和投喂节奏。',
        'Underwater cameras and sonar watch how the fish feed, and a reinforcement-learning controller adjusts the ration and rhythm in real time.',
      ],
      result: [
        '饲料系数降低12%，人工成本降低40%，已在10万立方米级养殖水体中连续运行一年。',
        'The feed-conversion ratio drops by 12% and labour cost by 40%; it has run for a year in a 100,000 m³ farming volume.',
      ],
      apps: [
        ['深远海养殖工船', 'deep-sea aquaculture vessels'],
        ['大型养殖围栏', 'large aquaculture net enclosures'],
        ['陆基工厂化循环水养殖', 'land-based recirculating aquaculture'],
      ],
      keywords: ['智慧渔业', '深远海养殖', '智能投喂', 'aquaculture'],
      ip: 'invention_patent',
      trl: 7,
    },
    {
      name: ['仿生低表面能海洋防污涂料', 'bio-inspired low-surface-energy marine antifouling coating'],
      problem: [
        '生物污损使船舶油耗上升、海工设施腐蚀加剧，传统含铜、含锡防污涂料污染海洋环境。',
        "Biofouling raises ships' fuel use and speeds up corrosion of offshore structures, while copper- and tin-based antifouling paints pollute the sea.",
      ],
      method: [
        '本成果以有机硅-聚氨酯杂化树脂构建仿生微结构表面，复配天然产物防污剂，使污损生物难附着、易脱除。',
        'A silicone–polyurethane hybrid resin forms a bio-inspired micro-structured surface, combined with natural-product antifoulants, so organisms hardly attach and wash off easily.',
      ],
      result: [
        '浅海挂板试验24个月污损面积小于5%，铜离子释放量为零。',
        'After 24 months of shallow-sea panel tests the fouled area is under 5%, with zero copper release.',
      ],
      apps: [
        ['远洋船舶', 'ocean-going vessels'],
        ['海上风电基础', 'offshore wind foundations'],
        ['网箱养殖设施', 'net-cage aquaculture facilities'],
      ],
      keywords: ['防污涂料', '海洋腐蚀', '生物污损', 'antifouling'],
      ip: 'invention_patent',
      trl: 6,
    },
    {
      name: ['海藻多糖绿色高效提取技术', 'green high-yield extraction of seaweed polysaccharides'],
      problem: [
        '传统海藻加工以酸碱法提取为主，能耗高、废水量大，产品附加值低。',
        'Seaweed processing still relies on acid–alkali extraction, which uses much energy, produces a lot of wastewater and yields low-value products.',
      ],
      method: [
        '本成果采用复合酶解耦合膜分离工艺，在常温下提取褐藻胶、岩藻多糖等功能组分。',
        'Compound enzymatic hydrolysis coupled with membrane separation extracts alginate, fucoidan and other functional fractions at room temperature.',
      ],
      result: [
        '岩藻多糖得率提高35%，废水排放减少60%，产品纯度达到95%以上。',
        'Fucoidan yield rises by 35%, wastewater falls by 60% and product purity exceeds 95%.',
      ],
      apps: [
        ['功能性食品配料', 'functional food ingredients'],
        ['化妆品原料', 'cosmetic ingredients'],
        ['生物医用敷料', 'biomedical wound dressings'],
      ],
      keywords: ['海藻', '岩藻多糖', '海洋生物资源', 'seaweed'],
      ip: 'invention_patent',
      trl: 6,
    },
    {
      name: ['海洋牧场多参数在线监测浮标', 'multi-parameter online monitoring buoy for marine ranches'],
      problem: [
        '海洋牧场的水质恶化、赤潮与缺氧事件难以及时发现，人工采样频次低、数据滞后。',
        'Water-quality decline, red tides and hypoxia in marine ranches are found too late because manual sampling is rare and slow.',
      ],
      method: [
        '浮标集成溶解氧、叶绿素、浊度和营养盐传感器，采用风光互补供电和北斗/4G双链路通信。',
        'The buoy carries dissolved-oxygen, chlorophyll, turbidity and nutrient sensors, runs on wind and solar power and reports over BeiDou and 4G.',
      ],
      result: [
        '连续无人值守运行12个月，数据回传率超过98%，可提前48小时预警低氧事件。',
        'It has run unattended for 12 months with over 98% data return and warns of hypoxia 48 hours ahead.',
      ],
      apps: [
        ['海洋牧场管理', 'marine-ranch management'],
        ['赤潮预警', 'red-tide early warning'],
        ['近岸海域生态监管', 'coastal ecological supervision'],
      ],
      keywords: ['海洋牧场', '在线监测', '浮标', 'buoy'],
      ip: 'utility_model',
      trl: 8,
    },
    {
      name: ['海底管线智能巡检水下机器人', 'intelligent subsea pipeline inspection robot'],
      problem: [
        '海底管道和电缆巡检依赖潜水员或大型作业船，作业窗口短、费用高、风险大。',
        'Subsea pipelines and cables are inspected by divers or large work vessels, with short weather windows, high cost and high risk.',
      ],
      method: [
        '本成果采用多波束声呐与激光线扫融合定位，结合管线自动跟踪控制和缺陷智能识别算法。',
        'Multibeam sonar and laser line scanning are fused for positioning, with automatic pipeline tracking and defect-recognition algorithms.',
      ],
      result: [
        '管线跟踪偏差小于0.3米，最大作业水深300米，悬空、裸露等缺陷识别准确率超过92%。',
        'Tracking error is below 0.3 m at depths to 300 m, and free spans and exposures are recognised with over 92% accuracy.',
      ],
      apps: [
        ['海底油气管道巡检', 'subsea oil and gas pipeline inspection'],
        ['海上风电送出电缆巡检', 'offshore wind export-cable inspection'],
        ['跨海大桥基础检测', 'inspection of sea-crossing bridge foundations'],
      ],
      keywords: ['水下机器人', '管线巡检', 'ROV', '声呐'],
      ip: 'invention_patent',
      trl: 7,
    },
    {
      name: ['电解法船舶压载水处理系统', 'electrolytic ballast-water treatment system'],
      problem: [
        '国际《压载水公约》要求船舶压载水达标排放，现有系统能耗高，在低盐度水域适应性差。',
        'The Ballast Water Management Convention requires compliant discharge, but current systems use much energy and struggle in low-salinity water.',
      ],
      method: [
        '本成果采用旁路电解产生有效氯并结合紫外辅助杀灭，配备残余氧化物在线中和装置。',
        'Side-stream electrolysis produces active chlorine, assisted by UV disinfection, with online neutralisation of residual oxidants.',
      ],
      result: [
        '处理能力覆盖每小时100–3000立方米，满足IMO D-2排放标准，在低盐度水域仍可稳定运行。',
        'It treats 100–3,000 m³ per hour, meets the IMO D-2 standard and stays stable in low-salinity water.',
      ],
      apps: [
        ['散货船', 'bulk carriers'],
        ['集装箱船', 'container ships'],
        ['港口移动式处理', 'mobile treatment at ports'],
      ],
      keywords: ['压载水', '船舶环保', '电解', 'ballast water'],
      ip: 'invention_patent',
      trl: 8,
    },
    {
      name: [
        '贝藻养殖碳汇计量与监测技术',
        'carbon-sink accounting and monitoring for shellfish and seaweed farming',
      ],
      problem: [
        '海洋渔业碳汇缺乏可核查的计量方法，养殖企业的蓝碳资产难以进入碳交易市场。',
        'Fishery carbon sinks lack a verifiable accounting method, so farms cannot bring their blue-carbon assets to the carbon market.',
      ],
      method: [
        '本成果构建贝类、藻类固碳量现场测定与遥感反演模型，形成可核查的碳汇计量方法学。',
        'Field measurement of carbon fixed by shellfish and seaweed is combined with remote-sensing inversion models into a verifiable methodology.',
      ],
      result: [
        '已在胶州湾、桑沟湾示范区完成2万亩养殖区碳汇核算，核算误差小于10%。',
        'Carbon sinks of 20,000 mu of farms in Jiaozhou Bay and Sanggou Bay have been accounted with an error below 10%.',
      ],
      apps: [
        ['蓝碳交易', 'blue-carbon trading'],
        ['海洋生态修复评估', 'marine restoration assessment'],
        ['养殖企业碳资产管理', 'carbon-asset management for fish farms'],
      ],
      keywords: ['蓝碳', '海洋碳汇', '碳交易', 'blue carbon'],
      ip: 'know_how',
      trl: 5,
    },
  ],
  demands: [
    {
      title: ['深远海养殖网箱抗风浪结构优化', 'Wave-resistant structure for deep-sea aquaculture cages'],
      background: [
        '我司在黄海冷水团海域运营3座大型养殖网箱，台风季结构疲劳损伤明显，年维护费用超过300万元。',
        'We operate three large cages in the Yellow Sea cold-water mass; typhoon seasons cause visible fatigue damage and maintenance costs exceed CNY 3 million a year.',
      ],
      targets: [
        '希望通过数值模拟与水池试验优化框架结构，在12级台风工况下结构安全系数不低于1.5，用钢量降低10%。',
        'We want the frame optimised by simulation and tank tests: a safety factor of at least 1.5 under force-12 typhoon loads and 10% less steel.',
      ],
      keywords: ['养殖网箱', '抗风浪', '结构优化'],
      budgetWan: [80, 150],
      modes: ['co_development', 'service'],
    },
    {
      title: ['海参养殖池塘高温期溶氧调控', 'Dissolved-oxygen control in sea-cucumber ponds in hot weather'],
      background: [
        '夏季高温期池塘底层缺氧导致海参"化皮"死亡，近三年累计损失逾千万元。',
        'In hot summers the pond bottom runs out of oxygen and sea cucumbers die of skin ulceration; losses over three years exceed CNY 10 million.',
      ],
      targets: [
        '需要低成本的底层增氧与水温调控方案，使池底溶解氧稳定在5 mg/L以上，每亩改造成本不超过3000元。',
        'We need low-cost bottom aeration and temperature control keeping dissolved oxygen above 5 mg/L, at no more than CNY 3,000 per mu.',
      ],
      keywords: ['海参', '溶解氧', '水产养殖'],
      budgetWan: [30, 60],
      modes: ['transfer', 'service'],
    },
    {
      title: [
        '船用柴油机尾气脱硫脱硝一体化装置',
        'Integrated desulphurisation and denitration for marine diesel exhaust',
      ],
      background: [
        '公司为沿海及内河船舶提供动力系统，新排放法规要求硫氧化物与氮氧化物同步达标。',
        'We supply propulsion systems for coastal and inland ships; new rules require SOx and NOx to comply at the same time.',
      ],
      targets: [
        '寻求体积紧凑的一体化尾气处理装置，脱硫率≥95%、脱硝率≥85%，背压增加不超过3 kPa。',
        'We seek a compact integrated unit with ≥95% desulphurisation, ≥85% denitration and no more than 3 kPa added back-pressure.',
      ],
      keywords: ['船舶尾气', '脱硫脱硝', '船舶环保'],
      budgetWan: [200, 500],
      modes: ['license_exclusive', 'co_development'],
    },
    {
      title: ['海工结构焊缝水下无损检测装置', 'Underwater NDT of welds on offshore structures'],
      background: [
        '我司承担多座海上平台和风电导管架的运维，焊缝检测需潜水员作业，效率低、风险大。',
        'We maintain several platforms and wind-turbine jackets; weld inspection needs divers, which is slow and dangerous.',
      ],
      targets: [
        '需要可由水下机器人搭载的焊缝无损检测装置（涡流或超声），可检出2 mm以上裂纹，作业水深≥50米。',
        'We need an ROV-mounted weld NDT tool (eddy current or ultrasound) that finds cracks over 2 mm at depths of 50 m or more.',
      ],
      keywords: ['无损检测', '焊缝检测', '水下机器人'],
      budgetWan: [150, 300],
      modes: ['co_development', 'transfer'],
    },
    {
      title: ['鱼糜加工副产物高值化利用', 'High-value use of surimi by-products'],
      background: [
        '公司年加工鱼糜2万吨，产生鱼皮、鱼骨等副产物约6000吨，目前仅作为低价饲料原料出售。',
        'We process 20,000 t of surimi a year and produce about 6,000 t of skin and bone, now sold as cheap feed material.',
      ],
      targets: [
        '寻求胶原蛋白肽、鱼骨钙等高值产品的提取工艺，具备产业化可行性，可支撑建设千吨级生产线。',
        'We seek extraction processes for collagen peptides and bone calcium that are industrially viable for a 1,000-tonne line.',
      ],
      keywords: ['胶原蛋白肽', '水产加工', '副产物利用'],
      budgetWan: [100, 200],
      modes: ['transfer', 'license_exclusive'],
    },
    {
      title: [
        '工厂化海水养殖尾水达标处理',
        'Treating effluent from indoor mariculture to discharge standards',
      ],
      background: [
        '地方新规要求工厂化养殖尾水达标排放，我司现有养殖车间尾水氮、磷超标。',
        'New local rules require compliant effluent from indoor farms; our workshops exceed the nitrogen and phosphorus limits.',
      ],
      targets: [
        '需要占地小、运行费用低的尾水处理工艺，出水总氮≤15 mg/L、总磷≤0.5 mg/L，吨水处理成本低于0.8元。',
        'We need a compact, cheap-to-run process with total N ≤15 mg/L, total P ≤0.5 mg/L and a cost below CNY 0.8 per tonne.',
      ],
      keywords: ['养殖尾水', '脱氮除磷', '水处理'],
      budgetWan: [50, 120],
      modes: ['transfer', 'service'],
    },
  ],
};
