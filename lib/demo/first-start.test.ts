import { describe, expect, it } from "vitest";
import { registryIsEmpty } from "@/lib/db/open";
import { staffAccount } from "@/lib/db/schema";
import { createTestDatabase } from "@/lib/db/testing";
import { seedDemoOnFirstStart } from "./first-start";

/** Seeds a fresh database as a server started with `env` would, and says whether demo people and demo staff now exist. */
async function seededWith(env: Record<string, string>): Promise<boolean> {
  const opened = await createTestDatabase();
  try {
    await seedDemoOnFirstStart(opened, env as NodeJS.ProcessEnv);
    const staff = await opened.db.select({ number: staffAccount.staffNumber }).from(staffAccount);
    const people = !(await registryIsEmpty(opened.db));
    expect(staff.length > 0).toBe(people);
    return people;
  } finally {
    await opened.close();
  }
}

describe("the demo registry on first start", () => {
  it.each([
    [{ NODE_ENV: "production" }, false],
    [{}, false],
    [{ NODE_ENV: "production", PORTAL_DEMO: "0" }, false],
    [{ NODE_ENV: "production", PORTAL_DEMO: "1" }, true],
    [{ NODE_ENV: "development" }, true],
  ])("%o → demo people: %s", async (env, expected) => {
    expect(await seededWith(env)).toBe(expected);
  });
});
