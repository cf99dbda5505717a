import type { Currency, TransactionMode } from '../../../schema/enums';
import { toDecimalString } from '../payments/money';

// The technology-contract template (技术合同), in Chinese and English. The text is a pure
// function of the contract data, so the same terms always give the same content hash.

export interface ContractData {
  dealId: string;
  platform: { zh: string; en: string };
  buyer: { id: string; nameZh: string; nameEn: string | null; region: string | null };
  seller: { id: string; nameZh: string; nameEn: string | null; region: string | null };
  broker: { id: string; name: string } | null;
  listing: {
    id: string | null;
    titleZh: string;
    titleEn: string | null;
    ipType: string | null;
    ipNumbers: string[];
    sector: string | null;
  };
  mode: TransactionMode;
  amount: number;
  currency: Currency;
  milestones: { seq: number; title: string; amount: number; dueDate: string | null }[];
  scope: string | null;
  terms: string | null;
  ipTerms: string | null;
  offerId: string;
}

const MODE_TEXT: Record<TransactionMode, { zh: string; en: string }> = {
  transfer: { zh: '技术转让（所有权转让）', en: 'technology transfer (assignment)' },
  license_exclusive: { zh: '独占许可', en: 'exclusive licence' },
  license_nonexclusive: { zh: '普通许可', en: 'non-exclusive licence' },
  equity: { zh: '作价入股', en: 'equity contribution' },
  co_development: { zh: '合作开发', en: 'co-development' },
  service: { zh: '技术服务', en: 'technical service' },
  consulting: { zh: '技术咨询', en: 'technical consulting' },
};

const DEFAULT_IP_TERMS = {
  zh: '除本合同另有约定外，标的技术的知识产权仍归卖方所有；履行本合同产生的改进成果归完成方所有。',
  en: 'Unless agreed otherwise, the intellectual property in the technology stays with the seller; improvements made under this contract belong to the party that makes them.',
};

const amountText = (amount: number, currency: Currency) =>
  `${currency} ${toDecimalString({ amount, currency })}`;

export function renderContract(d: ContractData): { zh: string; en: string } {
  const price = amountText(d.amount, d.currency);
  const zh = [
    `技术合同 · ${MODE_TEXT[d.mode].zh}`,
    `合同编号（交易）：${d.dealId}`,
    `平台：${d.platform.zh}`,
    '',
    `甲方（受让方/买方）：${d.buyer.nameZh}（${d.buyer.id}）`,
    `乙方（让与方/卖方）：${d.seller.nameZh}（${d.seller.id}）${d.seller.region ? `，${d.seller.region}` : ''}`,
    d.broker ? `技术经纪人：${d.broker.name}（${d.broker.id}）` : '技术经纪人：无',
    '',
    `第一条 标的：${d.listing.titleZh}${d.listing.ipNumbers.length ? `（知识产权：${d.listing.ipNumbers.join('、')}）` : ''}`,
    `第二条 范围：${d.scope ?? '标的技术的全部技术资料及必要的技术指导。'}`,
    `第三条 方式：${MODE_TEXT[d.mode].zh}`,
    `第四条 价款：${price}，按以下里程碑支付：`,
    ...d.milestones.map(
      (m) =>
        `  ${m.seq}. ${m.title}：${amountText(m.amount, d.currency)}${m.dueDate ? `，${m.dueDate} 前` : ''}`,
    ),
    `第五条 知识产权：${d.ipTerms ?? DEFAULT_IP_TERMS.zh}`,
    `第六条 其他约定：${d.terms ?? '无'}`,
    '第七条 款项经平台托管，买方验收每一里程碑后平台向卖方、经纪人及合作平台结算。',
    `依据报价：${d.offerId}`,
  ].join('\n');
  const en = [
    `Technology contract · ${MODE_TEXT[d.mode].en}`,
    `Deal: ${d.dealId}`,
    `Platform: ${d.platform.en}`,
    '',
    `Party A (buyer): ${d.buyer.nameEn ?? d.buyer.nameZh} (${d.buyer.id})`,
    `Party B (seller): ${d.seller.nameEn ?? d.seller.nameZh} (${d.seller.id})${d.seller.region ? `, ${d.seller.region}` : ''}`,
    d.broker ? `Technology broker: ${d.broker.name} (${d.broker.id})` : 'Technology broker: none',
    '',
    `1. Subject: ${d.listing.titleEn ?? d.listing.titleZh}${d.listing.ipNumbers.length ? ` (IP: ${d.listing.ipNumbers.join(', ')})` : ''}`,
    `2. Scope: ${d.scope ?? 'All technical documentation of the technology and the necessary technical guidance.'}`,
    `3. Mode: ${MODE_TEXT[d.mode].en}`,
    `4. Price: ${price}, paid in these milestones:`,
    ...d.milestones.map(
      (m) =>
        `  ${m.seq}. ${m.title}: ${amountText(m.amount, d.currency)}${m.dueDate ? `, due ${m.dueDate}` : ''}`,
    ),
    `5. Intellectual property: ${d.ipTerms ?? DEFAULT_IP_TERMS.en}`,
    `6. Other terms: ${d.terms ?? 'none'}`,
    '7. Payments are held in escrow by the platform; after the buyer accepts each milestone the platform pays the seller, the broker and the partner platform.',
    `Based on offer: ${d.offerId}`,
  ].join('\n');
  return { zh, en };
}
