// The Markdown export: headings, lists and tables a chat or a notes app shows as they are.
import type { WeeklySummary } from '../summary/summary';
import { type ExportOptions, outcomeLines, rows, ruleLabel, signed } from './common';

/** Escapes text for Markdown so that user words (KPI names) are never read as markup. */
export function escapeMarkdown(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, (c) => `\\${c}`).replace(/\r\n|[\r\n\u2028\u2029]/g, ' ');
}

export function summaryToMarkdown(s: WeeklySummary, o: ExportOptions): string {
  const { t, num } = o;
  const { share, platformRows, intentRows, goalRows } = rows(s, o);
  const out: string[] = [];
  out.push(`# ${t('summary_title', [s.week.startDate, s.week.endDate])}`, '');
  out.push(`- ${t('summary_posts')}: ${num(s.posts.length)} (${signed(s.change.posts, num)})`);
  out.push(`- ${t('summary_active_days')}: ${num(s.activeDays)}/${num(7)}`);
  out.push(
    `- ${t('summary_selling_share')}: ${share(s.selling.share)} (${t(`rule_${s.selling.rule.replace(/-/g, '_')}`)}: ≤ ${share(s.selling.max)})`,
  );
  out.push(
    `- ${t('summary_quality_median')}: ${s.qualityMedian === null ? '—' : num(s.qualityMedian)} (${signed(s.change.qualityMedian, num)})`,
  );
  out.push(
    `- ${t('summary_voice_median')}: ${s.voiceMedian === null ? '—' : num(s.voiceMedian)} (${signed(s.change.voiceMedian, num)})`,
  );
  out.push(`- ${t('summary_conversations')}: ${num(s.conversations)}`);
  out.push(`- ${t('summary_streak')}: ${num(s.streak)}`);
  out.push(`- ${t('summary_compose_time')}: ${num(Math.round(s.composeMs / 60000))} ${t('summary_minutes')}`);
  out.push(
    '',
    `## ${t('summary_by_platform')}`,
    '',
    `| ${t('summary_platform')} | ${t('summary_posts')} |`,
    '| --- | ---: |',
  );
  for (const [a, b] of platformRows) out.push(`| ${a} | ${b} |`);
  out.push(
    '',
    `## ${t('summary_by_intent')}`,
    '',
    `| ${t('summary_intent')} | ${t('summary_posts')} |`,
    '| --- | ---: |',
  );
  for (const [a, b] of intentRows) out.push(`| ${a} | ${b} |`);
  out.push(
    '',
    `## ${t('summary_goals')}`,
    '',
    `| ${t('summary_goal')} | ${t('summary_value')} | ${t('summary_target')} | |`,
    '| --- | ---: | ---: | --- |',
  );
  for (const r of goalRows) out.push(`| ${r.join(' | ')} |`);
  out.push('', `## ${t('summary_top_nudges')}`, '');
  if (!s.topNudges.length) out.push(t('summary_none'));
  s.topNudges.forEach((n, i) => {
    // A catalog's label is ours; a rule id's own words (an imported record's) are escaped.
    const label = ruleLabel(n.rule, t);
    const own = label !== ruleLabel(n.rule, (id) => id);
    out.push(
      `${i + 1}. ${own ? label : escapeMarkdown(label)} — ${t(`reason_${n.reason}`)} (${num(n.count)})`,
    );
  });
  if (s.kpis.length) {
    out.push(
      '',
      `## ${t('summary_kpis')}`,
      '',
      `| KPI | ${t('summary_value')} | ${t('summary_previous')} |`,
      '| --- | ---: | ---: |',
    );
    for (const k of s.kpis) {
      out.push(
        `| ${escapeMarkdown(k.kpi)} | ${k.value === null ? '—' : num(k.value)} | ${k.previous === null ? '—' : num(k.previous)} |`,
      );
    }
  }
  const works = outcomeLines(s, o);
  if (works) {
    out.push('', `## ${works.title}`, '');
    // Our own sentences, but a subject can carry a weekday name: escaped like any text.
    for (const line of works.lines) out.push(`- ${escapeMarkdown(line)}`);
  }
  out.push(
    '',
    `## ${t('summary_focus_next')}`,
    '',
    `**${t(`reason_${s.focus}`)}** — ${t(`summary_focus_${s.focus}`)}`,
    '',
  );
  return out.join('\n');
}
