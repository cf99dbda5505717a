// Server-rendered SVG bar charts: no script, no library; the same numbers follow in a table
// for screen readers and for anyone who prefers text.

export interface Bar {
  label: string;
  value: number;
}

const W = 640;
const ROW = 26;
const LABEL_W = 190;

/** Horizontal bars: long category names (sectors) read best this way, also on a phone. */
export function HBarChart({ bars, title }: { bars: Bar[]; title: string }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const h = bars.length * ROW + 10;
  const span = W - LABEL_W - 50;
  return (
    <svg class="chart" viewBox={`0 0 ${W} ${h}`} role="img" aria-label={title}>
      <title>{title}</title>
      {bars.map((b, i) => {
        const y = 5 + i * ROW;
        const w = Math.round((b.value / max) * span);
        return (
          <g>
            <text x={LABEL_W - 8} y={y + 17} text-anchor="end">
              {b.label}
            </text>
            <rect
              class="bar"
              x={LABEL_W}
              y={y + 4}
              width={Math.max(w, b.value > 0 ? 2 : 0)}
              height={ROW - 8}
              rx="3"
            />
            <text x={LABEL_W + w + 6} y={y + 17}>
              {String(b.value)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** Vertical columns for a time series (months). */
export function ColumnChart({ bars, title }: { bars: Bar[]; title: string }) {
  const H = 220;
  const base = H - 30;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const step = (W - 20) / Math.max(1, bars.length);
  return (
    <svg class="chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={title}>
      <title>{title}</title>
      <line class="axis" x1="10" y1={base} x2={W - 10} y2={base} />
      {bars.map((b, i) => {
        const h = Math.round((b.value / max) * (base - 30));
        const x = 10 + i * step + step * 0.15;
        return (
          <g>
            <rect class="bar" x={x} y={base - h} width={step * 0.7} height={h} rx="3" />
            <text x={x + step * 0.35} y={base - h - 6} text-anchor="middle">
              {String(b.value)}
            </text>
            <text x={x + step * 0.35} y={base + 18} text-anchor="middle">
              {b.label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
