import { now, shanghaiDate, today } from "@/lib/clock";

/**
 * The instant of "now" on the service date: the real time of day in Asia/Shanghai on today(). With
 * PORTAL_TODAY unset this is now(); a demo or end-to-end server pinned to a date pays on that date,
 * so the payment date the rules see is the service date.
 */
export function serviceInstant(): Date {
  const real = now();
  const date = today();
  if (date === shanghaiDate(real)) return real;
  const time = new Intl.DateTimeFormat("en-GB", { timeZone: "Asia/Shanghai", hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" }).format(real);
  return new Date(`${date}T${time}.${String(real.getMilliseconds()).padStart(3, "0")}+08:00`);
}
