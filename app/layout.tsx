import type { Metadata } from "next";
import type { ReactNode } from "react";
import { env } from "@/lib/env";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(env.SITE_URL),
  title: { default: "ClaimLedger", template: "%s · ClaimLedger" },
  description:
    "Sổ kiểm chứng phát ngôn: ai đã nói gì, khi nào, ở đâu, qua nguồn nào, và đã được kiểm chứng đến đâu.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="vi">
      <body className="min-h-screen font-sans antialiased">{children}</body>
    </html>
  );
}
