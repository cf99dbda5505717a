// CPU time the hypervisor took from this virtual machine ("steal", /proc/stat), per CPU.
// On a shared VM it comes in bursts of milliseconds, which is the same order as the 99th
// percentile being measured: each row of the benchmark shows the steal during its run, so a
// bad tail can be told apart from a slow server.

import { readFileSync } from 'node:fs';

type Sample = Map<number, { steal: number; total: number }>;

function sample(): Sample | null {
  let text: string;
  try {
    text = readFileSync('/proc/stat', 'utf8');
  } catch {
    return null; // not Linux: no steal figures
  }
  const cpus: Sample = new Map();
  for (const line of text.split('\n')) {
    const match = /^cpu(\d+)\s+(.*)$/.exec(line);
    if (!match) continue;
    const ticks = (match[2] ?? '').trim().split(/\s+/).map(Number);
    // user nice system idle iowait irq softirq steal guest guest_nice; guests are inside user.
    const counted = ticks.slice(0, 8);
    cpus.set(Number(match[1]), { steal: ticks[7] ?? 0, total: counted.reduce((a, b) => a + b, 0) });
  }
  return cpus;
}

/** Starts measuring; the returned function gives the steal of `cpu` since then, in percent. */
export function measureSteal(): (cpu?: number) => number | null {
  const before = sample();
  return (cpu) => {
    const after = sample();
    if (!before || !after) return null;
    const ids = cpu === undefined ? [...after.keys()] : [cpu];
    let steal = 0;
    let total = 0;
    for (const id of ids) {
      const a = before.get(id);
      const b = after.get(id);
      if (!a || !b) continue;
      steal += b.steal - a.steal;
      total += b.total - a.total;
    }
    return total > 0 ? (steal / total) * 100 : null;
  };
}
