import type { Locator, Page } from "playwright-core";

/** The library (/fr, /en): document cards, the search box, the way into the reader. */
export class LibraryPage {
  constructor(
    readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  async open(locale: "fr" | "en" = "fr", query?: string): Promise<this> {
    await this.page.goto(`${this.baseUrl}/${locale}${query ? `?q=${encodeURIComponent(query)}` : ""}`);
    return this;
  }

  get cards(): Locator {
    return this.page.locator(".document-card");
  }

  card(slug: string): Locator {
    return this.page.locator(`.document-card[data-slug="${slug}"]`);
  }

  async slugs(): Promise<string[]> {
    return this.cards.evaluateAll((cards) => cards.map((c) => c.getAttribute("data-slug") ?? ""));
  }

  async search(text: string): Promise<void> {
    await this.page.fill("#library-search", text);
    await this.page.press("#library-search", "Enter");
    await this.page.waitForURL(/q=/);
  }

  /** Follows a card's title link into the reader. */
  async openDocument(slug: string): Promise<void> {
    await this.card(slug).locator("a.card-link").click();
    await this.page.waitForURL(new RegExp(`/documents/${slug}$`));
  }
}
