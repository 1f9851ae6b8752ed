import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DEMO_HOUSEHOLDS, DEMO_PEOPLE } from "@/lib/demo/people";
import { REPO_ROOT } from "./lib/run-cli";

/** The real commands, as `npm run db:seed` and `npm run registry` run them, on a throwaway embedded database. */
const work = mkdtempSync(path.join(tmpdir(), "portal-registry-cli-"));
const env = { ...process.env, PORTAL_DATA_DIR: path.join(work, "db"), DATABASE_URL: "" };
const run = (script: string, ...args: string[]) => spawnSync(process.execPath, ["--import", "tsx", script, ...args], { cwd: REPO_ROOT, env, encoding: "utf8" });

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("npm run registry -- import-assistance", () => {
  const person = (name: string) => DEMO_PEOPLE.find((p) => p.name === name)!;
  const file = path.join(work, "roster.csv");
  writeFileSync(
    file,
    ["id_number,name,group_code", `${person("郑晓燕").idNumber},郑晓燕,special-care`, `${person("赵国华").idNumber.slice(0, 17)}0,赵国华,orphan`, ""].join("\n"),
  );

  it("seeds, refuses a file with a bad row, imports with --skip-invalid, and changes nothing the second time", () => {
    expect(run("scripts/db.ts", "seed")).toMatchObject({ status: 0, stdout: expect.stringContaining(`${DEMO_HOUSEHOLDS.length} households, ${DEMO_PEOPLE.length} people`) });
    const refused = run("scripts/registry-cli.ts", "import-assistance", file, "--pack", "ningbo-2026");
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain("line 3: ID number's check digit (GB 11643) is wrong");
    expect(refused.stderr).toContain("nothing imported");
    const imported = run("scripts/registry-cli.ts", "import-assistance", file, "--pack", "ningbo-2026", "--skip-invalid");
    expect(imported).toMatchObject({ status: 0, stdout: expect.stringContaining("imported 1 new roster entries; 0 already on the roster") });
    const again = run("scripts/registry-cli.ts", "import-assistance", file, "--pack", "ningbo-2026", "--skip-invalid");
    expect(again).toMatchObject({ status: 0, stdout: expect.stringContaining("imported 0 new roster entries; 1 already on the roster") });
  }, 60_000);

  it("explains its usage", () => {
    expect(run("scripts/registry-cli.ts", "import-assistance", file)).toMatchObject({ status: 2, stderr: expect.stringContaining("usage:") });
  });
});
