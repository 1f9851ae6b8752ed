import { describe, expect, it } from "vitest";
import { auditQuerySchema, auditSearchSchema, deadlinesQuerySchema, looksLikeIdNumber, paymentsQuerySchema, rateQuerySchema } from "./office-reports";
import { parseQuery } from "./query";

const ID = "33020519460211048" + "3"; // 何秀英, a demo person

describe("report filters (GET)", () => {
  it.each([
    ["a year and every region", rateQuerySchema, { year: "2026", region: "" }, []],
    ["a region", rateQuerySchema, { year: "2023", region: "ningxia" }, []],
    ["no year", rateQuerySchema, { region: "" }, [["year", "yearInvalid"]]],
    ["an unknown region", rateQuerySchema, { year: "2026", region: "hangzhou" }, [["region", "regionInvalid"]]],
    ["a week of payments", paymentsQuerySchema, { from: "2025-11-14", to: "2025-11-20", region: "" }, []],
    ["92 days", paymentsQuerySchema, { from: "2025-08-21", to: "2025-11-20", region: "" }, []],
    ["93 days", paymentsQuerySchema, { from: "2025-08-20", to: "2025-11-20", region: "" }, [["to", "paymentRangeInvalid"]]],
    ["backwards", paymentsQuerySchema, { from: "2025-11-20", to: "2025-11-19", region: "" }, [["to", "paymentRangeInvalid"]]],
    ["not a date", paymentsQuerySchema, { from: "2025-02-30", to: "20/11/2025", region: "" }, [["from", "dateInvalid"], ["to", "dateInvalid"]]],
    ["0 days", deadlinesQuerySchema, { days: "0", region: "" }, []],
    ["60 days", deadlinesQuerySchema, { days: "60", region: "" }, []],
    ["61 days", deadlinesQuerySchema, { days: "61", region: "" }, [["days", "daysInvalid"]]],
    ["a negative number of days", deadlinesQuerySchema, { days: "-1", region: "" }, [["days", "daysInvalid"]]],
  ] as const)("%s", (_name, schema, params, errors) => {
    const parsed = parseQuery(schema, params);
    expect(parsed.errors.map((e) => [e.field, e.message])).toEqual(errors);
    expect(parsed.data === null).toBe(errors.length > 0);
  });

  it("reads the first value of a repeated name, trims it, and fills what the address leaves out from the defaults", () => {
    const parsed = parseQuery(rateQuerySchema, { year: [" 2026 ", "2023"] }, { year: "2023", region: "" });
    expect(parsed.values).toEqual({ year: "2026", region: "" });
    expect(parseQuery(rateQuerySchema, {}, { year: "2023" }).values).toEqual({ year: "2023", region: "" });
  });
});

describe("audit search", () => {
  const base = { person: "", staff: "", action: "", from: "2025-11-01", to: "2025-11-30" };
  it.each([
    ["nothing but dates", {}, []],
    ["a full ID number, typed with a space", { person: `${ID.slice(0, 6)} ${ID.slice(6)}` }, []],
    ["a registry person id", { person: "nb-02-2" }, []],
    ["an ID number with a wrong check digit", { person: "330205194602110484" }, [["person", "personFormat"]]],
    ["part of an ID number", { person: "0483" }, []], // a registry id as far as the form knows; the registry says it is nobody
    ["a staff number", { staff: "C-001" }, []],
    ["a staff number with a space", { staff: "C 001" }, [["staff", "staffFormat"]]],
    ["an action name", { action: "payment.recorded" }, []],
    ["something else as action", { action: "drop table" }, [["action", "actionInvalid"]]],
    ["367 days", { from: "2024-11-29", to: "2025-11-30" }, [["to", "auditRangeInvalid"]]],
  ] as const)("as posted: %s", (_name, more, errors) => {
    expect(parseQuery(auditSearchSchema, { ...base, ...more }).errors.map((e) => [e.field, e.message])).toEqual(errors);
  });

  it("the page's address takes a registry id but never an ID number, and a page cursor of digits", () => {
    const query = (more: Record<string, string>) => parseQuery(auditQuerySchema, { ...base, before: "", ...more }).errors.map((e) => e.field);
    expect(query({ person: "nb-02-2", before: "120" })).toEqual([]);
    expect(query({ person: ID })).toEqual(["person"]);
    expect(query({ before: "0" })).toEqual(["before"]);
    expect(query({ before: "12a" })).toEqual(["before"]);
  });

  it.each([
    [ID, true],
    ["33020519460211048x", true],
    ["３３０２０５１９４６０２１１０４８３", true],
    ["nb-02-2", false],
    ["3302051946021104", false],
  ])("looksLikeIdNumber(%s) = %s", (value, expected) => {
    expect(looksLikeIdNumber(value)).toBe(expected);
  });
});
