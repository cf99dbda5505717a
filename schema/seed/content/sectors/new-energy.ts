import type { SectorContent } from '../types';

export const newEnergy: SectorContent = {
  sector: 'new-energy',
  secret: [
    '材料配方、关键工艺窗口与电芯/系统测试原始数据',
    'material recipes, critical process windows and raw cell and system test data',
  ],
  technologies: [
    {
      name: ['高稳定大面积钙钛矿太阳能电池', 'high-stability large-area perovskite solar cells'],
      problem: [
        '钙钛矿太阳能电池效率高、成本低，但湿热稳定性差、大面积制备均匀性不足，制约了产业化。',
        'Perovskite solar cells are efficient and cheap, but poor damp-heat stability and uneven large-area films hold back industrial production.',
      ],
      method: [
        '本成果采用狭缝涂布结合气相辅助结晶工艺制备大面积钙钛矿薄膜，引入二维钙钛矿界面钝化层与封装阻水层。',
        'Large-area perovskite films are slot-die coated and vapour-assisted crystallised, with a 2D-perovskite passivation interlayer and a moisture-barrier encapsulation.',
      ],
      result: [
        '30×30厘米组件光电转换效率达19.6%，85℃/85%湿热老化1000小时后效率保持率超过90%。',
        '30×30 cm modules reach 19.6% efficiency and keep over 90% of it after 1,000 h of 85 °C/85% damp heat.',
      ],
      apps: [
        ['建筑光伏一体化', 'building-integrated photovoltaics'],
        ['晶硅-钙钛矿叠层组件', 'silicon–perovskite tandem modules'],
        ['柔性移动电源', 'flexible portable power'],
      ],
      keywords: ['钙钛矿太阳能电池', '钙钛矿', '光伏', '薄膜电池', 'perovskite solar cell'],
      ip: 'invention_patent',
      trl: 6,
    },
    {
      name: ['高镍三元锂离子电池正极材料', 'high-nickel ternary cathode material for lithium-ion batteries'],
      problem: [
        '动力锂离子电池对能量密度要求不断提高，高镍正极材料存在循环衰减快、热稳定性差的问题。',
        'Traction lithium-ion batteries need ever more energy density, but high-nickel cathodes fade quickly and are thermally unstable.',
      ],
      method: [
        '本成果采用共沉淀梯度掺杂与原子层沉积包覆工艺，在颗粒表面构建稳定的快离子导体层。',
        'Gradient doping by co-precipitation and atomic-layer-deposition coating build a stable fast-ion-conducting shell on each particle.',
      ],
      result: [
        '材料比容量达到215 mAh/g，1C循环1000次容量保持率92%，热失控起始温度提高18℃。',
        'Specific capacity reaches 215 mAh/g with 92% retention after 1,000 cycles at 1C, and thermal-runaway onset rises by 18 °C.',
      ],
      apps: [
        ['新能源汽车动力电池', 'EV traction batteries'],
        ['电动两轮车电池', 'electric two-wheeler batteries'],
        ['高端储能电池', 'high-end energy-storage batteries'],
      ],
      keywords: ['锂离子电池', '正极材料', '高镍', 'lithium-ion battery'],
      ip: 'invention_patent',
      trl: 7,
    },
    {
      name: [
        '锂离子电池健康状态快速评估与分选技术',
        'rapid state-of-health assessment and sorting of lithium-ion batteries',
      ],
      problem: [
        '退役动力锂离子电池一致性差，传统容量测试耗时长，梯次利用分选成本高。',
        'Retired EV lithium-ion batteries vary widely, and conventional capacity tests take so long that sorting for second life is expensive.',
      ],
      method: [
        '本成果基于电化学阻抗谱与少量充放电片段数据，利用机器学习模型快速估计电池健康状态与剩余寿命。',
        'Machine-learning models estimate state of health and remaining life from impedance spectra and short charge–discharge segments.',
      ],
      result: [
        '单体检测时间由8小时缩短至15分钟，健康状态估计误差小于3%。',
        'Testing a cell takes 15 minutes instead of 8 hours, with SOH error below 3%.',
      ],
      apps: [
        ['退役动力电池梯次利用', 'second-life use of retired EV batteries'],
        ['通信基站备用电源', 'telecom base-station backup power'],
        ['储能电站运维', 'energy-storage station O&M'],
      ],
      keywords: ['锂离子电池', '电池健康状态', '梯次利用', 'battery SOH'],
      ip: 'invention_patent',
      trl: 6,
    },
    {
      name: ['高功率密度全钒液流电池储能技术', 'high-power-density vanadium redox flow battery storage'],
      problem: [
        '新能源大规模并网需要安全、长时的储能技术，液流电池功率密度低、系统成本偏高。',
        'Large-scale renewables need safe long-duration storage, but flow batteries have low power density and high system cost.',
      ],
      method: [
        '本成果采用高导电复合双极板与新型非氟离子传导膜，并优化电堆流道设计。',
        'Highly conductive composite bipolar plates, a new fluorine-free ion-conducting membrane and an optimised stack flow field are used.',
      ],
      result: [
        '电堆工作电流密度达到200 mA/cm²，能量效率超过82%，系统成本降低25%。',
        'Stacks run at 200 mA/cm² with over 82% energy efficiency, and system cost falls by 25%.',
      ],
      apps: [
        ['电网侧长时储能', 'grid-side long-duration storage'],
        ['风光储一体化电站', 'integrated wind–solar–storage plants'],
        ['工业园区削峰填谷', 'peak shaving for industrial parks'],
      ],
      keywords: ['液流电池', '储能', '全钒', 'flow battery'],
      ip: 'invention_patent',
      trl: 7,
    },
    {
      name: [
        '风电机组叶片智能巡检与损伤识别技术',
        'intelligent inspection and damage recognition for wind-turbine blades',
      ],
      problem: [
        '风电叶片检修依赖人工吊篮与望远镜观察，效率低、漏检率高，海上作业更受天气限制。',
        'Blade inspection relies on rope access and binoculars: slow, error-prone and, offshore, limited by weather.',
      ],
      method: [
        '本成果利用无人机自主航迹规划采集叶片高清图像，基于深度学习模型识别前缘腐蚀、裂纹和雷击损伤。',
        'Drones fly planned paths to photograph the blades, and deep-learning models recognise leading-edge erosion, cracks and lightning damage.',
      ],
      result: [
        '单台机组巡检时间缩短至25分钟，损伤识别准确率超过95%。',
        'One turbine is inspected in 25 minutes with over 95% damage-recognition accuracy.',
      ],
      apps: [
        ['海上风电场运维', 'offshore wind-farm O&M'],
        ['陆上风电场巡检', 'onshore wind-farm inspection'],
        ['叶片出厂质检', 'factory quality inspection of blades'],
      ],
      keywords: ['风电', '叶片检测', '无人机巡检', '深度学习'],
      ip: 'software_copyright',
      trl: 8,
    },
    {
      name: ['碱性电解水制氢高效电极', 'high-efficiency electrodes for alkaline water electrolysis'],
      problem: [
        '碱性电解水制氢电耗高，电极在波动电源下容易衰减，难以匹配风光发电。',
        'Alkaline electrolysis uses much electricity and its electrodes degrade under fluctuating supply, a poor match for wind and solar power.',
      ],
      method: [
        '本成果在泡沫镍基体上原位生长镍铁层状双氢氧化物催化层，提升析氧、析氢活性与结构稳定性。',
        'A nickel–iron layered double hydroxide catalyst grown in situ on nickel foam improves oxygen and hydrogen evolution and structural stability.',
      ],
      result: [
        '在400 mA/cm²电流密度下槽压降低0.25 V，启停循环5000次性能衰减小于3%。',
        'Cell voltage drops by 0.25 V at 400 mA/cm², with under 3% loss after 5,000 start–stop cycles.',
      ],
      apps: [
        ['风光耦合绿氢项目', 'wind- and solar-coupled green-hydrogen projects'],
        ['化工园区绿氢替代', 'green-hydrogen substitution in chemical parks'],
        ['加氢站现场制氢', 'on-site hydrogen at refuelling stations'],
      ],
      keywords: ['氢能', '电解水制氢', '绿氢', '电极'],
      ip: 'invention_patent',
      trl: 6,
    },
    {
      name: ['低成本钠离子电池层状氧化物正极', 'low-cost layered-oxide cathode for sodium-ion batteries'],
      problem: [
        '锂资源价格波动大，储能与低速车领域亟需低成本、资源可控的电池体系。',
        'Lithium prices swing widely; storage and low-speed vehicles need a cheap battery built on abundant resources.',
      ],
      method: [
        '本成果采用铜锰铁基层状氧化物体系，以固相法一步合成，不含镍、钴等贵重金属。',
        'A copper–manganese–iron layered oxide is made in one solid-state step, free of nickel and cobalt.',
      ],
      result: [
        '电芯能量密度达到145 Wh/kg，-20℃容量保持率88%，循环寿命超过3000次。',
        'Cells reach 145 Wh/kg, keep 88% capacity at −20 °C and last over 3,000 cycles.',
      ],
      apps: [
        ['户用储能', 'home energy storage'],
        ['低速电动车', 'low-speed electric vehicles'],
        ['启停电源', 'start–stop power supplies'],
      ],
      keywords: ['钠离子电池', '正极材料', '储能', 'sodium-ion battery'],
      ip: 'invention_patent',
      trl: 6,
    },
    {
      name: [
        '园区微电网源网荷储协同控制系统',
        'coordinated source–grid–load–storage control for park micro-grids',
      ],
      problem: [
        '工业园区分布式光伏、储能与可调负荷缺乏统一调度，弃光和需量电费问题突出。',
        'Rooftop PV, storage and flexible loads in industrial parks are not dispatched together, so solar is curtailed and demand charges are high.',
      ],
      method: [
        '本成果基于模型预测控制与负荷预测算法，对光伏、储能、充电桩和柔性负荷进行分钟级协同调度。',
        'Model-predictive control with load forecasting dispatches PV, storage, chargers and flexible loads minute by minute.',
      ],
      result: [
        '示范园区光伏就地消纳率提高到98%，综合用电成本降低12%。',
        'In the pilot park 98% of solar output is used on site and the electricity bill falls by 12%.',
      ],
      apps: [
        ['工业园区微电网', 'industrial-park micro-grids'],
        ['港口岸电与储能', 'port shore power and storage'],
        ['虚拟电厂聚合', 'virtual power-plant aggregation'],
      ],
      keywords: ['微电网', '能量管理', '虚拟电厂', 'microgrid'],
      ip: 'software_copyright',
      trl: 7,
    },
    {
      name: ['硫化物固态电解质规模化制备技术', 'scalable synthesis of sulphide solid-state electrolytes'],
      problem: [
        '固态电池安全性高，但硫化物电解质对空气敏感、制备成本高，难以规模化生产。',
        'Solid-state batteries are safe, but sulphide electrolytes are air-sensitive and costly, which blocks mass production.',
      ],
      method: [
        '本成果采用液相合成与低温热处理工艺，并通过表面氧化物包覆提升空气稳定性。',
        'Liquid-phase synthesis and low-temperature annealing are used, with an oxide surface coating for air stability.',
      ],
      result: [
        '室温离子电导率达到8 mS/cm，在露点-40℃环境中暴露2小时后电导率保持85%，单批次产量达到公斤级。',
        'Room-temperature conductivity is 8 mS/cm, 85% of it remains after 2 h at a −40 °C dew point, and batches reach kilogram scale.',
      ],
      apps: [
        ['全固态锂电池', 'all-solid-state lithium batteries'],
        ['固液混合电池', 'hybrid solid–liquid batteries'],
        ['高安全特种电源', 'high-safety special power supplies'],
      ],
      keywords: ['固态电池', '硫化物电解质', '锂离子电池', 'solid-state battery'],
      ip: 'invention_patent',
      trl: 4,
    },
  ],
  demands: [
    {
      title: ['分布式光伏组件无水自清洁方案', 'Waterless self-cleaning for rooftop PV modules'],
      background: [
        '我司在鲁北地区运营120 MW屋顶分布式光伏，盐碱扬尘导致组件积灰，发电量损失约8%。',
        'We run 120 MW of rooftop PV in northern Shandong; saline dust soils the modules and costs about 8% of output.',
      ],
      targets: [
        '寻求无水或节水的自动清洁方案，清洁后发电量恢复≥95%，单瓦改造成本低于0.05元，且不损伤减反射膜。',
        'We seek waterless or water-saving automatic cleaning restoring ≥95% of output at under CNY 0.05 per watt, without harming the anti-reflective coating.',
      ],
      keywords: ['光伏', '组件清洁', '分布式光伏'],
      budgetWan: [60, 120],
      modes: ['transfer', 'license_nonexclusive'],
    },
    {
      title: [
        '储能电站电池热失控早期预警系统',
        'Early warning of battery thermal runaway in storage stations',
      ],
      background: [
        '公司计划建设200 MWh电化学储能电站，需满足消防部门对早期预警的要求。',
        "We plan a 200 MWh battery storage station and must meet the fire authority's early-warning requirements.",
      ],
      targets: [
        '需要基于气体、温度、电压多源信息的热失控早期预警系统，预警提前量≥10分钟，误报率≤1次/年。',
        'We need multi-signal (gas, temperature, voltage) early warning at least 10 minutes ahead with at most one false alarm a year.',
      ],
      keywords: ['储能安全', '热失控', '锂离子电池'],
      budgetWan: [150, 300],
      modes: ['co_development', 'license_exclusive'],
    },
    {
      title: ['氢燃料电池重卡低温冷启动', 'Cold start of hydrogen fuel-cell heavy trucks'],
      background: [
        '我司港口集卡车队计划更换为氢燃料电池重卡，冬季低温冷启动困难。',
        'Our port truck fleet is switching to hydrogen fuel-cell trucks, which struggle to start in winter.',
      ],
      targets: [
        '需要-30℃无辅助冷启动控制策略及配套热管理方案，启动时间不超过5分钟。',
        'We need an unassisted −30 °C cold-start strategy and thermal management, starting within 5 minutes.',
      ],
      keywords: ['燃料电池', '冷启动', '氢能重卡'],
      budgetWan: [300, 600],
      modes: ['co_development'],
    },
    {
      title: [
        '锂离子电池极片涂布缺陷在线检测',
        'Online detection of coating defects on lithium-ion electrodes',
      ],
      background: [
        '公司锂离子电池极片涂布线速度达到每分钟80米，人工抽检难以发现划痕、气泡等缺陷。',
        'Our electrode coating line runs at 80 m/min and manual sampling misses scratches and bubbles.',
      ],
      targets: [
        '需要在线视觉检测系统，最小可检缺陷0.2 mm，漏检率<0.1%，可与MES系统对接。',
        'We need inline vision inspection detecting 0.2 mm defects with <0.1% misses and an MES interface.',
      ],
      keywords: ['锂离子电池', '极片涂布', '缺陷检测'],
      budgetWan: [100, 200],
      modes: ['transfer', 'service'],
    },
    {
      title: [
        '沿海风电场短期功率预测精度提升',
        'More accurate short-term power forecasts for a coastal wind farm',
      ],
      background: [
        '电网考核要求风电场短期功率预测准确率不低于85%，我司沿海风电场受海陆风影响预测偏差较大。',
        "The grid requires 85% forecast accuracy; sea–land breezes make our coastal farm's forecasts miss by too much.",
      ],
      targets: [
        '寻求融合数值天气预报与机器学习的功率预测模型，日前预测准确率提升至90%以上。',
        'We seek a model combining numerical weather prediction and machine learning with over 90% day-ahead accuracy.',
      ],
      keywords: ['风电', '功率预测', '机器学习'],
      budgetWan: [50, 100],
      modes: ['service', 'license_nonexclusive'],
    },
    {
      title: ['生物质气化燃气焦油脱除', 'Tar removal from biomass-gasification gas'],
      background: [
        '我司生物质气化发电项目焦油堵塞管路，每月需停机清理两次。',
        'Tar clogs the pipes of our biomass-gasification power plant; we stop twice a month to clean them.',
      ],
      targets: [
        '需要高效焦油裂解催化剂或净化工艺，燃气焦油含量降至20 mg/Nm³以下，催化剂寿命≥6个月。',
        'We need a cracking catalyst or clean-up process bringing tar below 20 mg/Nm³ with a catalyst life of at least 6 months.',
      ],
      keywords: ['生物质', '气化', '焦油'],
      budgetWan: [80, 160],
      modes: ['transfer', 'co_development'],
    },
  ],
};
