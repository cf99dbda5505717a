import type { SectorContent } from '../types';

export const agriFood: SectorContent = {
  sector: 'agri-food',
  secret: [
    '亲本材料与育种记录、工艺配方及田间/中试数据',
    'parent lines and breeding records, process recipes and field or pilot data',
  ],
  technologies: [
    {
      name: ['耐盐碱小麦新品种选育技术', 'breeding of salt- and alkali-tolerant wheat'],
      problem: [
        '黄河三角洲盐碱地面积大、产量低，普通小麦品种难以正常生长。',
        'The Yellow River delta has vast saline–alkali land where ordinary wheat grows poorly.',
      ],
      method: [
        '本成果利用分子标记辅助选择聚合耐盐基因，并在多点盐碱地开展鉴定筛选。',
        'Marker-assisted selection stacks salt-tolerance genes, screened at several saline sites.',
      ],
      result: [
        '新品系在含盐量0.3%的土壤中亩产达到450公斤，较对照品种增产15%。',
        'New lines yield 450 kg per mu on 0.3% salt soil, 15% above the check variety.',
      ],
      apps: [
        ['盐碱地改良利用', 'saline–alkali land use'],
        ['滨海农业开发', 'coastal agriculture'],
        ['种业企业品种合作', 'variety licensing to seed companies'],
      ],
      keywords: ['耐盐碱', '小麦育种', '分子标记', '盐碱地'],
      ip: 'other',
      trl: 7,
    },
    {
      name: ['日光温室智能环境调控系统', 'intelligent climate control for solar greenhouses'],
      problem: [
        '寿光等地日光温室的环境调控依赖人工经验，病害多、用工成本高。',
        'Solar greenhouses around Shouguang are run by experience, with much disease and high labour costs.',
      ],
      method: [
        '本成果采集温湿度、光照、二氧化碳等数据，基于作物生长模型自动调控卷帘、通风和水肥。',
        'Temperature, humidity, light and CO₂ data feed a crop-growth model that drives blinds, vents and fertigation.',
      ],
      result: [
        '番茄亩产提高12%，节水30%，人工减少50%。',
        'Tomato yield per mu rises by 12%, water use falls by 30% and labour halves.',
      ],
      apps: [
        ['蔬菜日光温室', 'vegetable greenhouses'],
        ['食用菌工厂', 'mushroom factories'],
        ['工厂化育苗', 'industrial seedling nurseries'],
      ],
      keywords: ['智慧农业', '设施农业', '水肥一体化'],
      ip: 'software_copyright',
      trl: 8,
    },
    {
      name: ['海鲜冷链超冰温保鲜技术', 'super-chilling preservation for seafood cold chains'],
      problem: [
        '鲜活海产品流通损耗大，冷冻解冻后品质明显下降。',
        'Fresh seafood loses much in distribution, and freezing and thawing spoil its quality.',
      ],
      method: [
        '本成果采用精准控温超冰温贮藏与天然生物保鲜剂复合处理，抑制微生物生长和蛋白质变性。',
        'Precise super-chilled storage plus natural bio-preservatives slow microbial growth and protein denaturation.',
      ],
      result: [
        '鲜鱼货架期由5天延长至15天，汁液流失率降低40%。',
        'Fresh-fish shelf life grows from 5 to 15 days and drip loss falls by 40%.',
      ],
      apps: [
        ['海鲜电商配送', 'seafood e-commerce delivery'],
        ['远洋渔获保鲜', 'ocean-catch preservation'],
        ['商超生鲜', 'supermarket fresh food'],
      ],
      keywords: ['冷链', '保鲜', '水产品', 'cold chain'],
      ip: 'invention_patent',
      trl: 7,
    },
    {
      name: ['高油酸花生品种及配套栽培技术', 'high-oleic peanut varieties and cultivation'],
      problem: [
        '普通花生油酸含量低、货架期短，难以满足高端食用油和出口需求。',
        'Ordinary peanuts are low in oleic acid and go rancid quickly, unsuitable for premium oil and exports.',
      ],
      method: [
        '本成果通过分子育种导入高油酸突变基因，配套单粒精播与控制徒长栽培技术。',
        'Molecular breeding introduces high-oleic mutations, paired with single-seed precision sowing and growth control.',
      ],
      result: [
        '油酸含量超过80%，亩产达到400公斤，已在山东、河南推广20万亩。',
        'Oleic acid exceeds 80%, yield reaches 400 kg per mu, and 200,000 mu are grown in Shandong and Henan.',
      ],
      apps: [
        ['高端食用油', 'premium edible oil'],
        ['休闲食品', 'snack foods'],
        ['花生出口', 'peanut exports'],
      ],
      keywords: ['高油酸花生', '育种', '油料作物'],
      ip: 'other',
      trl: 8,
    },
    {
      name: ['果蔬农药残留快速检测技术', 'rapid detection of pesticide residues in fruit and vegetables'],
      problem: [
        '农贸市场和基层监管缺少快速准确的农残检测手段，传统仪器检测周期长。',
        'Markets and local inspectors lack fast, accurate residue tests; lab instruments take too long.',
      ],
      method: [
        '本成果采用表面增强拉曼光谱与便携式光谱仪，配合农残指纹谱库自动识别。',
        'Surface-enhanced Raman spectroscopy on a handheld spectrometer matches a pesticide fingerprint library.',
      ],
      result: [
        '单样检测时间5分钟，可同时检测20种常见农药，检出限满足国家标准限量要求。',
        'One sample takes 5 minutes for 20 common pesticides, with detection limits meeting national limits.',
      ],
      apps: [
        ['农贸市场监管', 'market supervision'],
        ['农产品基地自检', 'farm self-inspection'],
        ['学校食堂', 'school canteens'],
      ],
      keywords: ['农药残留', '快速检测', '拉曼光谱', '食品安全'],
      ip: 'invention_patent',
      trl: 7,
    },
    {
      name: ['啤酒废酵母高值化利用技术', "high-value use of spent brewer's yeast"],
      problem: [
        '啤酒生产产生大量废酵母，多作为低值饲料出售，资源浪费严重。',
        'Breweries produce masses of spent yeast, mostly sold as cheap feed.',
      ],
      method: [
        '本成果采用自溶-酶解耦合工艺，提取酵母抽提物、β-葡聚糖和核苷酸。',
        'Coupled autolysis and enzymatic hydrolysis yield yeast extract, β-glucan and nucleotides.',
      ],
      result: [
        '酵母抽提物得率提高20%，β-葡聚糖纯度达到85%，副产物全部综合利用。',
        'Yeast-extract yield rises by 20%, β-glucan reaches 85% purity and every by-product is used.',
      ],
      apps: [
        ['食品调味料', 'food seasonings'],
        ['饲料添加剂', 'feed additives'],
        ['化妆品原料', 'cosmetic ingredients'],
      ],
      keywords: ['酵母', '啤酒', '发酵副产物', '生物制造'],
      ip: 'invention_patent',
      trl: 8,
    },
    {
      name: [
        '生猪养殖智能环控与疫病预警技术',
        'smart climate control and disease early warning for pig farms',
      ],
      problem: [
        '规模化猪场环境控制不精准，呼吸道疾病高发，疫病发现滞后。',
        'Large pig farms control climate poorly, respiratory disease is common and outbreaks are noticed late.',
      ],
      method: [
        '本成果融合环境传感器与猪只声音、体温监测，利用算法识别咳嗽等异常行为并提前预警。',
        'Climate sensors plus sound and body-temperature monitoring let algorithms spot coughing and other warning signs early.',
      ],
      result: [
        '呼吸道疾病预警准确率达到90%，育肥猪死淘率降低3个百分点。',
        'Respiratory-disease warnings are 90% accurate and finishing-pig losses fall by 3 points.',
      ],
      apps: [
        ['规模化猪场', 'large pig farms'],
        ['家庭农场', 'family farms'],
        ['种猪场', 'breeding farms'],
      ],
      keywords: ['智慧养殖', '生猪', '疫病预警'],
      ip: 'invention_patent',
      trl: 7,
    },
    {
      name: ['丘陵茶园智能采茶机', 'intelligent tea-plucking machine for hillside gardens'],
      problem: [
        '名优茶采摘依赖人工，采茶工短缺，机械采摘又容易损伤芽叶。',
        'Premium tea is plucked by hand, pickers are scarce and machines damage the buds.',
      ],
      method: [
        '本成果基于视觉识别嫩芽位置，采用柔性末端执行器实现单芽精准采摘。',
        'Vision locates tender buds and a soft end-effector picks them one by one.',
      ],
      result: [
        '嫩芽识别准确率92%，单机采摘效率相当于3名熟练工人。',
        'Bud recognition is 92% accurate and one machine does the work of three skilled pickers.',
      ],
      apps: [
        ['名优茶园', 'premium tea gardens'],
        ['崂山绿茶采摘', 'Laoshan green-tea plucking'],
        ['山地果园采收', 'hillside orchard harvesting'],
      ],
      keywords: ['采茶机', '农业机器人', '智能农机'],
      ip: 'utility_model',
      trl: 6,
    },
    {
      name: ['植物基蛋白肉高水分挤压技术', 'high-moisture extrusion for plant-based meat'],
      problem: [
        '植物基蛋白产品纤维感差，口感与真肉差距大。',
        'Plant-based proteins lack fibre and taste far from real meat.',
      ],
      method: [
        '本成果采用大豆与花生蛋白复配，通过高水分挤压与冷却模头设计形成类肉纤维结构。',
        'Soy and peanut proteins are blended and high-moisture extruded through a cooling die into meat-like fibres.',
      ],
      result: [
        '产品纤维化度达到1.8，蛋白质含量超过20%，已完成吨级中试。',
        'The fibrous index reaches 1.8 with over 20% protein, and a tonne-scale pilot is done.',
      ],
      apps: [
        ['植物肉制品', 'plant-based meat products'],
        ['连锁餐饮半成品', 'semi-prepared dishes for restaurant chains'],
        ['速冻食品', 'frozen foods'],
      ],
      keywords: ['植物蛋白', '植物肉', '挤压技术'],
      ip: 'invention_patent',
      trl: 6,
    },
  ],
  demands: [
    {
      title: ['大樱桃成熟期防裂果技术', 'Preventing rain cracking in sweet cherries'],
      background: [
        '合作社种植大樱桃3000亩，成熟期遇雨裂果率高达30%。',
        'Our co-operative grows 3,000 mu of cherries; rain at harvest cracks up to 30% of the fruit.',
      ],
      targets: [
        '需要防裂果栽培与叶面调控技术，裂果率控制在10%以下，不影响口感与安全。',
        'We need cultivation and foliar measures keeping cracking below 10% without affecting taste or safety.',
      ],
      keywords: ['大樱桃', '裂果', '果树栽培'],
      budgetWan: [20, 50],
      modes: ['service', 'consulting'],
    },
    {
      title: ['海带采收与初加工机械化', 'Mechanised kelp harvesting and primary processing'],
      background: [
        '公司海带养殖面积1万亩，采收依赖人工，劳动强度大。',
        'We farm 10,000 mu of kelp and harvest it by hand, which is gruelling work.',
      ],
      targets: [
        '需要船载海带自动采收与初加工装备，作业效率提高3倍以上。',
        'We need ship-mounted harvesting and primary-processing equipment at least three times faster.',
      ],
      keywords: ['海带', '采收机械', '海洋农业'],
      budgetWan: [100, 250],
      modes: ['co_development', 'transfer'],
    },
    {
      title: ['海鲜预制菜温和杀菌工艺', 'Gentle sterilisation for seafood ready meals'],
      background: [
        '公司生产海鲜预制菜，高温杀菌导致口感和色泽劣变。',
        'We make seafood ready meals whose retort sterilisation spoils texture and colour.',
      ],
      targets: [
        '需要非热杀菌或温和杀菌工艺（如超高压、微波），货架期≥6个月，感官评分不低于现产品。',
        "We need non-thermal or mild sterilisation (high pressure, microwave) with ≥6 months' shelf life and no loss of sensory score.",
      ],
      keywords: ['预制菜', '非热杀菌', '食品加工'],
      budgetWan: [80, 150],
      modes: ['transfer', 'co_development'],
    },
    {
      title: ['大蒜联合收获机', 'Combine harvester for garlic'],
      background: [
        '当地大蒜种植面积大，收获需人工拔蒜剪根，成本高。',
        'Garlic is grown widely here and is still pulled and trimmed by hand at high cost.',
      ],
      targets: [
        '需要集挖掘、夹持、切根、切秸于一体的大蒜联合收获机，损伤率≤2%。',
        'We need a combine that digs, grips and cuts roots and stalks with ≤2% damage.',
      ],
      keywords: ['大蒜', '收获机械', '农机'],
      budgetWan: [100, 200],
      modes: ['transfer', 'license_exclusive'],
    },
    {
      title: ['苹果内部品质无损检测分选线', 'Non-destructive internal-quality sorting for apples'],
      background: [
        '公司年销售苹果5万吨，外观分级依靠人工，内部品质无法检测。',
        'We sell 50,000 t of apples a year, graded by eye with no view of internal quality.',
      ],
      targets: [
        '需要基于近红外的苹果糖度与内部褐变无损检测分选线，分选速度≥每秒10个。',
        'We need a near-infrared line grading sugar content and internal browning at ≥10 fruit per second.',
      ],
      keywords: ['苹果', '无损检测', '近红外', '分选'],
      budgetWan: [150, 300],
      modes: ['transfer', 'service'],
    },
    {
      title: ['仔猪饲料替抗方案', 'Antibiotic-free feed for piglets'],
      background: [
        '公司年产饲料30万吨，饲料全面禁抗后仔猪腹泻率上升。',
        'We make 300,000 t of feed a year; piglet diarrhoea rose after antibiotics were banned from feed.',
      ],
      targets: [
        '需要替抗饲料添加剂方案（益生菌、植物提取物或抗菌肽），使仔猪腹泻率降至5%以下。',
        'We need alternatives (probiotics, plant extracts or antimicrobial peptides) bringing diarrhoea below 5%.',
      ],
      keywords: ['替抗', '饲料添加剂', '抗菌肽'],
      budgetWan: [60, 120],
      modes: ['transfer', 'license_nonexclusive'],
    },
  ],
};
