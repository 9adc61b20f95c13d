import NextAuth from "next-auth";
import { getAuthOptions } from "@/lib/auth/options";

type Ctx = { params: Promise<{ nextauth: string[] }> };

// Options are resolved per request: the signing secret may come from the database.
async function handler(request: Request, context: Ctx): Promise<Response> {
  return (await NextAuth(request as never, context as never, await getAuthOptions())) as Response;
}

export { handler as GET, handler as POST };
