import { createApp } from './app';
const app: any = createApp({ config: {} } as any);
app.request('/health').catch(() => {});
const r = app.router;
const paths = Array.from({ length: 100 }, (_, i) => `/v1/listings/lst_01M85XVYTEEADVJGB9VEFFPQ${String(i).padStart(2, '0')}`);
for (let k = 0; k < 3; k++) {
  const t = performance.now(); let n = 0;
  for (let i = 0; i < 200000; i++) n += r.match('GET', paths[i % 100])[0].length;
  console.log(r.name, ((performance.now() - t) * 1000 / 200000).toFixed(2), 'µs/match', n / 200000, 'handlers');
}
