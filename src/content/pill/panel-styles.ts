// The open panel's styles, scoped by the pill's shadow root and loaded with the panel
// (./panel.ts); the custom properties (colours, light and dark) come from ./styles.ts's :host.
export const PANEL_STYLES = `
.panel { position: absolute; width: 360px; max-width: calc(100vw - 16px); max-height: min(70vh, 560px); overflow: auto;
  background: var(--bg); color: var(--fg); border: 1px solid var(--line); border-radius: 12px;
  box-shadow: 0 12px 32px rgba(0,0,0,.18), 0 2px 6px rgba(0,0,0,.08); padding: 0 0 8px; font-size: 13px; }
.panel:focus { outline: none; }
.head { position: sticky; top: 0; display: flex; align-items: center; gap: 10px; padding: 12px 12px 10px 14px;
  background: var(--bg); border-bottom: 1px solid var(--line); }
.head h2 { flex: 1; margin: 0; font-size: 14px; font-weight: 700; }
.score { display: inline-flex; align-items: center; justify-content: center; width: 38px; height: 38px; border-radius: 50%;
  border: 3px solid var(--ok); font-weight: 700; font-size: 14px; }
.score[data-sev="tip"] { border-color: var(--tip); } .score[data-sev="warn"] { border-color: var(--warn); }
.score[data-sev="error"] { border-color: var(--error); }
.sub { display: block; font-size: 11px; color: var(--muted); font-weight: 400; }
.x { border: 0; background: transparent; width: 30px; height: 30px; border-radius: 8px; font-size: 18px; line-height: 1; color: var(--muted); }
.x:hover { background: var(--soft); color: var(--fg); }
.facts { display: grid; grid-template-columns: auto 1fr; gap: 4px 10px; margin: 10px 14px 4px; align-items: baseline; }
.facts dt { color: var(--muted); font-size: 12px; } .facts dd { margin: 0; }
.chip { display: inline-block; padding: 1px 8px; border-radius: 999px; font-weight: 600; font-size: 12px; background: var(--soft);
  border: 1px solid var(--line); }
.chip[data-intent="selling"] { border-color: var(--warn); } .chip[data-intent="listening"] { border-color: var(--ok); }
.chip[data-intent="sharing"] { border-color: var(--tip); }
q, .q { quotes: "\\201C" "\\201D"; font-style: normal; background: var(--soft); border-radius: 4px; padding: 0 3px; }
.over { color: var(--error); font-weight: 600; }
.empty { margin: 12px 14px; color: var(--muted); }
section { margin: 8px 8px 0; }
section h3 { margin: 8px 6px 4px; font-size: 11px; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); }
ul { list-style: none; margin: 0; padding: 0; }
li.nudge { position: relative; margin: 0 0 6px; padding: 8px 10px 8px 30px; border-radius: 8px; background: var(--soft);
  border: 1px solid transparent; }
li.nudge .sev { position: absolute; left: 9px; top: 8px; width: 14px; text-align: center; font-size: 12px; color: var(--ok); }
li.nudge[data-severity="tip"] .sev { color: var(--tip); } li.nudge[data-severity="warn"] .sev { color: var(--warn); }
li.nudge[data-severity="error"] .sev { color: var(--error); }
@media (prefers-color-scheme: dark) { li.nudge[data-severity="warn"] .sev { color: #d29922; } li.nudge[data-severity="error"] .sev { color: #f85149; }
  li.nudge[data-severity="tip"] .sev { color: #4493f8; } }
.msg { font-weight: 600; }
.why, .try { margin-top: 3px; color: var(--fg); }
.why b, .try b { color: var(--muted); font-weight: 600; margin-right: 4px; }
.acts { display: flex; gap: 6px; margin-top: 6px; flex-wrap: wrap; }
.acts button { border: 1px solid var(--line); background: var(--bg); border-radius: 6px; padding: 2px 8px; font-size: 12px; }
.acts button:hover { border-color: var(--muted); }
.note { margin: 8px 14px 0; color: var(--muted); font-size: 12px; }
.fold, .thread { margin: 8px 8px 0; }
.feed { margin: 0 6px; padding: 8px 10px; border: 1px solid var(--line); border-radius: 8px; white-space: pre-line;
  overflow-wrap: anywhere; }
.feed .more { color: var(--muted); font-weight: 600; margin-left: 4px; white-space: nowrap; }
.fold .note, .thread .note { margin: 4px 6px 0; }
.thread ol { margin: 6px 0 0; padding: 0; list-style: none; }
li.part { margin: 0 0 6px; padding: 8px 10px; border-radius: 8px; background: var(--soft); }
li.part .post { margin: 0; white-space: pre-line; overflow-wrap: anywhere; user-select: text; }
li.part .acts { align-items: center; justify-content: space-between; }
li.part .weight { color: var(--muted); font-size: 12px; }
`;
