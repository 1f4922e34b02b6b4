import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchBrowser, startApp, type RunningApp } from "./harness";
import { ReaderPage } from "./pages/ReaderPage";

jest.setTimeout(90_000);

const SLUG = "kim-soutien-inconditionnel-russie";
let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

async function inContext<T>(options: Parameters<Browser["newContext"]>[0], work: (page: Page, context: BrowserContext) => Promise<T>): Promise<T> {
  const context = await browser.newContext(options);
  try {
    return await work(await context.newPage(), context);
  } finally {
    await context.close();
  }
}

/**
 * Every visible piece of text on the page whose colour reads at less than `minimum` against
 * the ground behind it (WCAG contrast ratio), as "selector "text": ratio". Grounds are found
 * by walking up to the first opaque background; faded elements (opacity < 1: disabled links,
 * controls that wait for a hover) are left out, as WCAG leaves out inactive parts.
 */
function lowContrast(page: Page, minimum = 4.5): Promise<string[]> {
  return page.evaluate((min) => {
    const rgba = (value: string) => (value.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = ([r, g, b]: number[]) => {
      const f = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const ground = (el: Element | null): number[] => {
      for (let e = el; e; e = e.parentElement) {
        const c = rgba(getComputedStyle(e).backgroundColor);
        if (c.length === 3 || c[3] === 1) return c.slice(0, 3);
      }
      return rgba(getComputedStyle(document.documentElement).backgroundColor).slice(0, 3);
    };
    const faded = (el: Element | null) => {
      for (let e = el; e; e = e.parentElement) if (Number(getComputedStyle(e).opacity) < 1) return true;
      return false;
    };
    const failures: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement!;
      if (!node.textContent!.trim() || !el.getClientRects().length || el.closest(".visually-hidden") || faded(el)) continue;
      const style = getComputedStyle(el);
      if (style.visibility !== "visible") continue;
      const [a, b] = [luminance(rgba(style.color)), luminance(ground(el))];
      const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
      if (ratio < min) failures.push(`${el.tagName.toLowerCase()}.${el.className} "${node.textContent!.trim().slice(0, 30)}": ${ratio.toFixed(2)}`);
    }
    return failures;
  }, minimum);
}

/** The page's ground: the body's background if it has one, else the root element's. */
const pageBackground = (page: Page) =>
  page.evaluate(() => [document.body, document.documentElement].map((e) => getComputedStyle(e).backgroundColor).find((c) => c !== "rgba(0, 0, 0, 0)") ?? "");
const isDark = (color: string) => (color.match(/\d+/g) ?? []).slice(0, 3).every((c) => Number(c) < 60);

describe("icons", () => {
  it("answers /favicon.ico and links an SVG icon", async () => {
    const ico = await fetch(`${app.baseUrl}/favicon.ico`);
    expect(ico.status).toBe(200);
    const bytes = new Uint8Array(await ico.arrayBuffer());
    expect([...bytes.slice(0, 4)]).toEqual([0, 0, 1, 0]); // an ICO header
    await inContext({}, async (page) => {
      await page.goto(`${app.baseUrl}/en`);
      const href = await page.getAttribute('link[rel="icon"][type="image/svg+xml"]', "href");
      const svg = await fetch(new URL(href!, app.baseUrl));
      expect([svg.status, svg.headers.get("content-type")]).toEqual([200, "image/svg+xml"]);
    });
  });
});

describe("dark scheme", () => {
  const pages = ["/en", `/fr/documents/${SLUG}`, "/en/glossary", "/fr/import"];

  it("follows the system setting, with every text readable (4.5:1) on library, reader, glossary and import", async () => {
    await inContext({ colorScheme: "dark" }, async (page) => {
      for (const path of pages) {
        await page.goto(`${app.baseUrl}${path}`);
        expect([path, isDark(await pageBackground(page))]).toEqual([path, true]);
        expect([path, await lowContrast(page)]).toEqual([path, []]);
      }
      // The reader's tooltip, once shown.
      const reader = new ReaderPage(page, app.baseUrl);
      await reader.open(SLUG);
      const term = reader.term("fr", "Choïgou");
      await term.hover();
      await page.locator(".tooltip").waitFor();
      expect(await lowContrast(page)).toEqual([]);
    });
  });

  it("stays light when the system is light", async () => {
    await inContext({ colorScheme: "light" }, async (page) => {
      await page.goto(`${app.baseUrl}/en`);
      expect(isDark(await pageBackground(page))).toBe(false);
    });
  });
});

describe("print", () => {
  it("prints the reader's two columns, whatever the view mode, without controls or dotted names, rows whole", async () => {
    // Printed pages are narrower than the phone layout's breakpoint; French only is chosen on screen.
    await inContext({ viewport: { width: 680, height: 900 } }, async (page, context) => {
      await context.addCookies([{ name: "reader_view", value: "fr", url: app.baseUrl }]);
      const reader = new ReaderPage(page, app.baseUrl);
      await reader.open(SLUG, "en");
      expect(await page.locator(".cell-en").first().isVisible()).toBe(false);
      await page.emulateMedia({ media: "print" });
      const shown = await page.evaluate(() => {
        const visible = (selector: string) => [...document.querySelectorAll(selector)].some((e) => getComputedStyle(e).display !== "none" && e.getClientRects().length > 0);
        const row = document.querySelector(".reader .row")!;
        const term = document.querySelector(".term")!;
        const fr = row.querySelector(".cell-fr")!.getBoundingClientRect();
        const en = row.querySelector(".cell-en")!.getBoundingClientRect();
        return {
          english: visible(".cell-en"),
          sideBySide: en.left > fr.right - 1 && Math.abs(en.top - fr.top) < 2,
          breakInside: getComputedStyle(row).breakInside,
          underline: getComputedStyle(term).textDecorationLine,
          controls: [".site-nav", ".toolbar", ".export-menu", ".back"].filter(visible),
        };
      });
      expect(shown).toEqual({ english: true, sideBySide: true, breakInside: "avoid", underline: "none", controls: [] });
      const pdf = await page.pdf({ format: "A4" });
      expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    });
  });

  it("prints the library as a list of documents, without search, menus or introduction", async () => {
    await inContext({}, async (page) => {
      await page.goto(`${app.baseUrl}/fr`);
      await page.emulateMedia({ media: "print" });
      const shown = await page.evaluate(() => {
        const hidden = (selector: string) => [...document.querySelectorAll(selector)].every((e) => getComputedStyle(e).display === "none");
        const cards = [...document.querySelectorAll(".document-card")];
        return {
          cards: cards.filter((c) => getComputedStyle(c).display !== "none").length,
          stacked: cards.every((c, i) => i === 0 || c.getBoundingClientRect().top >= cards[i - 1].getBoundingClientRect().bottom - 1),
          hidden: [".search", ".library-intro", ".export-menu", ".site-nav"].every(hidden),
        };
      });
      expect(shown).toEqual({ cards: 2, stacked: true, hidden: true });
    });
  });
});
