import { createServer } from "node:http";
import { loadConfig } from "./config.mjs";

const cfg = loadConfig(process.argv[2] ?? "tinyserve.json");
createServer((req, res) => {
  res.end(`tinyserve serving ${cfg.root}\n`);
}).listen(cfg.port, cfg.host, () => console.log(`listening on ${cfg.host}:${cfg.port}`));
