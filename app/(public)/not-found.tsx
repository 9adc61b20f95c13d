import { NotFoundMessage } from "@/components/NotFoundMessage";

// notFound() inside the public pages: the public layout already provides <main>.
export default function PublicNotFound() {
  return <NotFoundMessage />;
}
