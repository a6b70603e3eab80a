import type { Equal, Expect } from "./helpers";
import { buildPath, matchPath, type ParamNames, type Params } from "../src/routes";

export type NameCases = [
  Expect<Equal<ParamNames<"/users/:id">, "id">>,
  Expect<Equal<ParamNames<"/users/:id/posts/:postId">, "id" | "postId">>,
  Expect<Equal<ParamNames<"/about">, never>>,
  Expect<Equal<ParamNames<"/posts/:slug/:page?">, "slug" | "page">>,
];

export type ParamCases = [
  Expect<Equal<Params<"/users/:id">, { id: string }>>,
  Expect<Equal<Params<"/orgs/:org/repos/:repo/issues/:n">, { org: string; repo: string; n: string }>>,
  Expect<Equal<Params<"/">, {}>>,
  Expect<Equal<Params<"/posts/:slug/:page?">, { slug: string; page?: string }>,
  Expect<Equal<Params<"/files/:path?">, { path?: string }>>,
];

// buildPath only accepts the params of its pattern
export const built: string = buildPath("/users/:id/posts/:postId", { id: "1", postId: "2" });
// @ts-expect-error postId is missing
buildPath("/users/:id/posts/:postId", { id: "1" });
// optional params may be left out
export const firstPage: string = buildPath("/posts/:slug/:page?", { slug: "hello" });

const matched = matchPath("/users/:id", "/users/42");
export const id: string | undefined = matched?.id;
