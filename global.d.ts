import type { locales } from "@/lib/i18n/routing";
import type reasons from "./messages/reasons/zh-Hans.json";
import type messages from "./messages/zh-Hans.json";

declare module "next-intl" {
  interface AppConfig {
    Locale: (typeof locales)[number];
    Messages: typeof messages & { reasons: typeof reasons };
  }
}
