// The two message catalogs as the extension ships them, for tests that check the words.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Catalog } from '../../src/core/i18n';

export const catalog = (lang: 'en' | 'bn') =>
  JSON.parse(
    readFileSync(join(import.meta.dirname, `../../public/_locales/${lang}/messages.json`), 'utf8'),
  ) as Catalog;
