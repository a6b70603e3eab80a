import { toTitleCase } from './text.js';

export interface MenuItem {
  label: string;
  href: string;
}

/** Menu entries from slugs like 'terms-of-use' -> 'Terms of Use' at '/terms-of-use'. */
export function menuFromSlugs(slugs: string[]): MenuItem[] {
  return slugs.map((slug) => ({ label: toTitleCase(slug.replace(/-/g, ' ')), href: `/${slug}` }));
}
