import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";

export type Started = { url: string; dataDir: string; output: () => string; exited: Promise<number | null>; stop: () => Promise<void> };

/**
 * `next start` as an operator would run it: NODE_ENV=production, no PORTAL_DEMO, no PORTAL_TODAY,
 * its own embedded database, and only the settings given.
 */
export function startProduction(port: number, settings: Record<string, string>): Started {
  const dataDir = `.data/e2e-production-${port}`;
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(`${dataDir}.lock`, { force: true });
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production", PORTAL_DATA_DIR: dataDir, ...settings };
  const child: ChildProcess = spawn("npx", ["next", "start", "-p", String(port), "-H", "127.0.0.1"], { env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return {
    url: `http://127.0.0.1:${port}`,
    dataDir,
    output: () => output,
    exited,
    stop: async () => {
      if (child.exitCode === null) process.kill(-child.pid!, "SIGTERM");
      await exited;
      // npx may end before the next-server it started, which holds the data directory until it exits.
      await released(`${dataDir}.lock`, -child.pid!);
    },
  };
}

/** Waits until the server answers /api/health/ready, or its process ends. */
export async function ready(server: Started, timeoutMs = 90_000): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  let ended = false;
  void server.exited.then(() => (ended = true));
  while (!ended && Date.now() < until) {
    const ok = await fetch(`${server.url}/api/health/ready`).then((r) => r.ok, () => false);
    if (ok) return true;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return false;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Waits until no live process holds the lock file; after 30 s the server's process group is killed. */
async function released(lockFile: string, group: number): Promise<void> {
  const holder = () => {
    try {
      return Number(readFileSync(lockFile, "utf8").trim()) || 0;
    } catch {
      return 0;
    }
  };
  const until = Date.now() + 30_000;
  while (holder() && alive(holder())) {
    if (Date.now() > until + 10_000) throw new Error(`${lockFile} is still held by process ${holder()}`);
    if (Date.now() > until) {
      try {
        process.kill(group, "SIGKILL");
      } catch {
        // already gone
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
