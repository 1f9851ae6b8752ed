import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { OpenDatabase } from "@/lib/db/open";
import { createTestDatabase } from "@/lib/db/testing";
import { signInForTest } from "@/lib/auth/testing";
import { addStaffForTest, signInStaffForTest } from "@/lib/auth/staff/testing";

/** The cookies of the request being answered: set by each case. */
const jar = new Map<string, string>();
let database: OpenDatabase;

vi.mock("server-only", () => ({}));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined) }),
  headers: async () => new Headers(),
}));
vi.mock("@/lib/db/client", () => ({ getDb: async () => database.db }));
vi.mock("@/lib/i18n/navigation", () => ({
  redirect: ({ href, locale }: { href: string; locale: string }) => {
    throw new Error(`redirect ${locale} ${href}`);
  },
}));
const { requireStaff } = await import("./require-staff");

const T0 = new Date();

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});
beforeEach(() => jar.clear());

describe("requireStaff", () => {
  it("sends a browser without a staff session to the office's sign-in", async () => {
    await expect(requireStaff("zh-Hans")).rejects.toThrow("redirect zh-Hans /office/sign-in");
  });

  it("never takes a resident's session, in the resident's cookie or in the office's", async () => {
    const resident = await signInForTest(database.db, "13700009101", T0);
    jar.set("portal-session", resident.sessionToken);
    await expect(requireStaff("zh-Hans")).rejects.toThrow("redirect zh-Hans /office/sign-in");
    jar.set("office", resident.sessionToken);
    await expect(requireStaff("en", "clerk")).rejects.toThrow("redirect en /office/sign-in?ended=1");
  });

  it("answers the member of staff holding the role, and refuses one without it", async () => {
    const clerk = await addStaffForTest(database.db, T0, { roles: ["clerk"], region: "ningbo" });
    jar.set("office", await signInStaffForTest(database.db, clerk, T0));
    await expect(requireStaff("zh-Hans", "clerk")).resolves.toEqual({ staffId: clerk.staffId, staffNumber: clerk.staffNumber, roles: ["clerk"], region: "ningbo" });
    await expect(requireStaff("zh-Hans")).resolves.toMatchObject({ staffId: clerk.staffId });
    await expect(requireStaff("zh-Hans", "admin")).rejects.toThrow("redirect zh-Hans /office/forbidden");
    await expect(requireStaff("en", "reviewer")).rejects.toThrow("redirect en /office/forbidden");
  });
});
