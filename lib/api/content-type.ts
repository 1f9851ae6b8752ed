/**
 * True for `application/json`, with or without parameters, as long as any charset is UTF-8.
 * Media types are case-insensitive (RFC 9110 §8.3.1).
 */
export function isJsonContentType(header: string | null): boolean {
  if (header === null) return false;
  const [mediaType = "", ...parameters] = header.split(";").map((part) => part.trim().toLowerCase());
  if (mediaType !== "application/json") return false;
  return parameters.every((parameter) => {
    const [name, value = ""] = parameter.split("=").map((part) => part.trim());
    return name !== "charset" || value.replace(/^"|"$/g, "") === "utf-8";
  });
}
