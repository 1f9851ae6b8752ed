/** Mainland mobile numbers: 11 digits starting 13–19. */
export type PhoneProblem = "required" | "format";

/** Spaces, dashes, full-width digits and a +86 / 0086 prefix are accepted. */
export function normalizePhone(raw: string): string {
  const digits = raw
    .replace(/[\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000()（）-]/g, "")
    .replace(/^\+/, "");
  if (/^86\d{11}$/.test(digits)) return digits.slice(2);
  if (/^0086\d{11}$/.test(digits)) return digits.slice(4);
  return digits;
}

export function phoneProblem(phone: string): PhoneProblem | null {
  if (phone === "") return "required";
  return /^1[3-9]\d{9}$/.test(phone) ? null : "format";
}

/** 138****1999: the first three and the last four digits. */
export function maskPhone(phone: string): string {
  if (phone.length < 7) return "*".repeat(phone.length);
  return `${phone.slice(0, 3)}${"*".repeat(phone.length - 7)}${phone.slice(-4)}`;
}
