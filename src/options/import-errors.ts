// An import's failure in the owner's words. The parsers (src/import/) say precisely what is
// wrong and where ("notes.txt, byte 0: …"), for a bug report; the owner needs to know what
// happened and what to do. A parser's `code` wins where it gives one; otherwise the kind is read
// from the parser's own wording, which is stable text in src/import/*.ts.

export const IMPORT_ERROR_KINDS = [
  'truncated',
  'empty',
  'wrongFile',
  'wrongPart',
  'encrypted',
  'tooLarge',
  'encoding',
  'backup',
  'damaged',
  'unknown',
] as const;
export type ImportErrorKind = (typeof IMPORT_ERROR_KINDS)[number];

// Most specific first: "cut short" is a damaged file too, but the cure is a new download.
const PATTERNS: [ImportErrorKind, RegExp][] = [
  ['truncated', /cut short|ends in the middle|ends inside|never closed|past the end|incomplete export/i],
  ['empty', /the file is empty/i],
  ['encrypted', /encrypted|password/i],
  ['tooLarge', /larger than|inflate|zip bomb|more than the/i],
  ['encoding', /UTF-8|encoding/i],
  ['backup', /Postcoach backup|backup version/i],
  ['wrongPart', /not the posts; choose|no posts file found/i],
  [
    'wrongFile',
    /not a file Postcoach can import|not one Postcoach can import|is not an X tweets file|is not a Mastodon outbox|not a Facebook or Instagram posts file|not a readable CAR file/i,
  ],
  ['damaged', /damaged|not valid|corrupt|forged|loop|deeper than|no root|not a repository|should be a list/i],
];

export function importErrorKind(error: unknown): ImportErrorKind {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && (IMPORT_ERROR_KINDS as readonly string[]).includes(code)) {
    return code as ImportErrorKind;
  }
  const problem =
    (error as { problem?: unknown } | null)?.problem ??
    (error instanceof Error ? error.message : String(error));
  for (const [kind, re] of PATTERNS) if (re.test(String(problem))) return kind;
  return 'unknown';
}

/** The catalog key of each kind's message (`import_error_<kind>`). */
export const importErrorKey = (kind: ImportErrorKind) => `import_error_${kind}`;
