import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL("./", import.meta.url)) } },
  test: {
    include: ["{lib,components,app,scripts,messages}/**/*.test.{ts,tsx}"],
    environment: "node",
    testTimeout: 30_000,
    // Opening a fresh migrated PGlite per test file takes a second or two, much longer on a busy machine.
    hookTimeout: 60_000,
  },
});
