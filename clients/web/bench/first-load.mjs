// Web UI load times as a user meets them, in Debian's Chromium (playwright-core):
// a signed-in user opens the vulnerability list (navigation start → the first
// page of rows rendered), then changes page within the app (a click on
// "Policies" → its table rendered), then opens the posture page (its five
// reports made and drawn). Against a running release
// secureflowd holding the data to measure with (for the figure:
// `shared/bench/gen_sarif.py --count 100000` uploaded with the CLI).
//
//   node clients/web/bench/first-load.mjs SERVER EMAIL PASSWORD [RUNS]
//
// Prints each run and the median, and the JavaScript a first visit
// transferred (log-in page, then the list: as the server sent it, gzipped).

import { chromium } from "playwright-core";

const [server, email, password, runsArg] = process.argv.slice(2);
if (!server || !email || !password) {
  console.error("usage: first-load.mjs SERVER EMAIL PASSWORD [RUNS]");
  process.exit(2);
}
const base = server.startsWith("http") ? server : `http://${server}`;
const runs = Number(runsArg ?? 5);
const browser = await chromium.launch({ executablePath: process.env.SECUREFLOW_CHROMIUM ?? "/usr/bin/chromium" });
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const loads = [];
const changes = [];
const postures = [];
try {
  for (let run = 0; run < runs; run++) {
    // A fresh browser profile each run: nothing cached, as a first visit.
    const context = await browser.newContext();
    const page = await context.newPage();
    let scripts = 0;
    // Bytes on the wire (compressed as sent), each script once per run.
    page.on("requestfinished", async (request) => {
      if (request.url().endsWith(".js")) {
        scripts += (await request.sizes()).responseBodySize;
      }
    });
    await page.goto(`${base}/login`);
    await page.getByLabel("E-mail").fill(email);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Log in", exact: true }).click();
    await page.getByRole("heading", { name: "Vulnerabilities" }).waitFor();
    // The list opened as a page load (the session is the tab's: refresh, identity, list).
    await page.goto(`${base}/vulnerabilities`, { waitUntil: "commit" });
    await page.getByRole("table", { name: "Vulnerabilities" }).getByRole("link").first().waitFor({ timeout: 30_000 });
    const load = await page.evaluate(() => performance.now());
    loads.push(load);
    const started = await page.evaluate(() => performance.now());
    await page.getByRole("link", { name: "Policies" }).click();
    await page.getByRole("heading", { name: "Policies" }).waitFor();
    const change = (await page.evaluate(() => performance.now())) - started;
    changes.push(change);
    const firstPageScripts = scripts;
    // The posture page: five reports over every vulnerability, made by the server.
    const opened = await page.evaluate(() => performance.now());
    await page.getByRole("link", { name: "Posture" }).click();
    await page.getByRole("table", { name: "Compliance controls" }).getByRole("row").nth(1).waitFor({ timeout: 60_000 });
    await page.getByRole("table", { name: "Per tool" }).getByRole("row").nth(1).waitFor({ timeout: 60_000 });
    const posture = (await page.evaluate(() => performance.now())) - opened;
    postures.push(posture);
    console.log(
      `run ${run + 1}: list rendered ${load.toFixed(0)} ms after navigation start; page change ${change.toFixed(0)} ms; posture page ${posture.toFixed(0)} ms; JavaScript ${(firstPageScripts / 1024).toFixed(0)} KiB transferred (log-in and list)`,
    );
    await context.close();
  }
  console.log(`median: first load ${median(loads).toFixed(0)} ms (target ≤ 2000), page change ${median(changes).toFixed(0)} ms (target ≤ 300), posture page ${median(postures).toFixed(0)} ms`);
} finally {
  await browser.close();
}
