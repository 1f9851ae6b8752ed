/**
 * ISO 7064 MOD 11-2, the check character of the ID number (GB 11643-1999), of enrollment references
 * and of payment notice numbers: 10 is written X. A mistyped digit or two swapped neighbours change it.
 */
export function mod11_2(digits: string): string {
  let p = 0;
  for (const digit of digits) p = ((p + Number(digit)) * 2) % 11;
  const check = (12 - p) % 11;
  return check === 10 ? "X" : String(check);
}
