// `npm run bench`: every benchmark, each printing its own table. BENCH_ONLY=api|search picks one.
import { runApiBench } from './api';

const only = process.env.BENCH_ONLY;
if (!only || only === 'api') await runApiBench();
if (!only || only === 'search') {
  const { runSearchBench } = await import('./search');
  await runSearchBench();
}
