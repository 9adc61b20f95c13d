import { getLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { HtmlDocument } from "@/components/ui/HtmlDocument";

/** Sign-in is in the person's language (the `locale` cookie), like the dashboard. */
export default async function SignInLayout({ children }: { children: ReactNode }) {
  return <HtmlDocument lang={await getLocale()}>{children}</HtmlDocument>;
}
