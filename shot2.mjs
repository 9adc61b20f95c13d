import { chromium } from "@playwright/test";
const [,, path, out, width, who] = process.argv;
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox","--disable-gpu"] });
const ctx = await b.newContext({ viewport: { width: Number(width ?? 1280), height: 900 }, baseURL: "http://127.0.0.1:3005" });
const p = await ctx.newPage();
if (who) { await p.goto("/signin"); await p.getByLabel("E-mail").fill(who); await p.getByLabel("Password").fill("claimledger-demo"); await p.getByRole("button", { name: "Sign in" }).click(); await p.waitForURL(/dashboard/); }
await p.goto(path);
if (path.startsWith("/dashboard/claims/first")) { await p.goto("/dashboard?q=ushakov+dinh+dang"); await p.getByRole("link", { name: /không có bất kỳ định dạng/ }).first().click(); await p.waitForLoadState("networkidle"); }
await p.waitForTimeout(500);
await p.screenshot({ path: out, fullPage: true }); await b.close();
