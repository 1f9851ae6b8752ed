import { describe, expect, it } from "vitest";
import { clientAddressFrom, trustedProxies } from "./client-address";

describe("clientAddressFrom (issue 13)", () => {
  it.each([
    // header, trusted hops, the address used as the rate-limit key
    [null, 0, "unknown"],
    ["", 1, "unknown"],
    [" , ", 1, "unknown"],
    // No proxy: Next.js filled the header from the socket.
    ["203.0.113.7", 0, "203.0.113.7"],
    // No proxy, the client sent its own header: indistinguishable; the right-most (documented).
    ["198.51.100.1, 198.51.100.2", 0, "198.51.100.2"],
    // One proxy appends the address it saw: the client's claims to its left are ignored.
    ["203.0.113.7", 1, "203.0.113.7"],
    ["1.1.1.1, 203.0.113.7", 1, "203.0.113.7"],
    ["1.1.1.1, 2.2.2.2, 203.0.113.7", 1, "203.0.113.7"],
    // Two proxies (a CDN, then a load balancer): the second from the right.
    ["1.1.1.1, 203.0.113.7, 10.0.0.2", 2, "203.0.113.7"],
    ["203.0.113.7, 10.0.0.2", 2, "203.0.113.7"],
    // Fewer entries than proxies: the left-most, the farthest known.
    ["10.0.0.2", 2, "10.0.0.2"],
    // Address forms proxies write.
    ["2001:DB8::1", 1, "2001:db8::1"],
    ["[2001:db8::1]:443", 1, "2001:db8::1"],
    ["192.0.2.1:8080", 1, "192.0.2.1"],
    ["::ffff:127.0.0.1", 0, "::ffff:127.0.0.1"],
    ["fe80::1%eth0", 0, "fe80::1%eth0"],
    // What no proxy writes: not used as a key.
    ["1.1.1.1, not-an-address", 1, "unknown"],
    ["1.1.1.1, unknown", 1, "unknown"],
    [`1.1.1.1, ${"a".repeat(200)}`, 1, "unknown"],
  ] as const)("%j with %i trusted hops → %s", (header, hops, expected) => {
    expect(clientAddressFrom(header, hops)).toBe(expected);
  });
});

describe("trustedProxies", () => {
  it("defaults to 0 and reads a whole number", () => {
    expect(trustedProxies({})).toBe(0);
    expect(trustedProxies({ PORTAL_TRUSTED_PROXIES: "" })).toBe(0);
    expect(trustedProxies({ PORTAL_TRUSTED_PROXIES: "2" })).toBe(2);
  });

  it.each(["-1", "1.5", "one", "11"])("refuses %s, naming the variable", (value) => {
    expect(() => trustedProxies({ PORTAL_TRUSTED_PROXIES: value })).toThrow(/PORTAL_TRUSTED_PROXIES/);
  });
});
