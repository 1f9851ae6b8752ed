/** The message selector of a collection channel (ICU select keys: no hyphens), or its own name. */
export function channelKey(provider: string): string {
  if (provider === "sandbox-cashier") return "sandbox_cashier";
  if (provider === "tax-bureau") return "tax_bureau";
  if (provider.startsWith("family-aid")) return "family_aid";
  if (provider === "demo-seed") return "demo_seed";
  return provider;
}
