import type { Locator, Page } from "playwright-core";

/** One result as the page shows it: its row, where it leads, and the marked words of each column. */
export interface ShownHit {
  slug: string;
  row: number;
  href: string;
  fr: string[];
  en: string[];
}

/** The library's full-text search (/[locale]/search) and the reader's find box. */
export class SearchPage {
  constructor(
    readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  async open(locale: "fr" | "en", query: string, page?: number): Promise<number> {
    const params = new URLSearchParams({ q: query, ...(page && { page: String(page) }) });
    const response = await this.page.goto(`${this.baseUrl}/${locale}/search?${params}`);
    return response?.status() ?? 0;
  }

  get count(): Locator {
    return this.page.locator(".search-page > .count");
  }

  get message(): Locator {
    return this.page.locator(".search-page > .empty, .search-page > .search-error");
  }

  /** The results shown, in order. */
  async hits(): Promise<ShownHit[]> {
    return this.page.locator(".search-hit").evaluateAll((hits) =>
      hits.map((hit) => {
        const marks = (side: string) => [...hit.querySelectorAll(`.hit-${side} mark`)].map((m) => m.textContent ?? "");
        return {
          slug: hit.closest(".search-document")?.getAttribute("data-slug") ?? "",
          row: Number(hit.getAttribute("data-row")),
          href: hit.querySelector("a.hit-row")?.getAttribute("href") ?? "",
          fr: marks("fr"),
          en: marks("en"),
        };
      }),
    );
  }

  /** The reader's find box. */
  get findInput(): Locator {
    return this.page.locator(".toolbar .find-bar input[name=find]");
  }

  get findCount(): Locator {
    return this.page.locator(".toolbar .find-count");
  }

  findLink(which: "previous" | "next" | "clear"): Locator {
    return this.page.locator(`.toolbar .find-bar a[data-find="${which}"]`);
  }

  async find(text: string): Promise<void> {
    await this.findInput.fill(text);
    await this.findInput.press("Enter");
    await this.page.waitForURL(/find=/);
  }

  /** The marked words of the reader's rows shown, by column. */
  async readerMarks(side: "fr" | "en"): Promise<string[]> {
    return this.page.locator(`ol.rows .cell-${side} mark.match`).allTextContents();
  }

  /** Rows of the reader holding a mark. */
  async markedRows(): Promise<number[]> {
    return this.page.locator("ol.rows > li.row").evaluateAll((rows) => rows.filter((r) => r.querySelector("mark.match")).map((r) => Number(r.getAttribute("data-row"))));
  }
}
