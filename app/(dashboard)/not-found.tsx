import { NotFoundMessage } from "@/components/NotFoundMessage";

export default function DashboardNotFound() {
  return <NotFoundMessage />;
}
