import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import path from "node:path";

export type Started = { url: string; dataDir: string; output: () => string; exited: Promise<number | null>; stop: () => Promise<void> };

/** The settings a production server must have (lib/deployment.ts), for the specs that start one. */
export const PRODUCTION_SECRETS = {
  PORTAL_SECRET: "e2e-production-secret-0123456789abcdef",
  PORTAL_COOKIE_SECRET: "e2e-production-cookie-secret-0123456789abcdef",
  PORTAL_CASHIER_SECRET: "e2e-production-cashier-secret-0123456789",
  PORTAL_BASE_URL: "https://yibao.example.gov.cn",
};

/**
 * `npm start` as an operator would run it: NODE_ENV=production, no PORTAL_DEMO, no PORTAL_TODAY,
 * NEXT_MANUAL_SIG_HANDLE (the graceful stop of instrumentation.ts), its own embedded database, and
 * only the settings given. Next.js runs in the spawned process itself (not under npx), so that its
 * exit code is the server's.
 */
export function startProduction(port: number, settings: Record<string, string>): Started {
  const dataDir = `.data/e2e-production-${port}`;
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(`${dataDir}.lock`, { force: true });
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NEXT_TELEMETRY_DISABLED: "1",
    NODE_ENV: "production",
    NEXT_MANUAL_SIG_HANDLE: "true",
    PORTAL_DATA_DIR: dataDir,
    ...settings,
  };
  const next = path.join(process.cwd(), "node_modules/next/dist/bin/next");
  const child: ChildProcess = spawn(process.execPath, [next, "start", "-p", String(port), "-H", "127.0.0.1"], { env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
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
      if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, "SIGTERM");
      await exited;
      // A process of the group may outlive the server; the data directory is free once its holder is gone.
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
