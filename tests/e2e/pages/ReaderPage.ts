import type { Locator, Page } from "playwright-core";

export type ViewModeName = "side" | "fr" | "en" | "alternate" | "learn";

export interface RowText {
  linkId: string | null;
  fr: string;
  en: string;
}

/** The bilingual reader (/[locale]/documents/[slug]): rows, cells, glossary names, view modes. */
export class ReaderPage {
  constructor(
    readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  /** Opens a document and waits until the page is interactive; gives the HTTP status. */
  async open(slug: string, locale: "fr" | "en" = "fr"): Promise<number> {
    const response = await this.page.goto(`${this.baseUrl}/${locale}/documents/${slug}`);
    const status = response?.status() ?? 0;
    if (status === 200) await this.waitUntilInteractive();
    return status;
  }

  /** Opens a document at an address relative to its page (`?from=201`, `#row-4321`). */
  async openAt(slug: string, suffix: string, locale: "fr" | "en" = "fr"): Promise<number> {
    const response = await this.page.goto(`${this.baseUrl}/${locale}/documents/${slug}${suffix}`);
    const status = response?.status() ?? 0;
    if (status === 200) await this.waitUntilInteractive();
    return status;
  }

  /** The document's row numbers of the rows this page shows. */
  async rowNumbers(): Promise<number[]> {
    return this.rows.evaluateAll((rows) => rows.map((r) => Number(r.getAttribute("data-row"))));
  }

  /** The row the address points to (#row-N), or null. */
  addressedRow(): number | null {
    const match = /^#row-(\d+)$/.exec(new URL(this.page.url()).hash);
    return match ? Number(match[1]) : null;
  }

  /** The `from` parameter of the address: the window's first row. */
  windowFrom(): string | null {
    return new URL(this.page.url()).searchParams.get("from");
  }

  /** Waits until the row with this number is on the page and in the viewport. */
  async waitForRowInView(row: number): Promise<void> {
    await this.page.waitForFunction((n) => {
      const el = document.getElementById(`row-${n}`);
      if (!el) return false;
      const box = el.getBoundingClientRect();
      return box.bottom > 0 && box.top < window.innerHeight;
    }, row);
  }

  /** A window link of the top navigation: first, previous, next, last. */
  windowLink(which: "first" | "previous" | "next" | "last"): Locator {
    return this.page.locator(`.toolbar .window-nav a[data-window="${which}"]`);
  }

  /** Previous/next row to check or flag, in the top navigation. */
  markLink(which: "previous-check" | "next-check" | "previous-flag" | "next-flag"): Locator {
    return this.page.locator(`.toolbar [data-nav="${which}"]`);
  }

  async goToRow(row: number): Promise<void> {
    await this.page.locator(".toolbar .go-to-row input").fill(String(row));
    await this.page.locator(".toolbar .go-to-row input").press("Enter");
  }

  /** The reader marks itself once hydrated: before that, hover and focus do nothing. */
  async waitUntilInteractive(): Promise<void> {
    await this.page.locator(".reader[data-hydrated]").waitFor({ state: "attached" });
  }

  get rows(): Locator {
    return this.page.locator("ol.rows > li.row");
  }

  row(linkId: number | string): Locator {
    return this.page.locator(`li.row[data-link-id="${linkId}"]`);
  }

  cell(row: Locator, side: "fr" | "en"): Locator {
    return row.locator(`> .cell-${side}`);
  }

  /** Each row's link id and the stored text of its French and English paragraphs (blank-line separated). */
  async rowTexts(): Promise<RowText[]> {
    return this.rows.evaluateAll((rows) => {
      const text = (cell: Element | null) =>
        [...(cell?.querySelectorAll("[data-paragraph-id]") ?? [])].map((p) => p.textContent).join("\n\n");
      return rows.map((r) => ({
        linkId: r.getAttribute("data-link-id"),
        fr: text(r.querySelector(":scope > .cell-fr")),
        en: text(r.querySelector(":scope > .cell-en")),
      }));
    });
  }

  /** The paragraph element with this id in the French or English column. */
  paragraph(side: "fr" | "en", id: number | string): Locator {
    return this.page.locator(`.cell-${side} [data-paragraph-id="${id}"]`);
  }

  /** A glossary name as written in one column (the first occurrence). */
  term(side: "fr" | "en", text: string): Locator {
    return this.page.locator(`.cell-${side} .term`, { hasText: text }).first();
  }

  get tooltip(): Locator {
    return this.page.locator('[role="tooltip"]');
  }

  /** Waits for the name to point to an open tooltip (aria-describedby), and gives its text. */
  async describedTooltipText(term: Locator): Promise<string | null> {
    await term.and(this.page.locator("[aria-describedby]")).waitFor({ timeout: 5_000 });
    const id = await term.getAttribute("aria-describedby");
    const tooltip = this.page.locator(`[id="${id}"][role="tooltip"]`);
    await tooltip.waitFor();
    return tooltip.textContent();
  }

  async viewMode(): Promise<string | null> {
    return this.page.locator(".reader").getAttribute("data-view");
  }

  async chooseViewMode(mode: ViewModeName): Promise<void> {
    await this.page.locator(`.view-switch input[value="${mode}"]`).check();
  }

  /** Whether the element's box is rendered (display: none gives no box). */
  async isShown(locator: Locator): Promise<boolean> {
    return locator.evaluate((el) => (el as HTMLElement).getClientRects().length > 0);
  }

  async box(locator: Locator): Promise<{ x: number; y: number; width: number; height: number }> {
    const box = await locator.boundingBox();
    if (!box) throw new Error("element has no box");
    return box;
  }

  /** The background colour once any transition has run its course. */
  async background(locator: Locator): Promise<string> {
    return locator.evaluate(async (el) => {
      await Promise.all(el.getAnimations().map((a) => a.finished.catch(() => undefined)));
      return getComputedStyle(el).backgroundColor;
    });
  }
}
