const ACCENTS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/**
 * URL slug: lower case, German umlauts transliterated, other accents stripped,
 * runs of non-alphanumerics collapsed to a single dash.
 *
 * @example toSlug('Grüße aus Köln!') // 'gruesse-aus-koeln'
 */
export function toSlug(title: string, maxLength = 60): string {
  const base = title
    .toLowerCase()
    .replace(/[äöüß]/g, (c) => ACCENTS[c] ?? c)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return base.slice(0, maxLength).replace(/-+$/, '');
}

/** True when `s` already is a valid slug. */
export function isSlug(s: string): boolean {
  return /^[a-z0-9]+(-[a-z0-9]+)*$/.test(s);
}
