/**
 * The office console, from the command line.
 *
 *   npm run office -- totp <secret>                                 the authenticator code for now (testers without an app)
 *   npm run office -- create-admin --number <staff number> --name <name> [--force]
 *
 * create-admin makes the first admin of a new office (the console needs an admin to make anyone)
 * and prints its one-time password once; its owner enrols an authenticator and chooses a password
 * at the first sign-in. Refused while an active admin exists: --force makes another one anyway,
 * for an office whose every admin lost their phone and recovery codes (audited as forced). With
 * the embedded database, stop the server first. Exit status: 0 done, 1 refused, 2 usage.
 */
import { parseArgs } from "node:util";
import { fromBase32 } from "@/lib/auth/base32";
import { TOTP, totpCode, totpStep } from "@/lib/auth/totp";
import { now } from "@/lib/clock";
import { openConfigured } from "@/lib/db/open";
import { createAdminFromCommandLine } from "@/lib/services/office/staff-accounts";

const USAGE = "usage: npm run office -- totp <secret> | create-admin --number <staff number> --name <name> [--force]";

/** The code an authenticator app shows now for the secret, and how long it stays. */
export function currentCode(secret: string, at: Date): string {
  const seconds = TOTP.stepSeconds - (Math.floor(at.getTime() / 1000) % TOTP.stepSeconds);
  return `${totpCode(secret, totpStep(at))} (${seconds} s left)`;
}

async function createAdmin(values: { number?: string; name?: string; force?: boolean }): Promise<number> {
  if (!values.number || !values.name) {
    console.error(USAGE);
    return 2;
  }
  const opened = await openConfigured();
  try {
    const result = await createAdminFromCommandLine(opened.db, { staffNumber: values.number, displayName: values.name, force: values.force ?? false }, now());
    if (result.ok) {
      console.log(`created admin ${values.number.trim()} (${values.name.trim()})`);
      console.log(`one-time password (shown only now; the first sign-in replaces it): ${result.oneTimePassword}`);
      return 0;
    }
    const why = {
      "admin-exists": "an active admin exists: ask them to create the account in the console (人员管理), or add --force if no admin can sign in any more",
      "number-taken": `staff number ${values.number} is taken`,
      invalid: "the staff number has letters, digits and hyphens only (at most 20), and the name at most 40 characters",
    }[result.reason];
    console.error(`refused: ${why}`);
    return 1;
  } finally {
    await opened.close();
  }
}

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { number: { type: "string" }, name: { type: "string" }, force: { type: "boolean", default: false } } });
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : error}\n${USAGE}`);
    return 2;
  }
  const [command, secret] = parsed.positionals;
  if (command === "totp" && secret && fromBase32(secret)?.length) {
    console.log(currentCode(secret, now()));
    return 0;
  }
  if (command === "create-admin") return createAdmin(parsed.values);
  console.error(USAGE);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
