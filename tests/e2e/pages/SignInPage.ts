import type { Page } from "playwright-core";

/** The sign-in page and the header's account corner, on any page. */
export class SignInPage {
  constructor(
    readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  /** Opens /LOCALE/sign-in, coming back to `next` afterwards. */
  async open(locale: "fr" | "en" = "en", next?: string): Promise<void> {
    await this.page.goto(`${this.baseUrl}/${locale}/sign-in${next ? `?next=${encodeURIComponent(next)}` : ""}`);
  }

  /** Fills the form and submits it; waits for the next page or for the form's message. */
  async signIn(name: string, password: string): Promise<void> {
    await this.page.locator('form.sign-in-form input[name="name"]').fill(name);
    await this.page.locator('form.sign-in-form input[name="password"]').fill(password);
    const before = this.page.url();
    const answered = this.page.waitForResponse((r) => r.request().method() === "POST");
    await this.page.locator("form.sign-in-form button[type=submit]").click();
    await answered;
    // Either the page moves on, or the form shows this attempt's message (the previous one may still be there until then).
    await Promise.race([
      this.page.waitForURL((url) => url.toString() !== before),
      this.page.locator('form.sign-in-form[aria-busy="false"] .sign-in-error').waitFor(),
    ]);
  }

  get error() {
    return this.page.locator(".sign-in-error");
  }

  /** The header's "Name · role", or null when nobody is signed in. */
  async signedInAs(): Promise<string | null> {
    const name = this.page.locator(".account-name");
    return (await name.count()) ? name.textContent() : null;
  }

  get signInLink() {
    return this.page.locator("a.sign-in-link");
  }

  async signOut(): Promise<void> {
    await this.page.locator(".account-menu form.sign-out button").click();
    await this.signInLink.waitFor();
  }
}
