import { NotFoundNotice } from "@/components/claims/NotFoundNotice";

export default function SpeakerNotFound() {
  return <NotFoundNotice what="speaker" />;
}
