import { PrismaPg } from "@prisma/adapter-pg";
import { handedBackWhenEndRefused } from "./refused-transaction-end";

type PgAdapter = Awaited<ReturnType<PrismaPg["connect"]>>;

/** PrismaPg whose transactions never keep their connection after a failed COMMIT or ROLLBACK. */
export class PgAdapterFactory extends PrismaPg {
  override async connect(): Promise<PgAdapter> {
    const adapter = await super.connect();
    const startTransaction = adapter.startTransaction.bind(adapter);
    // A refused COMMIT ends the transaction on the server: nothing to abandon.
    adapter.startTransaction = async (isolationLevel) => handedBackWhenEndRefused(await startTransaction(isolationLevel));
    return adapter;
  }
}
