import type { Db } from "@/lib/db/types";
import { hashPassword } from "../password-hash";
import type { StaffRole } from "../staff-actor";
import { newTotpSecret, totpCode, totpStep } from "../totp";
import { insertStaff } from "./accounts";
import { officeKeys } from "./keys";
import { checkPassword, checkSecondFactor } from "./sign-in";

let counter = 0;

/** An enrolled member of staff with a known password and TOTP secret, for tests. */
export async function addStaffForTest(db: Db, at: Date, options: { roles?: StaffRole[]; region?: string | null; enrolled?: boolean; passwordChangeRequired?: boolean; staffNumber?: string } = {}) {
  counter += 1;
  const staffNumber = options.staffNumber ?? `T${process.pid % 1000}${String(counter).padStart(4, "0")}`;
  const password = `correct horse battery ${counter}`;
  const secret = newTotpSecret();
  const staffId = await insertStaff(
    db,
    (await officeKeys(db)).seal,
    {
      staffNumber,
      displayName: `测试 ${staffNumber}`,
      roles: options.roles ?? ["clerk"],
      region: options.region ?? null,
      passwordHash: await hashPassword(password, { ln: 10, r: 8, p: 1 }),
      passwordChangeRequired: options.passwordChangeRequired ?? false,
      totpSecret: options.enrolled === false ? undefined : secret,
    },
    at,
  );
  if (!staffId) throw new Error(`staff number ${staffNumber} taken`);
  return { staffId, staffNumber, password, secret };
}

/** The code an authenticator app shows at `at`, `offset` steps on. */
export function codeAt(secret: string, at: Date, offset = 0): string {
  return totpCode(secret, totpStep(at) + offset);
}

/** Signs an enrolled member of staff in through both steps; returns the session token. */
export async function signInStaffForTest(db: Db, staff: { staffNumber: string; password: string; secret: string }, at: Date, clientAddress = "198.51.100.1"): Promise<string> {
  const first = await checkPassword(db, { staffNumber: staff.staffNumber, password: staff.password, clientAddress }, at);
  if (!first.ok) throw new Error(`password refused: ${first.reason}`);
  const second = await checkSecondFactor(db, { pendingToken: first.pendingToken, code: codeAt(staff.secret, at), clientAddress }, at);
  if (!second.ok || second.next !== "done") throw new Error(`second factor refused: ${JSON.stringify(second)}`);
  return second.sessionToken;
}
