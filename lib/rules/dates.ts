/**
 * Plain calendar dates as YYYY-MM-DD strings. UTC Date arithmetic is used internally,
 * only on values derived from the inputs; nothing here reads the clock.
 */
export type PlainDate = string;

const DAY_MS = 86_400_000;

function parts(date: PlainDate): [number, number, number] {
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

function epochDay(date: PlainDate): number {
  const [y, m, d] = parts(date);
  return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
}

function fromEpochDay(day: number): PlainDate {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

function format(year: number, month: number, day: number): PlainDate {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function yearOf(date: PlainDate): number {
  return parts(date)[0];
}

export function compare(a: PlainDate, b: PlainDate): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function isBetween(date: PlainDate, start: PlainDate, end: PlainDate): boolean {
  return start <= date && date <= end;
}

/** Day of the week, 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function dayOfWeek(date: PlainDate): number {
  return (((epochDay(date) + 4) % 7) + 7) % 7;
}

export function addDays(date: PlainDate, days: number): PlainDate {
  return fromEpochDay(epochDay(date) + days);
}

/** Same day number `months` calendar months later, clamped to the end of the month (11-30 + 3 → 02-28). */
export function addMonths(date: PlainDate, months: number): PlainDate {
  const [y, m, d] = parts(date);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return format(year, month, Math.min(d, daysInMonth(year, month)));
}

export function addYears(date: PlainDate, years: number): PlainDate {
  return addMonths(date, years * 12);
}

export function firstOfMonth(date: PlainDate): PlainDate {
  return date.slice(0, 8) + "01";
}

export function lastOfMonth(date: PlainDate): PlainDate {
  const [y, m] = parts(date);
  return format(y, m, daysInMonth(y, m));
}

/** Days from `start` to `end` (negative when end is earlier). */
export function daysBetween(start: PlainDate, end: PlainDate): number {
  return epochDay(end) - epochDay(start);
}

/** Days from start to end counting both; 0 when end is before start. */
export function daysInclusive(start: PlainDate, end: PlainDate): number {
  return Math.max(0, daysBetween(start, end) + 1);
}

/** Completed years (周岁) on `date`; negative when born after it. A 02-29 birthday is reached on 03-01. */
export function ageOn(birthDate: PlainDate, date: PlainDate): number {
  const [by, bm, bd] = parts(birthDate);
  const [y, m, d] = parts(date);
  const beforeBirthday = m < bm || (m === bm && d < bd);
  let age = y - by - (beforeBirthday ? 1 : 0);
  if (birthDate > date && age >= 0) age = -1;
  return age;
}

export function minDate(a: PlainDate, b: PlainDate): PlainDate {
  return a <= b ? a : b;
}

export function maxDate(a: PlainDate, b: PlainDate): PlainDate {
  return a >= b ? a : b;
}

const PLAIN_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** `node` with every YYYY-MM-DD string in it moved on by `years` (a situation, or an answer, a year later). */
export function shiftDates<T>(node: T, years: number): T {
  if (years === 0) return node;
  if (typeof node === "string" && PLAIN_DATE.test(node)) return addYears(node, years) as T;
  if (Array.isArray(node)) return node.map((item) => shiftDates(item, years)) as T;
  if (typeof node === "object" && node !== null) return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, shiftDates(value, years)])) as T;
  return node;
}
