import type { SectorContent } from '../types';

export const it: SectorContent = {
  sector: 'it',
  secret: [
    '系统架构设计文档、核心模块源代码与性能测试报告',
    'architecture documents, core-module source code and performance test reports',
  ],
  technologies: [
    {
      name: ['多方安全计算隐私计算平台', 'secure multi-party computation platform'],
      problem: [
        '金融、医疗等行业的数据共享受隐私保护与合规约束，"数据孤岛"问题突出。',
        'Privacy law and compliance keep financial and medical data in silos.',
      ],
      method: [
        '本成果融合多方安全计算、联邦学习与可信执行环境，实现"数据可用不可见"的联合建模与联合查询。',
        'Secure multi-party computation, federated learning and trusted execution enable joint modelling and queries without exposing raw data.',
      ],
      result: [
        '千万级样本联合建模耗时小于1小时，已通过国家金融科技测评中心安全评估。',
        'Joint models over ten million records train in under an hour; the platform passed the national fintech security assessment.',
      ],
      apps: [
        ['银行联合风控', 'joint risk control among banks'],
        ['医疗数据共享', 'medical data sharing'],
        ['政务数据开放', 'government open data'],
      ],
      keywords: ['隐私计算', '多方安全计算', '联邦学习', '数据安全'],
      ip: 'software_copyright',
      trl: 8,
    },
    {
      name: [
        '工业互联网标识解析二级节点系统',
        'secondary node for industrial-internet identifier resolution',
      ],
      problem: [
        '产业链上下游产品数据不互通，质量追溯与供应链协同困难。',
        'Product data does not flow along the supply chain, so tracing quality and co-ordinating suppliers is hard.',
      ],
      method: [
        '本成果基于国家标识解析体系构建行业二级节点，提供编码注册、解析与数据共享服务。',
        'An industry secondary node on the national identifier system offers code registration, resolution and data sharing.',
      ],
      result: [
        '单节点日解析量超过1000万次，解析时延小于50毫秒。',
        'One node resolves over 10 million identifiers a day in under 50 ms each.',
      ],
      apps: [
        ['家电产业链追溯', 'appliance supply-chain traceability'],
        ['食品质量追溯', 'food traceability'],
        ['轮胎全生命周期管理', 'tyre life-cycle management'],
      ],
      keywords: ['工业互联网', '标识解析', '追溯'],
      ip: 'software_copyright',
      trl: 8,
    },
    {
      name: ['5G专网边缘计算网关', '5G private-network edge-computing gateway'],
      problem: [
        '工厂现场设备协议多样，有线网络改造成本高，时延敏感业务难以上云。',
        'Factory equipment speaks many protocols, rewiring is costly and latency-sensitive workloads cannot move to the cloud.',
      ],
      method: [
        '本成果集成5G模组、工业协议转换与边缘容器平台，支持本地分流与确定性时延调度。',
        'It integrates a 5G module, industrial protocol conversion and an edge container platform with local breakout and deterministic scheduling.',
      ],
      result: [
        '端到端时延小于10毫秒，支持30余种工业协议，设备接入成本降低40%。',
        'End-to-end latency is under 10 ms, over 30 protocols are supported and connection cost falls by 40%.',
      ],
      apps: [
        ['智慧港口', 'smart ports'],
        ['矿山远程操控', 'remote mining operations'],
        ['工厂AGV调度', 'factory AGV dispatch'],
      ],
      keywords: ['5G', '边缘计算', '工业网关', 'edge computing'],
      ip: 'utility_model',
      trl: 8,
    },
    {
      name: [
        '科技成果区块链存证与确权系统',
        'blockchain registration and rights confirmation for technology achievements',
      ],
      problem: [
        '科技成果交易中的权属证明与交易记录分散，容易引发纠纷。',
        'Ownership proofs and transaction records for technology deals are scattered, which invites disputes.',
      ],
      method: [
        '本成果基于联盟链对成果材料、评价报告和技术合同进行哈希存证，并与司法鉴定机构节点互通。',
        'A consortium blockchain stores hashes of achievement files, evaluation reports and contracts, linked to forensic and notary nodes.',
      ],
      result: [
        '存证上链时间小于3秒，支持每秒2000笔交易，已接入5家司法鉴定和公证机构。',
        'Records are on chain within 3 seconds at 2,000 transactions per second, with 5 forensic and notary bodies connected.',
      ],
      apps: [
        ['技术合同存证', 'technology-contract attestation'],
        ['知识产权质押融资', 'IP-backed financing'],
        ['电子证照', 'electronic certificates'],
      ],
      keywords: ['区块链', '存证', '确权', 'blockchain'],
      ip: 'software_copyright',
      trl: 7,
    },
    {
      name: [
        '工控系统网络安全监测与防护技术',
        'security monitoring and protection for industrial control systems',
      ],
      problem: [
        '工业控制系统大量使用私有协议且长期不打补丁，面临勒索病毒等网络攻击威胁。',
        'Control systems run proprietary protocols and go unpatched for years, exposed to ransomware and other attacks.',
      ],
      method: [
        '本成果采用工控协议深度解析与白名单行为建模，实现异常流量检测与旁路阻断。',
        'Deep parsing of industrial protocols and whitelist behaviour models detect anomalous traffic and block it out of band.',
      ],
      result: [
        '支持Modbus、S7、DNP3等40余种工控协议，误报率低于0.1%，检测时延小于1毫秒。',
        'Over 40 protocols including Modbus, S7 and DNP3 are covered, with under 0.1% false alarms and sub-millisecond detection.',
      ],
      apps: [
        ['石化企业控制网', 'petrochemical control networks'],
        ['城市供水系统', 'municipal water systems'],
        ['电力调度系统', 'power-dispatch systems'],
      ],
      keywords: ['网络安全', '工控安全', '入侵检测', 'ICS security'],
      ip: 'invention_patent',
      trl: 8,
    },
    {
      name: ['北斗高精度定位终端', 'BeiDou high-precision positioning terminal'],
      problem: [
        '复杂环境下普通卫星定位精度只有米级，难以满足形变监测和精准作业需求。',
        'Ordinary satellite positioning is metre-level in difficult settings, not enough for deformation monitoring or precision work.',
      ],
      method: [
        '本成果采用北斗三号多频RTK与惯性导航紧耦合算法，配合自研低功耗定位芯片。',
        'Multi-frequency BeiDou-3 RTK is tightly coupled with inertial navigation on an in-house low-power chip.',
      ],
      result: [
        '静态定位精度达到毫米级，动态精度±2厘米，功耗降低50%。',
        'Static accuracy is millimetre-level, dynamic ±2 cm, at half the power.',
      ],
      apps: [
        ['桥梁边坡形变监测', 'bridge and slope deformation monitoring'],
        ['精准农业', 'precision agriculture'],
        ['船舶进出港引航', 'harbour pilotage'],
      ],
      keywords: ['北斗', '高精度定位', 'RTK', 'BeiDou'],
      ip: 'utility_model',
      trl: 8,
    },
    {
      name: ['分布式时序数据库', 'distributed time-series database'],
      problem: [
        '物联网设备产生海量时序数据，通用数据库的写入性能和存储压缩率不足。',
        'IoT devices produce vast time series that general-purpose databases cannot ingest or compress well enough.',
      ],
      method: [
        '本成果采用列式存储、自适应压缩编码与分布式分片架构，并支持标准SQL查询。',
        'Columnar storage, adaptive compression and distributed sharding sit behind standard SQL.',
      ],
      result: [
        '单节点写入性能达到每秒500万数据点，存储压缩比达到10:1。',
        'One node ingests 5 million points a second at a 10:1 compression ratio.',
      ],
      apps: [
        ['电力物联网', 'power IoT'],
        ['车联网', 'connected vehicles'],
        ['工业设备监控', 'industrial equipment monitoring'],
      ],
      keywords: ['时序数据库', '物联网', '大数据', 'time-series database'],
      ip: 'software_copyright',
      trl: 8,
    },
    {
      name: ['嵌入式软件自动化测试工具箱', 'automated testing toolbox for embedded software'],
      problem: [
        '汽车电子、工业控制等嵌入式软件测试依赖手工编写用例，覆盖率低、回归测试周期长。',
        'Embedded software in cars and controllers is tested with hand-written cases: low coverage and slow regression runs.',
      ],
      method: [
        '本工具箱集成静态代码分析、单元测试用例自动生成、硬件在环仿真与覆盖率统计，支持ISO 26262开发流程。',
        'The toolbox bundles static analysis, automatic unit-test generation, hardware-in-the-loop simulation and coverage reports, following ISO 26262.',
      ],
      result: [
        '测试用例生成效率提高5倍，MC/DC覆盖率达到100%，回归测试周期缩短60%。',
        'Test cases are produced five times faster, MC/DC coverage reaches 100% and regression cycles shrink by 60%.',
      ],
      apps: [
        ['汽车电子控制器', 'automotive ECUs'],
        ['轨道交通信号系统', 'rail signalling'],
        ['医疗设备软件', 'medical-device software'],
      ],
      keywords: ['测试工具箱', '软件测试', '嵌入式软件', 'test toolbox'],
      ip: 'software_copyright',
      trl: 8,
    },
    {
      name: ['量子密钥分发城域网络技术', 'metropolitan quantum key distribution network'],
      problem: [
        '传统公钥加密面临量子计算破解威胁，政务和金融专网需要长期安全的密钥分发手段。',
        'Quantum computers threaten public-key cryptography, and government and financial networks need keys that stay safe.',
      ],
      method: [
        '本成果采用诱骗态BB84协议与可信中继组网，结合经典密码设备实现量子密钥的加密应用。',
        'Decoy-state BB84 with trusted relays feeds quantum keys into classical encryption devices.',
      ],
      result: [
        '50公里光纤链路成码率超过10 kbps，系统连续稳定运行超过1年。',
        'A 50 km fibre link yields over 10 kbps of key, and the network has run for more than a year.',
      ],
      apps: [
        ['政务专网', 'government private networks'],
        ['金融数据中心互联', 'financial data-centre links'],
        ['电力调度通信', 'power-dispatch communications'],
      ],
      keywords: ['量子通信', '量子密钥分发', 'QKD'],
      ip: 'invention_patent',
      trl: 6,
    },
  ],
  demands: [
    {
      title: ['车间异构设备数据采集', 'Data collection from mixed shop-floor equipment'],
      background: [
        '公司车间有近300台不同年代、不同品牌的设备，数据无法统一采集。',
        'Our shop has nearly 300 machines of different ages and brands whose data cannot be collected in one way.',
      ],
      targets: [
        '需要覆盖主流PLC和数控系统的数据采集网关及协议库，采集成功率≥99%，实施周期不超过3个月。',
        'We need gateways and protocol libraries covering mainstream PLCs and CNCs with ≥99% success, deployed within 3 months.',
      ],
      keywords: ['数据采集', '工业互联网', 'PLC'],
      budgetWan: [80, 150],
      modes: ['service', 'transfer'],
    },
    {
      title: ['医院信息系统同城双活容灾', 'Active–active disaster recovery for hospital systems'],
      background: [
        '三甲医院信息系统需满足等级保护三级和电子病历评级要求，现有灾备方案恢复时间长。',
        'Our tertiary hospital must meet MLPS level 3 and EMR rating rules; current recovery takes too long.',
      ],
      targets: [
        '需要同城双活容灾方案，RPO=0，RTO≤15分钟，兼容现有国产数据库。',
        'We need same-city active–active recovery with RPO 0 and RTO ≤15 minutes on our domestic database.',
      ],
      keywords: ['容灾', '医疗信息化', '数据库'],
      budgetWan: [200, 400],
      modes: ['service', 'consulting'],
    },
    {
      title: ['供应链应收账款区块链流转平台', 'Blockchain platform for supply-chain receivables'],
      background: [
        '我司为产业链核心企业，上游中小供应商融资难，应收账款确权流程繁琐。',
        'We anchor a supply chain whose small suppliers struggle to borrow and confirm receivables.',
      ],
      targets: [
        '需要基于区块链的应收账款拆分流转平台，对接3家以上银行，满足监管要求。',
        'We need a blockchain platform to split and transfer receivables, linked to at least 3 banks and compliant with regulation.',
      ],
      keywords: ['区块链', '供应链金融', '应收账款'],
      budgetWan: [150, 300],
      modes: ['co_development', 'license_nonexclusive'],
    },
    {
      title: ['整车控制器软件测试工具箱定制开发', 'Custom test toolbox for vehicle-controller software'],
      background: [
        '公司为新能源车企配套整车控制器，软件迭代频繁，现有手工测试难以满足功能安全认证要求。',
        'We supply vehicle controllers to EV makers; frequent releases and manual tests cannot satisfy functional-safety audits.',
      ],
      targets: [
        '需要可接入现有硬件在环台架的自动化测试工具箱，支持测试用例自动生成和需求追溯，满足ASIL C流程要求。',
        'We need an automated test toolbox for our HIL rigs with test generation and requirement tracing, fit for ASIL C.',
      ],
      keywords: ['测试工具箱', '功能安全', '汽车电子'],
      budgetWan: [100, 200],
      modes: ['license_nonexclusive', 'service'],
    },
    {
      title: ['政务软件国产化适配', 'Porting government software to domestic platforms'],
      background: [
        '我司政务软件需迁移到国产操作系统和数据库，部分中间件不兼容。',
        'Our government software must move to domestic operating systems and databases, and some middleware is incompatible.',
      ],
      targets: [
        '需要国产化适配改造与性能调优服务，迁移后关键业务响应时间不劣于原系统。',
        'We need porting and tuning so that key transactions respond no slower than before.',
      ],
      keywords: ['国产化', '信创', '适配'],
      budgetWan: [80, 160],
      modes: ['service', 'consulting'],
    },
    {
      title: [
        '大型仓库人员与叉车室内定位',
        'Indoor positioning for people and forklifts in a large warehouse',
      ],
      background: [
        '公司物流仓库面积12万平方米，叉车与人员定位依赖人工登记。',
        'Our 120,000 m² warehouse tracks forklifts and staff by hand.',
      ],
      targets: [
        '需要UWB或蓝牙AOA室内定位方案，定位精度≤30厘米，支持500个标签并发。',
        'We need UWB or Bluetooth AoA positioning with ≤30 cm accuracy for 500 concurrent tags.',
      ],
      keywords: ['室内定位', 'UWB', '智慧物流'],
      budgetWan: [60, 120],
      modes: ['transfer', 'service'],
    },
  ],
};
