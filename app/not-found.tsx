import Link from "next/link";
import "./globals.css";

// Reached only outside the locale segments (proxy.ts redirects every page path into one).
export default function GlobalNotFound() {
  return (
    <html lang="zh-Hans">
      <body className="mx-auto max-w-3xl p-8">
        <h1 className="mb-4 text-3xl font-bold">找不到这个页面 · Page not found</h1>
        <p>
          <Link href="/">返回办事大厅 · Back to the service hall</Link>
        </p>
      </body>
    </html>
  );
}
