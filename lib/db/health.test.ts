import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectedMigrations, readiness } from "./health";
import type { OpenDatabase } from "./open";
import { createTestDatabase } from "./testing";

let opened: OpenDatabase;
beforeAll(async () => {
  opened = await createTestDatabase();
});
afterAll(() => opened.close());

describe("readiness", () => {
  it("is ready when every migration of the build is applied", async () => {
    expect(expectedMigrations()).toBeGreaterThanOrEqual(5);
    expect(await readiness(opened.db)).toEqual({ ready: true, migrations: expectedMigrations() });
  });

  it("is not ready when the build carries a migration the database lacks", async () => {
    const expected = expectedMigrations() + 1;
    expect(await readiness(opened.db, expected)).toEqual({ ready: false, problem: "migrations-pending", applied: expected - 1, expected });
  });

  it("is not ready when the database does not answer", async () => {
    const broken = { execute: () => Promise.reject(new Error("connection refused")) } as unknown as typeof opened.db;
    expect(await readiness(broken, 5)).toEqual({ ready: false, problem: "unreachable", expected: 5 });
  });
});

