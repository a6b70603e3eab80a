import { createServer } from "node:http";
import { paginate } from "./paginate.js";

const products = Array.from({ length: 57 }, (_, i) => ({ id: i + 1, name: `Product ${i + 1}` }));

/** Handle GET /products?page=&per_page= */
export function handle(url) {
  const u = new URL(url, "http://localhost");
  const page = Number(u.searchParams.get("page") ?? 1);
  const perPage = Number(u.searchParams.get("per_page") ?? 20);
  return paginate(products, page, perPage);
}

if (process.argv[1] && process.argv[1].endsWith("server.js")) {
  createServer((req, res) => {
    try {
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify(handle(req.url ?? "/")));
    } catch (err) {
      res.statusCode = 400;
      res.end(JSON.stringify({ error: String(err.message) }));
    }
  }).listen(Number(process.env.PORT ?? 3000));
}
