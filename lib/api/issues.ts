import type { z } from "zod";
import type { Issue } from "./errors";

/** zod issues in the public shape: `{ path: [...], message }`. */
export function toIssues(error: z.ZodError): Issue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map((key) => (typeof key === "number" ? key : String(key))),
    message: issue.message,
  }));
}
