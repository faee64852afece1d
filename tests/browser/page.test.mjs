// The page of `tidings serve` in real headless Chromium: load the example, summarize, click
// a sentence and check that its words are highlighted in the source panels; keyboard use;
// phone width. Screenshots go to target/ci-artifacts/.
//
// Needs Debian's chromium (/usr/bin/chromium, or CHROMIUM=path) and a built binary
// (target/release/tidings, or TIDINGS_BIN=path). .ci/run installs and builds both.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const binary = process.env.TIDINGS_BIN || join(root, "target", "release", "tidings");
const browserPath = process.env.CHROMIUM || "/usr/bin/chromium";
const artifacts = join(root, "target", "ci-artifacts");

let server;
let base;
let browser;
const consoleErrors = [];

function startServer() {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, ["serve", "--port", "0"], { stdio: ["ignore", "ignore", "pipe"] });
    let seen = "";
    const timer = setTimeout(() => reject(new Error(`no 'listening' line from ${binary}: ${seen}`)), 15000);
    child.stderr.on("data", (chunk) => {
      seen += chunk;
      const m = seen.match(/listening on (http:\/\/[^\s]+?)\/? /);
      if (m) {
        clearTimeout(timer);
        resolve({ child, url: m[1] });
      }
    });
    child.on("exit", (code) => reject(new Error(`server exited with ${code}: ${seen}`)));
  });
}

before(async () => {
  for (const [what, path] of [["tidings binary", binary], ["chromium", browserPath]]) {
    if (!existsSync(path)) throw new Error(`${what} not found at ${path}`);
  }
  mkdirSync(artifacts, { recursive: true });
  ({ child: server, url: base } = await startServer());
  browser = await chromium.launch({
    executablePath: browserPath,
    // The machine's network is closed: no background connections, no sandbox as root.
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
});

after(async () => {
  await browser?.close();
  server?.kill("SIGTERM");
});

async function openPage(viewport) {
  const page = await browser.newPage({ viewport });
  page.on("console", (m) => { if (m.type() === "error") consoleErrors.push(m.text()); });
  page.on("pageerror", (e) => consoleErrors.push(String(e)));
  await page.goto(base + "/");
  return page;
}

async function summarizeExample(page) {
  await page.getByRole("button", { name: /load the example/i }).click();
  await page.locator("#doclist li").nth(4).waitFor();
  await page.getByRole("button", { name: "Summarize" }).click();
  await page.locator("#summary button.item").first().waitFor();
}

test("example: summarize, click a sentence, its source highlights it", async () => {
  const page = await openPage({ width: 1280, height: 900 });
  await summarizeExample(page);

  const sentences = page.locator("#summary button.item");
  const count = await sentences.count();
  assert.ok(count >= 3, `expected a few summary sentences, got ${count}`);
  assert.equal(await page.locator(".source").count(), 5, "five source panels");

  // Every sentence says how many of the 5 sources carry it.
  for (let i = 0; i < count; i++) {
    const badge = await sentences.nth(i).locator(".badge").textContent();
    assert.match(badge, /^(\d of 5 sources|single source)$/);
  }

  // Click the sentence most sources carry: each of them must highlight the sentence.
  const badges = await sentences.locator(".badge").allTextContents();
  const best = badges.map((b) => Number((b.match(/^(\d) of/) || [0, 1])[1]))
    .reduce((bi, n, i, all) => (n > all[bi] ? i : bi), 0);
  const chosen = sentences.nth(best);
  const sentence = (await chosen.evaluate((b) => b.firstChild.textContent)).trim();
  await chosen.click();
  assert.equal(await chosen.getAttribute("aria-pressed"), "true");

  const marked = page.locator(".source mark");
  const highlighted = await marked.allTextContents();
  const expected = Number((badges[best].match(/^(\d) of/) || [0, 1])[1]);
  const panelsWithMark = await page.locator(".source:has(mark)").count();
  assert.equal(panelsWithMark, expected, `${expected} source panels highlight the sentence`);
  // The source's own copy is exactly the sentence (byte offsets sliced right, UTF-8 included).
  assert.ok(highlighted.some((t) => t.trim() === sentence),
    `a highlight equals the clicked sentence:\n${sentence}\n${JSON.stringify(highlighted)}`);
  await page.screenshot({ path: join(artifacts, "serve-desktop.png"), fullPage: true });
  // The view the README shows: the brief above its sources, one sentence selected.
  await page.evaluate(() => document.getElementById("result").scrollIntoView());
  await page.screenshot({ path: join(artifacts, "serve-brief.png") });

  // The disagreement of the example is shown, and its variants highlight too.
  const disagreement = page.locator("#disagreements .variants button").first();
  await disagreement.click();
  assert.ok((await page.locator(".source mark").count()) >= 1);
  await page.close();
});

test("keyboard: Ctrl+Enter summarizes, Tab reaches sentences, Enter selects", async () => {
  const page = await openPage({ width: 1280, height: 900 });
  await page.getByRole("button", { name: /load the example/i }).click();
  await page.locator("#doclist li").nth(4).waitFor();
  await page.locator("#paste").focus();
  await page.keyboard.press("Control+Enter");
  await page.locator("#summary button.item").first().waitFor();
  await page.locator("#summary button.item").nth(1).focus();
  await page.keyboard.press("Enter");
  assert.equal(await page.locator("#summary button.item").nth(1).getAttribute("aria-pressed"), "true");
  assert.ok((await page.locator(".source mark").count()) >= 1, "Enter highlights the sources");
  await page.close();
});

test("phone width: nothing wider than the screen", async () => {
  const page = await openPage({ width: 375, height: 800 });
  await summarizeExample(page);
  await page.locator("#summary button.item").first().click();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `page is ${overflow}px wider than a 375px screen`);
  await page.screenshot({ path: join(artifacts, "serve-phone.png"), fullPage: false });
  await page.close();
});

test("empty input gets a message; pasted text splits on ---", async () => {
  const page = await openPage({ width: 1000, height: 700 });
  await page.getByRole("button", { name: "Summarize" }).click();
  assert.match(await page.locator("#status").textContent(), /add some articles/i);
  await page.locator("#paste").fill("   \n---\n   ");
  await page.getByRole("button", { name: "Summarize" }).click();
  assert.match(await page.locator("#status").textContent(), /add some articles/i);
  await page.locator("#paste").fill("One report of the talks.\n---\nAnother report of the talks.");
  await page.getByRole("button", { name: "Summarize" }).click();
  await page.locator("#summary button.item").first().waitFor();
  assert.equal(await page.locator(".source").count(), 2, "two pasted documents");
  await page.close();
});

test("no script errors on the page", () => {
  assert.deepEqual(consoleErrors, []);
});
