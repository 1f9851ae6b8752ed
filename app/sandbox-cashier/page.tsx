import Link from "next/link";
import { getDb } from "@/lib/db/client";
import { formatMoney } from "@/lib/format";
import { formatNoticeNumber } from "@/lib/numbers/notice-number";
import { providerKey } from "@/lib/cashier/providers";
import { decodeOrder } from "@/lib/sandbox-cashier/order";
import { checkoutAction } from "./actions";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const buttonClass = "inline-flex min-h-12 items-center rounded px-5 py-2 text-lg font-semibold";

/** The cashier's checkout: the amount of the portal's signed order, with pay, fail and cancel. */
export default async function CheckoutPage({ searchParams }: Props) {
  const params = await searchParams;
  const order = decodeOrder(await providerKey(await getDb(), "sandbox-cashier"), params.order, params.sig);
  if (!order) {
    return (
      <>
        <h1 className="mb-4 text-3xl font-bold">{params.overdue ? "已过缴费期限" : "缴费订单无效"}</h1>
        <p className="text-lg" lang="en">
          {params.overdue ? "This notice is past its due date: the cashier takes no payment for it." : "This payment order is missing, altered or not signed by the portal."}
        </p>
        <p className="mt-6 text-lg">
          <Link href="/sandbox-cashier/settings">收银台设置 · Settings</Link>
        </p>
      </>
    );
  }
  return (
    <>
      <h1 className="mb-6 text-3xl font-bold">
        城乡居民医保缴费 <span lang="en">· Payment</span>
      </h1>
      <dl className="mb-8 grid grid-cols-[auto_1fr] gap-x-6 gap-y-3 rounded border-2 border-gray-800 bg-white p-4 text-lg">
        <dt className="font-semibold">缴费通知号 Notice</dt>
        <dd data-testid="cashier-notice">{formatNoticeNumber(order.noticeNumber)}</dd>
        <dt className="font-semibold">应缴金额 Amount</dt>
        <dd className="text-2xl font-bold" data-testid="cashier-amount">
          {formatMoney(order.amountFen, "zh-Hans")}
        </dd>
        <dt className="font-semibold">缴费期限 Due</dt>
        <dd>{order.dueDate}</dd>
      </dl>
      <form action={checkoutAction} className="flex flex-wrap gap-4">
        <input type="hidden" name="order" value={String(params.order)} />
        <input type="hidden" name="sig" value={String(params.sig)} />
        <button type="submit" name="outcome" value="paid" className={`${buttonClass} bg-green-800 text-white`}>
          确认支付 · Pay
        </button>
        <button type="submit" name="outcome" value="failed" className={`${buttonClass} border-2 border-gray-800 bg-white text-gray-900`}>
          模拟支付失败 · Fail
        </button>
        <button type="submit" name="outcome" value="cancelled" className={`${buttonClass} border-2 border-gray-800 bg-white text-gray-900`}>
          取消 · Cancel
        </button>
      </form>
      <p className="mt-8 text-base">
        <Link href="/sandbox-cashier/settings">收银台设置（重复、延迟、丢失回调） · Settings: repeat, delay or lose callbacks</Link>
      </p>
    </>
  );
}
