import type { SectorContent } from '../types';

export const ai: SectorContent = {
  sector: 'ai',
  secret: [
    '模型结构与训练策略、标注数据集说明及部署源代码',
    'model architecture and training recipe, labelled-dataset notes and deployment source code',
  ],
  technologies: [
    {
      name: ['深度学习表面缺陷检测技术', 'deep-learning surface-defect inspection'],
      problem: [
        '制造业产品表面质检依赖人工目检，漏检率高、标准不一，且缺陷样本少，传统机器视觉难以适应。',
        'Surface inspection still relies on human eyes, with misses and inconsistent standards; defect samples are scarce and classic machine vision copes badly.',
      ],
      method: [
        '本成果采用少样本学习与无监督异常检测相结合的深度学习模型，支持产线边缘端实时推理与模型在线迭代。',
        'Deep-learning models combine few-shot learning with unsupervised anomaly detection, running in real time on edge devices and updating online.',
      ],
      result: [
        '在仅有50张缺陷样本的条件下检出率达到99.2%，单帧推理时间小于30毫秒。',
        'With only 50 defect samples detection reaches 99.2%, at under 30 ms per frame.',
      ],
      apps: [
        ['钢板表面质检', 'steel-strip surface inspection'],
        ['锂电池极片检测', 'battery-electrode inspection'],
        ['纺织品瑕疵检测', 'textile flaw detection'],
      ],
      keywords: ['深度学习', '缺陷检测', '机器视觉', 'deep learning'],
      ip: 'software_copyright',
      trl: 8,
    },
    {
      name: ['领域知识增强大语言模型', 'knowledge-augmented domain large language model'],
      problem: [
        '通用大模型在专业领域容易产生"幻觉"，企业私有知识也难以在保证安全的前提下加以利用。',
        'General LLMs hallucinate in specialist fields, and firms cannot safely put their private knowledge to work.',
      ],
      method: [
        '本成果采用检索增强生成与领域持续预训练，结合知识图谱校验与私有化部署。',
        'Retrieval-augmented generation and continued domain pre-training are checked against a knowledge graph and deployed on premises.',
      ],
      result: [
        '专业问答评测准确率较通用模型提高23个百分点，支持单机8卡私有化部署。',
        'Accuracy on specialist Q&A is 23 points above general models, and it runs privately on one 8-GPU server.',
      ],
      apps: [
        ['政务智能问答', 'government-service Q&A'],
        ['设备运维知识助手', 'equipment-maintenance assistants'],
        ['专利检索分析', 'patent search and analysis'],
      ],
      keywords: ['大语言模型', '知识图谱', '检索增强生成', 'LLM'],
      ip: 'software_copyright',
      trl: 7,
    },
    {
      name: ['方言语音识别与合成技术', 'dialect speech recognition and synthesis'],
      problem: [
        '胶东、鲁中等方言识别准确率低，老年用户和基层服务场景的语音交互体验差。',
        'Jiaodong and central-Shandong dialects are poorly recognised, so voice services fail older users and grassroots services.',
      ],
      method: [
        '本成果基于自监督预训练语音模型，利用少量方言标注数据进行迁移学习。',
        'Self-supervised pre-trained speech models are adapted with a small amount of labelled dialect data.',
      ],
      result: [
        '胶辽官话识别字错率降至8%以下，合成语音自然度MOS评分达到4.2。',
        'Character error rate for Jiao-Liao Mandarin falls below 8%, and synthesised speech scores a MOS of 4.2.',
      ],
      apps: [
        ['12345政务热线', '12345 government hotlines'],
        ['智慧养老陪护', 'smart elderly care'],
        ['农村应急广播', 'rural emergency broadcasting'],
      ],
      keywords: ['语音识别', '方言', '语音合成', 'speech recognition'],
      ip: 'software_copyright',
      trl: 7,
    },
    {
      name: ['视觉引导无序分拣机器人技术', 'vision-guided robotic bin picking'],
      problem: [
        '物流与制造中的无序工件分拣依赖人工，传统示教机器人无法处理姿态随机的物体。',
        'Bin picking is done by hand because taught robots cannot handle randomly posed objects.',
      ],
      method: [
        '本成果采用三维点云实例分割与抓取位姿生成网络，结合力控柔顺抓取。',
        '3D point-cloud instance segmentation and grasp-pose networks are combined with force-controlled compliant grasping.',
      ],
      result: [
        '对未见过的物体抓取成功率达到96%，单次分拣节拍3秒。',
        'Grasp success on unseen objects is 96% at a 3-second cycle.',
      ],
      apps: [
        ['电商物流分拣', 'e-commerce parcel sorting'],
        ['汽车零部件上料', 'automotive parts loading'],
        ['药品拣选', 'pharmacy picking'],
      ],
      keywords: ['机器人', '三维视觉', '智能分拣', 'bin picking'],
      ip: 'invention_patent',
      trl: 7,
    },
    {
      name: ['城市交通信号自适应优化技术', 'adaptive traffic-signal optimisation'],
      problem: [
        '城市路口信号配时固定，难以适应早晚高峰的流量变化，拥堵严重。',
        'Fixed signal timings cannot follow rush-hour traffic, and junctions jam.',
      ],
      method: [
        '本成果基于视频与雷达融合的实时车流感知，采用多智能体强化学习协同优化区域信号配时。',
        "Real-time traffic sensing from fused video and radar feeds multi-agent reinforcement learning that co-ordinates a district's signals.",
      ],
      result: [
        '示范区域平均通行延误降低21%，停车次数减少18%。',
        'In the pilot district average delay falls by 21% and stops by 18%.',
      ],
      apps: [
        ['城市主干道', 'urban arterial roads'],
        ['港区集疏运道路', 'port freight roads'],
        ['景区节假日交通', 'holiday traffic at scenic areas'],
      ],
      keywords: ['智能交通', '强化学习', '信号控制'],
      ip: 'software_copyright',
      trl: 7,
    },
    {
      name: ['工业设备故障预测与健康管理技术', 'prognostics and health management for industrial equipment'],
      problem: [
        '关键设备突发故障导致非计划停机，定期检修成本高且无法预知故障。',
        'Sudden failures of critical equipment cause unplanned stops, and scheduled maintenance is costly and blind to faults.',
      ],
      method: [
        '本成果采集振动、温度、电流等多源数据，利用时序深度学习模型进行故障诊断与剩余寿命预测。',
        'Vibration, temperature and current data feed time-series deep-learning models for fault diagnosis and remaining-life prediction.',
      ],
      result: [
        '故障提前预警时间达到7天，误报率低于5%，已接入超过2000台设备。',
        'Faults are flagged 7 days ahead with under 5% false alarms; more than 2,000 machines are connected.',
      ],
      apps: [
        ['石化机泵', 'petrochemical pumps'],
        ['风电齿轮箱', 'wind-turbine gearboxes'],
        ['港口岸桥', 'quayside cranes'],
      ],
      keywords: ['故障预测', '健康管理', '预测性维护', 'PHM'],
      ip: 'invention_patent',
      trl: 8,
    },
    {
      name: ['遥感影像智能解译技术', 'intelligent interpretation of remote-sensing imagery'],
      problem: [
        '遥感影像数据量大，人工判读效率低，难以满足自然资源动态监管需求。',
        'Satellite imagery is too voluminous for manual interpretation to keep up with natural-resource supervision.',
      ],
      method: [
        '本成果基于多尺度语义分割与变化检测网络，实现地物分类和违法用地自动识别。',
        'Multi-scale semantic segmentation and change-detection networks classify land cover and flag illegal land use.',
      ],
      result: [
        '地物分类总体精度达到92%，变化图斑提取效率提高20倍。',
        'Overall classification accuracy is 92%, and change patches are extracted 20 times faster.',
      ],
      apps: [
        ['自然资源执法监测', 'natural-resource enforcement'],
        ['海岸线变迁监测', 'coastline change monitoring'],
        ['农作物估产', 'crop-yield estimation'],
      ],
      keywords: ['遥感', '语义分割', '变化检测', 'remote sensing'],
      ip: 'software_copyright',
      trl: 7,
    },
    {
      name: ['多模态数字人交互技术', 'multimodal digital-human interaction'],
      problem: [
        '线下服务窗口人力成本高，传统语音助手表现力弱、用户体验差。',
        'Service counters are expensive to staff, and voice assistants are too flat to engage users.',
      ],
      method: [
        '本成果融合语音、表情与动作生成模型，实时驱动三维数字人并接入业务知识库。',
        'Speech, facial and gesture generation models drive a 3D digital human in real time, connected to a business knowledge base.',
      ],
      result: [
        '口型同步延迟小于200毫秒，单路渲染仅需一块消费级显卡。',
        'Lip-sync latency is under 200 ms, and one consumer GPU renders one stream.',
      ],
      apps: [
        ['银行网点服务', 'bank-branch service'],
        ['展馆讲解', 'museum and exhibition guiding'],
        ['直播电商', 'live-stream e-commerce'],
      ],
      keywords: ['数字人', '多模态', '人机交互', 'digital human'],
      ip: 'software_copyright',
      trl: 7,
    },
    {
      name: ['港口集卡自动驾驶技术', 'autonomous driving for port container trucks'],
      problem: [
        '港口水平运输依赖集卡司机，夜间作业安全风险大，司机招聘难、流失率高。',
        'Horizontal transport in ports depends on truck drivers; night shifts are risky and drivers are hard to hire and keep.',
      ],
      method: [
        '本成果采用激光雷达与毫米波雷达融合感知，结合高精地图与车路协同定位，实现集卡在港区全天候自动驾驶。',
        'Lidar–radar fusion, HD maps and vehicle–infrastructure positioning let trucks drive themselves around the port in all weather.',
      ],
      result: [
        '已在自动化码头连续运营超过10万标准箱，定位精度±3厘米，单车效率达到人工驾驶的95%。',
        "It has moved over 100,000 TEU in an automated terminal, positions to ±3 cm and reaches 95% of a human driver's productivity.",
      ],
      apps: [
        ['自动化集装箱码头', 'automated container terminals'],
        ['矿区运输', 'mine-site haulage'],
        ['物流园区接驳', 'logistics-park shuttles'],
      ],
      keywords: ['自动驾驶', '激光雷达', '智慧港口', 'autonomous driving'],
      ip: 'invention_patent',
      trl: 8,
    },
  ],
  demands: [
    {
      title: ['家电售后工单智能分类与派单', 'Intelligent classification and dispatch of after-sales tickets'],
      background: [
        '我司家电售后中心每天接收3万余条工单，人工分派准确率约80%，响应慢。',
        'Our appliance service centre receives over 30,000 tickets a day; manual routing is about 80% accurate and slow.',
      ],
      targets: [
        '需要基于大语言模型的工单分类与派单系统，分类准确率≥95%，支持私有化部署，数据不出企业。',
        'We need an LLM-based classifier and dispatcher with ≥95% accuracy, deployed on premises so data stays in-house.',
      ],
      keywords: ['大语言模型', '工单分类', '客服'],
      budgetWan: [80, 150],
      modes: ['license_nonexclusive', 'service'],
    },
    {
      title: [
        '啤酒灌装线瓶口缺陷深度学习检测',
        'Deep-learning inspection of bottle necks on a beer filling line',
      ],
      background: [
        '公司啤酒灌装线速度达到每小时6万瓶，瓶口破损、液位不足依靠传统视觉检测，误剔率偏高。',
        'Our beer line fills 60,000 bottles an hour; conventional vision checks necks and fill levels but rejects too many good bottles.',
      ],
      targets: [
        '需要深度学习视觉检测方案，漏检率≤0.01%，误剔率≤0.1%，兼容现有相机和剔除装置。',
        'We need deep-learning inspection with ≤0.01% misses and ≤0.1% false rejects, using our cameras and rejecters.',
      ],
      keywords: ['深度学习', '视觉检测', '啤酒灌装'],
      budgetWan: [60, 120],
      modes: ['transfer', 'service'],
    },
    {
      title: ['服装智能打版算法', 'Automatic garment pattern-making'],
      background: [
        '我司为服装定制企业，打版依赖资深版师，新款开发周期长达7天。',
        'We make custom garments; patterns depend on senior pattern-makers and a new style takes 7 days.',
      ],
      targets: [
        '寻求根据量体数据和款式图自动生成服装版型的算法，版型一次合格率≥85%。',
        'We seek algorithms generating patterns from body measurements and sketches, right first time in ≥85% of cases.',
      ],
      keywords: ['服装打版', '生成式设计', '智能制造'],
      budgetWan: [50, 100],
      modes: ['co_development', 'license_exclusive'],
    },
    {
      title: ['变电站巡检机器人表计识别', 'Gauge reading for substation inspection robots'],
      background: [
        '公司运维的变电站巡检机器人对指针表、数字表的识别在逆光、雨雾条件下误差较大。',
        'Our substation robots misread dial and digital gauges against the light and in rain or fog.',
      ],
      targets: [
        '需要鲁棒的表计识别算法，识别准确率≥98%，可部署在边缘计算模组上。',
        'We need robust gauge reading at ≥98% accuracy that runs on an edge module.',
      ],
      keywords: ['表计识别', '巡检机器人', '计算机视觉'],
      budgetWan: [40, 80],
      modes: ['license_nonexclusive', 'transfer'],
    },
    {
      title: ['冷链物流车辆智能调度', 'Smart routing for a cold-chain fleet'],
      background: [
        '公司冷链车队120辆，配送路径依赖人工排线，空驶率高。',
        'We run 120 refrigerated trucks routed by hand, with many empty miles.',
      ],
      targets: [
        '需要考虑温控时窗和装载约束的智能调度算法，车辆总行驶里程降低10%以上。',
        'We need routing that respects temperature windows and loading limits and cuts total mileage by more than 10%.',
      ],
      keywords: ['路径优化', '冷链物流', '运筹优化'],
      budgetWan: [50, 100],
      modes: ['service', 'license_nonexclusive'],
    },
    {
      title: ['工程图纸智能识别与矢量化', 'Recognition and vectorisation of engineering drawings'],
      background: [
        '我司为设计院，每年需将大量纸质和扫描版工程图纸转换为可编辑数据。',
        'As a design institute we convert many paper and scanned drawings into editable data every year.',
      ],
      targets: [
        '需要对图纸中的图元、尺寸、文字进行自动识别与矢量化，识别准确率≥95%，支持DWG输出。',
        'We need automatic recognition of entities, dimensions and text at ≥95% accuracy with DWG output.',
      ],
      keywords: ['图纸识别', 'OCR', '矢量化'],
      budgetWan: [60, 120],
      modes: ['co_development', 'transfer'],
    },
  ],
};
