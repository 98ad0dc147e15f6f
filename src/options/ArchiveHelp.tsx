// "How to get your archive": for each platform the importer reads, where to ask for the data
// download, which file to choose, and how long the platform usually takes. Sources, per platform
// (the help pages; the waits as the platforms or their users report them):
// - X: help.x.com/en/managing-your-account/how-to-download-your-x-archive (Settings and privacy →
//   Your account → Download an archive of your data); "24 hours or more" (Ars Technica via
//   kdbwebsolutions.com), "preparation may take several days" (grokipedia.com/page/X_data_archive).
// - LinkedIn: linkedin.com/help/linkedin/answer/a1339364 (Settings & Privacy → Data privacy → Get a
//   copy of your data); a chosen category "within minutes", the larger archive "within 24 hours",
//   the link lasts 72 hours.
// - Facebook: facebook.com/help/212802592074644 (Accounts Center → Your information and
//   permissions → Download your information; choose JSON); ready in minutes to a few days.
// - Instagram: help.instagram.com/181231772500920 (the same Accounts Center path; JSON); "may take
//   up to 48 hours" (engageweb.co.uk, quoting Instagram), the link lasts four days.
// - Mastodon: docs.joinmastodon.org/user/moving/ (Preferences → Import and export → Request your
//   archive), once every 7 days (Mastodon 2.3.0 release notes, quoted on libraries.io
//   mastodon-archive); usually ready in minutes, announced by email.
// - Bluesky: Settings → Account → Export my data downloads the repository .car at once
//   (docs.bsky.app/blog/repo-export; wisechecker.com "Settings > Account > Export my data").
import { useI18n } from '../ui/i18n';

export const ARCHIVE_PLATFORMS = ['x', 'linkedin', 'facebook', 'instagram', 'mastodon', 'bluesky'] as const;
export type ArchivePlatform = (typeof ARCHIVE_PLATFORMS)[number];

/** The platforms' own help pages, opened by the owner's click. */
export const ARCHIVE_HELP_URLS: Record<ArchivePlatform, string> = {
  x: 'https://help.x.com/en/managing-your-account/how-to-download-your-x-archive',
  linkedin: 'https://www.linkedin.com/help/linkedin/answer/a1339364',
  facebook: 'https://www.facebook.com/help/212802592074644',
  instagram: 'https://help.instagram.com/181231772500920',
  mastodon: 'https://docs.joinmastodon.org/user/moving/',
  bluesky: 'https://docs.bsky.app/blog/repo-export',
};

export function ArchiveHelp() {
  const { t } = useI18n();
  return (
    <section class="archive-help" aria-labelledby="archive-help">
      <h4 id="archive-help">{t('archive_help_title')}</h4>
      {ARCHIVE_PLATFORMS.map((p) => (
        <details key={p} data-archive={p}>
          <summary>{t(`platform_${p}`)}</summary>
          <dl>
            <dt>{t('archive_help_where')}</dt>
            <dd>{t(`archive_${p}_where`)}</dd>
            <dt>{t('archive_help_file')}</dt>
            <dd>{t(`archive_${p}_file`)}</dd>
            <dt>{t('archive_help_wait')}</dt>
            <dd>{t(`archive_${p}_wait`)}</dd>
          </dl>
          <a href={ARCHIVE_HELP_URLS[p]} target="_blank" rel="noopener noreferrer">
            {t('archive_help_link', [t(`platform_${p}`)])}
          </a>
        </details>
      ))}
    </section>
  );
}
