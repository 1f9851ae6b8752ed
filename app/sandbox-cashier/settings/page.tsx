import { getDb } from "@/lib/db/client";
import { formatMoney } from "@/lib/format";
import { loadSettings, recentPayments } from "@/lib/sandbox-cashier/ledger";
import { resendAction, settingsAction } from "../actions";

export const dynamic = "force-dynamic";

const buttonClass = "inline-flex min-h-12 items-center rounded bg-gray-800 px-5 py-2 text-lg font-semibold text-white";
const inputClass = "min-h-12 w-32 rounded border-2 border-gray-800 bg-white px-3 text-lg";

/** How the sandbox behaves (repeats, delays, lost callbacks), and its recent payments with their confirmations. */
export default async function CashierSettingsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const db = await getDb();
  const [settings, payments, params] = await Promise.all([loadSettings(db), recentPayments(db), searchParams]);
  return (
    <>
      <h1 className="mb-6 text-3xl font-bold">
        收银台设置 <span lang="en">· Cashier settings</span>
      </h1>
      {params.saved ? <p role="status" className="mb-4 text-lg font-semibold">已保存 · Saved</p> : null}
      {params.sent ? <p role="status" className="mb-4 text-lg font-semibold">已发送到期回调 · Due callbacks sent</p> : null}
      <form action={settingsAction} className="mb-10 space-y-4 rounded border-2 border-gray-800 bg-white p-4">
        <p>
          <label htmlFor="repeatCallbacks" className="block text-lg font-semibold">每笔回调次数（1–20） · Callbacks per payment</label>
          <input id="repeatCallbacks" name="repeatCallbacks" type="number" min={1} max={20} defaultValue={settings.repeatCallbacks} className={inputClass} />
        </p>
        <p>
          <label htmlFor="delaySeconds" className="block text-lg font-semibold">回调延迟（秒，0–3600） · Delay in seconds</label>
          <input id="delaySeconds" name="delaySeconds" type="number" min={0} max={3600} defaultValue={settings.delaySeconds} className={inputClass} />
        </p>
        <p className="flex items-center gap-3">
          <input id="loseCallbacks" name="loseCallbacks" type="checkbox" defaultChecked={settings.loseCallbacks} className="h-6 w-6" />
          <label htmlFor="loseCallbacks" className="text-lg font-semibold">丢失回调（只能对账补记） · Lose callbacks (reconcile heals them)</label>
        </p>
        <button type="submit" className={buttonClass}>保存 · Save</button>
      </form>
      <h2 className="mb-3 text-2xl font-bold">最近收款 · Recent payments</h2>
      <form action={resendAction} className="mb-4">
        <button type="submit" className={buttonClass}>发送到期回调 · Send due callbacks</button>
      </form>
      <table className="w-full border-collapse bg-white text-left">
        <thead>
          <tr className="border-b-2 border-gray-800">
            <th scope="col" className="p-2">流水号 Reference</th>
            <th scope="col" className="p-2">通知号 Notice</th>
            <th scope="col" className="p-2">金额 Amount</th>
            <th scope="col" className="p-2">状态 Status</th>
            <th scope="col" className="p-2">回调 Callbacks</th>
            <th scope="col" className="p-2"><span className="sr-only">重发 Resend</span></th>
          </tr>
        </thead>
        <tbody>
          {payments.map((p) => (
            <tr key={p.reference} className="border-b border-gray-300">
              <td className="p-2 font-mono text-sm">{p.reference}</td>
              <td className="p-2 font-mono text-sm">{p.noticeNumber}</td>
              <td className="p-2">{formatMoney(p.amountFen, "zh-Hans")}</td>
              <td className="p-2">{p.status}</td>
              <td className="p-2">
                {p.callbacksSent}/{p.callbacksPlanned}
                {p.lastCallbackStatus !== null ? ` · HTTP ${p.lastCallbackStatus}` : ""}
              </td>
              <td className="p-2">
                {p.status === "paid" ? (
                  <form action={resendAction}>
                    <input type="hidden" name="reference" value={p.reference} />
                    <input type="hidden" name="times" value="1" />
                    <button type="submit" className="min-h-12 underline">
                      重发回调<span className="sr-only"> {p.reference}</span> · Resend
                    </button>
                  </form>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
