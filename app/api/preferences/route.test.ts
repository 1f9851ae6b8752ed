import { describe, expect, it } from "vitest";
import { POST } from "./route";

function post(body: string, contentType = "application/x-www-form-urlencoded") {
  return POST(new Request("http://portal.test/api/preferences", { method: "POST", body, headers: { "content-type": contentType } }));
}

describe("POST /api/preferences (elder mode toggle)", () => {
  it("turns elder mode on and returns to the page it came from", async () => {
    const response = await post("elder=1&return=%2Fzh-Hans%2Fsources");
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/zh-Hans/sources");
    expect(response.headers.get("set-cookie")).toMatch(/portal-elder=1; Path=\/;.*HttpOnly; SameSite=lax/i);
  });

  it("turns elder mode off", async () => {
    const response = await post("elder=0&return=%2Fen");
    expect(response.headers.get("set-cookie")).toMatch(/portal-elder=0/);
  });

  it("never redirects off the site", async () => {
    const response = await post("elder=1&return=https%3A%2F%2Fevil.example%2F");
    expect(response.headers.get("location")).toBe("/");
  });

  it("survives a body that is not a form", async () => {
    const response = await post("{not a form", "application/json");
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/");
  });
});
