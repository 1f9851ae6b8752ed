import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { totpCode, totpStep } from "@/lib/auth/totp";
import { REPO_ROOT } from "./lib/run-cli";

const work = mkdtempSync(path.join(tmpdir(), "portal-office-cli-"));
const env = { ...process.env, PORTAL_DATA_DIR: path.join(work, "db"), DATABASE_URL: "" };
const run = (...args: string[]) => spawnSync(process.execPath, ["--import", "tsx", "scripts/office-cli.ts", ...args], { cwd: REPO_ROOT, env, encoding: "utf8" });

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("npm run office", () => {
  it("totp prints the code an authenticator app shows now", () => {
    const secret = "6LTFT4PJCJJDTK3OUKUE3G3WV5ZAPBID";
    const before = totpStep(new Date());
    const { status, stdout } = run("totp", secret);
    const after = totpStep(new Date());
    expect(status).toBe(0);
    expect([totpCode(secret, before), totpCode(secret, after)]).toContain(stdout.slice(0, 6));
    expect(stdout).toMatch(/^\d{6} \(\d{1,2} s left\)\n$/);
  });

  it("create-admin makes the first admin once, prints its one-time password, and refuses a second unless forced", () => {
    const first = run("create-admin", "--number", "A001", "--name", "首位管理员");
    expect(first.stderr).toBe("");
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/one-time password \(shown only now; the first sign-in replaces it\): [2-9a-z]{4}(-[2-9a-z]{4}){3}\n$/);
    const second = run("create-admin", "--number", "A002", "--name", "又一位");
    expect(second).toMatchObject({ status: 1, stderr: expect.stringContaining("an active admin exists") });
    expect(run("create-admin", "--number", "A002", "--name", "又一位", "--force")).toMatchObject({ status: 0 });
  }, 180_000);

  it.each([[[]], [["totp"]], [["create-admin", "--number", "A3"]], [["unknown"]]])("answers %j with the usage", (args) => {
    expect(run(...args)).toMatchObject({ status: 2, stderr: expect.stringContaining("usage: npm run office") });
  });
});
