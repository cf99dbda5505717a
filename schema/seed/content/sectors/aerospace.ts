import type { SectorContent } from '../types';

export const aerospace: SectorContent = {
  sector: 'aerospace',
  secret: [
    '总体设计参数、飞控/星务软件源代码与飞行试验数据',
    'overall design parameters, flight- or satellite-software source code and flight-test data',
  ],
  technologies: [
    {
      name: ['长航时氢燃料电池无人机', 'long-endurance hydrogen fuel-cell drone'],
      problem: [
        '锂电池多旋翼无人机续航通常不足40分钟，难以满足长距离巡检需求。',
        'Battery multirotors rarely fly 40 minutes, too short for long-distance inspection.',
      ],
      method: [
        '本成果采用轻量化高压储氢瓶与空冷燃料电池动力系统，配合智能能量管理策略。',
        'A lightweight high-pressure hydrogen tank and air-cooled fuel cell are run by a smart energy-management strategy.',
      ],
      result: [
        '续航时间达到3小时，有效载荷5公斤，可在-10℃低温环境启动。',
        'It flies 3 hours with a 5 kg payload and starts at −10 °C.',
      ],
      apps: [
        ['电力线路巡检', 'power-line inspection'],
        ['海上搜救', 'maritime search and rescue'],
        ['森林防火巡查', 'forest-fire patrol'],
      ],
      keywords: ['无人机', '氢燃料电池', '长航时', 'drone'],
      ip: 'invention_patent',
      trl: 7,
    },
    {
      name: ['微纳卫星星载计算机', 'on-board computer for micro- and nano-satellites'],
      problem: [
        '商业微纳卫星需要低成本、高可靠的星载计算机，宇航级器件价格昂贵。',
        'Commercial small satellites need cheap, reliable on-board computers, and space-grade parts are expensive.',
      ],
      method: [
        '本成果采用工业级器件冗余设计与软件容错技术，结合三模冗余与看门狗机制抵抗单粒子效应。',
        'Industrial-grade parts in redundant designs, triple modular redundancy and watchdogs counter single-event effects.',
      ],
      result: [
        '整机功耗小于3 W、质量200克，已随3颗卫星在轨稳定运行超过2年。',
        'It draws under 3 W, weighs 200 g and has run on three satellites in orbit for over two years.',
      ],
      apps: [
        ['遥感微纳卫星', 'remote-sensing small satellites'],
        ['物联网通信星座', 'IoT communication constellations'],
        ['高校科学实验卫星', 'university science satellites'],
      ],
      keywords: ['微纳卫星', '星载计算机', '商业航天'],
      ip: 'invention_patent',
      trl: 8,
    },
    {
      name: ['热塑性复合材料航空结构件成型技术', 'forming of thermoplastic composite aircraft structures'],
      problem: [
        '热固性复合材料成型周期长、不可回收，热塑性复合材料的成型工艺难度大。',
        'Thermoset composites cure slowly and cannot be recycled, while thermoplastics are hard to form.',
      ],
      method: [
        '本成果采用连续纤维增强PEEK预浸带自动铺放与感应焊接技术。',
        'Automated placement of continuous-fibre PEEK tape is joined by induction welding.',
      ],
      result: [
        '结构件成型周期缩短60%，焊接接头强度达到母材的85%，材料可回收再利用。',
        'Forming is 60% faster, welded joints reach 85% of parent strength, and the material is recyclable.',
      ],
      apps: [
        ['飞机机身壁板', 'fuselage panels'],
        ['无人机结构', 'drone structures'],
        ['卫星支架', 'satellite brackets'],
      ],
      keywords: ['热塑性复合材料', '航空结构', '自动铺放'],
      ip: 'invention_patent',
      trl: 5,
    },
    {
      name: ['航空发动机热障涂层', 'thermal-barrier coating for aero-engines'],
      problem: [
        '航空发动机涡轮叶片工作温度不断提高，传统热障涂层易剥落失效。',
        'Turbine blades run ever hotter and conventional thermal-barrier coatings spall.',
      ],
      method: [
        '本成果采用稀土锆酸盐双陶瓷层结构与等离子物理气相沉积工艺。',
        'A double ceramic layer of rare-earth zirconate is deposited by plasma-spray physical vapour deposition.',
      ],
      result: [
        '涂层在1300℃下的热循环寿命提高2倍，隔热温降达到150℃。',
        'Thermal-cycling life at 1,300 °C triples, with a 150 °C insulation drop.',
      ],
      apps: [
        ['航空发动机涡轮叶片', 'aero-engine turbine blades'],
        ['燃气轮机', 'gas turbines'],
        ['船用发动机', 'marine engines'],
      ],
      keywords: ['热障涂层', '航空发动机', '高温防护'],
      ip: 'invention_patent',
      trl: 5,
    },
    {
      name: ['城市低空无人机交通管理系统', 'urban low-altitude drone traffic management'],
      problem: [
        '低空经济快速发展，城市上空的无人机飞行缺乏统一的航路规划与监管手段。',
        'The low-altitude economy is growing fast, yet drone flights over cities lack common routing and oversight.',
      ],
      method: [
        '本成果构建低空数字空域网格，融合ADS-B、5G和雷达监视数据，实现航路规划、冲突告警与电子围栏。',
        'A digital airspace grid fuses ADS-B, 5G and radar surveillance for route planning, conflict alerts and geofencing.',
      ],
      result: [
        '系统可同时管理2000架无人机，冲突告警时间小于1秒。',
        'It manages 2,000 drones at once and raises conflict alerts within a second.',
      ],
      apps: [
        ['无人机物流配送', 'drone delivery'],
        ['城市应急救援', 'urban emergency response'],
        ['低空旅游', 'low-altitude tourism'],
      ],
      keywords: ['低空经济', '无人机交通管理', '空域管理', 'UTM'],
      ip: 'software_copyright',
      trl: 6,
    },
    {
      name: ['星载AIS船舶监测技术', 'space-based AIS ship monitoring'],
      problem: [
        '远海船舶超出岸基AIS覆盖范围，海上船舶动态监管存在盲区。',
        'Ships far offshore are beyond shore-based AIS, leaving blind spots in maritime oversight.',
      ],
      method: [
        '本成果采用星载多通道AIS接收机与信号冲突分离算法，提高高密度海域的检测概率。',
        'A multi-channel space-borne AIS receiver with collision-separation algorithms raises detection in busy waters.',
      ],
      result: [
        '单星日接收船舶报文超过100万条，高密度海域检测概率提高35%。',
        'One satellite receives over a million messages a day, with 35% better detection in dense areas.',
      ],
      apps: [
        ['远洋渔船监管', 'distant-water fishing supervision'],
        ['海上交通安全', 'maritime traffic safety'],
        ['航运物流追踪', 'shipping tracking'],
      ],
      keywords: ['卫星AIS', '船舶监测', '天基信息'],
      ip: 'invention_patent',
      trl: 7,
    },
    {
      name: [
        '飞机结构损伤智能检测与修理技术',
        'intelligent inspection and repair of aircraft structural damage',
      ],
      problem: [
        '民用飞机结构检查依赖人工，复合材料内部损伤难以发现。',
        'Airframe checks are manual, and internal damage in composites goes unseen.',
      ],
      method: [
        '本成果采用红外热成像与超声联合检测，结合损伤容限评估自动生成修理方案。',
        'Infrared thermography and ultrasound are combined with damage-tolerance assessment to produce repair schemes.',
      ],
      result: [
        '复合材料分层缺陷检出率超过95%，单次检查时间缩短50%。',
        'Over 95% of composite delaminations are found, in half the inspection time.',
      ],
      apps: [
        ['民航维修', 'airline maintenance'],
        ['通用航空', 'general aviation'],
        ['无人机维修', 'drone maintenance'],
      ],
      keywords: ['航空维修', '无损检测', '复合材料'],
      ip: 'invention_patent',
      trl: 7,
    },
    {
      name: [
        '液氧甲烷发动机喷注器增材制造技术',
        'additively manufactured injectors for methalox rocket engines',
      ],
      problem: [
        '液体火箭发动机喷注器结构复杂、零件多，传统加工周期长、成本高。',
        'Liquid-rocket injectors are intricate assemblies of many parts, slow and costly to machine.',
      ],
      method: [
        '本成果采用激光选区熔化一体成形高温合金喷注器，并优化内部流道与冷却结构。',
        'Laser powder-bed fusion builds superalloy injectors in one piece with optimised internal channels and cooling.',
      ],
      result: [
        '零件数量由120个减少到3个，制造周期由3个月缩短至2周，已通过热试车验证。',
        'Part count drops from 120 to 3, lead time from three months to two weeks, proven in hot-fire tests.',
      ],
      apps: [
        ['商业运载火箭', 'commercial launch vehicles'],
        ['姿轨控发动机', 'attitude and orbit control thrusters'],
        ['航天教学实验', 'aerospace teaching experiments'],
      ],
      keywords: ['商业航天', '火箭发动机', '增材制造'],
      ip: 'invention_patent',
      trl: 6,
    },
    {
      name: ['电动垂直起降飞行器飞控系统', 'flight control system for eVTOL aircraft'],
      problem: [
        '电动垂直起降飞行器需要在悬停、过渡和巡航多模态间平稳切换，飞控设计难度大。',
        'eVTOL aircraft must switch smoothly between hover, transition and cruise, a hard flight-control problem.',
      ],
      method: [
        '本成果采用增量非线性动态逆控制与多余度飞控计算机架构，支持故障重构。',
        'Incremental nonlinear dynamic inversion runs on a redundant flight computer with fault reconfiguration.',
      ],
      result: [
        '缩比样机完成全包线过渡飞行试验，单电机失效时仍可安全着陆。',
        'A scale prototype flew the full transition envelope and lands safely with a motor out.',
      ],
      apps: [
        ['城市空中交通', 'urban air mobility'],
        ['海岛物资运输', 'island cargo transport'],
        ['医疗急救转运', 'emergency medical transport'],
      ],
      keywords: ['eVTOL', '飞控系统', '城市空中交通'],
      ip: 'invention_patent',
      trl: 5,
    },
  ],
  demands: [
    {
      title: ['海上风电场巡检无人机及自动机库', 'Offshore inspection drones with automatic hangars'],
      background: [
        '公司负责海上风电场运维，风机与海缆巡检依赖运维船，受海况影响大。',
        'We maintain offshore wind farms; inspection depends on service vessels and sea state.',
      ],
      targets: [
        '需要抗6级风、续航2小时以上的海上巡检无人机及自动机库方案。',
        "We need drones withstanding force-6 winds with over 2 hours' endurance, plus automatic hangars.",
      ],
      keywords: ['无人机', '海上风电', '巡检'],
      budgetWan: [150, 300],
      modes: ['transfer', 'co_development'],
    },
    {
      title: [
        '航空铝合金薄壁件加工变形控制',
        'Controlling distortion of thin-walled aerospace aluminium parts',
      ],
      background: [
        '公司加工大型航空铝合金薄壁件，加工后变形超差，返修率高。',
        'Our large thin-walled aluminium parts distort out of tolerance after machining and often need rework.',
      ],
      targets: [
        '需要残余应力控制与加工变形预测补偿技术，变形量控制在0.1 mm以内。',
        'We need residual-stress control and distortion prediction and compensation within 0.1 mm.',
      ],
      keywords: ['航空铝合金', '加工变形', '残余应力'],
      budgetWan: [80, 150],
      modes: ['co_development', 'consulting'],
    },
    {
      title: ['远洋渔场卫星遥感预报服务', 'Satellite-based fishing-ground forecasts'],
      background: [
        '远洋渔业公司需要提高捕捞效率，降低寻鱼燃油消耗。',
        'Our distant-water fleet wants better catches and less fuel spent searching.',
      ],
      targets: [
        '需要基于卫星遥感海温、叶绿素数据的渔场预报服务，预报准确率≥70%，每日更新。',
        'We need daily forecasts from satellite sea-temperature and chlorophyll data with ≥70% accuracy.',
      ],
      keywords: ['卫星遥感', '渔场预报', '远洋渔业'],
      budgetWan: [30, 60],
      modes: ['service', 'consulting'],
    },
    {
      title: ['机场跑道异物自动检测系统', 'Automatic foreign-object detection on runways'],
      background: [
        '地方机场需加强跑道外来物（FOD）防范，目前依靠人工巡查。',
        'Our regional airport must step up FOD prevention and still relies on walking checks.',
      ],
      targets: [
        '需要雷达与光学融合的跑道异物自动检测系统，可检出2厘米以上物体，虚警率低。',
        'We need fused radar–optical FOD detection finding objects over 2 cm with few false alarms.',
      ],
      keywords: ['FOD', '机场安全', '雷达'],
      budgetWan: [300, 600],
      modes: ['transfer', 'service'],
    },
    {
      title: ['钛合金螺栓滚丝工艺优化', 'Better thread rolling for titanium bolts'],
      background: [
        '公司生产航空航天紧固件，钛合金螺栓滚丝工序容易产生裂纹。',
        'We make aerospace fasteners, and thread rolling cracks some titanium bolts.',
      ],
      targets: [
        '需要钛合金螺纹滚压工艺优化与在线质量检测，裂纹发生率降至0.1%以下。',
        'We need process optimisation and inline inspection bringing cracks below 0.1%.',
      ],
      keywords: ['钛合金', '紧固件', '滚丝'],
      budgetWan: [50, 100],
      modes: ['service', 'co_development'],
    },
    {
      title: ['海岛低空物流航线与运营咨询', 'Planning drone cargo routes between islands'],
      background: [
        '公司计划在海岛之间开展无人机物流配送，缺少航线规划与空域申请经验。',
        'We plan drone deliveries between islands but lack route-planning and airspace-approval experience.',
      ],
      targets: [
        '需要海岛低空物流航线设计、空域申请与运营体系咨询，并提供试运行技术支持。',
        'We need route design, airspace applications and operating procedures, with support during trial operation.',
      ],
      keywords: ['低空物流', '无人机配送', '海岛'],
      budgetWan: [40, 80],
      modes: ['consulting', 'service'],
    },
  ],
};
