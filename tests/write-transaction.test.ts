import { createDb, type Db } from "../lib/db/client";
import { writeTransaction } from "../lib/db/write-transaction";
import { createTempDb, type TempDb } from "./helpers/temp-db";
import { testProvider } from "./helpers/test-provider";

let temp: TempDb;
beforeAll(async () => (temp = await createTempDb()));
afterAll(() => temp.close());

// Only PostgreSQL's SERIALIZABLE can refuse a COMMIT; SQLite's writers take turns.
const postgresOnly = testProvider() === "postgresql" ? it : it.skip;

function signal(): { promise: Promise<void>; done: () => void } {
  let done!: () => void;
  const promise = new Promise<void>((resolve) => (done = resolve));
  return { promise, done };
}

/** Whether the client closes within `ms`: its pool waits for every connection to be given back. */
const closes = (db: Db, ms: number): Promise<boolean> =>
  Promise.race([db.$disconnect().then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), ms).unref())]);

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
});
