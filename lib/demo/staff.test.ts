import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { STAFF_ROLES } from "@/lib/auth/staff-actor";
import { signInStaffForTest } from "@/lib/auth/staff/testing";
import type { OpenDatabase } from "@/lib/db/open";
import { createTestDatabase } from "@/lib/db/testing";
import { ROLE_CHOICES } from "@/lib/forms/office";
import { seedDemoStaff } from "./seed-staff";
import { DEMO_STAFF } from "./staff";

const T0 = new Date("2025-11-20T02:00:00Z");
let database: OpenDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});

describe("the demo staff", () => {
  it("are seeded once, enrolled, and sign in with their published password and secret", async () => {
    expect(await seedDemoStaff(database.db, T0)).toBe(DEMO_STAFF.length);
    expect(await seedDemoStaff(database.db, T0)).toBe(0);
    for (const staff of DEMO_STAFF) await signInStaffForTest(database.db, { staffNumber: staff.staffNumber, password: staff.password, secret: staff.totpSecret }, T0);
  });

  it("hold every role, two reviewers (four eyes), and the forms offer exactly the roles there are", () => {
    for (const role of STAFF_ROLES) expect(DEMO_STAFF.some((s) => s.roles.includes(role))).toBe(true);
    expect(DEMO_STAFF.filter((s) => s.roles.includes("reviewer"))).toHaveLength(2);
    expect([...ROLE_CHOICES]).toEqual([...STAFF_ROLES]);
  });
});
