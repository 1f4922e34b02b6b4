import type { Locator, Page } from "playwright-core";
import { ReaderPage } from "./ReaderPage";

/** The reader's correcting controls: paragraph editor, history, row tools, undo. */
export class EditingPage extends ReaderPage {
  constructor(page: Page, baseUrl: string) {
    super(page, baseUrl);
  }

  editable(paragraphId: number): Locator {
    return this.page.locator(`.editable[data-editor-for="${paragraphId}"]`);
  }

  editor(paragraphId: number): Locator {
    return this.page.locator(`form.editor[data-editor-for="${paragraphId}"]`);
  }

  /** Opens the editor of an English paragraph with its Edit control. */
  async startEditing(paragraphId: number): Promise<Locator> {
    await this.editable(paragraphId).hover();
    await this.editable(paragraphId).locator('[data-action="edit"]').click();
    const textarea = this.editor(paragraphId).locator("textarea");
    await textarea.waitFor();
    return textarea;
  }

  /** Waits until the page shows this version of the paragraph (after a save and refresh). */
  async waitForVersion(paragraphId: number, version: number): Promise<void> {
    await this.page.locator(`.editable[data-editor-for="${paragraphId}"][data-version="${version}"]`).waitFor();
  }

  async paragraphText(paragraphId: number): Promise<string | null> {
    return this.paragraph("en", paragraphId).textContent();
  }

  /** The page's question before unsaved text is thrown away (a dialog of the page). */
  get discardDialog(): Locator {
    return this.page.locator("dialog.confirm-dialog[open]");
  }

  /** Answers the page's question: keep editing, or throw the text away (or leave). */
  async answerDiscard(answer: "keep" | "discard"): Promise<void> {
    await this.discardDialog.locator(`[data-answer="${answer}"]`).click();
    await this.discardDialog.waitFor({ state: "hidden" });
  }

  /** Runs an action of a row's ⋯ menu (merge, split-fr-ID, up-en, confirm, …). */
  async rowAction(row: Locator, action: string): Promise<void> {
    await row.hover();
    await row.locator(".row-tools > summary").click();
    await row.locator(`.row-tools-menu [data-action="${action}"]`).click();
  }
}
