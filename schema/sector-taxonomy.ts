// The market's sector taxonomy (a product decision; slugs are stable ids, see glossary.md).
export const SECTOR_TAXONOMY = [
  { slug: 'marine', nameZh: '现代海洋', nameEn: 'Marine science and technology' },
  { slug: 'new-energy', nameZh: '新能源', nameEn: 'New energy' },
  { slug: 'chem-materials', nameZh: '高端化工与新材料', nameEn: 'Advanced chemicals and new materials' },
  { slug: 'ai', nameZh: '人工智能', nameEn: 'Artificial intelligence' },
  { slug: 'life-health', nameZh: '生命健康', nameEn: 'Life sciences and health' },
  { slug: 'equipment', nameZh: '智能制造与高端装备', nameEn: 'Intelligent manufacturing and equipment' },
  { slug: 'it', nameZh: '新一代信息技术', nameEn: 'Next-generation information technology' },
  { slug: 'green', nameZh: '节能环保与绿色低碳', nameEn: 'Energy saving, environment and low carbon' },
  { slug: 'agri-food', nameZh: '现代农业与食品', nameEn: 'Modern agriculture and food' },
  { slug: 'ic', nameZh: '集成电路', nameEn: 'Integrated circuits' },
  { slug: 'aerospace', nameZh: '航空航天', nameEn: 'Aerospace' },
  { slug: 'services', nameZh: '科技服务', nameEn: 'Technology services' },
] as const;

export type SectorSlug = (typeof SECTOR_TAXONOMY)[number]['slug'];
export const SECTOR_SLUGS = SECTOR_TAXONOMY.map((s) => s.slug) as [SectorSlug, ...SectorSlug[]];
