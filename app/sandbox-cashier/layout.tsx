import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { sandboxEnabled } from "@/lib/sandbox-cashier/order";
import "../globals.css";

export const metadata: Metadata = { title: "沙箱收款服务 · Sandbox cashier", robots: { index: false } };

/** The sandbox collection service: a stand-in for the tax bureau's cashier, with its own look, outside the portal. */
export default function SandboxCashierLayout({ children }: { children: ReactNode }) {
  if (!sandboxEnabled()) notFound();
  return (
    <html lang="zh-Hans">
      <body className="min-h-screen bg-gray-100">
        <header className="bg-gray-800 px-4 py-3 text-white">
          <p className="text-lg font-semibold">
            税务缴费收银台（沙箱） <span lang="en">· Tax collection cashier (sandbox)</span>
          </p>
          <p className="text-sm">测试用，不收取真实款项 <span lang="en">· for testing: no real money moves</span></p>
        </header>
        <main className="mx-auto max-w-2xl px-4 py-8">{children}</main>
      </body>
    </html>
  );
}
