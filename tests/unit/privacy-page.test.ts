// docs/privacy.md is shipped as the extension's privacy.html (scripts/privacy-page.ts).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { markdownToHtml } from '../../scripts/privacy-page';

describe('privacy page', () => {
  it('renders the repository document: headings, the storage table, lists', () => {
    const html = markdownToHtml(readFileSync(new URL('../../docs/privacy.md', import.meta.url), 'utf8'));
    expect(html).toContain('<h1>Postcoach and your data</h1>');
    expect(html).toContain('<h2>How to change or delete it</h2>');
    expect(html).toMatch(/<table><thead><tr><th>what<\/th><th>where<\/th><th>for how long<\/th>/);
    expect(html).toContain('<code>postcoach</code>');
    expect(html).toMatch(/<li><strong>Delete everything<\/strong>/);
  });

  it('escapes HTML in the text and keeps only web links as links', () => {
    const html = markdownToHtml(
      'A <script>alert(1)</script> & [doc](store-review.md) [site](https://example.com)',
    );
    expect(html).toBe(
      '<p>A &lt;script&gt;alert(1)&lt;/script&gt; &amp; doc <a href="https://example.com">site</a></p>',
    );
  });
});
