// Writes a screenshot of every page of the web UI, filled with the demo data,
// into the folder given (scripts/screenshots.sh runs it against a fresh
// secureflowd after `secureflow demo`). Uses Debian's Chromium (SECUREFLOW_CHROMIUM).
//
//   node clients/web/scripts/screenshots.mjs SERVER ADMIN_TOKEN OUT_DIR

import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { createClient } from "@connectrpc/connect";
import { createGrpcWebTransport } from "@connectrpc/connect-web";
import { IdentityService, SecurityService } from "../../typescript/src/index.js";

const [server, token, out] = process.argv.slice(2);
if (!server || !token || !out) {
  console.error("usage: screenshots.mjs SERVER ADMIN_TOKEN OUT_DIR");
  process.exit(2);
}
const base = server.startsWith("http") ? server : `http://${server}`;
const browserPath = process.env.SECUREFLOW_CHROMIUM ?? "/usr/bin/chromium";
mkdirSync(out, { recursive: true });

const transport = createGrpcWebTransport({
  baseUrl: base,
  interceptors: [(next) => (request) => {
    request.header.set("authorization", `Bearer ${token}`);
    return next(request);
  }],
});
const identity = createClient(IdentityService, transport);
const security = createClient(SecurityService, transport);

// An admin to show the admin portal (the demo's people hold no admin role).
const adminEmail = `screenshots-${Date.now()}@demo.example`;
const password = process.env.SECUREFLOW_DEMO_PASSWORD ?? "secureflow-demo";
await identity.createUser({ user: { email: adminEmail, displayName: "Avery Admin", roleIds: ["admin"] }, password });
const failing = (await security.listVulnerabilities({ repositoryId: "acme/payments-api", branch: "main", orderBy: "risk desc", pageSize: 1 }))
  .vulnerabilities[0];

const browser = await chromium.launch({ executablePath: browserPath, args: ["--no-sandbox"] });
const shoot = async (page, name, ready) => {
  await ready();
  // The live event stream never lets the network go idle: give charts and
  // late lists a moment instead.
  await page.waitForTimeout(800);
  await page.screenshot({ path: join(out, `${name}.png`), fullPage: false });
  console.log(`${name}.png`);
};

async function signedIn(email) {
  const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
  await page.goto(`${base}/login`);
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Log in", exact: true }).click();
  await page.getByRole("heading", { name: "Vulnerabilities" }).waitFor();
  return page;
}

try {
  const login = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
  await login.goto(`${base}/login`);
  await shoot(login, "login", () => login.getByRole("heading", { name: "Log in to SecureFlow" }).waitFor());

  const page = await signedIn("sam.security@demo.example");
  const heading = (name) => () => page.getByRole("heading", { name }).waitFor();
  await page.goto(`${base}/vulnerabilities?status=open,in_progress&order=risk+desc`);
  await shoot(page, "vulnerabilities", () => page.getByRole("table", { name: "Vulnerabilities" }).getByRole("link").first().waitFor());
  if (failing) {
    await page.goto(`${base}/vulnerabilities/${failing.id}`);
    await shoot(page, "vulnerability", () => page.getByRole("heading", { name: /Quality gate of/ }).waitFor());
  }
  await page.goto(`${base}/posture`);
  await shoot(page, "posture", () => page.getByRole("table", { name: "Compliance controls" }).getByRole("row").nth(1).waitFor());
  await page.goto(`${base}/scans`);
  await shoot(page, "scans", () => page.getByRole("table", { name: "Scans" }).getByRole("link").first().waitFor());
  await page.goto(`${base}/repositories`);
  await shoot(page, "repositories", () => page.getByRole("table", { name: "Repositories" }).getByRole("link").first().waitFor());
  await page.goto(`${base}/policies`);
  await shoot(page, "policies", heading("Policies"));
  await page.getByRole("table", { name: "Policies" }).getByRole("link").first().click();
  await shoot(page, "policy-editor", () => page.getByRole("form", { name: "Edit policy" }).waitFor());
  await page.goto(`${base}/activity`);
  await shoot(page, "activity", () => page.getByRole("list", { name: "Activity" }).getByRole("listitem").first().waitFor());
  await page.goto(`${base}/inbox`);
  await shoot(page, "inbox", heading("Notifications"));

  const developer = await signedIn("dana.developer@demo.example");
  await developer.goto(`${base}/my-work`);
  await shoot(developer, "my-work", () => developer.getByRole("table", { name: "Assigned to me" }).getByRole("link").first().waitFor());

  const admin = await signedIn(adminEmail);
  for (const [path, name, title] of [
    ["/admin/users", "users", "Users"],
    ["/admin/teams", "teams", "Teams"],
    ["/admin/tokens", "tokens", "API tokens"],
    ["/admin/organization", "organization", "Organisation settings"],
    ["/admin/audit", "audit", "Audit log"],
    ["/admin/roles", "roles", "Roles and bindings"],
    ["/admin/channels", "channels", "Notification channels"],
    ["/admin/routing", "routing", "Routing rules"],
    ["/admin/system", "system", "System health"],
  ]) {
    await admin.goto(`${base}${path}`);
    await shoot(admin, name, () => admin.getByRole("heading", { name: title }).waitFor());
  }
} finally {
  await browser.close();
}
