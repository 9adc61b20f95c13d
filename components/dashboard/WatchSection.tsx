import type { Actor } from "@/lib/permissions";
import { roleAllows } from "@/lib/permissions";
import { isWatching } from "@/lib/watches/queries";
import { WatchButton, type WatchTargetView } from "./WatchButton";

/** The Watch toggle with its current state read on the server (one line on a page renders it). */
export async function WatchSection({ actor, target }: { actor: Actor; target: WatchTargetView }) {
  if (!roleAllows(actor.role, "watch.manage")) return null;
  return <WatchButton target={target} watching={await isWatching(actor, target)} />;
}
