import type { Locale } from '../../../schema/enums';

// The notification mail, in the user's language. Plain text: it goes through any Mailer.

const TEXT = {
  zh: {
    subject: '【{site}】有新的科技成果符合您保存的搜索“{search}”',
    body: [
      '{user}，您好：',
      '',
      '您在{site}保存的搜索“{search}”有一项新发布的科技成果：',
      '',
      '{title}',
      '{url}',
      '',
      '查看全部结果：{searchUrl}',
      '',
      '不想再收到此类邮件？请在“我的工作台 → 保存的搜索”中关闭提醒。',
    ],
  },
  en: {
    subject: '[{site}] New technology matching your saved search "{search}"',
    body: [
      'Hello {user},',
      '',
      'A newly published technology on {site} matches your saved search "{search}":',
      '',
      '{title}',
      '{url}',
      '',
      'All results: {searchUrl}',
      '',
      'To stop these emails, turn off notifications under Dashboard → Saved searches.',
    ],
  },
} as const;

export interface SavedSearchMail {
  site: string;
  user: string;
  search: string;
  title: string;
  url: string;
  searchUrl: string;
}

const fill = (text: string, vars: SavedSearchMail) =>
  text.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? vars[k as keyof SavedSearchMail] : m));

export function savedSearchMail(locale: Locale, vars: SavedSearchMail): { subject: string; text: string } {
  const t = TEXT[locale] ?? TEXT.zh;
  return { subject: fill(t.subject, vars), text: t.body.map((line) => fill(line, vars)).join('\n') };
}
