// What every section of the options page gets: the settings as they are now and one way to
// change them. Each section shows "Saved." (or the error) in its own status line, next to the
// choice that was made, in the page's flow: nothing floats over the text.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Settings } from '../core/model';
import { useI18n } from '../ui/i18n';

/** Saves `patch`; `apply` also re-applies privacy and retention to what is stored. */
export type Update = (patch: Partial<Settings>, apply?: boolean) => Promise<void>;

export interface SectionProps {
  s: Settings;
  update: Update;
}

/** A section's status line and a wrapper that fills it from a save's outcome. */
export function useSectionStatus(): [
  string,
  (work: Promise<unknown>, done?: string) => Promise<boolean>,
  (m: string) => void,
] {
  const { t } = useI18n();
  const [status, setStatus] = useState('');
  const run = async (work: Promise<unknown>, done = t('options_saved')) => {
    try {
      await work;
      setStatus(done);
      return true;
    } catch (e) {
      setStatus(e instanceof Error ? e.message : String(e));
      return false;
    }
  };
  return [status, run, setStatus];
}

/** The line itself: always takes its height, so text never jumps when it appears. */
export function SectionStatus({ text }: { text: string }) {
  return (
    <p class="section-status" role="status">
      {text}
    </p>
  );
}

/** A card of the options page: its heading with the status line beside it, then its fields. */
export function Section(props: { id: string; title: string; status: string; children: ComponentChildren }) {
  return (
    <section class="card" aria-labelledby={props.id}>
      <div class="section-head">
        <h2 id={props.id}>{props.title}</h2>
        <SectionStatus text={props.status} />
      </div>
      {props.children}
    </section>
  );
}
