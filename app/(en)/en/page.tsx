import { redirect } from "next/navigation";

// Like the Vietnamese home (app/page.tsx): the published claims are the front page.
export default function EnglishHome() {
  redirect("/en/claims");
}
