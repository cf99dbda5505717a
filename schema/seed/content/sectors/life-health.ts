import type { SectorContent } from '../types';

export const lifeHealth: SectorContent = {
  sector: 'life-health',
  secret: [
    '菌株/序列信息、制剂处方、工艺规程与临床前研究数据',
    'strain and sequence data, formulations, process specifications and preclinical data',
  ],
  technologies: [
    {
      name: ['海洋微生物来源抗菌肽', 'antimicrobial peptides from marine microorganisms'],
      problem: [
        '抗生素滥用导致耐药菌日益增多，养殖业"减抗""禁抗"后亟需安全有效的替代品。',
        'Antibiotic overuse breeds resistant bacteria, and livestock farming needs safe alternatives now that antibiotics are being phased out.',
      ],
      method: [
        '本成果从深海微生物中筛选抗菌肽基因，经理性设计优化后以毕赤酵母高效表达。',
        'Antimicrobial-peptide genes from deep-sea microbes are optimised by rational design and expressed in Pichia yeast.',
      ],
      result: [
        '对耐甲氧西林金黄色葡萄球菌等耐药菌的最低抑菌浓度低于4 μg/mL，发酵表达量达到1.2 g/L。',
        'MIC against MRSA and other resistant strains is below 4 µg/mL, and fermentation yields 1.2 g/L.',
      ],
      apps: [
        ['畜禽饲料添加剂', 'livestock feed additives'],
        ['水产病害防治', 'aquaculture disease control'],
        ['医用抗菌敷料', 'antimicrobial dressings'],
      ],
      keywords: ['抗菌肽', '耐药菌', '海洋药物', 'antimicrobial peptide'],
      ip: 'invention_patent',
      trl: 5,
    },
    {
      name: ['肺结节CT影像智能辅助诊断系统', 'AI-assisted diagnosis of pulmonary nodules on CT'],
      problem: [
        '基层医院影像科医生不足，肺部CT阅片工作量大，早期微小结节容易漏诊。',
        'Primary hospitals lack radiologists, chest-CT reading loads are heavy and small early nodules are missed.',
      ],
      method: [
        '本成果基于三维卷积神经网络实现结节检测、分割与良恶性评估，并经多中心数据训练验证。',
        '3D convolutional networks detect, segment and grade nodules, trained and validated on multi-centre data.',
      ],
      result: [
        '对直径3毫米以上结节的敏感度达到97%，单例阅片时间缩短至原来的三分之一。',
        'Sensitivity for nodules over 3 mm is 97%, and reading time per case falls to a third.',
      ],
      apps: [
        ['基层医院影像诊断', 'imaging diagnosis in primary hospitals'],
        ['体检中心肺癌筛查', 'lung-cancer screening at check-up centres'],
        ['远程影像会诊', 'remote imaging consultation'],
      ],
      keywords: ['医学影像', '肺结节', '辅助诊断', '深度学习'],
      ip: 'software_copyright',
      trl: 7,
    },
    {
      name: [
        '呼吸道病原体多重核酸快速检测试剂盒',
        'multiplex rapid nucleic-acid test kit for respiratory pathogens',
      ],
      problem: [
        '呼吸道感染病原体种类多，传统检测需分别送检，耗时长、费用高。',
        'Many pathogens cause respiratory infections, and testing each one separately is slow and costly.',
      ],
      method: [
        '本成果采用微流控芯片与多重恒温扩增技术，一次检测覆盖15种常见呼吸道病原体。',
        'A microfluidic chip with multiplex isothermal amplification covers 15 common respiratory pathogens in one run.',
      ],
      result: [
        '检测时间45分钟，灵敏度达到200拷贝/mL，与荧光定量PCR符合率98%。',
        'Results come in 45 minutes at 200 copies/mL sensitivity, agreeing 98% with qPCR.',
      ],
      apps: [
        ['医院发热门诊', 'hospital fever clinics'],
        ['基层卫生院', 'township health centres'],
        ['口岸检疫', 'port quarantine'],
      ],
      keywords: ['核酸检测', '微流控', '体外诊断', 'POCT'],
      ip: 'invention_patent',
      trl: 7,
    },
    {
      name: ['可降解镁合金骨科植入物', 'biodegradable magnesium-alloy orthopaedic implants'],
      problem: [
        '传统钛合金骨钉在骨折愈合后需二次手术取出，增加患者痛苦和医疗费用。',
        'Titanium screws must be removed in a second operation once the fracture heals, adding pain and cost.',
      ],
      method: [
        '本成果采用高纯镁-锌-钙合金体系与微弧氧化涂层，使体内降解速率与骨愈合周期相匹配。',
        'A high-purity Mg–Zn–Ca alloy with a micro-arc-oxidation coating degrades in step with bone healing.',
      ],
      result: [
        '动物实验12周骨愈合良好，年降解速率小于0.5毫米，力学性能满足骨折固定要求。',
        'Animal studies show good healing at 12 weeks, degradation below 0.5 mm a year and strength sufficient for fixation.',
      ],
      apps: [
        ['骨折内固定', 'internal fracture fixation'],
        ['口腔颌面修复', 'oral and maxillofacial repair'],
        ['运动医学缝合锚钉', 'sports-medicine suture anchors'],
      ],
      keywords: ['可降解镁合金', '骨科植入物', '医疗器械'],
      ip: 'invention_patent',
      trl: 5,
    },
    {
      name: ['金银花有效成分高效提取技术', 'efficient extraction of active compounds from honeysuckle'],
      problem: [
        '金银花是山东道地药材，其绿原酸等活性成分传统提取得率低、溶剂消耗大。',
        'Honeysuckle is a Shandong signature herb, but conventional extraction of chlorogenic acid gives low yields and uses much solvent.',
      ],
      method: [
        '本成果采用超声辅助低共熔溶剂提取与大孔树脂纯化联用工艺。',
        'Ultrasound-assisted deep-eutectic-solvent extraction is combined with macroporous-resin purification.',
      ],
      result: [
        '绿原酸提取得率提高28%，溶剂可循环使用5次以上，产品纯度超过90%。',
        'Chlorogenic-acid yield rises by 28%, solvent is reused more than five times and purity exceeds 90%.',
      ],
      apps: [
        ['中药配方颗粒', 'herbal granules'],
        ['功能饮料', 'functional beverages'],
        ['日化抗菌产品', 'antibacterial personal-care products'],
      ],
      keywords: ['中药', '金银花', '绿原酸', '天然产物提取'],
      ip: 'invention_patent',
      trl: 6,
    },
    {
      name: ['脑卒中上肢康复外骨骼机器人', 'upper-limb rehabilitation exoskeleton for stroke patients'],
      problem: [
        '脑卒中患者康复训练依赖治疗师一对一指导，康复资源严重不足。',
        'Stroke rehabilitation depends on one-to-one therapists, who are in short supply.',
      ],
      method: [
        '本成果基于表面肌电信号识别运动意图，结合柔性驱动外骨骼实现主被动结合训练。',
        'Surface EMG reveals movement intent and a compliant exoskeleton supports active and passive training.',
      ],
      result: [
        '临床试验中患者上肢运动功能评分平均提高11分，单台设备可承担2名治疗师的训练工作量。',
        'In trials upper-limb motor scores rose by 11 points on average, and one device does the training work of two therapists.',
      ],
      apps: [
        ['医院康复科', 'hospital rehabilitation departments'],
        ['社区康复中心', 'community rehabilitation centres'],
        ['居家康复', 'home rehabilitation'],
      ],
      keywords: ['康复机器人', '外骨骼', '脑卒中', 'rehabilitation'],
      ip: 'utility_model',
      trl: 6,
    },
    {
      name: ['mRNA脂质纳米颗粒递送技术', 'lipid-nanoparticle delivery for mRNA'],
      problem: [
        'mRNA药物依赖脂质纳米颗粒递送，核心可电离脂质专利壁垒高，且肝外靶向能力弱。',
        'mRNA drugs need lipid nanoparticles, whose ionisable lipids are patent-locked and rarely reach organs beyond the liver.',
      ],
      method: [
        '本成果设计合成具有自主知识产权的新型可电离脂质库，通过高通量筛选获得肺、脾靶向配方。',
        'A library of proprietary ionisable lipids was designed and screened at high throughput for lung- and spleen-targeting formulations.',
      ],
      result: [
        '肺部靶向递送效率较参比配方提高6倍，在4℃条件下可稳定保存6个月。',
        'Lung delivery is six times the reference formulation, and it keeps for 6 months at 4 °C.',
      ],
      apps: [
        ['mRNA疫苗', 'mRNA vaccines'],
        ['肿瘤免疫治疗', 'cancer immunotherapy'],
        ['罕见病基因治疗', 'gene therapy for rare diseases'],
      ],
      keywords: ['mRNA', '脂质纳米颗粒', '药物递送', 'LNP'],
      ip: 'invention_patent',
      trl: 4,
    },
    {
      name: ['低分子海参肽制备技术', 'preparation of low-molecular-weight sea-cucumber peptides'],
      problem: [
        '海参加工副产物利用率低，现有海参肽产品分子量分布宽、腥味重。',
        'Sea-cucumber by-products are under-used, and current peptides have broad size distributions and a strong fishy taste.',
      ],
      method: [
        '本成果采用定向酶解、膜分级与美拉德脱腥工艺，制备分子量小于1000 Da的海参肽。',
        'Targeted hydrolysis, membrane fractionation and Maillard deodorisation give peptides below 1,000 Da.',
      ],
      result: [
        '小分子肽占比超过85%，抗疲劳动物实验效果显著，已完成吨级中试。',
        'Over 85% are small peptides, animal tests show clear anti-fatigue effects, and a tonne-scale pilot is done.',
      ],
      apps: [
        ['保健食品', 'health foods'],
        ['特殊医学用途配方食品', 'foods for special medical purposes'],
        ['运动营养', 'sports nutrition'],
      ],
      keywords: ['海参肽', '生物活性肽', '海洋保健品'],
      ip: 'invention_patent',
      trl: 7,
    },
    {
      name: ['柔性可穿戴心电监测贴', 'flexible wearable ECG patch'],
      problem: [
        '心律失常多为阵发性，常规24小时动态心电图检出率低，佩戴也不方便。',
        'Arrhythmias come and go, so 24-hour Holter monitoring misses many and is awkward to wear.',
      ],
      method: [
        '本成果采用柔性电极与低功耗蓝牙芯片，可连续佩戴14天，并由云端算法自动识别房颤等心律失常。',
        'Flexible electrodes and a low-power Bluetooth chip allow 14 days of wear, with cloud algorithms flagging atrial fibrillation and other arrhythmias.',
      ],
      result: [
        '房颤识别敏感度98.5%，设备重量仅12克。',
        'AF detection sensitivity is 98.5%, and the patch weighs 12 g.',
      ],
      apps: [
        ['心律失常筛查', 'arrhythmia screening'],
        ['术后居家监护', 'post-operative home monitoring'],
        ['职业人群健康管理', 'occupational health management'],
      ],
      keywords: ['可穿戴设备', '心电监测', '房颤', 'wearable ECG'],
      ip: 'utility_model',
      trl: 7,
    },
  ],
  demands: [
    {
      title: ['养老机构老人跌倒非接触监测', 'Contact-free fall detection in care homes'],
      background: [
        '集团运营12家养老机构，夜间老人跌倒难以及时发现。',
        'Our group runs 12 care homes, and falls at night are found too late.',
      ],
      targets: [
        '需要非接触式（雷达或视觉）跌倒检测方案，检出率≥95%，保护隐私，单房间成本低于2000元。',
        'We need radar- or vision-based fall detection with ≥95% detection that protects privacy, at under CNY 2,000 per room.',
      ],
      keywords: ['跌倒检测', '智慧养老', '毫米波雷达'],
      budgetWan: [50, 100],
      modes: ['transfer', 'license_nonexclusive'],
    },
    {
      title: ['原料药硝化反应连续流工艺', 'Continuous-flow nitration for an API'],
      background: [
        '公司生产某心血管原料药，间歇釜式工艺中的硝化反应存在安全风险。',
        'We make a cardiovascular API whose batch nitration step is a safety risk.',
      ],
      targets: [
        '寻求连续流微反应工艺替代，收率不低于现工艺，满足GMP要求并可完成工艺验证。',
        'We seek a continuous micro-reactor process with at least the current yield, GMP-compliant and validated.',
      ],
      keywords: ['连续流', '原料药', '微反应器'],
      budgetWan: [200, 400],
      modes: ['co_development', 'transfer'],
    },
    {
      title: ['海藻酸盐医用敷料开发', 'Developing alginate wound dressings'],
      background: [
        '公司生产传统医用纱布，计划开发海藻酸盐功能敷料进入高端伤口护理市场。',
        'We make gauze and want to enter advanced wound care with alginate dressings.',
      ],
      targets: [
        '需要海藻酸钙纤维制备及非织造成型工艺，吸液量≥15 g/g，并形成二类医疗器械注册所需技术资料。',
        'We need calcium-alginate fibre and nonwoven processes with ≥15 g/g absorbency, plus the technical file for class II registration.',
      ],
      keywords: ['海藻酸盐', '医用敷料', '医疗器械'],
      budgetWan: [150, 300],
      modes: ['transfer', 'license_exclusive'],
    },
    {
      title: ['鱼油软胶囊保健功能评价', 'Health-function evaluation of fish-oil softgels'],
      background: [
        '公司开发的海洋鱼油软胶囊拟申报保健食品"辅助降血脂"功能。',
        'We plan to register our fish-oil softgels as a health food that helps lower blood lipids.',
      ],
      targets: [
        '需要符合国家保健食品功能评价方法的动物试验与人体试食试验方案设计及实施。',
        'We need animal and human trials designed and run to the national health-food evaluation methods.',
      ],
      keywords: ['保健食品', '功能评价', '鱼油'],
      budgetWan: [60, 120],
      modes: ['service', 'consulting'],
    },
    {
      title: ['生物制品冻干工艺优化', 'Shorter freeze-drying cycles for a biologic'],
      background: [
        '我司为中型制药企业，某生物制品冷冻干燥工艺周期长达72小时，制约产能。',
        'We are a mid-sized drug maker whose biologic freeze-drying cycle takes 72 hours and limits output.',
      ],
      targets: [
        '需要冻干工艺优化，周期缩短30%以上，产品复溶时间与生物活性保持不变。',
        'We need a cycle at least 30% shorter with unchanged reconstitution time and activity.',
      ],
      keywords: ['冻干工艺', '生物制品', '制药'],
      budgetWan: [80, 150],
      modes: ['service', 'co_development'],
    },
    {
      title: ['中药配方颗粒质量标准研究', 'Quality standards for herbal granules'],
      background: [
        '公司计划新增30个中药配方颗粒品种，需要建立符合国家标准的特征图谱与含量测定方法。',
        'We are adding 30 herbal-granule products and need fingerprint and assay methods to national standards.',
      ],
      targets: [
        '需完成标准汤剂研究与特征图谱方法学验证，并配合完成药监部门备案。',
        'Standard-decoction studies and fingerprint-method validation are needed, with support for regulatory filing.',
      ],
      keywords: ['中药配方颗粒', '质量标准', '特征图谱'],
      budgetWan: [100, 200],
      modes: ['service', 'consulting'],
    },
  ],
};
