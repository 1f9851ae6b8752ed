/** `rules -- check`, `rules -- diff`, and a new year added as one file with no code edited (issue 15, Done when). */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT, runCli } from "./lib/run-cli";

/** Exactly the example. */
const NINGBO_2027 = `id: ningbo-2027
extends: ningbo-2026
coverageYear: 2027
sources: [ningbo-2026-enrollment]
figures:
  fees.adult.individual: { value: 80000, source: "ningbo-2026-enrollment#二(二)", status: provisional }
  periods.registration:  { value: { start: 2026-09-15, end: 2026-12-25 }, source: "ningbo-2026-enrollment#一(一)", status: provisional }
`;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "policies-"));
  cpSync(path.join(REPO_ROOT, "content/policies"), dir, { recursive: true });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const adult = { birthDate: "1990-05-01", residency: "local-hukou" };

describe("a new year is one file", () => {
  it("adding ningbo-2027.yaml makes `rules -- evaluate` answer under it, not projected, with its fee", async () => {
    const policies = path.join(dir, "with-2027");
    cpSync(path.join(REPO_ROOT, "content/policies"), policies, { recursive: true });
    writeFileSync(path.join(policies, "ningbo-2027.yaml"), NINGBO_2027);
    const requests = [{ policy: "ningbo-2027", person: adult }, { region: "ningbo", asOf: "2026-10-01", person: adult }];
    const run = await runCli(["evaluate"], requests.map((request) => JSON.stringify(request)).join("\n"), { PORTAL_POLICIES_DIR: policies, PORTAL_TODAY: "2026-10-01" });
    expect(run.stderr).toBe("");
    const answers = run.stdout.trim().split("\n").map((line) => JSON.parse(line));
    for (const answer of answers) {
      expect(answer).toMatchObject({ policy: { id: "ningbo-2027", coverageYear: 2027 }, projected: false, contribution: { individual: 80000 } });
    }
    expect(answers[1]).toMatchObject({ period: "centralized", coverage: { start: "2027-01-01" } });
  });

  it("a broken pack file stops the CLI with the file, the line and what is wrong", async () => {
    const policies = path.join(dir, "broken");
    cpSync(path.join(REPO_ROOT, "content/policies"), policies, { recursive: true });
    writeFileSync(path.join(policies, "ningbo-2027.yaml"), NINGBO_2027.replace("value: 80000", "value: -80000"));
    const run = await runCli(["evaluate"], JSON.stringify({ person: adult }), { PORTAL_POLICIES_DIR: policies });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/ningbo-2027\.yaml:6 figures\.fees\.adult\.individual\.value: Must not be negative/);
  });
});

describe("rules -- check", () => {
  it("prints what a file changes relative to the pack it extends, and exits 0", async () => {
    const file = path.join(dir, "draft-2027.yaml");
    writeFileSync(file, NINGBO_2027);
    const run = await runCli(["check", file]);
    expect(run).toMatchObject({ status: 0, stderr: "" });
    expect(run.stdout).toContain("ningbo-2027 is a valid pack (ningbo 2027)");
    expect(run.stdout).toContain("Relative to ningbo-2026");
    expect(run.stdout).toContain("fees.adult.individual: 78000 → 80000 (ningbo-2026-enrollment#二(二), provisional)");
    expect(run.stdout).toContain("periods.coverage: 2026-01-01…2026-12-31 → 2027-01-01…2027-12-31");
  });

  it("refuses a broken file with file:line, key path and reason, and exits 1", async () => {
    const file = path.join(dir, "draft-bad.yaml");
    writeFileSync(file, NINGBO_2027.replace("2026-12-25 }", "2026-09-01 }"));
    const run = await runCli(["check", file]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`${file}:7 figures.periods.registration.value.end: The range ends before it starts: end must be on or after start\n`);
  });

  it("checks a published file as it stands", async () => {
    const run = await runCli(["check", "content/policies/ningxia-2026.yaml"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("ningxia-2026 is a valid pack");
  });
});

describe("rules -- diff", () => {
  it("prints figure-by-figure differences with sources, pack ids or files", async () => {
    const run = await runCli(["diff", "ningbo-2023", "ningbo-2026"]);
    expect(run).toMatchObject({ status: 0, stderr: "" });
    expect(run.stdout).toContain("ningbo-2023 → ningbo-2026");
    expect(run.stdout).toContain("periods.payment: 2022-09-15…2022-12-25 → 2025-09-15…2025-12-26 (cixi-2023-funding-plan#三(一), verified → ningbo-2026-enrollment#一(二), verified)");
  });

  it("an unknown pack exits 1", async () => {
    const run = await runCli(["diff", "ningbo-2026", "atlantis-2026"]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("atlantis-2026 (file): no such pack id");
  });

  it("without two packs prints usage and exits 2", async () => {
    const run = await runCli(["diff", "ningbo-2026"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("Usage:");
  });
});
