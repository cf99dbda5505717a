import type { SectorContent } from '../types';

export const ic: SectorContent = {
  sector: 'ic',
  secret: [
    '版图与工艺流程（process flow）文件、关键工艺窗口及可靠性试验原始数据',
    'layout and process-flow files, critical process windows and raw reliability data',
  ],
  technologies: [
    {
      name: ['碳化硅MOSFET功率器件', 'silicon-carbide MOSFET power device'],
      problem: [
        '新能源汽车与光伏逆变器需要高压高效功率器件，碳化硅MOSFET的栅氧可靠性和良率是量产难点。',
        'EVs and PV inverters need efficient high-voltage switches, and gate-oxide reliability and yield are the hurdles for SiC MOSFETs.',
      ],
      method: [
        '本成果优化栅氧氮化退火工艺与元胞结构设计，提高沟道迁移率和阈值电压稳定性。',
        'Optimised gate-oxide nitridation annealing and cell design raise channel mobility and threshold stability.',
      ],
      result: [
        '1200V器件比导通电阻3.5 mΩ·cm²，高温栅偏1000小时阈值漂移小于0.2 V。',
        '1,200 V devices reach 3.5 mΩ·cm², with under 0.2 V threshold drift after 1,000 h of high-temperature gate bias.',
      ],
      apps: [
        ['新能源汽车主驱逆变器', 'EV traction inverters'],
        ['光伏逆变器', 'PV inverters'],
        ['充电桩电源模块', 'charger power modules'],
      ],
      keywords: ['碳化硅', '功率器件', 'MOSFET', '第三代半导体'],
      ip: 'invention_patent',
      trl: 6,
    },
    {
      name: ['晶圆级扇出型封装技术', 'wafer-level fan-out packaging'],
      problem: [
        '芯片小型化和异构集成需求增长，传统引线键合封装难以满足高密度互连要求。',
        'Smaller chips and heterogeneous integration need denser interconnects than wire bonding offers.',
      ],
      method: [
        '本成果采用重构晶圆与多层再布线工艺，并有效控制塑封翘曲和芯片偏移。',
        'Reconstituted wafers and multi-layer redistribution are used with tight control of mould warpage and die shift.',
      ],
      result: [
        '再布线线宽/线距达到2/2微米，封装翘曲控制在50微米以内。',
        'Redistribution lines reach 2/2 µm line and space, with warpage under 50 µm.',
      ],
      apps: [
        ['射频前端模组', 'RF front-end modules'],
        ['可穿戴设备芯片', 'wearable-device chips'],
        ['汽车毫米波雷达芯片', 'automotive radar chips'],
      ],
      keywords: ['先进封装', '扇出型封装', '异构集成', 'fan-out'],
      ip: 'invention_patent',
      trl: 6,
    },
    {
      name: ['MEMS压力传感器芯片', 'MEMS pressure-sensor chip'],
      problem: [
        '工业与汽车用高精度压力传感器芯片主要依赖进口，温漂大是国产产品的短板。',
        'Precision pressure-sensor chips for industry and cars are mostly imported; domestic ones drift with temperature.',
      ],
      method: [
        '本成果采用SOI硅压阻结构与片上温度补偿电路，并实现晶圆级真空封装。',
        'An SOI piezoresistive structure with on-chip temperature compensation is sealed in wafer-level vacuum packaging.',
      ],
      result: [
        '全温区综合精度±0.1%FS，长期稳定性优于0.05%FS/年。',
        'Total accuracy is ±0.1% FS over temperature, with long-term stability better than 0.05% FS a year.',
      ],
      apps: [
        ['汽车进气压力检测', 'automotive intake pressure'],
        ['工业过程控制', 'industrial process control'],
        ['医用呼吸机', 'medical ventilators'],
      ],
      keywords: ['MEMS', '压力传感器', '传感器芯片'],
      ip: 'invention_patent',
      trl: 7,
    },
    {
      name: ['RISC-V低功耗物联网处理器IP核', 'RISC-V low-power IoT processor IP core'],
      problem: [
        '物联网芯片对低功耗和自主可控要求高，ARM内核授权费用高、限制多。',
        'IoT chips need low power and independence, while Arm licences are costly and restrictive.',
      ],
      method: [
        '本成果基于RISC-V指令集设计两级流水线处理器，集成低功耗管理单元与安全加密扩展。',
        'A two-stage RISC-V pipeline integrates a power-management unit and cryptographic extensions.',
      ],
      result: [
        '动态功耗低至8 μW/MHz，CoreMark性能3.1/MHz，已在55纳米工艺流片验证。',
        'Dynamic power is 8 µW/MHz with 3.1 CoreMark/MHz, proven on 55 nm silicon.',
      ],
      apps: [
        ['智能水表燃气表', 'smart water and gas meters'],
        ['可穿戴设备', 'wearables'],
        ['工业传感节点', 'industrial sensor nodes'],
      ],
      keywords: ['RISC-V', '处理器', 'IP核', '物联网芯片'],
      ip: 'other',
      trl: 7,
    },
    {
      name: ['模拟电路自动化设计EDA工具', 'EDA tool for automated analogue circuit design'],
      problem: [
        '模拟电路设计高度依赖工程师经验，设计周期长，国产EDA工具覆盖不足。',
        "Analogue design depends on engineers' experience, takes long, and domestic EDA tools barely cover it.",
      ],
      method: [
        '本成果采用贝叶斯优化与电路知识图谱，实现器件尺寸自动寻优与版图自动生成。',
        'Bayesian optimisation and a circuit knowledge graph size devices and generate layouts automatically.',
      ],
      result: [
        '运放类电路设计周期由4周缩短至3天，性能指标达到人工设计水平。',
        'Op-amp designs take 3 days instead of 4 weeks and match hand-designed performance.',
      ],
      apps: [
        ['电源管理芯片设计', 'power-management IC design'],
        ['数据转换器设计', 'data-converter design'],
        ['高校集成电路教学', 'IC teaching at universities'],
      ],
      keywords: ['EDA', '模拟电路', '设计自动化'],
      ip: 'software_copyright',
      trl: 6,
    },
    {
      name: ['KrF光刻胶用树脂', 'resin for KrF photoresists'],
      problem: [
        '半导体光刻胶及其核心树脂长期被国外企业垄断，供应链安全风险突出。',
        'Photoresists and their resins come from a few foreign suppliers, a real supply-chain risk.',
      ],
      method: [
        '本成果采用可控自由基聚合合成窄分布聚羟基苯乙烯类树脂，并严格控制金属离子含量。',
        'Controlled radical polymerisation makes narrow-distribution polyhydroxystyrene resins with strict metal-ion control.',
      ],
      result: [
        '树脂分子量分布指数小于1.2，金属离子含量低于10 ppb，光刻分辨率达到0.18微米。',
        'Dispersity is below 1.2, metal ions under 10 ppb, and resolution reaches 0.18 µm.',
      ],
      apps: [
        ['逻辑芯片制造', 'logic-chip fabrication'],
        ['功率器件制造', 'power-device fabrication'],
        ['MEMS加工', 'MEMS fabrication'],
      ],
      keywords: ['光刻胶', '半导体材料', '树脂', 'photoresist'],
      ip: 'invention_patent',
      trl: 5,
    },
    {
      name: ['车规级芯片可靠性测试工具箱', 'reliability test toolbox for automotive-grade chips'],
      problem: [
        '车规芯片须通过AEC-Q100等可靠性认证，测试项目多、周期长，中小设计企业缺乏测试能力。',
        'Automotive chips must pass AEC-Q100 and similar qualifications, long test campaigns that small design houses cannot run.',
      ],
      method: [
        '本工具箱集成老化测试板卡、自动化测试软件与失效分析流程模板，覆盖AEC-Q100主要测试项目。',
        'The toolbox combines burn-in boards, automated test software and failure-analysis templates covering the main AEC-Q100 items.',
      ],
      result: [
        '认证测试周期缩短40%，测试数据可自动生成符合认证要求的报告。',
        'Qualification is 40% faster, and reports in the required format are generated from the data.',
      ],
      apps: [
        ['汽车MCU认证', 'automotive MCU qualification'],
        ['功率器件认证', 'power-device qualification'],
        ['传感器芯片认证', 'sensor-chip qualification'],
      ],
      keywords: ['测试工具箱', '芯片测试', '可靠性', 'AEC-Q100'],
      ip: 'know_how',
      trl: 7,
    },
    {
      name: ['硅基氮化镓快充功率芯片', 'GaN-on-silicon fast-charging power chip'],
      problem: [
        '消费电子快充追求小体积、大功率，硅基功率器件开关损耗大。',
        'Fast chargers must be small and powerful, and silicon switches lose too much energy.',
      ],
      method: [
        '本成果采用硅基氮化镓外延与增强型器件结构，并集成驱动与保护电路。',
        'GaN-on-silicon epitaxy and enhancement-mode devices are integrated with drivers and protection.',
      ],
      result: [
        '支持65–140 W快充方案，开关频率1 MHz，充电器体积缩小40%。',
        'It supports 65–140 W chargers switching at 1 MHz, 40% smaller.',
      ],
      apps: [
        ['手机快充', 'phone fast chargers'],
        ['数据中心电源', 'data-centre power supplies'],
        ['激光雷达驱动', 'lidar drivers'],
      ],
      keywords: ['氮化镓', '快充', '功率芯片', 'GaN'],
      ip: 'invention_patent',
      trl: 7,
    },
    {
      name: ['超低功耗蓝牙SoC芯片', 'ultra-low-power Bluetooth SoC'],
      problem: [
        '医疗可穿戴与电子标签对蓝牙芯片的功耗和成本极为敏感。',
        'Medical wearables and e-labels are extremely sensitive to Bluetooth chip power and cost.',
      ],
      method: [
        '本成果采用全数字锁相环与自适应电压调节技术，集成射频、基带与电源管理单元。',
        'An all-digital PLL and adaptive voltage scaling integrate RF, baseband and power management.',
      ],
      result: [
        '接收电流2.8 mA，深度睡眠电流0.3 μA，芯片面积缩小30%。',
        'Receive current is 2.8 mA, deep sleep 0.3 µA, and die area is 30% smaller.',
      ],
      apps: [
        ['电子价签', 'electronic shelf labels'],
        ['医疗可穿戴', 'medical wearables'],
        ['资产追踪', 'asset tracking'],
      ],
      keywords: ['蓝牙芯片', 'SoC', '低功耗', '射频'],
      ip: 'other',
      trl: 7,
    },
  ],
  demands: [
    {
      title: ['电机控制器功率模块散热封装', 'Better-cooled power modules for motor controllers'],
      background: [
        '公司生产新能源汽车电机控制器，IGBT模块在高负载下结温过高。',
        'We build EV motor controllers whose IGBT modules run too hot under load.',
      ],
      targets: [
        '需要双面散热封装或银烧结工艺方案，热阻降低25%，功率循环寿命提高一倍。',
        'We need double-sided cooling or silver sintering cutting thermal resistance by 25% and doubling power-cycling life.',
      ],
      keywords: ['功率模块', '银烧结', '封装散热'],
      budgetWan: [200, 400],
      modes: ['co_development', 'transfer'],
    },
    {
      title: ['晶圆缺陷深度学习分类', 'Deep-learning classification of wafer defects'],
      background: [
        '公司8英寸晶圆产线缺陷检测依赖进口设备，部分微小颗粒缺陷分类不准。',
        'Our 8-inch fab uses imported inspection tools that misclassify some small particles.',
      ],
      targets: [
        '需要基于深度学习的晶圆缺陷分类算法，可与现有检测设备对接，分类准确率≥95%。',
        'We need deep-learning classification connected to our tools with ≥95% accuracy.',
      ],
      keywords: ['晶圆检测', '深度学习', '缺陷分类'],
      budgetWan: [100, 200],
      modes: ['license_nonexclusive', 'co_development'],
    },
    {
      title: ['储能BMS模拟前端芯片定制设计', 'Custom analogue front-end chip for storage BMS'],
      background: [
        '公司为储能电池包企业，拟定制专用电池管理（BMS）模拟前端芯片。',
        'We build storage battery packs and want our own BMS analogue front-end chip.',
      ],
      targets: [
        '需要支持16串电池、电压采样精度±2 mV的AFE芯片设计服务，并完成流片验证。',
        'We need an AFE design service for 16 cells at ±2 mV accuracy, through tape-out and validation.',
      ],
      keywords: ['BMS', '模拟芯片', '芯片设计'],
      budgetWan: [500, 1000],
      modes: ['service', 'co_development'],
    },
    {
      title: ['半导体级高纯石英砂提纯', 'Purifying quartz sand to semiconductor grade'],
      background: [
        '公司生产半导体用石英部件，高纯石英砂原料依赖进口。',
        'We make quartz parts for fabs from imported high-purity sand.',
      ],
      targets: [
        '需要高纯石英砂提纯工艺，产品二氧化硅纯度≥99.998%，满足半导体级坩埚要求。',
        'We need a purification process reaching ≥99.998% SiO₂ for semiconductor-grade crucibles.',
      ],
      keywords: ['高纯石英', '半导体材料', '提纯'],
      budgetWan: [300, 600],
      modes: ['transfer', 'license_exclusive'],
    },
    {
      title: ['射频芯片量产测试效率提升', 'Faster production testing of RF chips'],
      background: [
        '公司射频芯片量产测试效率低，测试成本占芯片成本的15%。',
        'Our RF chip production test is slow and costs 15% of the chip.',
      ],
      targets: [
        '需要多工位并行射频测试方案与测试程序优化，测试时间缩短50%。',
        'We need multi-site parallel RF test and program optimisation halving test time.',
      ],
      keywords: ['芯片测试', '射频', '量产测试'],
      budgetWan: [80, 150],
      modes: ['service', 'transfer'],
    },
    {
      title: ['家电控制板MCU国产替代', 'Domestic MCU replacement for appliance control boards'],
      background: [
        '公司家电控制板使用的进口MCU交期长、价格波动大。',
        'Imported MCUs on our appliance boards have long lead times and volatile prices.',
      ],
      targets: [
        '寻求引脚兼容的国产MCU替代方案及软件移植服务，满足家电安全标准IEC 60730。',
        'We seek pin-compatible domestic MCUs with software porting that meet IEC 60730.',
      ],
      keywords: ['MCU', '国产替代', '家电'],
      budgetWan: [50, 100],
      modes: ['service', 'consulting'],
    },
  ],
};
