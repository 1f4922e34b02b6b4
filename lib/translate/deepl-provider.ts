import * as deepl from "deepl-node";
import { UserError } from "../errors";
import {
  type CharacterUsage,
  type GlossaryPair,
  ProviderError,
  type TranslateBatchOptions,
  type TranslationProvider,
} from "./provider";

export interface DeeplProviderOptions {
  authKey: string;
  /** Another DeepL-compatible server (DEEPL_SERVER_URL); by default DeepL's own, chosen from the key. */
  serverUrl?: string;
  /**
   * How long one HTTP attempt may take before it is abandoned (deepl-node's `minTimeout`).
   * deepl-node retries a timed-out attempt like a 429, so a hung server ends after
   * `maxAttempts` of these plus the backoff between them, never in a hang.
   */
  timeoutMs?: number;
  /**
   * Attempts per request, the first included (deepl-node's `maxRetries` counts them so:
   * it stops once retries + 1 reach it). 429 and 5xx are retried with exponential backoff
   * (1 s, 1.6 s, 2.6 s, … with jitter); 456 and 403 never are.
   */
  maxAttempts?: number;
}

export const DEFAULT_TIMEOUT_MS = 20_000;
export const DEFAULT_MAX_ATTEMPTS = 4;

/**
 * Request settings, fixed for every batch:
 * - formality `prefer_more`: news copy is formal. English has no formality distinction in
 *   DeepL, so this is a no-op for en-GB/en-US today; the `prefer_` form (unlike `more`,
 *   which DeepL answers with 400 for such languages) never fails and would apply if the
 *   target ever becomes a language that has one.
 * - no tag handling: paragraphs are stored as plain text (the importer strips HTML and
 *   Markdown), so there is no markup to protect, and `tag_handling=html` would make DeepL
 *   read a literal "<" or "&" in the news text as markup.
 * - `preserveFormatting`: captions and credit lines ("KCNA VIA KNS/AFP") keep their case
 *   and their missing final full stop instead of being "corrected".
 * - source language given (`fr`): a glossary requires it, and short lines (a credit, a
 *   place name) are too short for reliable detection.
 */
const REQUEST_SETTINGS = { formality: "prefer_more", preserveFormatting: true } as const satisfies deepl.TranslateTextOptions;

const SOURCE_LANG = "fr";

/** Translates through deepl-node; every deepl-node error becomes a one-line ProviderError. */
export class DeeplProvider implements TranslationProvider {
  readonly engine = "deepl";
  private readonly translator: deepl.Translator;
  private readonly timeoutMs: number;
  private readonly maxAttempts: number;

  constructor(options: DeeplProviderOptions) {
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
    this.translator = new deepl.Translator(options.authKey, {
      serverUrl: options.serverUrl,
      minTimeout: this.timeoutMs,
      maxRetries: this.maxAttempts,
      sendPlatformInfo: false,
      appInfo: { appName: "vis-a-vis", appVersion: "0.1.0" },
    });
  }

  async translateBatch(texts: readonly string[], options: TranslateBatchOptions): Promise<string[]> {
    if (!texts.length) return [];
    const results = await this.call(() =>
      this.translator.translateText([...texts], SOURCE_LANG, options.targetLang, {
        ...REQUEST_SETTINGS,
        ...(options.context ? { context: options.context } : {}),
        ...(options.glossaryId ? { glossary: options.glossaryId } : {}),
      }),
    );
    if (results.length !== texts.length) {
      throw new ProviderError("other", `DeepL returned ${results.length} translations for ${texts.length} paragraphs`);
    }
    return results.map((r) => r.text);
  }

  async characterUsage(): Promise<CharacterUsage | null> {
    const usage = await this.call(() => this.translator.getUsage());
    return usage.character ? { used: usage.character.count, limit: usage.character.limit } : null;
  }

  async createGlossary(name: string, pairs: readonly GlossaryPair[]): Promise<string> {
    const entries = new deepl.GlossaryEntries({ entries: Object.fromEntries(pairs.map((p) => [p.fr, p.en])) });
    // Glossaries are per base language: an "en" glossary serves en-GB and en-US alike.
    const info = await this.call(() => this.translator.createGlossary(name, SOURCE_LANG, "en", entries));
    return info.glossaryId;
  }

  async glossaryExists(id: string): Promise<boolean> {
    try {
      await this.translator.getGlossary(id);
      return true;
    } catch (error) {
      if (error instanceof deepl.GlossaryNotFoundError) return false;
      throw this.describe(error);
    }
  }

  async deleteGlossary(id: string): Promise<void> {
    try {
      await this.translator.deleteGlossary(id);
    } catch (error) {
      if (!(error instanceof deepl.GlossaryNotFoundError)) throw this.describe(error);
    }
  }

  private async call<T>(request: () => Promise<T>): Promise<T> {
    try {
      return await request();
    } catch (error) {
      throw this.describe(error);
    }
  }

  /** One clear line for each way DeepL can fail. */
  private describe(error: unknown): Error {
    if (error instanceof ProviderError) return error;
    const detail = error instanceof Error ? error.message : String(error);
    if (error instanceof deepl.QuotaExceededError) {
      return new ProviderError("quota", "DeepL: the character quota of this billing period is used up (HTTP 456)");
    }
    if (error instanceof deepl.AuthorizationError) {
      return new ProviderError("auth", "DeepL refused the key (HTTP 403): check DEEPL_AUTH_KEY (and DEEPL_SERVER_URL)");
    }
    if (error instanceof deepl.TooManyRequestsError) {
      return new ProviderError("rate", `DeepL still answered 429 Too Many Requests after ${this.maxAttempts} attempts: try again later`);
    }
    if (error instanceof deepl.ConnectionError) {
      const code = (error.error as { code?: string } | undefined)?.code;
      if (code === "ECONNABORTED" || code === "ETIMEDOUT" || /timeout/i.test(detail)) {
        return new ProviderError(
          "timeout",
          `DeepL did not answer (${this.maxAttempts} attempts, each given at least ${this.timeoutMs / 1000} s): try again later or raise --timeout`,
        );
      }
      return new ProviderError("other", `cannot reach DeepL: ${detail.replace(/^Connection failure: /, "")}`);
    }
    return new ProviderError("other", `DeepL: ${detail.split("\n")[0]}`);
  }
}

/**
 * The provider the environment configures: DEEPL_AUTH_KEY (required) and DEEPL_SERVER_URL
 * (optional). Null without a key: everything else works on stored translations.
 */
export function deeplProviderFromEnv(
  env: NodeJS.ProcessEnv = process.env,
  options: Omit<DeeplProviderOptions, "authKey" | "serverUrl"> = {},
): DeeplProvider | null {
  const authKey = env.DEEPL_AUTH_KEY?.trim();
  if (!authKey) return null;
  const serverUrl = env.DEEPL_SERVER_URL?.trim() || undefined;
  if (serverUrl && !/^https?:\/\/[^\s/]+/.test(serverUrl)) {
    throw new UserError(`DEEPL_SERVER_URL "${serverUrl}": not an http:// or https:// address`);
  }
  return new DeeplProvider({ ...options, authKey, serverUrl });
}
