/**
 * What `translate` needs from a machine-translation service, kept small so that the run
 * (lib/translate/run.ts) knows nothing of deepl-node and tests can stand in for it.
 * The one implementation is DeepL (lib/translate/deepl-provider.ts).
 */

/** English variants DeepL accepts as targets: it refuses plain "en". */
export const TARGET_LANGS = ["en-GB", "en-US"] as const;
export type TargetLang = (typeof TARGET_LANGS)[number];
export const DEFAULT_TARGET_LANG: TargetLang = "en-GB";

/** One glossary line: a French form and the English it must come out as. */
export interface GlossaryPair {
  fr: string;
  en: string;
}

export interface TranslateBatchOptions {
  targetLang: TargetLang;
  /**
   * Text that helps the engine but is not translated (nor billed): the document's title,
   * so that "M. Kim" or "le Conseil" are read in the article's setting.
   */
  context?: string;
  /** A glossary created with `createGlossary`. */
  glossaryId?: string;
}

export interface CharacterUsage {
  used: number;
  limit: number;
}

export interface TranslationProvider {
  /** Stored as MachineTranslation.engine. */
  readonly engine: string;
  /** French texts in, English texts out, same order and length. One request. */
  translateBatch(texts: readonly string[], options: TranslateBatchOptions): Promise<string[]>;
  /** Characters used and allowed in the current billing period; null if the account has no limit. */
  characterUsage(): Promise<CharacterUsage | null>;
  /** Creates a French→English glossary and returns its id. */
  createGlossary(name: string, pairs: readonly GlossaryPair[]): Promise<string>;
  /** False when the service no longer knows the glossary (deleted, or another server). */
  glossaryExists(id: string): Promise<boolean>;
  deleteGlossary(id: string): Promise<void>;
}

/**
 * Why a run stopped early. `kind` lets front doors word it; the message is one line.
 * quota: HTTP 456; auth: HTTP 403; rate: 429 still after every retry; timeout: no answer
 * in time after every retry; other: anything else the service said.
 */
export type ProviderFailureKind = "quota" | "auth" | "rate" | "timeout" | "other";

export class ProviderError extends Error {
  constructor(
    readonly kind: ProviderFailureKind,
    message: string,
  ) {
    super(message);
    this.name = "ProviderError";
  }
}
