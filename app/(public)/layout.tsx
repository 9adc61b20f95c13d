import type { ReactNode } from "react";
import { PublicChrome } from "@/components/public/PublicChrome";
import { HtmlDocument } from "@/components/ui/HtmlDocument";
import { warnAboutSiteUrlOnce } from "@/lib/feeds/site-origin";

// Public pages print absolute links from SITE_URL; a server without it says so once (see there).
warnAboutSiteUrlOnce();

/** The public site in Vietnamese, its own language (English: app/(en)/en/layout.tsx). */
export default function PublicLayout({ children }: { children: ReactNode }) {
  return (
    <HtmlDocument lang="vi">
      <PublicChrome>{children}</PublicChrome>
    </HtmlDocument>
  );
}
