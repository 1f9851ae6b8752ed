import type { locales } from "@/lib/i18n/routing";
import type account from "./messages/account/zh-Hans.json";
import type check from "./messages/check/zh-Hans.json";
import type enrollment from "./messages/enrollment/zh-Hans.json";
import type errorPage from "./messages/errorPage/zh-Hans.json";
import type family from "./messages/family/zh-Hans.json";
import type office from "./messages/office/zh-Hans.json";
import type officeReports from "./messages/officeReports/zh-Hans.json";
import type officeQueues from "./messages/officeQueues/zh-Hans.json";
import type policies from "./messages/policies/zh-Hans.json";
import type payment from "./messages/payment/zh-Hans.json";
import type reasons from "./messages/reasons/zh-Hans.json";
import type signIn from "./messages/signIn/zh-Hans.json";
import type core from "./messages/zh-Hans.json";

// Message keys are typed from zh-Hans: a missing key fails the type check.
declare module "next-intl" {
  interface AppConfig {
    Locale: (typeof locales)[number];
    Messages: typeof core & { reasons: typeof reasons; check: typeof check; signIn: typeof signIn; account: typeof account; errorPage: typeof errorPage; enrollment: typeof enrollment; payment: typeof payment; family: typeof family; office: typeof office; officeReports: typeof officeReports; officeQueues: typeof officeQueues; policies: typeof policies };
  }
}
