import { NotFoundNotice } from "@/components/claims/NotFoundNotice";

// notFound() in a public page without a more specific boundary (a list page past its end, an
// unknown address caught by [...missing]): the public layout already provides <main>.
export default function PublicNotFound() {
  return <NotFoundNotice what="page" />;
}
