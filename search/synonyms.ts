// The market's search vocabulary, shared by both engines so that a query means the same
// thing on Meilisearch and on the embedded engine: synonym groups (every member finds
// the others), domain words that must stay whole when Chinese is segmented, and stop words.

/** Each group is symmetric: a query for any member also finds documents with any other. */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['锂电池', '锂离子电池', 'lithium battery', 'lithium-ion battery', 'li-ion battery'],
  ['钠电池', '钠离子电池', 'sodium-ion battery'],
  ['储能', '能量存储', 'energy storage'],
  ['光伏', '太阳能电池', 'photovoltaic', 'solar cell'],
  ['人工智能', 'ai', 'artificial intelligence'],
  ['机器视觉', '视觉检测', 'machine vision'],
  ['无人机', '无人飞行器', 'uav', 'drone'],
  ['海水淡化', 'desalination'],
  ['集成电路', '芯片', 'ic', 'integrated circuit'],
  ['氢能', '氢燃料', 'hydrogen energy'],
  ['新能源汽车', '电动汽车', 'electric vehicle', 'ev'],
  ['生物医药', '创新药', 'biopharmaceutical'],
  ['医疗器械', '医疗设备', 'medical device'],
  ['水下机器人', 'rov', 'underwater robot'],
  ['软件著作权', '软著', 'software copyright'],
  ['发明专利', 'invention patent'],
  ['大模型', '大语言模型', 'llm', 'large language model'],
  ['碳捕集', 'ccus', 'carbon capture'],
  ['工业互联网', 'industrial internet'],
  ['3d打印', '增材制造', 'additive manufacturing', '3d printing'],
];

/**
 * Terms that word segmentation must keep whole. Intl.Segmenter splits 钙钛矿 into three
 * single characters; Meilisearch's `dictionary` setting and the embedded query parser
 * both read this list so the phrase is matched as one word.
 */
export const DOMAIN_DICTIONARY: readonly string[] = [
  '钙钛矿',
  '海水淡化',
  '水下滑翔机',
  '锂离子电池',
  '钠离子电池',
  '固态电池',
  '石墨烯',
  '碳纤维',
  '氢燃料电池',
  '质检',
  '揭榜挂帅',
  '概念验证',
  '作价入股',
  '技术秘密',
  '软件著作权',
  '实用新型',
  '光刻胶',
  '碳化硅',
  '氮化镓',
  '大模型',
  '数字孪生',
  '脑机接口',
  '基因编辑',
  '合成生物',
  '增材制造',
];

/** Words too common to help ranking; removed from queries (both engines). */
export const STOP_WORDS: readonly string[] = [
  '的',
  '了',
  '和',
  '与',
  '及',
  '等',
  'the',
  'a',
  'an',
  'of',
  'and',
  'or',
  'for',
  'in',
  'on',
  'with',
  'to',
  'by',
  'based',
];

/** Meilisearch wants a map from each word to its synonyms; build it from the groups. */
export function synonymMap(): Record<string, string[]> {
  const map: Record<string, string[]> = {};
  for (const group of SYNONYM_GROUPS) {
    for (const word of group) map[word] = group.filter((other) => other !== word);
  }
  return map;
}
