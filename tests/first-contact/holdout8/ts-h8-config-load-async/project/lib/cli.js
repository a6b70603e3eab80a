#!/usr/bin/env node
import { loadConfig } from "./config.js";

const file = process.argv[2] ?? "relay.json";
try {
  const cfg = await loadConfig(file);
  console.log(`relay on :${cfg.port} -> ${cfg.upstreams.length} upstream(s), log ${cfg.logLevel}`);
} catch (err) {
  console.error(err.message);
  process.exitCode = 1;
}
