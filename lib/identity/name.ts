/**
 * Names as typed against names as registered: full-width and half-width forms, spaces and the
 * several middle dots of transliterated names (安娜·施密特) do not matter; Latin letters compare
 * without case.
 */
export function normalizeName(name: string): string {
  return name
    .normalize("NFKC")
    .replace(/[\s·・•‧.．]/g, "")
    .toUpperCase();
}

export function namesMatch(registered: string, typed: string): boolean {
  const typedName = normalizeName(typed);
  return typedName !== "" && normalizeName(registered) === typedName;
}
