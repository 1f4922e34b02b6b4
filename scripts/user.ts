import { Argument, Command, Option } from "commander";
import { addAccount, findAccount, listAccounts, resetPassword, setDisabled, setRole, type Account } from "../lib/auth/accounts";
import { generatePassword } from "../lib/auth/password";
import { ROLES } from "../lib/auth/roles";
import { getDb } from "../lib/db/client";
import { UserError } from "../lib/errors";
import { ONE_LINE_ERRORS, runCommand } from "./cli";
import { readPassword } from "./read-password";

const program = new Command("user")
  .description("Manage the accounts of people who write: editors and admins (readers only read). The first admin is made here; then admins use the People page.")
  .configureOutput(ONE_LINE_ERRORS);

const describe = (a: Account) => `${a.name} (${a.role}${a.disabled ? ", disabled" : ""})`;

/** The new password: typed twice on a terminal, the first line of standard input otherwise, or made up and shown once. */
async function newPassword(options: { generatePassword?: boolean }): Promise<{ password: string; shown: boolean }> {
  if (options.generatePassword) return { password: generatePassword(), shown: true };
  return { password: await readPassword(), shown: false };
}

program
  .command("add")
  .description("Add an account. The password comes from standard input (its first line) or is asked for twice on a terminal.")
  .argument("<name>", "the person's name, as history will show it; they sign in with it (any letter case)")
  .addOption(new Option("--role <role>", "what they may do").choices([...ROLES]).makeOptionMandatory())
  .option("--generate-password", "make up a password and print it once, to hand over")
  .action(async (name: string, options: { role: string; generatePassword?: boolean }) => {
    const { password, shown } = await newPassword(options);
    const account = await addAccount(getDb(), { name, role: options.role, password });
    console.log(`added ${describe(account)}`);
    if (shown) console.log(`password: ${password}`);
  });

program
  .command("list")
  .description("List the accounts.")
  .option("--json", "print only a JSON array")
  .action(async (options: { json?: boolean }) => {
    const accounts = await listAccounts(getDb());
    if (options.json) return void console.log(JSON.stringify(accounts, null, 2));
    for (const a of accounts) console.log(`${describe(a)}  last signed in ${a.lastSignInAt?.toISOString() ?? "never"}`);
    if (!accounts.length) console.error("no accounts: writing is open to this machine (or the editor token) until the first is added");
  });

program
  .command("role")
  .description("Give an account another role.")
  .argument("<name>", "the account's name")
  .addArgument(new Argument("<role>", "reader, editor or admin").choices([...ROLES]))
  .action(async (name: string, role: string) => {
    const account = await setRole(getDb(), (await findAccount(getDb(), name)).id, role);
    console.log(`${describe(account)}`);
  });

for (const [command, disabled] of [["disable", true], ["enable", false]] as const) {
  program
    .command(command)
    .description(disabled ? "Disable an account: its sessions end and it cannot sign in; what it wrote keeps its name." : "Enable a disabled account again.")
    .argument("<name>", "the account's name")
    .action(async (name: string) => {
      const account = await setDisabled(getDb(), (await findAccount(getDb(), name)).id, disabled);
      console.log(`${describe(account)}`);
    });
}

program
  .command("password")
  .description("Set a new password for an account (from standard input, a terminal prompt, or made up); its sessions end.")
  .argument("<name>", "the account's name")
  .option("--generate-password", "make up a password and print it once, to hand over")
  .action(async (name: string, options: { generatePassword?: boolean }) => {
    const id = (await findAccount(getDb(), name)).id;
    const { password, shown } = await newPassword(options);
    const account = await resetPassword(getDb(), id, password);
    console.log(`new password set for ${describe(account)}; signed out everywhere`);
    if (shown) console.log(`password: ${password}`);
  });

runCommand(async () => {
  if (process.argv.length <= 2) throw new UserError("say what to do: add, list, role, disable, enable or password (see --help)");
  await program.parseAsync();
});
