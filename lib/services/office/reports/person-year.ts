/**
 * Where a registry person stands for a coverage year, as SQL on `p` (registry_person), read from the
 * portal's records and the insurance history:
 * - registered: a live registration, a notice that is paid or still open on `today`, or an insured year;
 * - paid: a paid notice, a live registration with nothing to pay (the government pays the whole
 *   individual contribution, so no notice is ever issued), or an insured year;
 * - covered: paid, with benefit days in the year (a late payment can buy none), or an insured year.
 * A resident who renews without registering (三(一)1) counts as registered once they have a notice.
 */
import { sql, type SQL } from "drizzle-orm";

export function personYear(coverageYear: number, today: string): { registered: SQL; paid: SQL; covered: SQL; employee: SQL } {
  const insured = sql`exists (select 1 from insurance_history ih where ih.person_id = p.id and ih.coverage_year = ${coverageYear})`;
  const liveRegistration = (also: SQL) =>
    sql`exists (select 1 from enrollment e where e.person_id = p.id and e.coverage_year = ${coverageYear} and e.status <> 'cancelled' ${also})`;
  const notice = (also: SQL) => sql`exists (select 1 from payment_notice n where n.person_id = p.id and n.coverage_year = ${coverageYear} ${also})`;
  const nothingToPay = sql`and (e.answer -> 'contribution' ->> 'payable')::int = 0`;
  return {
    registered: sql`(${liveRegistration(sql``)} or ${notice(sql`and (n.status = 'paid' or (n.status = 'open' and n.due_date >= ${today}))`)} or ${insured})`,
    paid: sql`(${notice(sql`and n.status = 'paid'`)} or ${liveRegistration(nothingToPay)} or ${insured})`,
    covered: sql`(${notice(sql`and n.status = 'paid' and n.benefit_days > 0`)} or ${liveRegistration(sql`${nothingToPay} and (e.answer -> 'coverage' ->> 'benefitDays')::int > 0`)} or ${insured})`,
    // 职工医保 (二(一)2(3) duplicate): insured in the employee scheme, so not expected in the resident one.
    employee: sql`exists (select 1 from employee_account ea where ea.person_id = p.id and ea.status = 'active')`,
  };
}
