import type { Db } from "../db/client";
import { UserError } from "../errors";
import { loadGlossaryTerms } from "../glossary/load-terms";
import { recordMemoryUse } from "../memory/memory";
import { type BatchLimits, billedCharacters, DEFAULT_BATCH_LIMITS, makeBatches } from "./batches";
import { type GlossarySyncResult, syncDeeplGlossary } from "./glossary-sync";
import { placeTranslation } from "./place-translation";
import { type DocumentPlan, ENGINE, planDocuments, selectDocuments, type Suggestion } from "./plan";
import { type CharacterUsage, DEFAULT_TARGET_LANG, ProviderError, type TargetLang, type TranslationProvider } from "./provider";
import { writeTransaction } from "../db/write-transaction";

export interface TranslateOptions {
  /** Documents by slug; or `all`. */
  slugs?: readonly string[];
  all?: boolean;
  targetLang?: TargetLang;
  /** Count what would be sent and ask for the quota; write nothing. */
  dryRun?: boolean;
  /** Null when no DeepL key is configured. */
  provider: TranslationProvider | null;
  batchLimits?: BatchLimits;
  nearThreshold?: number;
  /** Called after each stored batch (progress). */
  onBatch?: (progress: { slug: string; paragraphs: number; sentSoFar: number; toSend: number }) => void;
}

export interface DocumentReport {
  slug: string;
  /** Why the document is left alone (code notAligned), or null. */
  skipped: UserError | null;
  /** Paragraphs given English from the memory, from DeepL output stored earlier, from DeepL now. */
  fromMemory: number;
  /** Credit lines copied unchanged (not translated, not sent). */
  copied: number;
  fromStored: number;
  fromDeepl: number;
  /** Characters sent (a dry run: that would be sent). */
  characters: number;
  /** Paragraphs a dry run would send. */
  toSend: number;
  suggestions: Suggestion[];
}

export interface TranslateReport {
  dryRun: boolean;
  targetLang: TargetLang;
  documents: DocumentReport[];
  glossary: GlossarySyncResult | null;
  /** Dry run: the account's usage, null when unknown (no key) or unlimited. */
  usage: CharacterUsage | null;
  requests: number;
}

/** A run that stopped on a DeepL failure: one line saying why and what was kept. */
export class TranslateStoppedError extends UserError {
  constructor(
    readonly failure: ProviderError,
    readonly report: TranslateReport,
  ) {
    super(`${failure.message}; ${storedSummary(report)}`);
    this.name = "TranslateStoppedError";
  }
}

function storedSummary(report: TranslateReport): string {
  const done = report.documents.reduce((n, d) => n + d.fromMemory + d.fromStored + d.fromDeepl, 0);
  return done
    ? `the ${done} paragraph${done === 1 ? "" : "s"} translated before it ${done === 1 ? "is" : "are"} stored; run again to continue`
    : "nothing was translated";
}

const reportOf = (plan: DocumentPlan): DocumentReport => ({
  slug: plan.slug,
  skipped: plan.skipped,
  fromMemory: 0,
  copied: 0,
  fromStored: 0,
  fromDeepl: 0,
  characters: 0,
  toSend: plan.send.reduce((n, g) => n + g.paragraphs.length, 0),
  suggestions: plan.suggestions,
});

/**
 * `translate`: gives every French paragraph without English a first draft, memory first
 * (exact match; near matches only suggested), then stored DeepL output, then DeepL; credit
 * lines are copied unchanged, never sent (COPIED_ORIGIN).
 *
 * Failures lose nothing: memory hits are stored first, then each DeepL batch in its own
 * transaction as soon as it arrives, with its MachineTranslation rows; a run that stops
 * (quota, key, timeout) leaves those in place and a new run only asks for the rest.
 * Without a provider, a run that needs DeepL stops before writing anything; one that needs
 * only the memory goes ahead.
 */
export async function translateDocuments(db: Db, options: TranslateOptions): Promise<TranslateReport> {
  const targetLang = options.targetLang ?? DEFAULT_TARGET_LANG;
  const documents = await selectDocuments(db, options);
  const plans = await planDocuments(db, documents, targetLang, options.nearThreshold);
  const report: TranslateReport = { dryRun: !!options.dryRun, targetLang, documents: plans.map(reportOf), glossary: null, usage: null, requests: 0 };
  const provider = options.provider;

  if (options.dryRun) {
    plans.forEach((plan, i) => (report.documents[i].characters = plan.characters));
    if (provider) report.usage = await stopOnFailure(report, () => provider.characterUsage());
    return report;
  }

  const toSend = plans.reduce((n, p) => n + p.send.length, 0);
  if (toSend && !provider) {
    const paragraphs = report.documents.reduce((n, d) => n + d.toSend, 0);
    throw new UserError(`DEEPL_AUTH_KEY is not set: set it to a DeepL API key to translate ${paragraphs} paragraph${paragraphs === 1 ? "" : "s"} (nothing was changed)`);
  }

  let glossaryId: string | null | undefined;
  for (const [i, plan] of plans.entries()) {
    const docReport = report.documents[i];
    if (plan.skipped) continue;

    // Memory and earlier DeepL output first, in one transaction: no request needed.
    if (plan.memory.length || plan.stored.length) {
      await writeTransaction(db, async (tx) => {
        const used: number[] = [];
        for (const { paragraph, unit } of plan.memory) {
          if (await placeTranslation(tx, plan.documentId, { sourceParagraphId: paragraph.id, text: unit.targetText, origin: "memory", note: `translation memory #${unit.id}` })) {
            docReport.fromMemory++;
            used.push(unit.id);
          }
        }
        await recordMemoryUse(tx, used);
        for (const { paragraph, text } of plan.stored) {
          if (await placeTranslation(tx, plan.documentId, { sourceParagraphId: paragraph.id, text, origin: "deepl", note: `DeepL ${targetLang} (stored)` })) {
            docReport.fromStored++;
          }
        }
      });
    }
    if (plan.send.length && provider) glossaryId = await sendToDeepl(plan, docReport, provider, glossaryId);

    // Credit lines last, once DeepL is done with the document: a run that DeepL stops
    // (key, quota, timeout) writes no more than it did before credits were copied, and the
    // next run copies them.
    if (plan.copy.length) {
      await writeTransaction(db, async (tx) => {
        for (const paragraph of plan.copy) {
          const copy = { sourceParagraphId: paragraph.id, text: paragraph.text, origin: COPIED_ORIGIN, note: "credit line, copied unchanged" } as const;
          if (await placeTranslation(tx, plan.documentId, copy)) docReport.copied++;
        }
      });
    }
  }
  return report;

  /** Sends the plan's paragraphs to DeepL in batches, each stored as it arrives; returns the glossary id used. */
  async function sendToDeepl(plan: DocumentPlan, docReport: DocumentReport, provider: TranslationProvider, glossaryId: string | null | undefined) {
    if (glossaryId === undefined) {
      report.glossary = await stopOnFailure(report, async () => syncDeeplGlossary(db, provider, await loadGlossaryTerms(db)));
      glossaryId = report.glossary.glossaryId;
    }
    let sentSoFar = 0;
    for (const batch of makeBatches(plan.send, (g) => g.text, plan.title, options.batchLimits ?? DEFAULT_BATCH_LIMITS)) {
      report.requests++;
      const texts = await stopOnFailure(report, () =>
        provider.translateBatch(batch.map((g) => g.text), { targetLang, context: plan.title || undefined, glossaryId: glossaryId ?? undefined }),
      );
      await writeTransaction(db, async (tx) => {
        for (const [k, group] of batch.entries()) {
          const text = texts[k];
          for (const paragraph of group.paragraphs) {
            await tx.machineTranslation.upsert({
              where: { sourceParagraphId_engine_targetLang: { sourceParagraphId: paragraph.id, engine: provider.engine, targetLang } },
              create: { sourceParagraphId: paragraph.id, engine: provider.engine, targetLang, sourceHash: paragraph.hash, text },
              update: { sourceHash: paragraph.hash, text },
            });
            if (await placeTranslation(tx, plan.documentId, { sourceParagraphId: paragraph.id, text, origin: "deepl", note: `DeepL ${targetLang}` })) {
              docReport.fromDeepl++;
            }
          }
          docReport.characters += billedCharacters(group.text);
        }
      });
      sentSoFar += batch.length;
      options.onBatch?.({ slug: plan.slug, paragraphs: batch.reduce((n, g) => n + g.paragraphs.length, 0), sentSoFar, toSend: plan.send.length });
    }
    return glossaryId;
  }
}

/**
 * The origin of a credit line's English. A credit ("AFP/Archives", "KCNA VIA KNS/AFP")
 * names agencies and photographers: it reads the same in English, so it is copied, not
 * sent to DeepL (no characters billed, no machine output stored). Of the schema's origins
 * (imported, deepl, memory, edited) `imported` says what happened: the text was taken
 * over as it stands, as an English file imported with the article carries it. Not `deepl`
 * (DeepL never saw it), not `memory` (no memory unit), not `edited` (no person changed
 * it). The status stays `machine`, as for every paragraph `translate` writes: nobody has
 * checked it yet. The revision note says "credit line, copied unchanged".
 */
const COPIED_ORIGIN = "imported";

async function stopOnFailure<T>(report: TranslateReport, request: () => Promise<T>): Promise<T> {
  try {
    return await request();
  } catch (error) {
    if (error instanceof ProviderError) throw new TranslateStoppedError(error, report);
    throw error;
  }
}

export { ENGINE };
