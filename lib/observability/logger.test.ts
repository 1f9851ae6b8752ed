import { afterEach, describe, expect, it } from "vitest";
import { logger } from "./logger";
import { withRequestContext } from "./request-context";
import { captureLogs } from "./testing";

let capture = captureLogs();
afterEach(() => {
  capture.restore();
  capture = captureLogs();
});

const lines = () => capture.lines().map((line) => JSON.parse(line) as Record<string, unknown>);

describe("the logger", () => {
  it("writes one JSON line per event with an ISO time and the level's name, and no pid or host", () => {
    logger.info({ people: 38 }, "seeded");
    expect(lines()).toEqual([{ level: "info", time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/), people: 38, msg: "seeded" }]);
  });

  it("carries the request id of the request it runs in, and none outside one", () => {
    withRequestContext({ requestId: "RequestIdForTheTest" }, () => logger.info("inside"));
    logger.info("outside");
    const [inside, outside] = lines();
    expect(inside).toMatchObject({ requestId: "RequestIdForTheTest", msg: "inside" });
    expect(outside).not.toHaveProperty("requestId");
  });

  it("masks phones and never writes codes, tokens, cookies or ID numbers given as fields", () => {
    logger.info(
      { phone: "13905740101", code: "042917", sessionToken: "tok", idNumber: "330203198204160317", headers: { cookie: "portal-session=abc", authorization: "Bearer x" } },
      "fields",
    );
    expect(lines()[0]).toMatchObject({
      phone: "139****0101",
      code: "[redacted]",
      sessionToken: "[redacted]",
      idNumber: "[redacted]",
      headers: { cookie: "[redacted]", authorization: "[redacted]" },
    });
  });

  it("leaves a phone already masked as it is", () => {
    logger.info({ phone: "139****0101" }, "masked");
    expect(lines()[0]).toMatchObject({ phone: "139****0101" });
  });

  it("writes an error's type, message and frames, without a failed query's parameters or a database error's detail", () => {
    const cause = Object.assign(new Error("duplicate key value violates unique constraint \"account_phone_unique\""), {
      code: "23505",
      detail: "Key (phone)=(13905740101) already exists.",
    });
    const failed = Object.assign(new Error("Failed query: insert into account (phone, name) values ($1, $2)\nparams: 13905740101,林志强", { cause }), {
      name: "DrizzleQueryError",
      query: "insert into account (phone, name) values ($1, $2)",
      params: ["13905740101", "林志强"],
    });
    logger.error({ err: failed }, "unexpected");
    const text = capture.text();
    expect(text).not.toContain("13905740101");
    expect(text).not.toContain("林志强");
    expect(text).not.toContain("already exists");
    expect(lines()[0]).toMatchObject({
      err: { type: "DrizzleQueryError", message: "Failed query: insert into account (phone, name) values ($1, $2)", cause: { code: "23505" } },
    });
  });

  it("stars what a message carries: an ID number, a phone, a code", () => {
    logger.warn("330203198204160317 13905740101 042917");
    expect(lines()[0]).toMatchObject({ msg: "**************0317 139****0101 ******" });
  });
});
