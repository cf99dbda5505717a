/* TechMarket partner embed. On a partner page:
 *   <script src="https://market.example/embed.js" data-tenant="slug" data-sector="marine" data-lang="zh" async></script>
 * inserts an iframe with the storefront's listings, sized to its content. Inside that iframe the
 * same file (data-role="frame") reports the content height to the parent page. */
(() => {
  const me = document.currentScript;
  if (!me) return;
  const d = me.dataset;
  const TYPE = 'techmarket:height';

  if (d.role === 'frame') {
    let last = 0;
    const report = () => {
      const h = Math.ceil(document.documentElement.getBoundingClientRect().height);
      if (h !== last && window.parent !== window) {
        last = h;
        window.parent.postMessage({ type: TYPE, height: h }, '*');
      }
    };
    if (window.ResizeObserver) new ResizeObserver(report).observe(document.documentElement);
    window.addEventListener('load', report);
    report();
    return;
  }

  const base = new URL(me.src, location.href);
  const src = new URL('/embed/listings', base);
  for (const k of ['tenant', 'sector', 'lang', 'limit']) if (d[k]) src.searchParams.set(k, d[k]);
  const frame = document.createElement('iframe');
  frame.src = src.href;
  frame.title = d.title || (d.lang === 'en' ? 'Technologies' : '科技成果');
  frame.setAttribute('scrolling', 'no');
  frame.style.cssText = 'display:block;width:100%;height:360px;border:0;overflow:hidden';
  me.after(frame);

  window.addEventListener('message', (e) => {
    if (e.source !== frame.contentWindow || e.origin !== base.origin) return;
    const m = e.data;
    if (m && m.type === TYPE && typeof m.height === 'number' && m.height > 0) {
      frame.style.height = `${Math.min(Math.round(m.height), 10000)}px`;
    }
  });
})();
