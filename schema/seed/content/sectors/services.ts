import type { SectorContent } from '../types';

export const services: SectorContent = {
  sector: 'services',
  secret: [
    '服务方法论、评价模型参数与历史案例数据库',
    'service methodology, model parameters and the case database',
  ],
  technologies: [
    {
      name: ['电磁兼容预测试工具箱', 'EMC pre-compliance test toolbox'],
      problem: [
        '中小电子企业产品电磁兼容认证一次通过率低，反复整改送检费用高、周期长。',
        'Small electronics firms often fail EMC certification first time, and repeated fixes and retests cost time and money.',
      ],
      method: [
        '本工具箱集成近场探头、传导骚扰测试夹具与频谱分析软件，内置标准限值和整改案例库。',
        'The toolbox bundles near-field probes, conducted-emission fixtures and spectrum software with built-in limits and a library of fixes.',
      ],
      result: [
        '帮助企业认证一次通过率由45%提高到85%，预测试与正式测试结果偏差小于3 dB。',
        'First-time pass rates rose from 45% to 85%, with pre-test results within 3 dB of formal tests.',
      ],
      apps: [
        ['家电产品认证', 'appliance certification'],
        ['工业电源研发', 'industrial power-supply R&D'],
        ['高校电子实验教学', 'electronics teaching labs'],
      ],
      keywords: ['测试工具箱', '电磁兼容', 'EMC', '检验检测'],
      ip: 'utility_model',
      trl: 8,
    },
    {
      name: ['产业专利导航分析服务', 'industry patent-navigation analysis'],
      problem: [
        '企业研发立项缺乏对专利布局的系统研究，容易重复研发或陷入侵权风险。',
        'Firms start R&D without studying the patent landscape, duplicating work or walking into infringement.',
      ],
      method: [
        '本服务基于全球专利数据库与技术功效矩阵，开展产业链专利地图、竞争对手与侵权风险分析。',
        'Using global patent data and technology–effect matrices, we map supply-chain patents, competitors and infringement risk.',
      ],
      result: [
        '已为120余家企业提供专利导航报告，帮助企业规避侵权风险并形成高价值专利组合。',
        'Over 120 firms have used our reports to avoid infringement and build high-value portfolios.',
      ],
      apps: [
        ['企业研发立项', 'R&D project planning'],
        ['产业园区招商', 'investment attraction for parks'],
        ['高价值专利培育', 'high-value patent cultivation'],
      ],
      keywords: ['专利导航', '知识产权', '专利分析'],
      ip: 'know_how',
      trl: 9,
    },
    {
      name: ['高校科技成果概念验证服务', 'proof-of-concept service for university achievements'],
      problem: [
        '大量高校成果停留在论文和样品阶段，缺乏概念验证资金与工程化能力，企业不敢接手。',
        'Many university results stop at papers and samples for lack of proof-of-concept money and engineering, so firms dare not take them on.',
      ],
      method: [
        '本服务提供技术可行性验证、样机试制、市场验证与商业计划辅导的一体化概念验证支持。',
        'We offer technical feasibility tests, prototyping, market validation and business-plan coaching in one package.',
      ],
      result: [
        '已支持40余项成果完成概念验证，其中15项实现转化，带动社会投资超过2亿元。',
        'Over 40 achievements have completed proof of concept, 15 have been commercialised and attracted more than CNY 200 million of investment.',
      ],
      apps: [
        ['高校成果转化', 'commercialising university research'],
        ['科研团队创业', 'research-team start-ups'],
        ['企业技术引进评估', 'due diligence for technology acquisition'],
      ],
      keywords: ['概念验证', '成果转化', '孵化', 'proof of concept'],
      ip: 'know_how',
      trl: 9,
    },
    {
      name: ['化工新材料中试放大服务平台', 'pilot scale-up platform for chemical new materials'],
      problem: [
        '新材料成果从实验室到量产缺少中试环节，放大效应导致产业化失败率高。',
        'New materials jump from lab to plant without a pilot stage, and scale-up effects sink many projects.',
      ],
      method: [
        '平台配置聚合、精馏、干燥等柔性中试装置，提供工艺包开发与过程安全评估。',
        'Flexible pilot units for polymerisation, distillation and drying support process-package development and safety assessment.',
      ],
      result: [
        '已完成30余个项目的中试放大，平均放大周期缩短至6个月。',
        'Over 30 projects have been scaled up, in six months on average.',
      ],
      apps: [
        ['新材料成果中试', 'pilot trials of new materials'],
        ['精细化学品工艺开发', 'fine-chemical process development'],
        ['化工过程安全评估', 'process-safety assessment'],
      ],
      keywords: ['中试', '工艺放大', '新材料'],
      ip: 'know_how',
      trl: 9,
    },
    {
      name: ['海洋工程材料腐蚀评价服务', 'corrosion assessment of marine engineering materials'],
      problem: [
        '海洋工程材料选型缺少实海环境下的腐蚀数据，实验室加速试验与实际工况差异大。',
        'Materials for offshore use are chosen without real-sea corrosion data, and accelerated lab tests differ from reality.',
      ],
      method: [
        '依托实海挂片站与海洋环境模拟实验室，开展全浸区、潮差区和飞溅区腐蚀评价。',
        'Real-sea exposure stations and a marine-environment laboratory assess corrosion in the immersion, tidal and splash zones.',
      ],
      result: [
        '积累20年实海腐蚀数据库，已出具CMA/CNAS认可检测报告3000余份。',
        'Twenty years of real-sea data back more than 3,000 CMA/CNAS-accredited reports.',
      ],
      apps: [
        ['海工装备选材', 'material selection for offshore equipment'],
        ['涂层性能评价', 'coating evaluation'],
        ['船舶材料认证', 'ship-material certification'],
      ],
      keywords: ['腐蚀评价', '检验检测', '海洋材料'],
      ip: 'know_how',
      trl: 9,
    },
    {
      name: ['科技成果价值评估模型与服务', 'valuation model and service for technology achievements'],
      problem: [
        '科技成果交易定价缺乏公允依据，高校担心国有资产流失，企业担心溢价过高。',
        'Technology deals lack a fair price basis: universities fear losing state assets, firms fear overpaying.',
      ],
      method: [
        '本成果结合收益法、市场法与专家打分，建立分行业的成果价值评估模型和交易数据库。',
        'Income and market approaches plus expert scoring form sector-specific valuation models backed by a deal database.',
      ],
      result: [
        '已完成500余项成果价值评估，评估结果被多家银行用于知识产权质押融资。',
        'Over 500 valuations have been completed, and banks use them for IP-backed loans.',
      ],
      apps: [
        ['成果作价入股', 'equity contribution of achievements'],
        ['知识产权质押融资', 'IP-backed loans'],
        ['技术合同定价', 'pricing technology contracts'],
      ],
      keywords: ['成果评价', '价值评估', '技术交易'],
      ip: 'software_copyright',
      trl: 9,
    },
    {
      name: ['技术经理人实务培训课程体系', 'practical training curriculum for technology managers'],
      problem: [
        '技术转移机构普遍缺少既懂技术又懂市场、法律和金融的专业技术经理人。',
        'Technology-transfer offices lack managers who understand technology, markets, law and finance together.',
      ],
      method: [
        '课程覆盖成果挖掘、价值评估、谈判签约、技术合同登记与科技金融，采用真实案例沙盘演练。',
        'The course covers scouting, valuation, negotiation, contract registration and technology finance, with simulations on real cases.',
      ],
      result: [
        '已培训技术经理人1500余人次，学员促成的技术合同成交额超过5亿元。',
        'More than 1,500 managers have trained with us, and their deals exceed CNY 500 million.',
      ],
      apps: [
        ['高校技术转移办公室', 'university technology-transfer offices'],
        ['地方科技管理部门', 'local science bureaus'],
        ['企业技术管理团队', 'corporate technology teams'],
      ],
      keywords: ['技术经理人', '技术转移', '培训'],
      ip: 'know_how',
      trl: 9,
    },
    {
      name: ['知识产权质押融资风险评价系统', 'risk-rating system for IP-backed lending'],
      problem: [
        '银行难以判断轻资产科技企业的风险，知识产权质押贷款推广缓慢。',
        'Banks struggle to judge asset-light tech firms, so IP-backed loans grow slowly.',
      ],
      method: [
        '本系统整合专利价值、企业经营与司法信息，构建知识产权质押融资风险评分卡。',
        'Patent value, operating and litigation data are combined into a risk scorecard for IP-backed loans.',
      ],
      result: [
        '已服务3家银行，累计支持质押贷款8亿元，不良率低于1%。',
        'Three banks have lent CNY 800 million with it, with non-performing loans below 1%.',
      ],
      apps: [
        ['银行科技信贷', 'bank technology lending'],
        ['融资担保', 'financing guarantees'],
        ['政府风险补偿资金管理', 'government risk-compensation funds'],
      ],
      keywords: ['科技金融', '知识产权质押', '风险评价'],
      ip: 'software_copyright',
      trl: 8,
    },
    {
      name: ['大型科研仪器共享服务平台', 'shared-use platform for large scientific instruments'],
      problem: [
        '高校院所大型仪器利用率低，而中小企业却找不到检测分析资源。',
        'University instruments sit idle while small firms cannot find testing capacity.',
      ],
      method: [
        '平台汇聚区域内大型仪器设备信息，提供在线预约、收费结算与检测报告管理。',
        "The platform lists a region's instruments with online booking, billing and report management.",
      ],
      result: [
        '已接入仪器4000余台套，年服务企业订单2万余单，仪器平均使用率提高30%。',
        'Over 4,000 instruments are listed, 20,000 orders a year are served and utilisation is up 30%.',
      ],
      apps: [
        ['中小企业检测分析', 'testing for SMEs'],
        ['高校仪器开放共享', 'opening university instruments'],
        ['区域科研条件平台建设', 'regional research-infrastructure platforms'],
      ],
      keywords: ['仪器共享', '科研设施', '检测服务'],
      ip: 'software_copyright',
      trl: 9,
    },
  ],
  demands: [
    {
      title: [
        '研发费用加计扣除与高企认定辅导',
        'Coaching on R&D tax deductions and high-tech enterprise status',
      ],
      background: [
        '公司为成立3年的科技型中小企业，研发管理不规范，难以享受研发费用加计扣除政策。',
        'We are a three-year-old tech SME whose loose R&D bookkeeping keeps us from the super-deduction.',
      ],
      targets: [
        '需要研发项目管理、费用归集与高新技术企业认定的全流程辅导服务。',
        'We need coaching on R&D project management, cost allocation and the high-tech enterprise application.',
      ],
      keywords: ['高新技术企业', '研发费用加计扣除', '科技咨询'],
      budgetWan: [5, 15],
      modes: ['consulting', 'service'],
    },
    {
      title: ['专利侵权比对与无效检索', 'Patent infringement analysis and invalidity search'],
      background: [
        '公司新产品上市前收到竞争对手的专利侵权警告函。',
        'A competitor sent us an infringement warning just before our product launch.',
      ],
      targets: [
        '需要专利侵权比对分析和无效宣告检索服务，两周内出具分析意见。',
        'We need an infringement comparison and invalidity search with an opinion within two weeks.',
      ],
      keywords: ['专利侵权', '无效检索', '知识产权'],
      budgetWan: [10, 30],
      modes: ['consulting', 'service'],
    },
    {
      title: ['康复器械欧盟CE认证咨询', 'EU CE certification for a rehabilitation device'],
      background: [
        '公司医疗康复器械拟出口欧盟，缺乏MDR法规认证经验。',
        'We want to export a rehabilitation device to the EU and have no MDR experience.',
      ],
      targets: [
        '需要CE认证全流程咨询与技术文件编写服务，协助完成公告机构审核。',
        'We need end-to-end CE consulting and technical documentation through notified-body review.',
      ],
      keywords: ['CE认证', 'MDR', '医疗器械'],
      budgetWan: [30, 60],
      modes: ['consulting', 'service'],
    },
    {
      title: ['海洋防腐项目第三方科技成果评价', 'Third-party evaluation of a marine anticorrosion project'],
      background: [
        '公司与高校合作完成的海洋防腐项目需要开展第三方科技成果评价，以申报科技奖励。',
        'Our joint marine anticorrosion project with a university needs an independent evaluation for an award application.',
      ],
      targets: [
        '需要依据国家科技成果评价规范组织专家评价并出具评价报告。',
        'We need an expert evaluation and report following the national evaluation standard.',
      ],
      keywords: ['成果评价', '科技奖励', '专家评价'],
      budgetWan: [3, 8],
      modes: ['service', 'consulting'],
    },
    {
      title: ['企业检测实验室CNAS认可辅导', 'CNAS accreditation for an in-house laboratory'],
      background: [
        '公司内部检测实验室拟申请CNAS认可，以出具具有公信力的检测报告。',
        'Our in-house lab wants CNAS accreditation so its reports are trusted.',
      ],
      targets: [
        '需要质量体系文件编写、内审员培训和认可评审全过程辅导。',
        'We need quality-system documents, internal-auditor training and support through the assessment.',
      ],
      keywords: ['CNAS', '实验室认可', '检验检测'],
      budgetWan: [15, 30],
      modes: ['consulting', 'service'],
    },
    {
      title: ['氢能装备产业技术路线图研究', 'Technology roadmap for hydrogen equipment'],
      background: [
        '公司计划布局氢能装备业务，缺乏对技术路线和市场格局的系统研判。',
        'We are entering hydrogen equipment without a clear view of technologies and competitors.',
      ],
      targets: [
        '需要氢能装备产业技术路线图与竞争格局研究报告，并提出技术合作对象建议。',
        'We need a roadmap and competitive-landscape study with suggested technology partners.',
      ],
      keywords: ['技术路线图', '氢能', '产业研究'],
      budgetWan: [20, 50],
      modes: ['consulting'],
    },
  ],
};
