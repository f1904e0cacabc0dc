/** A horizontal bar chart in SVG: one row per item, bars scaled to the largest value. */

/** One bar. */
export interface Bar {
  key: string;
  label: string;
  value: number;
  /** What the number says, e.g. "12 min · 30 visits". */
  text: string;
}

/** Props of Bars. */
export interface BarsProps {
  bars: Bar[];
  /** Accessible name of the chart. */
  title: string;
  width?: number;
}

const ROW = 26;
const LABEL_W = 170;

/** The chart; an empty list says so rather than drawing nothing. */
export function Bars({ bars, title, width = 640 }: BarsProps) {
  if (!bars.length) return <p className="muted">—</p>;
  const max = Math.max(...bars.map((b) => b.value), 1);
  const barW = width - LABEL_W - 250;
  return (
    <svg className="bars" role="img" aria-label={title} viewBox={`0 0 ${width} ${bars.length * ROW + 4}`} width="100%">
      {bars.map((b, i) => (
        <g key={b.key} transform={`translate(0 ${i * ROW + 2})`}>
          <text x={LABEL_W - 8} y={ROW / 2 + 4} textAnchor="end" className="label">{b.label}</text>
          <rect x={LABEL_W} y={3} height={ROW - 8} width={Math.max(2, (b.value / max) * barW)} rx={3} className="bar" />
          <text x={LABEL_W + Math.max(2, (b.value / max) * barW) + 6} y={ROW / 2 + 4} className="value">{b.text}</text>
        </g>
      ))}
    </svg>
  );
}

/** Props of Columns. */
export interface ColumnsProps {
  columns: { key: string; label: string; value: number }[];
  title: string;
  width?: number;
  height?: number;
}

/** A column chart in SVG (visitors per hour): labels under, values over each column. */
export function Columns({ columns, title, width = 640, height = 180 }: ColumnsProps) {
  if (!columns.length) return <p className="muted">—</p>;
  const max = Math.max(...columns.map((c) => c.value), 1);
  // Few hours make no wall-wide columns: a column is at most 60 units wide.
  const step = Math.min(width / columns.length, 60);
  const plot = height - 40;
  return (
    <svg className="columns" role="img" aria-label={title} viewBox={`0 0 ${width} ${height}`} width="100%">
      {columns.map((c, i) => {
        const h = Math.max(2, (c.value / max) * plot);
        const x = i * step + step * 0.15;
        return (
          <g key={c.key}>
            <rect x={x} y={plot + 16 - h} width={step * 0.7} height={h} rx={3} className="bar" />
            <text x={x + step * 0.35} y={plot + 12 - h} textAnchor="middle" className="value">{c.value}</text>
            <text x={x + step * 0.35} y={height - 6} textAnchor="middle" className="label">{c.label}</text>
          </g>
        );
      })}
    </svg>
  );
}
