import { truncate } from "../utils/strings";
import { permalink, slugify } from "./permalink";

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
  return {
    title: meta.title,
    url: permalink(meta.date, meta.slug ?? slugify(meta.title)),
    excerpt: meta.summary ?? truncate(body.replace(/\s+/g, " ").trim(), 140),
  };
}
