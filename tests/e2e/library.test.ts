import type { Browser, Page } from "playwright-core";
import { launchBrowser, startApp, type RunningApp } from "./harness";

jest.setTimeout(60_000);

let app: RunningApp;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});
beforeEach(async () => {
  page = await browser.newPage();
});
afterEach(async () => {
  await page.close();
});

describe("library", () => {
  it("sends / to the interface in the browser's language", async () => {
    for (const [locale, path] of [["fr-FR", "/fr"], ["en-GB", "/en"], ["de-DE", "/fr"]]) {
      const context = await browser.newContext({ locale });
      const tab = await context.newPage();
      await tab.goto(`${app.baseUrl}/`);
      expect([locale, new URL(tab.url()).pathname]).toEqual([locale, path]);
      await context.close();
    }
  });

  it("lists the sample articles with their titles in both languages", async () => {
    await page.goto(`${app.baseUrl}/fr`);
    expect(await page.getAttribute("html", "lang")).toBe("fr");
    const cards = page.locator(".document-card");
    expect(await cards.count()).toBe(2);
    const text = await cards.allTextContents();
    expect(text.join("\n")).toContain("Kim Jong Un promet le");
    expect(text.join("\n")).toContain("Sergei Shoigu meets Kim Jong Un");
  });

  it("filters by title, ignoring accents", async () => {
    await page.goto(`${app.baseUrl}/fr`);
    await page.fill("#library-search", "choigou");
    await page.press("#library-search", "Enter");
    await page.waitForURL(/q=choigou/);
    expect(await page.locator(".document-card").getAttribute("data-slug")).toBe("choigou-rencontre-kim-pyongyang");
  });

  it("switches the interface to English and keeps the page", async () => {
    await page.goto(`${app.baseUrl}/fr`);
    await page.click(".locale-switch");
    await page.waitForURL(/\/en$/);
    expect(await page.getAttribute("html", "lang")).toBe("en");
    expect(await page.textContent("h1")).toBe("Library");
  });
});
