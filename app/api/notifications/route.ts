import { queryRoute } from "@/lib/api/route";
import { listNotifications } from "@/lib/notifications/queries";
import { notificationListQuery } from "@/lib/notifications/validation";

export const GET = queryRoute({
  action: "notification.read",
  query: notificationListQuery,
  run: ({ actor, query }) => listNotifications(actor, query),
});
