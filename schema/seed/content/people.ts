// The demo accounts a newcomer logs in with: one per role per tenant, each attached to the
// organization that role would belong to in real life (a seller works for a university, …).
import type { OrgMemberRole, Role } from '../../enums';
import type { DemoTenantSlug } from './types';

/** Shared by every demo account; printed at start and in the README. */
export const DEMO_PASSWORD = 'techmarket-demo';

export interface DemoPerson {
  email: string;
  name: string;
  tenant: DemoTenantSlug;
  roles: readonly Role[];
  /** The organization the person works for, and their role in it. */
  orgKey: string;
  orgRole: OrgMemberRole;
}

const person = (
  tenant: DemoTenantSlug,
  role: Role,
  name: string,
  orgKey: string,
  orgRole: OrgMemberRole = 'owner',
): DemoPerson => ({
  email: `${role.replace('_', '-')}@${tenant}.techmarket.local`,
  name,
  tenant,
  roles: [role],
  orgKey,
  orgRole,
});

export const DEMO_PEOPLE: readonly DemoPerson[] = [
  person('hub', 'seller', '王海涛', 'yellow-sea-univ'),
  person('hub', 'buyer', '李明远', 'haichen'),
  person('hub', 'expert', '周文博', 'jiaodong-univ', 'member'),
  person('hub', 'broker', '陈静怡', 'peninsula-ttc', 'member'),
  person('hub', 'investor', '赵启航', 'blue-ocean-vc'),
  person('hub', 'tenant_admin', '刘建华', 'peninsula-ttc', 'admin'),
  person('qdu-tech', 'seller', '孙晓雯', 'qdu'),
  person('qdu-tech', 'buyer', '马俊杰', 'zhihang'),
  person('qdu-tech', 'expert', '郭立新', 'qdu', 'member'),
  person('qdu-tech', 'broker', '何雨桐', 'qdu-ttc', 'member'),
  person('qdu-tech', 'investor', '高志远', 'qdu-alumni-vc'),
  person('qdu-tech', 'tenant_admin', '林思远', 'qdu-ttc', 'admin'),
  person('blue-valley', 'seller', '徐海峰', 'marine-equip-inst'),
  person('blue-valley', 'buyer', '朱晨阳', 'haisheng'),
  person('blue-valley', 'expert', '罗振宇', 'marine-equip-inst', 'member'),
  person('blue-valley', 'broker', '吴佳琪', 'bluevalley-ops', 'member'),
  person('blue-valley', 'investor', '杨帆', 'bluevalley-fund'),
  person('blue-valley', 'tenant_admin', '黄蓓蓓', 'bluevalley-ops', 'admin'),
];

/** Common surnames and given names, for contact people and inventors. */
export const SURNAMES = [
  '张',
  '王',
  '李',
  '刘',
  '陈',
  '杨',
  '赵',
  '黄',
  '周',
  '吴',
  '徐',
  '孙',
  '马',
  '朱',
  '胡',
  '郭',
  '何',
  '高',
  '林',
  '罗',
  '郑',
  '梁',
  '宋',
  '谢',
  '韩',
  '唐',
  '冯',
  '于',
  '董',
  '曲',
  '姜',
  '丛',
];
export const GIVEN_NAMES = [
  '海涛',
  '晓明',
  '志强',
  '丽娜',
  '建国',
  '春燕',
  '立新',
  '文静',
  '宏伟',
  '雪梅',
  '国栋',
  '玉兰',
  '振华',
  '晓燕',
  '俊峰',
  '慧敏',
  '永刚',
  '秀英',
  '子涵',
  '浩然',
  '欣怡',
  '思远',
  '雨轩',
  '嘉琪',
  '明轩',
  '梓萱',
  '鹏',
  '磊',
  '洋',
  '婷',
  '静',
  '军',
];
