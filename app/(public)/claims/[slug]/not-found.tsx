import { NotFoundNotice } from "@/components/claims/NotFoundNotice";

export default function ClaimNotFound() {
  return <NotFoundNotice what="claim" />;
}
