import { createDb, type Db } from "../lib/db/client";
import { writeTransaction } from "../lib/db/write-transaction";
import { createTempDb, type TempDb } from "./helpers/temp-db";
import { testProvider } from "./helpers/test-provider";

let temp: TempDb;
beforeAll(async () => (temp = await createTempDb()));
afterAll(() => temp.close());

// PostgreSQL's SERIALIZABLE refuses a COMMIT on a conflict; SQLite's writers take turns, and
// its COMMIT is refused by a constraint checked then (a deferred foreign key, as here).
const postgresOnly = testProvider() === "postgresql" ? it : it.skip;
const sqliteOnly = testProvider() === "sqlite" ? it : it.skip;

function signal(): { promise: Promise<void>; done: () => void } {
  let done!: () => void;
  const promise = new Promise<void>((resolve) => (done = resolve));
  return { promise, done };
}

/** `promise`'s value, or "timed out" after `ms`. */
const within = <T>(promise: Promise<T>, ms: number): Promise<T | "timed out"> =>
  Promise.race([promise, new Promise<"timed out">((resolve) => setTimeout(() => resolve("timed out"), ms).unref())]);

/** Whether the client closes within `ms`: its pool waits for every connection to be given back. */
const closes = async (db: Db, ms: number): Promise<boolean> => (await within(db.$disconnect(), ms)) !== "timed out";

describe("writeTransaction", () => {
  postgresOnly("a write refused at COMMIT is run again, and its connection goes back to the pool", async () => {
    // A client of its own, so that a leaked connection fails this test, not temp.close().
    const db = createDb(temp.url);
    await db.appCounter.createMany({ data: [{ name: "a" }, { name: "b" }] });
    // Write skew: each writer reads the row the other updates. Both update before either
    // commits, so PostgreSQL finds the conflict only at the second COMMIT.
    const aRead = signal();
    const bRead = signal();
    const bWrote = signal();
    let attemptsB = 0;
    const a = writeTransaction(db, async (tx) => {
      await tx.appCounter.findUnique({ where: { name: "a" } });
      aRead.done();
      await bRead.promise;
      await tx.appCounter.update({ where: { name: "b" }, data: { value: { increment: 1 } } });
      await bWrote.promise;
    });
    const b = writeTransaction(db, async (tx) => {
      const first = ++attemptsB === 1;
      await tx.appCounter.findUnique({ where: { name: "b" } });
      if (first) {
        bRead.done();
        await aRead.promise;
      }
      await tx.appCounter.update({ where: { name: "a" }, data: { value: { increment: 1 } } });
      if (first) {
        bWrote.done();
        await a;
      }
    });
    await Promise.all([a, b]);
    expect(attemptsB).toBe(2);
    expect(await db.appCounter.findMany({ where: { name: { in: ["a", "b"] } }, orderBy: { name: "asc" }, select: { name: true, value: true } })).toEqual([
      { name: "a", value: 1 },
      { name: "b", value: 1 },
    ]);
    expect(await closes(db, 10_000)).toBe(true);
  });

  sqliteOnly("a write refused at COMMIT leaves nothing behind, and the next write goes through", async () => {
    const db = createDb(temp.url);
    await db.appCounter.create({ data: { name: "c" } });
    // The foreign key is checked at COMMIT, which SQLite refuses and keeps the transaction open.
    const refused = writeTransaction(db, async (tx) => {
      await tx.$executeRawUnsafe("PRAGMA defer_foreign_keys = ON");
      await tx.appCounter.update({ where: { name: "c" }, data: { value: 5 } });
      await tx.$executeRawUnsafe(`INSERT INTO "GlossaryMention" ("documentId", "entryId", "count") VALUES (999999, 999999, 1)`);
    });
    await expect(refused).rejects.toThrow();
    // Before: the refused transaction kept the connection, every later write waited for it
    // forever, and reads saw its writes.
    expect(await within(db.appCounter.findUniqueOrThrow({ where: { name: "c" } }), 10_000)).toMatchObject({ value: 0 });
    const next = writeTransaction(db, (tx) => tx.appCounter.update({ where: { name: "c" }, data: { value: { increment: 1 } } }));
    expect(await within(next, 10_000)).toMatchObject({ value: 1 });
    expect(await db.glossaryMention.count()).toBe(0);
    expect(await closes(db, 10_000)).toBe(true);
  });
});
