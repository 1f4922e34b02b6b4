// @ts-check
/**
 * Ends the run with a plain statement when the PostgreSQL half was skipped (no server
 * here; scripts/test-setup.mjs decided), so that nobody mistakes half a run for all of it.
 */
class PostgresSkipReporter {
  onRunComplete() {
    if (process.env.TEST_POSTGRES !== "skip") return;
    const why = process.env.TEST_POSTGRES_REASON ? ` (${process.env.TEST_POSTGRES_REASON})` : "";
    process.stderr.write(
      `\nPostgreSQL half SKIPPED${why}: only SQLite was tested.\n` +
        "To run it: install PostgreSQL (Debian: apt-get install postgresql) and run `npm test` as root or with sudo, which sets it up,\n" +
        "or point TEST_POSTGRES_URL at a server and database you created (default postgresql://vis_a_vis:vis_a_vis@127.0.0.1:5432/vis_a_vis_test).\n",
    );
  }
}
module.exports = PostgresSkipReporter;
