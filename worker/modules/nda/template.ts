import type { Listing } from '../../../schema/types';

/** The default NDA (保密协议) of a listing, until its owner publishes its own text. */
export function defaultNdaText(listing: Listing) {
  return {
    zh: [
      `保密协议 — ${listing.titleZh}（${listing.id}）`,
      '一、接收方仅为评估与成果所有方开展技术交易之目的使用保密信息。',
      '二、未经成果所有方书面同意，接收方不得向任何第三方披露、复制或用于其他目的。',
      '三、保密义务自接受之日起持续五年；法律另有规定的从其规定。',
      '四、接收方的每次查阅均被平台记录，成果所有方可查看查阅记录。',
    ].join('\n'),
    en: [
      `Non-disclosure agreement — ${listing.titleEn ?? listing.titleZh} (${listing.id})`,
      '1. The recipient uses the confidential information only to evaluate a technology transaction with the owner.',
      '2. Without the owner’s written consent the recipient does not disclose, copy or otherwise use it.',
      '3. The obligation lasts five years from acceptance, unless the law provides otherwise.',
      '4. Every view by the recipient is recorded by the platform, and the owner can see the record.',
    ].join('\n'),
  };
}
