import type { Locator, Page } from "playwright-core";

export type ViewModeName = "side" | "fr" | "en" | "alternate";

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

  async open(slug: string, locale: "fr" | "en" = "fr"): Promise<number> {
    const response = await this.page.goto(`${this.baseUrl}/${locale}/documents/${slug}`);
    return response?.status() ?? 0;
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

  /** The tooltip a name points to through aria-describedby, or null when none is open. */
  async describedTooltipText(term: Locator): Promise<string | null> {
    const id = await term.getAttribute("aria-describedby");
    if (!id) return null;
    return this.page.locator(`[id="${id}"]`).textContent();
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
