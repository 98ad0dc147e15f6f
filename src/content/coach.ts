// The coach: the engine and the open panel, in one lazy chunk (./load-coach.ts loads it). The
// content script's first load is then site detection, the watcher and the pill's button only;
// the coach comes at the first composer the user works in (scripts/targets.ts makes the chunk
// self-contained for Chrome; Firefox's classic script inlines it). The engine and the panel
// share their text code (counting, graphemes), so they travel together rather than twice. The
// owner's personal tips (core/personal.ts) read the same features the engine computes.
export { analyze } from '../core/analyze';
export { personalFindings } from '../core/personal';
export { PANEL_STYLES, renderPanel } from './pill/panel';
