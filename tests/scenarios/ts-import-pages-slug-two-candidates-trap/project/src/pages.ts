/** Where each page of the site lives. */
export interface Page {
  title: string;
  section?: string;
}

export function pathFor(page: Page): string {
  const slug = slugify(page.title);
  return page.section ? `/${slugify(page.section)}/${slug}` : `/${slug}`;
}
