/** One record of a CSV file with the line it starts on (1-based). */
export type CsvRecord = { line: number; fields: string[] };

/**
 * RFC 4180 CSV: comma-separated, fields optionally in double quotes ("" inside quotes is a quote),
 * CRLF or LF line ends, an optional UTF-8 byte-order mark. Blank lines are skipped.
 */
export function parseCsv(text: string): CsvRecord[] {
  const input = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = "";
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let fieldStarted = false;
  const endRecord = () => {
    if (fields.length > 0 || fieldStarted || field !== "") {
      fields.push(field);
      if (!(fields.length === 1 && fields[0]!.trim() === "")) records.push({ line: recordLine, fields });
    }
    fields = [];
    field = "";
    fieldStarted = false;
  };
  for (let i = 0; i < input.length; i += 1) {
    const c = input[i]!;
    if (quoted) {
      if (c === '"' && input[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') {
        quoted = false;
      } else {
        if (c === "\n") line += 1;
        field += c;
      }
    } else if (c === '"' && field === "") {
      quoted = true;
      fieldStarted = true;
    } else if (c === ",") {
      fields.push(field);
      field = "";
      fieldStarted = true;
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && input[i + 1] === "\n") i += 1;
      endRecord();
      line += 1;
      recordLine = line;
    } else {
      field += c;
    }
  }
  endRecord();
  return records;
}
