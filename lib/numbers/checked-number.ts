import { mod11_2 } from "./check-character";

export type CheckedNumber = {
  compose(coverageYear: number, sequence: number): string;
  /** Spaces, dashes and lower case as typed from a letter, an SMS or a receipt are accepted. */
  normalize(raw: string): string;
  isValid(raw: string): boolean;
  /** In groups that are easy to read out over the phone or at a counter. */
  format(number: string): string;
};

/**
 * A number of the portal's own: a two-letter prefix, the coverage year, a zero-padded sequence and
 * an ISO 7064 MOD 11-2 check character over the digits, so that a mistyped digit or two swapped
 * neighbours are caught before anyone looks the number up.
 */
export function checkedNumber(prefix: string, sequenceDigits: number, groups: number[]): CheckedNumber {
  const shape = new RegExp(`^${prefix}(\\d{4})(\\d{${sequenceDigits}})([\\dX])$`);
  const normalize = (raw: string) => raw.replace(/[\s\u3000-]/g, "").toUpperCase();
  return {
    compose(coverageYear, sequence) {
      const body = `${coverageYear}${String(sequence).padStart(sequenceDigits, "0")}`;
      if (!new RegExp(`^\\d{${4 + sequenceDigits}}$`).test(body)) throw new Error(`${prefix} number out of range: ${coverageYear}/${sequence}`);
      return `${prefix}${body}${mod11_2(body)}`;
    },
    normalize,
    isValid(raw) {
      const match = shape.exec(normalize(raw));
      return Boolean(match && mod11_2(`${match[1]}${match[2]}`) === match[3]);
    },
    format(number) {
      const match = shape.exec(number);
      if (!match) return number;
      const [, year, sequence, check] = match as unknown as [string, string, string, string];
      let at = 0;
      const parts = groups.map((size) => sequence.slice(at, (at += size)));
      return [prefix, year, ...parts, check].join(" ");
    },
  };
}
