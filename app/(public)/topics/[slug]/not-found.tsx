import { NotFoundNotice } from "@/components/claims/NotFoundNotice";

export default function TopicNotFound() {
  return <NotFoundNotice what="topic" />;
}
