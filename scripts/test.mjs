#!/usr/bin/env node
// npm test: every test of the project, in order of speed. On a fresh Debian machine it first installs
// what the browser tests need (Chromium, CJK fonts) when run as root, or says exactly what to install.
import { execSync, spawnSync } from "node:child_process";
import fs from "node:fs";

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const has = (cmd) => spawnSync("sh", ["-c", cmd], { stdio: "ignore" }).status === 0;
const missing = [];
if (!fs.existsSync(chromium)) missing.push("chromium");
if (!has("fc-list | grep -qi 'Noto Sans CJK'")) missing.push("fonts-noto-cjk");
if (!has("fc-list | grep -qi 'Noto Color Emoji'")) missing.push("fonts-noto-color-emoji");
if (missing.length) {
  const isRoot = process.getuid?.() === 0;
  if (isRoot && has("command -v apt-get")) {
    console.log(`Installing ${missing.join(" ")} for the browser tests ...`);
    execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${missing.join(" ")}`, { stdio: "inherit" });
  } else {
    console.error(`The browser tests need: ${missing.join(", ")}.\nInstall them with:\n  sudo apt-get install -y ${missing.join(" ")}\n(or set CHROMIUM_PATH to a Chromium binary)`);
    process.exit(1);
  }
}

const steps = [
  ["typecheck", "npx tsc --noEmit"],
  ["messages", "node scripts/check-messages.mjs"],
  ["unit", "npx vitest run --project unit"],
  [`integration (${process.env.DATABASE_URL ? "PostgreSQL server" : "PGlite"})`, "npx vitest run --project integration"],
  ["build", "npx next build"],
  [`browser (${process.env.DATABASE_URL ? "PostgreSQL server" : "PGlite"})`, "npx vitest run --project e2e"],
];
const only = process.argv[2];
for (const [name, command] of steps) {
  if (only && !name.startsWith(only)) continue;
  const started = Date.now();
  console.log(`\n▶ ${name}: ${command}`);
  const result = spawnSync("sh", ["-c", command], { stdio: "inherit", env: process.env });
  if (result.status !== 0) {
    console.error(`\n✖ ${name} failed`);
    process.exit(result.status ?? 1);
  }
  console.log(`✔ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
