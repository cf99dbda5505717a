import type { SectorContent } from '../types';

export const equipment: SectorContent = {
  sector: 'equipment',
  secret: [
    '设计图纸、关键零部件工艺卡与控制软件源代码',
    'design drawings, process cards for key parts and control-software source code',
  ],
  technologies: [
    {
      name: ['工业机器人用高精度RV减速器', 'high-precision RV reducer for industrial robots'],
      problem: [
        '工业机器人核心部件RV减速器长期依赖进口，国产产品精度保持性和寿命不足。',
        'RV reducers for robots are largely imported; domestic ones lose precision and wear out early.',
      ],
      method: [
        '本成果采用摆线齿廓修形优化与高精度磨齿工艺，结合轴承预紧设计提高整机刚度。',
        'Optimised cycloid profile modification, precision gear grinding and bearing preload raise stiffness.',
      ],
      result: [
        '传动回差小于1弧分，额定寿命6000小时，精度保持性达到进口同类产品水平。',
        'Backlash is under 1 arc-minute, rated life is 6,000 h and precision retention matches imported units.',
      ],
      apps: [
        ['六轴工业机器人', 'six-axis industrial robots'],
        ['数控转台', 'CNC rotary tables'],
        ['光伏跟踪支架', 'solar-tracker drives'],
      ],
      keywords: ['减速器', '工业机器人', '精密传动', 'RV reducer'],
      ip: 'invention_patent',
      trl: 7,
    },
    {
      name: ['大型金属构件激光增材制造技术', 'laser additive manufacturing of large metal components'],
      problem: [
        '大型钛合金、高温合金构件锻造周期长、材料利用率低、模具成本高。',
        'Large titanium and superalloy forgings take long, waste material and need costly dies.',
      ],
      method: [
        '本成果采用同轴送粉激光熔化沉积与熔池在线监测闭环控制，配合热处理消除残余应力。',
        'Coaxial powder-fed laser deposition runs under closed-loop melt-pool monitoring, with heat treatment relieving residual stress.',
      ],
      result: [
        '成形尺寸可达3米，材料利用率提高到80%以上，力学性能达到锻件标准。',
        'Parts up to 3 m are built with over 80% material use and forging-grade properties.',
      ],
      apps: [
        ['航空结构件', 'aircraft structural parts'],
        ['船舶螺旋桨修复', 'ship-propeller repair'],
        ['模具快速制造', 'rapid tooling'],
      ],
      keywords: ['增材制造', '3D打印', '激光熔化沉积', 'additive manufacturing'],
      ip: 'invention_patent',
      trl: 7,
    },
    {
      name: ['高速高精五轴联动数控系统', 'high-speed high-precision five-axis CNC system'],
      problem: [
        '高档数控系统国产化率低，五轴联动加工的精度和效率受制于进口系统。',
        'High-end CNC controllers are mostly imported, limiting the accuracy and speed of five-axis machining.',
      ],
      method: [
        '本成果采用纳米级插补、前瞻速度规划与热误差补偿算法，开放式软件架构支持工艺二次开发。',
        'Nanometre interpolation, look-ahead feed planning and thermal-error compensation run on an open architecture for process add-ons.',
      ],
      result: [
        '插补周期0.125毫秒，复杂曲面加工效率提升20%，轮廓误差小于5微米。',
        'Interpolation cycle is 0.125 ms, freeform machining is 20% faster and contour error stays under 5 µm.',
      ],
      apps: [
        ['航空发动机叶片加工', 'aero-engine blade machining'],
        ['精密模具加工', 'precision die and mould machining'],
        ['医疗器械精密加工', 'medical-device machining'],
      ],
      keywords: ['数控系统', '五轴联动', '高档数控机床', 'CNC'],
      ip: 'software_copyright',
      trl: 7,
    },
    {
      name: ['轨道车辆转向架智能检测系统', 'intelligent bogie inspection system for rail vehicles'],
      problem: [
        '轨道车辆转向架检修依赖人工目视和敲击检查，工作量大，缺陷容易漏检。',
        'Bogie maintenance relies on visual and hammer checks: heavy work with missed defects.',
      ],
      method: [
        '本成果利用三维激光扫描与图像识别对转向架关键部位进行自动检测，并建立部件健康档案。',
        '3D laser scanning and image recognition check critical bogie parts automatically and keep a health record per part.',
      ],
      result: [
        '单列车检测时间由4小时缩短至40分钟，螺栓松动等缺陷识别率超过98%。',
        'A train is checked in 40 minutes instead of 4 hours, with over 98% recognition of loose bolts and similar defects.',
      ],
      apps: [
        ['高铁动车检修', 'high-speed train maintenance'],
        ['城市地铁车辆段', 'metro depots'],
        ['铁路货车检修', 'freight-wagon maintenance'],
      ],
      keywords: ['轨道交通', '转向架', '智能检测'],
      ip: 'invention_patent',
      trl: 7,
    },
    {
      name: ['厚板窄间隙激光-电弧复合焊接技术', 'narrow-gap laser–arc hybrid welding of thick plate'],
      problem: [
        '船舶、压力容器厚板焊接层数多、热输入大、焊接变形严重。',
        'Thick plate in ships and pressure vessels needs many passes, high heat input and distorts badly.',
      ],
      method: [
        '本成果采用激光-电弧复合热源与窄间隙坡口设计，配合焊缝跟踪与自适应填充控制。',
        'A laser–arc hybrid source with narrow-gap grooves is guided by seam tracking and adaptive fill control.',
      ],
      result: [
        '60毫米厚板焊接道次减少70%，焊接变形降低50%，接头性能满足船级社规范。',
        'Passes on 60 mm plate drop by 70%, distortion by 50%, and joints meet classification-society rules.',
      ],
      apps: [
        ['船舶分段焊接', 'ship-block welding'],
        ['压力容器制造', 'pressure-vessel fabrication'],
        ['海上风电塔筒焊接', 'offshore wind-tower welding'],
      ],
      keywords: ['激光焊接', '复合焊', '厚板焊接', 'hybrid welding'],
      ip: 'invention_patent',
      trl: 7,
    },
    {
      name: ['离散制造数字孪生车间管控平台', 'digital-twin shop-floor platform for discrete manufacturing'],
      problem: [
        '离散制造车间设备异构、数据孤岛严重，生产计划调整依赖经验。',
        'Discrete-manufacturing shops have mixed equipment and data silos, and rescheduling runs on gut feel.',
      ],
      method: [
        '本成果基于工业互联网采集设备与工艺数据，构建车间三维数字孪生模型，实现排产仿真与异常追溯。',
        'Industrial-internet data collection feeds a 3D digital twin of the shop for scheduling simulation and root-cause tracing.',
      ],
      result: [
        '示范车间设备综合效率提高15%，在制品库存降低20%。',
        'OEE in the pilot shop rose by 15% and work in progress fell by 20%.',
      ],
      apps: [
        ['家电装配车间', 'home-appliance assembly'],
        ['机械加工车间', 'machining workshops'],
        ['轮胎成型车间', 'tyre-building workshops'],
      ],
      keywords: ['数字孪生', '智能工厂', '工业互联网', 'MES'],
      ip: 'software_copyright',
      trl: 8,
    },
    {
      name: ['高响应电液伺服比例阀', 'high-response electro-hydraulic servo-proportional valve'],
      problem: [
        '高端液压阀响应速度和控制精度不足，工程机械与冶金装备主要依赖进口。',
        'Domestic high-end hydraulic valves are too slow and imprecise, so construction and metallurgical machines use imports.',
      ],
      method: [
        '本成果采用高频音圈电机直驱阀芯与数字闭环控制，并优化阀口流场以降低压力损失。',
        'A high-frequency voice-coil motor drives the spool directly under digital closed-loop control, with an optimised orifice to cut pressure loss.',
      ],
      result: [
        '阶跃响应时间小于8毫秒，滞环小于0.1%，寿命超过1000万次。',
        'Step response is under 8 ms, hysteresis under 0.1% and life over 10 million cycles.',
      ],
      apps: [
        ['工程机械', 'construction machinery'],
        ['冶金轧机', 'rolling mills'],
        ['材料试验机', 'materials-testing machines'],
      ],
      keywords: ['液压阀', '电液伺服', '流体传动'],
      ip: 'invention_patent',
      trl: 6,
    },
    {
      name: [
        '大型铸锻件超声相控阵自动检测装备',
        'automated phased-array ultrasonic testing of large castings and forgings',
      ],
      problem: [
        '大型铸锻件内部缺陷检测依赖人工手动超声，效率低、结果难以追溯。',
        'Internal flaws in large castings and forgings are found by manual ultrasound: slow and hard to trace.',
      ],
      method: [
        '本成果采用多轴机械臂搭载相控阵探头，结合全聚焦成像与缺陷自动判读。',
        'A multi-axis arm carries phased-array probes with total-focusing imaging and automatic flaw evaluation.',
      ],
      result: [
        '检测效率提升5倍，最小可检出当量直径1毫米的缺陷，检测数据全程可追溯。',
        'Inspection is five times faster, finds 1 mm equivalent flaws and keeps full traceability.',
      ],
      apps: [
        ['风电主轴检测', 'wind-turbine main shafts'],
        ['核电锻件检测', 'nuclear forgings'],
        ['船用曲轴检测', 'marine crankshafts'],
      ],
      keywords: ['无损检测', '超声相控阵', '检测装备', 'NDT'],
      ip: 'invention_patent',
      trl: 6,
    },
    {
      name: ['轻量化人机协作机器人', 'lightweight collaborative robot'],
      problem: [
        '中小企业柔性生产需要易部署、安全的机器人，传统工业机器人需要安全围栏且编程门槛高。',
        'SMEs need safe robots that are easy to deploy; industrial robots need fences and skilled programmers.',
      ],
      method: [
        '本成果采用一体化关节模组与力矩传感碰撞检测，支持拖动示教与图形化编程。',
        'Integrated joint modules with torque-sensing collision detection support hand-guided teaching and graphical programming.',
      ],
      result: [
        '自重18公斤、负载6公斤，碰撞检测响应时间小于10毫秒，重复定位精度±0.02毫米。',
        'It weighs 18 kg, carries 6 kg, reacts to collisions within 10 ms and repeats to ±0.02 mm.',
      ],
      apps: [
        ['3C电子装配', '3C electronics assembly'],
        ['实验室自动化', 'laboratory automation'],
        ['餐饮服务', 'food service'],
      ],
      keywords: ['协作机器人', '人机协作', '拖动示教', 'cobot'],
      ip: 'utility_model',
      trl: 8,
    },
  ],
  demands: [
    {
      title: ['风电铸件自动打磨机器人工作站', 'Robotic grinding cell for wind-turbine castings'],
      background: [
        '公司年产风电铸件3万吨，铸件清理打磨依赖人工，粉尘大、招工难。',
        'We cast 30,000 t of wind-turbine parts a year; manual fettling is dusty and hard to staff.',
      ],
      targets: [
        '需要基于三维视觉的自动打磨机器人工作站，效率不低于人工的2倍，适应10吨以内铸件。',
        'We need a 3D-vision robotic grinding cell at least twice as fast as manual work, for castings up to 10 t.',
      ],
      keywords: ['打磨机器人', '铸件', '三维视觉'],
      budgetWan: [200, 400],
      modes: ['co_development', 'transfer'],
    },
    {
      title: ['空调压缩机装配线柔性化改造', 'Flexible changeover for a compressor assembly line'],
      background: [
        '公司压缩机产线型号切换需停线2小时，无法满足小批量多品种订单。',
        'Changing models on our compressor line stops it for 2 hours, too slow for small mixed orders.',
      ],
      targets: [
        '需要柔性工装与自动换型方案，换型时间缩短至15分钟以内，节拍不低于现线。',
        'We need flexible fixtures and automatic changeover under 15 minutes without slowing the line.',
      ],
      keywords: ['柔性制造', '装配线', '快速换型'],
      budgetWan: [300, 600],
      modes: ['co_development', 'service'],
    },
    {
      title: ['高速列车齿轮箱轴承温升控制', 'Lower bearing temperatures in high-speed train gearboxes'],
      background: [
        '我司为轨道车辆配套齿轮箱，高速运行条件下轴承温升偏高。',
        'We supply rail gearboxes whose bearings run hot at high speed.',
      ],
      targets: [
        '需要润滑与散热结构优化方案，在350 km/h工况下轴承温升降低10℃以上，并完成台架验证。',
        'We need lubrication and cooling changes cutting bearing temperature rise by 10 °C at 350 km/h, proven on a test rig.',
      ],
      keywords: ['齿轮箱', '轴承', '轨道交通'],
      budgetWan: [100, 200],
      modes: ['co_development', 'consulting'],
    },
    {
      title: ['注塑模具随形冷却水路设计与制造', 'Conformal cooling for injection moulds'],
      background: [
        '公司生产家电外观件，注塑周期长、产品翘曲变形。',
        'We mould appliance housings with long cycles and warped parts.',
      ],
      targets: [
        '需要基于金属3D打印的随形冷却模具设计与制造，成型周期缩短20%，翘曲量降低30%。',
        'We need 3D-printed conformal-cooling moulds cutting cycle time by 20% and warpage by 30%.',
      ],
      keywords: ['随形冷却', '注塑模具', '增材制造'],
      budgetWan: [60, 120],
      modes: ['transfer', 'service'],
    },
    {
      title: ['岸桥远程操控系统', 'Remote operation of quayside cranes'],
      background: [
        '码头岸桥司机高空作业劳动强度大，夜班安全风险高。',
        'Crane drivers work high up under heavy strain, and night shifts are risky.',
      ],
      targets: [
        '需要岸桥远程操控系统，控制延迟≤100 ms，作业效率不低于现场操作的90%，满足港口网络安全要求。',
        'We need remote control with ≤100 ms latency, at least 90% of on-site productivity and port cyber-security compliance.',
      ],
      keywords: ['远程操控', '岸桥', '智慧港口'],
      budgetWan: [400, 800],
      modes: ['co_development', 'license_exclusive'],
    },
    {
      title: ['精密轴承套圈磨削颤振抑制', 'Suppressing chatter when grinding bearing rings'],
      background: [
        '公司磨削精密轴承套圈时出现颤振纹，废品率约3%。',
        'Chatter marks appear when we grind precision bearing rings; scrap is about 3%.',
      ],
      targets: [
        '需要在线颤振监测与主动抑制方案，废品率降至0.5%以下。',
        'We need online chatter monitoring and active suppression bringing scrap below 0.5%.',
      ],
      keywords: ['磨削', '颤振', '精密轴承'],
      budgetWan: [50, 100],
      modes: ['service', 'co_development'],
    },
  ],
};
