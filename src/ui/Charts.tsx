// Plain SVG charts with their numbers as text: each chart is an image with a label and a
// description, followed by a collapsible data table for screen readers and the curious.
import type { ComponentChildren } from 'preact';
import type { Intent } from '../core/types';
import { INTENTS } from '../core/types';
import { useI18n } from './i18n';

interface Frame {
  title: string;
  alt: string;
  table: { head: string[]; rows: string[][] };
  children: ComponentChildren;
  width: number;
  height: number;
}

function ChartFrame({ title, alt, table, children, width, height }: Frame) {
  const { t } = useI18n();
  return (
    <figure class="chart-figure">
      <figcaption>{title}</figcaption>
      <svg class="chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={`${title}. ${alt}`}>
        <title>{title}</title>
        <desc>{alt}</desc>
        {children}
      </svg>
      <details class="data">
        <summary>{t('popup_chart_data')}</summary>
        <table class="data">
          <thead>
            <tr>
              {table.head.map((h) => (
                <th key={h} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((r) => (
              <tr key={r[0]}>
                {r.map((c, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: fixed columns
                  <td key={i}>{c}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

export interface BarDatum {
  label: string;
  value: number;
  /** Marks the start of a week (a tick and a label under the bar). */
  tick?: string;
}

/** Vertical bars (posts per day). */
export function BarChart(props: { title: string; data: BarDatum[]; head: [string, string] }) {
  const { num } = useI18n();
  const W = 320;
  const H = 92;
  const base = 76;
  const max = Math.max(1, ...props.data.map((d) => d.value));
  const step = W / props.data.length;
  const alt = props.data.map((d) => `${d.label}: ${num(d.value)}`).join(', ');
  return (
    <ChartFrame
      title={props.title}
      alt={alt}
      width={W}
      height={H}
      table={{ head: props.head, rows: props.data.map((d) => [d.label, num(d.value)]) }}
    >
      <line class="axis" x1={0} x2={W} y1={base + 0.5} y2={base + 0.5} />
      {/* Text boxes are about 1.1 em above the baseline and 0.3 below (Noto's line box): the
          numbers and labels sit that far inside the frame, so none is clipped. */}
      <text x={2} y={11}>
        {num(max)}
      </text>
      {props.data.map((d, i) => {
        const h = d.value ? Math.max(2, (d.value / max) * (base - 12)) : 0;
        return (
          <g key={d.label}>
            <rect class="bar" x={i * step + step * 0.15} y={base - h} width={step * 0.7} height={h} rx={1.5}>
              <title>{`${d.label}: ${num(d.value)}`}</title>
            </rect>
            {d.tick ? (
              // A tick in the right half ends at its bar instead of starting there, so a week
              // that starts on one of the last days keeps its whole label ("30 Nov", not "30 N").
              i < props.data.length / 2 ? (
                <text x={i * step + step * 0.15} y={H - 4}>
                  {d.tick}
                </text>
              ) : (
                <text x={i * step + step * 0.85} y={H - 4} text-anchor="end">
                  {d.tick}
                </text>
              )
            ) : null}
          </g>
        );
      })}
    </ChartFrame>
  );
}

export interface MixDatum {
  label: string;
  mix: Record<Intent, number>;
}

/** One horizontal 100% bar per week: selling / listening / sharing. */
export function MixChart(props: { title: string; data: MixDatum[]; head: string[] }) {
  const { num, t } = useI18n();
  const W = 320;
  const rowH = 18;
  const labelW = 62;
  const H = props.data.length * rowH + 16;
  const alt = props.data
    .map((d) => `${d.label}: ${INTENTS.map((i) => `${t(`intent_${i}`)} ${num(d.mix[i])}`).join(', ')}`)
    .join('; ');
  return (
    <ChartFrame
      title={props.title}
      alt={alt}
      width={W}
      height={H}
      table={{
        head: props.head,
        rows: props.data.map((d) => [d.label, ...INTENTS.map((i) => num(d.mix[i]))]),
      }}
    >
      {props.data.map((d, row) => {
        const total = INTENTS.reduce((a, i) => a + d.mix[i], 0);
        let x = labelW;
        return (
          <g key={d.label}>
            <text x={2} y={row * rowH + 12}>
              {d.label}
            </text>
            {total === 0 ? (
              <rect
                x={labelW}
                y={row * rowH + 2}
                width={W - labelW}
                height={rowH - 6}
                class="axis"
                fill="none"
              />
            ) : (
              INTENTS.map((i) => {
                const w = (d.mix[i] / total) * (W - labelW);
                const r = (
                  <rect key={i} class={`fill-${i}`} x={x} y={row * rowH + 2} width={w} height={rowH - 6}>
                    <title>{`${t(`intent_${i}`)}: ${num(d.mix[i])}`}</title>
                  </rect>
                );
                x += w;
                return r;
              })
            )}
          </g>
        );
      })}
      <g transform={`translate(${labelW}, ${H - 4})`}>
        {INTENTS.map((i, k) => (
          <g key={i} transform={`translate(${k * 86}, 0)`}>
            <rect class={`fill-${i}`} x={0} y={-8} width={8} height={8} />
            <text x={11} y={0}>
              {t(`intent_${i}`)}
            </text>
          </g>
        ))}
      </g>
    </ChartFrame>
  );
}

/** A line of weekly values on a 0–100 scale (quality trend); gaps where a week has no posts. */
export function TrendChart(props: {
  title: string;
  data: { label: string; value: number | null }[];
  head: string[];
  /** The dashed goal line: the week's quality goal, the same number the Content tile names. */
  goal: number;
}) {
  const { num, t } = useI18n();
  const W = 320;
  // Room above the 100 line for its number (drawn 5 above the dot, about 9 high), so a week at
  // 100 keeps its label inside the frame.
  const H = 90;
  const top = 18;
  const base = 74;
  const padL = 44;
  const padR = 26;
  const step = props.data.length > 1 ? (W - padL - padR) / (props.data.length - 1) : 0;
  const pts = props.data.map((d, i) => ({
    x: padL + i * step,
    y: d.value === null ? null : base - ((base - top) * d.value) / 100,
    d,
  }));
  let path = '';
  let pen = false;
  for (const p of pts) {
    if (p.y === null) {
      pen = false;
      continue;
    }
    path += `${pen ? 'L' : 'M'}${p.x.toFixed(1)},${p.y.toFixed(1)}`;
    pen = true;
  }
  const alt = props.data.map((d) => `${d.label}: ${d.value === null ? '—' : num(d.value)}`).join(', ');
  const goalY = base - ((base - top) * Math.max(0, Math.min(100, props.goal))) / 100;
  return (
    <ChartFrame
      title={props.title}
      alt={alt}
      width={W}
      height={H}
      table={{
        head: props.head,
        rows: props.data.map((d) => [d.label, d.value === null ? '—' : num(d.value)]),
      }}
    >
      <line class="axis" x1={0} x2={W} y1={base} y2={base} />
      <line class="axis" x1={padL - 12} x2={W} y1={goalY} y2={goalY} stroke-dasharray="3 3" />
      <text x={2} y={goalY + 3}>
        {`${t('popup_chart_goal')} ${num(props.goal)}`}
      </text>
      <path class="line" d={path} />
      {pts.map((p) =>
        p.y === null ? null : (
          <g key={p.d.label}>
            <circle class="dot" cx={p.x} cy={p.y} r={3}>
              <title>{`${p.d.label}: ${num(p.d.value ?? 0)}`}</title>
            </circle>
            <text x={p.x} y={p.y - 5} text-anchor="middle">
              {num(p.d.value ?? 0)}
            </text>
          </g>
        ),
      )}
      {pts.map((p) => (
        <text key={`l${p.d.label}`} x={p.x} y={H - 4} text-anchor="middle">
          {p.d.label}
        </text>
      ))}
    </ChartFrame>
  );
}
