import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/PageHeading";
import { Link } from "@/lib/i18n/navigation";

export type OutboxMessage = { id: number; phoneMasked: string; text: string; sentAt: Date };

/** The demo stand-in for residents' phones: what the local SMS adapter sent. */
export async function OutboxView({ messages }: { messages: OutboxMessage[] }) {
  const t = await getTranslations("signIn.outbox");
  const time = new Intl.DateTimeFormat("zh-CN", { timeZone: "Asia/Shanghai", dateStyle: "short", timeStyle: "medium", hourCycle: "h23" });
  return (
    <>
      <PageHeading lead={t("lead")}>{t("title")}</PageHeading>
      {messages.length === 0 ? (
        <p className="mb-6 text-lg">{t("empty")}</p>
      ) : (
        <div className="mb-6 overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <caption className="mb-2 text-left text-xl font-bold">{t("caption")}</caption>
            <thead>
              <tr className="border-b-2 border-ink">
                <th scope="col" className="py-2 pr-4">{t("to")}</th>
                <th scope="col" className="py-2 pr-4">{t("sentAt")}</th>
                <th scope="col" className="py-2">{t("text")}</th>
              </tr>
            </thead>
            <tbody>
              {messages.map((message) => (
                <tr key={message.id} className="border-b border-line" data-phone={message.phoneMasked}>
                  <td className="py-2 pr-4 font-mono whitespace-nowrap">{message.phoneMasked}</td>
                  <td className="py-2 pr-4 whitespace-nowrap">{time.format(message.sentAt)}</td>
                  <td className="py-2">{message.text}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="text-lg">
        <Link href="/sign-in">{t("signIn")}</Link>
      </p>
    </>
  );
}
