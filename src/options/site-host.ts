/** `fosstodon.org`, `https://fosstodon.org/home` → `fosstodon.org`; null when it is not a host name. */
export function siteHost(input: string): string | null {
  const raw = input.trim().toLowerCase();
  if (!raw) return null;
  try {
    const url = new URL(/^[a-z]+:\/\//.test(raw) ? raw : `https://${raw}`);
    if (url.protocol !== 'https:' || !/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(url.hostname)) return null;
    return url.hostname;
  } catch {
    return null;
  }
}
