// The embed's whole stylesheet, inlined under the page's nonce: one request fewer in the frame.
export const EMBED_CSS = [
  ':root{--brand:#0b4f9c;--accent:#b4380b;--ink:#1c2330;--muted:#5a6474;--line:#d9dee6;',
  'font:14px/1.5 system-ui,-apple-system,"PingFang SC","Hiragino Sans GB","Noto Sans CJK SC","Microsoft YaHei",sans-serif;color:var(--ink)}',
  'body{margin:0;background:#fff}',
  '.bar{display:flex;align-items:center;gap:.5rem;padding:.5rem .75rem;background:var(--brand);color:#fff}',
  '.bar span{margin-left:auto;font-size:.85em;opacity:.9}',
  'ul{list-style:none;margin:0;padding:0}',
  'li{padding:.55rem .75rem;border-bottom:1px solid var(--line)}',
  'li a{color:var(--brand);font-weight:600;text-decoration:none}',
  'li a:hover{text-decoration:underline}',
  'a:focus-visible{outline:2px solid var(--accent);outline-offset:2px}',
  '.meta{margin:.2rem 0 0;display:flex;flex-wrap:wrap;gap:.35rem;align-items:center;color:var(--muted);font-size:.85em}',
  '.tag{border:1px solid var(--line);border-radius:4px;padding:0 .35rem}',
  '.price{margin-left:auto;color:var(--accent);font-weight:600}',
  '.empty,.more{margin:0;padding:.55rem .75rem}',
  '.more a{color:var(--brand)}',
].join('');
