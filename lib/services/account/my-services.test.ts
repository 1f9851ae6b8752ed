import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bindRealName } from "@/lib/auth/real-name";
import { capturingSms, signInForTest } from "@/lib/auth/testing";
import type { OpenDatabase } from "@/lib/db/open";
import { DEMO_PEOPLE } from "@/lib/demo/people";
import { seedDemoRegistry } from "@/lib/demo/seed-registry";
import { createTestDatabase } from "@/lib/db/testing";
import { loadMyServices } from "./my-services";

const T0 = new Date("2025-11-20T02:00:00Z");

let database: OpenDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemoRegistry(database.db, T0);
});
afterAll(async () => {
  await database.close();
});

describe("loadMyServices", () => {
  it("is nothing before the real-name check", async () => {
    const { accountId } = await signInForTest(database.db, "13800003001", T0);
    expect(await loadMyServices(database.db, accountId, "2025-11-20")).toBeNull();
  });

  it("shows who I am and my household, with every number masked", async () => {
    const zhou = DEMO_PEOPLE.find((p) => p.name === "周美玲")!;
    const signedIn = await signInForTest(database.db, zhou.phone!, T0);
    const bound = await bindRealName(
      database.db,
      capturingSms(),
      { accountId: signedIn.accountId, name: zhou.name, idNumber: zhou.idNumber, clientAddress: "192.0.2.1", sessionToken: signedIn.sessionToken },
      T0,
      "2025-11-20",
    );
    expect(bound.ok).toBe(true);
    const mine = await loadMyServices(database.db, signedIn.accountId, "2025-11-20");
    expect(mine?.me).toEqual({ name: "周美玲", idNumberMasked: `**************${zhou.idNumber.slice(-4)}`, phoneMasked: "139****0201", region: "ningbo", residency: "local-hukou" });
    expect(mine?.household).toMatchObject({ kind: "hukou", district: "江北区" });
    expect(mine?.household.members.map((m) => [m.name, m.role, m.isMe])).toEqual([
      ["周美玲", "head", true],
      ["周子航", "child", false],
      ["何秀英", "parent", false],
    ]);
    const text = JSON.stringify(mine);
    expect(DEMO_PEOPLE.filter((p) => text.includes(p.idNumber))).toEqual([]);
    // Nothing on the page rebuilds a number: no birth date of anyone in the household, ages instead.
    const household = DEMO_PEOPLE.filter((p) => ["周美玲", "周子航", "何秀英"].includes(p.name));
    expect(household.filter((p) => text.includes(p.birthDate) || text.includes(p.idNumber.slice(6, 14)))).toEqual([]);
    expect(mine?.household.members.every((m) => Number.isInteger(m.age))).toBe(true);
    expect(text).not.toContain(zhou.phone!);
  });
});
