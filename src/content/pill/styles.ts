// The pill's styles (the button and the offer beside it), scoped by the shadow root; the open
// panel's are in ./panel-styles.ts, loaded with it. Colours carry a text and icon
// equivalent (✓ ● ▲ ✖ and the words in the aria-label), and meet 4.5:1 against white text.
export const STYLES = `
:host { all: initial; position: fixed; top: 0; left: 0; z-index: 2147483000; display: block;
  font: 12px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans Bengali", sans-serif;
  --ok: #1a7f37; --tip: #0969da; --warn: #9a6700; --error: #cf222e;
  --bg: #ffffff; --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --soft: #f6f8fa; --ring: #0969da;
  color-scheme: light dark; }
:host([hidden]) { display: none; }
@media (prefers-color-scheme: dark) {
  :host { --bg: #1c2128; --fg: #e6edf3; --muted: #9198a1; --line: #3d444d; --soft: #262c36; --ring: #4493f8;
    --ok: #238636; --tip: #1f6feb; --warn: #9e6a03; --error: #da3633; }
}
* { box-sizing: border-box; }
button { font: inherit; color: inherit; cursor: pointer; }
button:focus-visible, [tabindex]:focus-visible { outline: 2px solid var(--ring); outline-offset: 2px; }
.pill { display: inline-flex; align-items: center; gap: 6px; height: 26px; padding: 0 10px 0 8px; border: 0;
  border-radius: 999px; color: #fff; background: var(--ok); font-weight: 600; font-size: 12px; letter-spacing: .01em;
  box-shadow: 0 1px 2px rgba(0,0,0,.18), 0 2px 8px rgba(0,0,0,.12); white-space: nowrap; opacity: .96;
  transition: transform .12s ease, opacity .12s ease; }
.pill:hover { opacity: 1; transform: translateY(-1px); }
.pill[data-sev="tip"] { background: var(--tip); }
.pill[data-sev="warn"] { background: var(--warn); }
.pill[data-sev="error"] { background: var(--error); }
.pill[data-sev="idle"] { background: var(--muted); }
.pill .icon { font-size: 11px; width: 12px; text-align: center; }
.pill .n { display: inline-flex; align-items: center; justify-content: center; min-width: 18px; height: 18px;
  padding: 0 5px; border-radius: 999px; background: rgba(255,255,255,.24); font-size: 11px; }
.offer { margin-left: 6px; height: 26px; padding: 0 10px; border: 1px solid var(--line); border-radius: 999px;
  background: var(--bg); color: var(--fg); font-weight: 600; font-size: 12px; box-shadow: 0 1px 2px rgba(0,0,0,.18); }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;
