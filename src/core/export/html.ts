// The HTML export: one self-contained printable page, charts as inline SVG, every text escaped.
import type { WeeklySummary } from '../summary/summary';
import { INTENTS, type Intent } from '../types';
import { type ExportOptions, outcomeLines, rows, ruleLabel, signed } from './common';

export function escapeHtml(s: string): string {
  return s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

const INTENT_COLORS: Record<Intent, string> = {
  selling: '#c2410c',
  listening: '#0f766e',
  sharing: '#4338ca',
};

const BAR_MAX = 120;
const BAR_BASE = 144;
const BAR_HEIGHT = BAR_BASE + 28;

/** Short weekday names of the week's seven days, in the week's time zone ("Mon", "সোম"). */
export function weekdayNames(s: WeeklySummary, lang: 'en' | 'bn'): string[] {
  const f = new Intl.DateTimeFormat(lang === 'bn' ? 'bn-BD' : 'en-GB', {
    weekday: 'short',
    timeZone: s.week.timeZone,
  });
  return s.week.days.slice(0, 7).map((d) => f.format(d));
}

/**
 * The page's style. Table cells wrap between words only (`overflow-wrap: break-word` never
 * shrinks a column below its longest word, where `anywhere` split "Facebook" in two); a table
 * wider than a narrow window scrolls inside its frame instead. On paper nothing can scroll, so
 * there a post's own text may break a long link. In print: A4, the week's summary on one page
 * and the list of posts from the next.
 */
const STYLE = `body{font:14px/1.5 system-ui,"Noto Sans Bengali",sans-serif;margin:2rem auto;max-width:52rem;color:#111;background:#fff;padding:0 1rem}
h1{font-size:1.5rem}h2{font-size:1.1rem;margin-top:1.6rem;border-bottom:1px solid #ddd}
.table-wrap{overflow-x:auto}.pair{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,20rem),1fr));gap:0 1.5rem}.pair>div{min-width:0}
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top;overflow-wrap:break-word;word-break:normal;hyphens:manual}
.kpis{display:grid;grid-template-columns:repeat(auto-fit,minmax(9rem,1fr));gap:.5rem}
.kpis div{border:1px solid #ccc;border-radius:6px;padding:.5rem}.kpis b{display:block;font-size:1.3rem}
svg{max-width:100%;height:auto}
.legend span{margin-right:1rem;white-space:nowrap}.legend i{display:inline-block;width:.8rem;height:.8rem;margin-right:.3rem;vertical-align:middle;print-color-adjust:exact;-webkit-print-color-adjust:exact}
@page{size:A4;margin:12mm}
@media print{table.posts td:last-child{overflow-wrap:anywhere}body{margin:0;max-width:none;padding:0;font-size:9pt;line-height:1.3}h1{font-size:14pt;margin:0 0 .3rem}h2{break-after:avoid;margin:.5rem 0 .2rem;font-size:10.5pt}
.pair{grid-template-columns:1fr 1fr}.kpis{grid-template-columns:repeat(4,1fr)}.kpis div{padding:.25rem .4rem}.kpis b{font-size:1.1rem}th,td{padding:.1rem .35rem}table{margin:.25rem 0}p,ol{margin:.25rem 0}
.table-wrap{overflow:visible}.week-page{break-after:page}svg,.kpis,tr{break-inside:avoid}svg rect{print-color-adjust:exact;-webkit-print-color-adjust:exact}}`;

/** A printable, self-contained HTML page with its charts as inline SVG; every text is escaped. */
export function summaryToHtml(s: WeeklySummary, o: ExportOptions): string {
  const { t, num } = o;
  const e = escapeHtml;
  const { share, platformRows, intentRows, goalRows } = rows(s, o);
  const works = outcomeLines(s, o);
  const max = Math.max(1, ...s.perDay);
  const dayNames = weekdayNames(s, o.lang);
  // The tallest bar leaves room above it for its number, the day names have their own band below:
  // nothing is drawn outside the viewBox, so nothing is clipped on screen or on paper.
  const bars = s.perDay
    .map((c, i) => {
      const h = Math.round((c / max) * BAR_MAX);
      const top = BAR_BASE - h;
      return `<g><rect x="${20 + i * 60}" y="${top}" width="40" height="${h}" fill="#4338ca"><title>${e(`${dayNames[i]}: ${num(c)}`)}</title></rect><text x="${40 + i * 60}" y="${top - 6}" text-anchor="middle" font-size="12">${e(num(c))}</text><text x="${40 + i * 60}" y="${BAR_BASE + 18}" text-anchor="middle" font-size="12">${e(dayNames[i]!)}</text></g>`;
    })
    .join('');
  const total = Math.max(1, s.posts.length);
  let x = 0;
  const mix = INTENTS.map((i) => {
    const w = (s.byIntent[i] / total) * 420;
    const r = `<rect x="${x}" y="0" width="${w}" height="28" fill="${INTENT_COLORS[i]}"><title>${e(`${t(`intent_${i}`)}: ${num(s.byIntent[i])}`)}</title></rect>`;
    x += w;
    return r;
  }).join('');
  const table = (head: string[], body: readonly (readonly string[])[], cls = '') =>
    `<div class="table-wrap"><table${cls ? ` class="${cls}"` : ''}><thead><tr>${head.map((h) => `<th>${e(h)}</th>`).join('')}</tr></thead><tbody>${body
      .map((r) => `<tr>${r.map((c) => `<td>${e(c)}</td>`).join('')}</tr>`)
      .join('')}</tbody></table></div>`;
  const perDayAlt = s.perDay.map((c, i) => `${dayNames[i]}: ${num(c)}`).join(', ');
  const mixAlt = INTENTS.map((i) => `${t(`intent_${i}`)} ${num(s.byIntent[i])}`).join(', ');
  const postRows = s.posts.map((p) => [
    o.dateTime(p.time),
    t(`platform_${p.platform}`),
    t(`intent_${p.intent}`),
    num(p.quality),
    num(p.voice),
    p.text ?? '',
  ]);
  return `<!doctype html>
<html lang="${o.lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${e(t('summary_title', [s.week.startDate, s.week.endDate]))}</title>
<style>
${STYLE}
</style></head><body>
<section class="week-page">
<h1>${e(t('summary_title', [s.week.startDate, s.week.endDate]))}</h1>
<div class="kpis">
<div>${e(t('summary_posts'))}<b>${e(num(s.posts.length))}</b>${e(signed(s.change.posts, num))}</div>
<div>${e(t('summary_selling_share'))}<b>${e(share(s.selling.share))}</b>≤ ${e(share(s.selling.max))}</div>
<div>${e(t('summary_quality_median'))}<b>${e(s.qualityMedian === null ? '—' : num(s.qualityMedian))}</b>${e(signed(s.change.qualityMedian, num))}</div>
<div>${e(t('summary_streak'))}<b>${e(num(s.streak))}</b></div>
</div>
<div class="pair"><div>
<h2>${e(t('summary_chart_per_day'))}</h2>
<svg role="img" aria-label="${e(perDayAlt)}" viewBox="0 0 440 ${BAR_HEIGHT}" width="440" height="${BAR_HEIGHT}"><title>${e(t('summary_chart_per_day'))}</title><desc>${e(perDayAlt)}</desc>${bars}</svg>
</div><div>
<h2>${e(t('summary_by_intent'))}</h2>
<svg role="img" aria-label="${e(mixAlt)}" viewBox="0 0 420 28" width="420" height="28"><title>${e(t('summary_by_intent'))}</title><desc>${e(mixAlt)}</desc>${mix}</svg>
<p class="legend">${INTENTS.map((i) => `<span><i style="background:${INTENT_COLORS[i]}"></i>${e(`${t(`intent_${i}`)} ${num(s.byIntent[i])}`)}</span>`).join('')}</p>
${table([t('summary_intent'), t('summary_posts')], intentRows)}
</div></div>
<div class="pair"><div>
<h2>${e(t('summary_by_platform'))}</h2>
${table([t('summary_platform'), t('summary_posts')], platformRows)}
</div><div>
<h2>${e(t('summary_top_nudges'))}</h2>
${s.topNudges.length ? `<ol>${s.topNudges.map((n) => `<li>${e(ruleLabel(n.rule, t))} — ${e(t(`reason_${n.reason}`))} (${e(num(n.count))})</li>`).join('')}</ol>` : `<p>${e(t('summary_none'))}</p>`}
</div></div>
<h2>${e(t('summary_goals'))}</h2>
${table([t('summary_goal'), t('summary_value'), t('summary_target'), ''], goalRows)}
<div class="pair">${
    s.kpis.length
      ? `<div><h2>${e(t('summary_kpis'))}</h2>${table(
          ['KPI', t('summary_value'), t('summary_previous')],
          s.kpis.map((k) => [
            k.kpi,
            k.value === null ? '—' : num(k.value),
            k.previous === null ? '—' : num(k.previous),
          ]),
        )}</div>`
      : ''
  }${works ? `<div class="what-works">\n<h2>${e(works.title)}</h2>\n<ul>${works.lines.map((l) => `<li>${e(l)}</li>`).join('')}</ul>\n</div>` : ''}<div>
<h2>${e(t('summary_focus_next'))}</h2>
<p><strong>${e(t(`reason_${s.focus}`))}</strong> — ${e(t(`summary_focus_${s.focus}`))}</p>
</div></div>
</section>
<h2>${e(t('summary_posts_list'))}</h2>
${table([t('summary_when'), t('summary_platform'), t('summary_intent'), t('summary_quality'), t('summary_voice'), t('summary_text')], postRows, 'posts')}
</body></html>
`;
}
