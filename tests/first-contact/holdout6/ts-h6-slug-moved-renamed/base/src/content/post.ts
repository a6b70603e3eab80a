import { toUrlSlug, truncate } from "../utils/strings";

export interface FrontMatter {
  title: string;
  date: string; // YYYY-MM-DD
  slug?: string;
  summary?: string;
}

export interface Post {
  title: string;
  url: string;
  excerpt: string;
}

/** Build the public view of a post: its permalink /YYYY/MM/slug/ and a 140-character excerpt. */
export function toPost(meta: FrontMatter, body: string): Post {
  const [year, month] = meta.date.split("-");
  const slug = meta.slug ?? toUrlSlug(meta.title);
  return {
    title: meta.title,
    url: `/${year}/${month}/${slug}/`,
    excerpt: meta.summary ?? truncate(body.replace(/\s+/g, " ").trim(), 140),
  };
}
