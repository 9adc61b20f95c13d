import { createHash } from "node:crypto";
import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { mutatingRoutes } from "./support/mutating-routes";
import { apiAs, users } from "./support/session";
import { addSource } from "./support/sources";
import { startWebhookReceiver } from "./support/webhook-receiver";

/**
 * Authorisation matrix: every mutating route handler × {anonymous, editor, reviewer, admin,
 * the claim's own author}. Allowed cells must succeed and write something; denied cells must
 * get 401/403 and change nothing — both checked on the digest of every table around the call. A new mutating endpoint fails the "every endpoint is listed" test until it
 * is added here.
 */
type ActorName = "anonymous" | "editor" | "reviewer" | "admin" | "owner";
const ACTORS: ActorName[] = ["anonymous", "editor", "reviewer", "admin", "owner"];

interface Resource {
  id: string;
  version: number;
}

interface Endpoint {
  name: string;
  method: "POST" | "PUT" | "PATCH" | "DELETE";
  route: string; // file route, e.g. /api/claims/[id]
  allowed: ActorName[];
  setup: () => Promise<Resource | null>;
  body: (r: Resource | null) => Record<string, unknown>;
  url: (r: Resource | null) => string;
  // What an allowed call returns (default: 2xx), for everyone or per actor.
  allowedStatus?: number;
  allowedStatusFor?: Partial<Record<ActorName, number>>;
  // A passing signal that stores nothing (presence): allowed or not, no table changes.
  writesNothing?: boolean;
}

let ctx: Record<ActorName, APIRequestContext>;
let speakerId: string;
let counter = 0;

type Digest = Record<string, { rows: number; md5: string | null }>;
/** Row count and content digest of every table (the admin integrity endpoint). */
async function digest(): Promise<Digest> {
  return (await json<{ tables: Digest }>(await ctx.admin.get("/api/admin/integrity"))).tables;
}
const changedTables = (a: Digest, b: Digest) =>
  Object.keys({ ...a, ...b }).filter((t) => JSON.stringify(a[t]) !== JSON.stringify(b[t]));

async function json<T>(res: APIResponse): Promise<T> {
  expect(res.ok(), `${res.url()} → ${res.status()} ${await res.text()}`).toBeTruthy();
  return (await res.json()) as T;
}

const claimBody = () => ({
  speakerId,
  quote: `Phát ngôn kiểm thử quyền ${++counter}`,
  kind: "DIRECT",
  saidAt: "2025-12-20",
  topics: ["trilateral-talks"],
});

async function draft(): Promise<Resource> {
  return json<Resource>(await ctx.owner.post("/api/claims", { data: claimBody() }));
}
async function move(r: Resource, who: ActorName, transition: string, reason?: string): Promise<Resource> {
  return json<Resource>(
    await ctx[who].post(`/api/claims/${r.id}/transitions`, {
      data: { transition, version: r.version, reason },
    }),
  );
}
const inReview = async () => move(await draft(), "owner", "submit");
/** In review with a source: approval needs one (lib/checklists/service.ts). */
async function approvable(): Promise<Resource> {
  const d = await draft();
  await addSource(ctx.owner, d.id);
  return move(d, "owner", "submit");
}
const approved = async () => move(await approvable(), "reviewer", "approve");
const rejected = async () => move(await inReview(), "reviewer", "reject");
async function editedTwice(): Promise<Resource> {
  const d = await draft();
  return json<Resource>(
    await ctx.owner.patch(`/api/claims/${d.id}`, { data: { ...claimBody(), version: d.version } }),
  );
}
async function deleted(): Promise<Resource> {
  const d = await draft();
  return json<Resource>(await ctx.owner.delete(`/api/claims/${d.id}`, { data: { version: d.version } }));
}
async function speaker(): Promise<Resource> {
  return json<Resource>(
    await ctx.admin.post("/api/speakers", { data: { name: `Người thử ${++counter}`, kind: "PERSON" } }),
  );
}
async function outlet(): Promise<Resource> {
  return json<Resource>(await ctx.admin.post("/api/outlets", { data: { name: `Báo thử ${++counter}` } }));
}
/** The text of each article made here, by id (a correction names the hash of the text it corrects). */
const articleTexts = new Map<string, string>();
const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");
async function article(): Promise<Resource> {
  const o = await outlet();
  const text = `Ông Ushakov cho biết không có định dạng ba bên nào. Bài số ${++counter}.`;
  const made = await json<Resource>(
    await ctx.admin.post("/api/articles", { data: { outletId: o.id, title: `Bài thử ${counter}`, text } }),
  );
  articleTexts.set(made.id, text);
  return made;
}
/** A source (in a new article) added by the admin to `claim`: the resource is the appearance. */
async function appearanceOn(claim: Promise<Resource>): Promise<Resource> {
  const [c, a] = await Promise.all([claim, article()]);
  const ap = await json<Resource>(
    await ctx.admin.post(`/api/claims/${c.id}/appearances`, {
      data: {
        articleId: a.id,
        start: 0,
        end: 11,
        exact: "Ông Ushakov",
        chain: [{ kind: "OUTLET", label: "Báo thử" }],
      },
    }),
  );
  return { id: ap.id, version: c.version };
}
const withAppearance = () => appearanceOn(draft());
async function link(): Promise<Resource> {
  const [a, b] = await Promise.all([draft(), draft()]);
  return json<Resource>(
    await ctx.admin.post("/api/links", { data: { fromClaimId: a.id, toClaimId: b.id, type: "SUPPORTS" } }),
  );
}
/** An open suggested link (lib/suggestions/): a draft that negates the same new speaker's earlier one. */
async function suggestion(): Promise<Resource> {
  const sp = await speaker();
  const say = async (quote: string, saidAt: string) =>
    json<Resource>(
      await ctx.owner.post("/api/claims", {
        data: { speakerId: sp.id, quote, kind: "DIRECT", saidAt, topics: [] },
      }),
    );
  const earlier = await say(`Bộ sẽ tổ chức hội nghị thử quyền số ${++counter} tại Huế.`, "2025-11-01");
  await say(`Bộ sẽ không tổ chức hội nghị thử quyền số ${counter} tại Huế.`, "2025-11-20");
  const { suggestions } = await json<{ suggestions: { id: string }[] }>(
    await ctx.admin.get(`/api/link-suggestions?claimId=${earlier.id}`),
  );
  expect(suggestions, "the second statement is suggested as contradicting the first").toHaveLength(1);
  return { id: suggestions[0]!.id, version: 1 };
}
async function annotation(): Promise<Resource> {
  const d = await draft();
  const an = await json<{ id: string }>(
    await ctx.admin.post(`/api/claims/${d.id}/annotations`, { data: { body: "Cần kiểm tra nguồn gốc." } }),
  );
  return { id: an.id, version: 1 };
}
let articleForSpan: Resource | null = null;
async function checklistItem(): Promise<Resource> {
  return json<Resource>(
    await ctx.admin.post("/api/admin/checklists", {
      data: { kind: "DIRECT", labelVi: `Mục ${++counter}`, labelEn: `Item ${counter}`, required: false },
    }),
  );
}
/** The demo people's ids (the @mention look-up), for assignment bodies. */
const people = { owner: "", reviewer: "" };
async function personId(email: string): Promise<string> {
  const { data } = await json<{ data: { id: string; email: string }[] }>(
    await ctx.admin.get(`/api/users/mentionable?q=${encodeURIComponent(email)}`),
  );
  return data.find((u) => u.email === email)!.id;
}
/** A new speaker every staff account watches (so that each one's unwatch changes something). */
async function watchedSpeaker(): Promise<Resource> {
  const sp = await speaker();
  for (const who of ["editor", "reviewer", "admin", "owner"] as const)
    await json(await ctx[who].put("/api/watches", { data: { speakerId: sp.id } }));
  return sp;
}
/**
 * In review, its one source going back to an unnamed official: a source-laundering alert. The
 * fingerprint of its sources (which an acknowledgement names) is what the refused approval says.
 */
const sourcingFingerprint = new Map<string, string>();
async function launderedInReview(): Promise<Resource> {
  const [d, a] = await Promise.all([draft(), article()]);
  await json(
    await ctx.owner.post(`/api/claims/${d.id}/appearances`, {
      data: {
        articleId: a.id,
        start: 0,
        end: 11,
        exact: "Ông Ushakov",
        chain: [
          { kind: "OUTLET", label: "Báo thử" },
          { kind: "UNNAMED_SOURCE", label: "một quan chức không nêu tên" },
        ],
      },
    }),
  );
  const r = await move(d, "owner", "submit");
  const refused = await ctx.reviewer.post(`/api/claims/${r.id}/transitions`, {
    data: { transition: "approve", version: r.version },
  });
  expect(refused.status()).toBe(409);
  const { error } = (await refused.json()) as { error: { reason: string; details: { fingerprint: string } } };
  expect(error.reason).toBe("approval_needs_sourcing_ack");
  sourcingFingerprint.set(r.id, error.details.fingerprint);
  return r;
}
/** An optional item of the drafts' kind (DIRECT), made once: each check is on a new draft. */
let sharedItemId = "";

// Webhooks (issue 15): endpoints point at this spec's own receiver and listen for links between
// published claims only (none of the matrix's links is between published claims).
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
async function webhookEndpoint(): Promise<Resource> {
  return json<Resource>(
    await ctx.admin.post("/api/admin/webhooks", {
      data: { url: receiver.url(`/matrix-${++counter}`), events: ["claim.linked"] },
    }),
  );
}
/** A delivery that was sent (a replay needs one that is no longer queued): `id` is "<endpoint>/deliveries/<delivery>". */
async function sentWebhookDelivery(): Promise<Resource> {
  const endpoint = await webhookEndpoint();
  const ping = await json<{ id: string }>(
    await ctx.admin.post(`/api/admin/webhooks/${endpoint.id}/test`, { data: {} }),
  );
  await expect
    .poll(async () => {
      const { endpoints } = await json<{
        endpoints: { id: string; deliveries: { id: string; status: string }[] }[];
      }>(await ctx.admin.get("/api/admin/webhooks"));
      return endpoints.find((e) => e.id === endpoint.id)?.deliveries.find((d) => d.id === ping.id)?.status;
    })
    .toBe("DELIVERED");
  return { id: `${endpoint.id}/deliveries/${ping.id}`, version: endpoint.version };
}

// Changes to published pages (issue 19): editors' changes wait for a reviewer (202).
async function publishedSpeaker(): Promise<Resource> {
  const sp = await speaker();
  let c = await json<Resource>(
    await ctx.owner.post("/api/claims", { data: { ...claimBody(), speakerId: sp.id } }),
  );
  await addSource(ctx.owner, c.id);
  c = await move(c, "owner", "submit");
  await move(c, "reviewer", "approve");
  return sp;
}
const publishedWithAppearance = () => appearanceOn(approved());
/** A draft quoted by two outlets whose words differ in a number: `id` is "<claim>|<later appearance>". */
async function drifted(): Promise<Resource> {
  const c = await draft();
  let later = "";
  for (const [day, words] of [
    ["2025-12-20", "Giảm 30% khí thải"],
    ["2025-12-21", "Giảm 50% khí thải"],
  ] as const) {
    const o = await outlet();
    const a = await json<Resource>(
      await ctx.admin.post("/api/articles", {
        data: {
          outletId: o.id,
          title: `Bài lệch ${++counter}`,
          text: `${words}. Bài số ${counter}.`,
          publishedAt: day,
        },
      }),
    );
    const ap = await json<Resource>(
      await ctx.admin.post(`/api/claims/${c.id}/appearances`, {
        data: {
          articleId: a.id,
          start: 0,
          end: words.length,
          exact: words,
          chain: [{ kind: "OUTLET", label: "Báo thử" }],
        },
      }),
    );
    later = ap.id;
  }
  return { id: `${c.id}|${later}`, version: c.version };
}
/** A change proposed by the demo editor (not the owner): a link between two published claims. */
async function proposal(): Promise<Resource> {
  const [a, b] = await Promise.all([approved(), approved()]);
  const res = await ctx.editor.post("/api/links", {
    data: { fromClaimId: a.id, toClaimId: b.id, type: "RESPONDS_TO", note: "Đề xuất chờ duyệt." },
  });
  expect(res.status(), await res.text()).toBe(202);
  const { pendingChange } = (await res.json()) as { pendingChange: { id: string } };
  return { id: pendingChange.id, version: 1 };
}
const waitsForEditors = { editor: 202, owner: 202 } as const;

/** Everyone but anonymous has an unread notification: a reviewer's request on a claim of each of the owner, editor and admin (each submission tells the reviewer). */
async function everyoneNotified(): Promise<null> {
  for (const author of ["owner", "editor", "admin"] as const) {
    const d = await json<Resource>(await ctx[author].post("/api/claims", { data: claimBody() }));
    await move(await move(d, author, "submit"), "reviewer", "request_changes", "Cần thêm nguồn.");
  }
  return null;
}
async function freshUser(): Promise<Resource> {
  return json<Resource>(
    await ctx.admin.post("/api/admin/users", {
      data: {
        email: `matrix${++counter}@claimledger.test`,
        name: "Matrix",
        role: "EDITOR",
        password: "matrix-password",
      },
    }),
  );
}

const transition = (
  name: string,
  allowed: ActorName[],
  setup: () => Promise<Resource>,
  reason?: string,
): Endpoint => ({
  name: `transition ${name}`,
  method: "POST",
  route: "/api/claims/[id]/transitions",
  allowed,
  setup,
  url: (r) => `/api/claims/${r!.id}/transitions`,
  body: (r) => ({ transition: name, version: r!.version, ...(reason ? { reason } : {}) }),
});

const endpoints: Endpoint[] = [
  {
    name: "create claim",
    method: "POST",
    route: "/api/claims",
    allowed: ["editor", "admin", "owner"],
    setup: async () => null,
    url: () => "/api/claims",
    body: () => claimBody(),
  },
  {
    name: "edit claim",
    method: "PATCH",
    route: "/api/claims/[id]",
    allowed: ["editor", "admin", "owner"],
    setup: draft,
    url: (r) => `/api/claims/${r!.id}`,
    body: (r) => ({ ...claimBody(), version: r!.version }),
  },
  {
    name: "delete claim",
    method: "DELETE",
    route: "/api/claims/[id]",
    allowed: ["admin", "owner"],
    setup: draft,
    url: (r) => `/api/claims/${r!.id}`,
    body: (r) => ({ version: r!.version }),
  },
  transition("submit", ["editor", "admin", "owner"], draft),
  // Only the claim's author (or an admin) takes a submission back; another editor may not.
  transition("withdraw", ["owner", "admin"], inReview),
  transition("approve", ["reviewer", "admin"], approvable),
  transition("reject", ["reviewer", "admin"], inReview),
  transition("request_changes", ["reviewer", "admin"], inReview, "Cần thêm nguồn."),
  transition("retract", ["reviewer", "admin"], approved, "Trích dẫn sai nguồn."),
  transition("reopen", ["editor", "admin", "owner"], rejected),
  {
    name: "set verification",
    method: "PUT",
    route: "/api/claims/[id]/verification",
    allowed: ["editor", "reviewer", "admin", "owner"],
    setup: draft,
    url: (r) => `/api/claims/${r!.id}/verification`,
    body: (r) => ({
      verification: "VERIFIED_PRIMARY",
      evidenceUrl: "https://t.me/example/1",
      version: r!.version,
    }),
  },
  {
    // Quote drift (issue 16): a reviewer's decision, shown to readers.
    name: "confirm quote drift",
    method: "POST",
    route: "/api/claims/[id]/drifts",
    allowed: ["reviewer", "admin"],
    setup: drifted,
    url: (r) => `/api/claims/${r!.id.split("|")[0]}/drifts`,
    body: (r) => ({ appearanceId: r!.id.split("|")[1] }),
  },
  {
    name: "restore version",
    method: "POST",
    route: "/api/claims/[id]/restore",
    allowed: ["editor", "admin", "owner"],
    setup: editedTwice,
    url: (r) => `/api/claims/${r!.id}/restore`,
    body: (r) => ({ fromVersion: 1, version: r!.version }),
  },
  {
    name: "undelete claim",
    method: "POST",
    route: "/api/claims/[id]/undelete",
    allowed: ["admin"],
    setup: deleted,
    url: (r) => `/api/claims/${r!.id}/undelete`,
    body: (r) => ({ version: r!.version }),
  },
  {
    name: "create user",
    method: "POST",
    route: "/api/admin/users",
    allowed: ["admin"],
    setup: async () => null,
    url: () => "/api/admin/users",
    body: () => ({
      email: `matrix${++counter}@claimledger.test`,
      name: "Matrix",
      role: "EDITOR",
      password: "matrix-password",
    }),
  },
  {
    name: "create speaker",
    method: "POST",
    route: "/api/speakers",
    allowed: ["editor", "admin", "owner"],
    setup: async () => null,
    url: () => "/api/speakers",
    body: () => ({ name: `Người phát ngôn ${++counter}`, kind: "PERSON", variants: ["Variant"] }),
  },
  {
    name: "edit speaker",
    method: "PATCH",
    route: "/api/speakers/[id]",
    allowed: ["editor", "admin", "owner"],
    setup: speaker,
    url: (r) => `/api/speakers/${r!.id}`,
    body: (r) => ({ name: `Đổi tên ${++counter}`, kind: "PERSON", version: r!.version }),
  },
  {
    name: "merge speakers",
    method: "POST",
    route: "/api/speakers/merge",
    allowed: ["editor", "admin", "owner"],
    setup: async () => {
      const [a, b] = await Promise.all([speaker(), speaker()]);
      return { id: `${a.id}|${b.id}`, version: 1 };
    },
    url: () => "/api/speakers/merge",
    body: (r) => ({ sourceId: r!.id.split("|")[0], targetId: r!.id.split("|")[1] }),
  },
  {
    name: "create topic",
    method: "POST",
    route: "/api/topics",
    allowed: ["editor", "admin", "owner"],
    setup: async () => null,
    url: () => "/api/topics",
    body: () => ({ nameVi: `Chủ đề ${++counter}`, nameEn: `Topic ${counter} ${Date.now()}` }),
  },
  {
    name: "create outlet",
    method: "POST",
    route: "/api/outlets",
    allowed: ["editor", "admin", "owner"],
    setup: async () => null,
    url: () => "/api/outlets",
    body: () => ({ name: `Báo ${++counter}` }),
  },
  {
    name: "create article",
    method: "POST",
    route: "/api/articles",
    allowed: ["editor", "admin", "owner"],
    setup: outlet,
    url: () => "/api/articles",
    body: (r) => ({
      outletId: r!.id,
      title: `Bài ${++counter}`,
      text: `Nội dung bài báo số ${counter} với phát ngôn của ông Zelensky.`,
    }),
  },
  {
    name: "correct an article's text",
    method: "PUT",
    route: "/api/articles/[id]/text",
    allowed: ["editor", "admin", "owner"],
    setup: article,
    url: (r) => `/api/articles/${r!.id}/text`,
    body: (r) => ({
      text: `Đính chính.\n\n${articleTexts.get(r!.id)}`,
      expectedHash: sha256(articleTexts.get(r!.id)!),
    }),
  },
  {
    // The app's own home page stands in for a news site (INGEST_ALLOWED_HOSTS=127.0.0.1 on the
    // e2e servers); an allowed fetch keeps an archived copy, which is all it writes.
    name: "fetch an article from its URL (ingest)",
    method: "POST",
    route: "/api/ingest/fetch",
    allowed: ["editor", "admin", "owner"],
    setup: async () => null,
    url: () => "/api/ingest/fetch",
    body: () => ({ url: `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3100)}/` }),
  },
  {
    name: "add source (appearance)",
    method: "POST",
    route: "/api/claims/[id]/appearances",
    allowed: ["editor", "admin", "owner"],
    setup: async () => {
      const [d, a] = await Promise.all([draft(), article()]);
      articleForSpan = a;
      return d;
    },
    url: (r) => `/api/claims/${r!.id}/appearances`,
    body: () => ({
      articleId: articleForSpan!.id,
      start: 0,
      end: 11,
      exact: "Ông Ushakov",
      chain: [
        { kind: "OUTLET", label: "Báo thử" },
        { kind: "PERSON", label: "Yuri Ushakov" },
      ],
    }),
  },
  {
    name: "remove source",
    method: "DELETE",
    route: "/api/appearances/[id]",
    allowed: ["editor", "admin", "owner"],
    setup: withAppearance,
    url: (r) => `/api/appearances/${r!.id}`,
    body: () => ({}),
  },
  {
    name: "link claims",
    method: "POST",
    route: "/api/links",
    allowed: ["editor", "reviewer", "admin", "owner"],
    setup: async () => {
      const [a, b] = await Promise.all([draft(), draft()]);
      return { id: `${a.id}|${b.id}`, version: 1 };
    },
    url: () => "/api/links",
    body: (r) => ({
      fromClaimId: r!.id.split("|")[0],
      toClaimId: r!.id.split("|")[1],
      type: "CONTRADICTS",
      note: "Mâu thuẫn về định dạng ba bên.",
    }),
  },
  {
    name: "unlink claims",
    method: "DELETE",
    route: "/api/links/[id]",
    allowed: ["editor", "reviewer", "admin", "owner"],
    setup: link,
    url: (r) => `/api/links/${r!.id}`,
    body: () => ({}),
  },
  // Suggested links (issue 16): reviewers confirm (the link is made) or dismiss (remembered).
  {
    name: "confirm a suggested link",
    method: "POST",
    route: "/api/link-suggestions/[id]/confirm",
    allowed: ["reviewer", "admin"],
    setup: suggestion,
    url: (r) => `/api/link-suggestions/${r!.id}/confirm`,
    body: () => ({ type: "CONTRADICTS", note: "Đã đối chiếu hai phát ngôn." }),
  },
  {
    name: "dismiss a suggested link",
    method: "POST",
    route: "/api/link-suggestions/[id]/dismiss",
    allowed: ["reviewer", "admin"],
    setup: suggestion,
    url: (r) => `/api/link-suggestions/${r!.id}/dismiss`,
    body: () => ({}),
  },
  {
    name: "link published claims",
    method: "POST",
    route: "/api/links",
    allowed: ["editor", "reviewer", "admin", "owner"],
    allowedStatusFor: { ...waitsForEditors, reviewer: 201, admin: 201 },
    setup: async () => {
      const [a, b] = await Promise.all([approved(), approved()]);
      return { id: `${a.id}|${b.id}`, version: 1 };
    },
    url: () => "/api/links",
    body: (r) => ({
      fromClaimId: r!.id.split("|")[0],
      toClaimId: r!.id.split("|")[1],
      type: "RESPONDS_TO",
      note: "Ghi chú hiện trên trang công khai.",
    }),
  },
  {
    name: "edit a published speaker",
    method: "PATCH",
    route: "/api/speakers/[id]",
    allowed: ["editor", "admin", "owner"],
    allowedStatusFor: { ...waitsForEditors, admin: 200 },
    setup: publishedSpeaker,
    url: (r) => `/api/speakers/${r!.id}`,
    body: (r) => ({
      name: `Tên công khai mới ${++counter}`,
      kind: "PERSON",
      affiliation: "Cơ quan mới",
      version: r!.version,
    }),
  },
  {
    name: "add a source to a published claim",
    method: "POST",
    route: "/api/claims/[id]/appearances",
    allowed: ["editor", "admin", "owner"],
    allowedStatusFor: { ...waitsForEditors, admin: 201 },
    setup: async () => {
      const [c, a] = await Promise.all([approved(), article()]);
      articleForSpan = a;
      return c;
    },
    url: (r) => `/api/claims/${r!.id}/appearances`,
    body: () => ({
      articleId: articleForSpan!.id,
      start: 0,
      end: 11,
      exact: "Ông Ushakov",
      chain: [{ kind: "OUTLET", label: "Báo thử" }],
    }),
  },
  {
    name: "remove a source of a published claim",
    method: "DELETE",
    route: "/api/appearances/[id]",
    allowed: ["editor", "admin", "owner"],
    allowedStatusFor: { ...waitsForEditors, admin: 200 },
    setup: publishedWithAppearance,
    url: (r) => `/api/appearances/${r!.id}`,
    body: () => ({}),
  },
  {
    // Always a proposal (202): another person approves it from Pending changes.
    name: "propose a correction of a published claim",
    method: "POST",
    route: "/api/claims/[id]/corrections",
    allowed: ["editor", "admin", "owner"],
    allowedStatus: 202,
    setup: approved,
    url: (r) => `/api/claims/${r!.id}/corrections`,
    body: (r) => ({
      ...claimBody(),
      reason: "Trích dẫn bị gõ sai.",
      version: r!.version,
    }),
  },
  {
    name: "approve a pending change",
    method: "POST",
    route: "/api/pending-changes/[id]/decision",
    allowed: ["reviewer", "admin"],
    setup: proposal,
    url: (r) => `/api/pending-changes/${r!.id}/decision`,
    body: () => ({ decision: "approve", note: "Đã kiểm tra." }),
  },
  {
    // Only its author (the demo editor) or an admin; another editor (the owner) is refused.
    name: "withdraw a pending change",
    method: "POST",
    route: "/api/pending-changes/[id]/withdraw",
    allowed: ["editor", "admin"],
    setup: proposal,
    url: (r) => `/api/pending-changes/${r!.id}/withdraw`,
    body: () => ({}),
  },
  {
    name: "annotate claim (internal)",
    method: "POST",
    route: "/api/claims/[id]/annotations",
    allowed: ["editor", "reviewer", "admin", "owner"],
    setup: draft,
    url: (r) => `/api/claims/${r!.id}/annotations`,
    body: () => ({ body: "**Kiểm tra** lại ngày phát ngôn.", visibility: "INTERNAL" }),
  },
  {
    name: "annotate claim (public note)",
    method: "POST",
    route: "/api/claims/[id]/annotations",
    allowed: ["reviewer", "admin"],
    setup: draft,
    url: (r) => `/api/claims/${r!.id}/annotations`,
    body: () => ({ body: "Ghi chú công khai.", visibility: "PUBLIC" }),
  },
  {
    name: "accept a suggested statement (ingest)",
    method: "POST",
    route: "/api/ingest/accept",
    allowed: ["editor", "admin", "owner"],
    setup: article,
    url: () => "/api/ingest/accept",
    body: (r) => ({
      articleId: r!.id,
      mode: "new",
      newSpeaker: { name: `Ông Ushakov ${++counter}`, kind: "PERSON" },
      content: { quote: "không có định dạng ba bên nào", kind: "INDIRECT", topics: [] },
      appearance: { start: 0, end: 11, exact: "Ông Ushakov", chain: [{ kind: "OUTLET", label: "Báo thử" }] },
    }),
  },
  {
    name: "reject a suggested statement (ingest)",
    method: "POST",
    route: "/api/ingest/decisions",
    allowed: ["editor", "admin", "owner"],
    setup: article,
    url: () => "/api/ingest/decisions",
    body: (r) => ({ articleId: r!.id, start: 0, end: 11, decision: "rejected" }),
  },
  {
    name: "resolve annotation",
    method: "POST",
    route: "/api/annotations/[id]/resolve",
    allowed: ["editor", "reviewer", "admin", "owner"],
    setup: annotation,
    url: (r) => `/api/annotations/${r!.id}/resolve`,
    body: (r) => ({ resolved: true, version: r!.version }),
  },
  // "Lan is editing this claim" (lib/live/presence.ts): every staff member who may open the claim.
  {
    name: "announce presence on a claim",
    method: "POST",
    route: "/api/claims/[id]/presence",
    allowed: ["editor", "reviewer", "admin", "owner"],
    writesNothing: true,
    setup: draft,
    url: (r) => `/api/claims/${r!.id}/presence`,
    body: () => ({ editing: true }),
  },
  // Verification checklists: admins manage the items (optional ones here, so that no other
  // spec's approval is blocked); editors and reviewers check them on open claims.
  {
    name: "create checklist item",
    method: "POST",
    route: "/api/admin/checklists",
    allowed: ["admin"],
    setup: async () => null,
    url: () => "/api/admin/checklists",
    body: () => ({
      kind: "REPORTED",
      labelVi: `Mục ${++counter}`,
      labelEn: `Item ${counter}`,
      required: false,
    }),
  },
  {
    name: "edit checklist item",
    method: "PATCH",
    route: "/api/admin/checklists/[id]",
    allowed: ["admin"],
    setup: checklistItem,
    url: (r) => `/api/admin/checklists/${r!.id}`,
    body: (r) => ({ labelEn: `Renamed ${++counter}`, version: r!.version }),
  },
  {
    name: "register a webhook endpoint",
    method: "POST",
    route: "/api/admin/webhooks",
    allowed: ["admin"],
    setup: async () => null,
    url: () => "/api/admin/webhooks",
    body: () => ({
      url: receiver.url(`/matrix-${++counter}`),
      events: ["claim.linked"],
      description: "Đối tác",
    }),
  },
  {
    name: "change a webhook endpoint",
    method: "PATCH",
    route: "/api/admin/webhooks/[id]",
    allowed: ["admin"],
    setup: webhookEndpoint,
    url: (r) => `/api/admin/webhooks/${r!.id}`,
    body: (r) => ({ description: `Mô tả ${++counter}`, version: r!.version }),
  },
  {
    name: "delete a webhook endpoint",
    method: "DELETE",
    route: "/api/admin/webhooks/[id]",
    allowed: ["admin"],
    setup: webhookEndpoint,
    url: (r) => `/api/admin/webhooks/${r!.id}`,
    body: (r) => ({ version: r!.version }),
  },
  {
    name: "send a webhook test event",
    method: "POST",
    route: "/api/admin/webhooks/[id]/test",
    allowed: ["admin"],
    setup: webhookEndpoint,
    url: (r) => `/api/admin/webhooks/${r!.id}/test`,
    body: () => ({}),
  },
  {
    name: "replay a webhook delivery",
    method: "POST",
    route: "/api/admin/webhooks/[id]/deliveries/[deliveryId]/replay",
    allowed: ["admin"],
    setup: sentWebhookDelivery,
    url: (r) => `/api/admin/webhooks/${r!.id}/replay`,
    body: () => ({}),
  },
  {
    name: "check a checklist item on a claim",
    method: "PUT",
    route: "/api/claims/[id]/checklist/[itemId]",
    allowed: ["editor", "reviewer", "admin", "owner"],
    setup: draft,
    url: (r) => `/api/claims/${r!.id}/checklist/${sharedItemId}`,
    body: () => ({ checked: true, note: "Đã đối chiếu bản gốc." }),
  },
  // The source-laundering alert (issue 16): reviewers and admins acknowledge it before approving.
  {
    name: "acknowledge a claim's source-laundering alert",
    method: "POST",
    route: "/api/claims/[id]/sourcing-ack",
    allowed: ["reviewer", "admin"],
    allowedStatus: 201,
    setup: launderedInReview,
    url: (r) => `/api/claims/${r!.id}/sourcing-ack`,
    body: (r) => ({ fingerprint: sourcingFingerprint.get(r!.id), note: "Đã đọc cảnh báo." }),
  },
  // Assignment and watching (issue 14): any staff role may assign (the rules are the service's)
  // and watch; each allowed call writes its audit event (and an assignment its notification).
  {
    name: "assign a claim's editor, reviewer and due date",
    method: "PUT",
    route: "/api/claims/[id]/assignment",
    allowed: ["editor", "reviewer", "admin", "owner"],
    setup: draft,
    url: (r) => `/api/claims/${r!.id}/assignment`,
    body: () => ({
      editorId: people.owner,
      reviewerId: people.reviewer,
      dueAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
    }),
  },
  {
    name: "watch a speaker",
    method: "PUT",
    route: "/api/watches",
    allowed: ["editor", "reviewer", "admin", "owner"],
    setup: speaker,
    url: () => "/api/watches",
    body: (r) => ({ speakerId: r!.id }),
  },
  {
    name: "stop watching a speaker",
    method: "DELETE",
    route: "/api/watches",
    allowed: ["editor", "reviewer", "admin", "owner"],
    setup: watchedSpeaker,
    url: () => "/api/watches",
    body: (r) => ({ speakerId: r!.id }),
  },
  {
    name: "update user",
    method: "PATCH",
    route: "/api/admin/users/[id]",
    allowed: ["admin"],
    setup: freshUser,
    url: (r) => `/api/admin/users/${r!.id}`,
    body: (r) => ({ role: "REVIEWER", version: r!.version }),
  },
  {
    // Allowed callers get through to the password check (a wrong current password: 400),
    // so the demo accounts keep their passwords.
    name: "change own password",
    method: "POST",
    route: "/api/account/password",
    allowed: ["editor", "reviewer", "admin", "owner"],
    allowedStatus: 400,
    setup: async () => null,
    url: () => "/api/account/password",
    body: () => ({ currentPassword: "not-my-password", newPassword: "another-password-123" }),
  },
  {
    // Marking one's own notifications read writes their readAt (everyone has one unread).
    name: "mark own notifications read",
    method: "POST",
    route: "/api/notifications/read",
    allowed: ["editor", "reviewer", "admin", "owner"],
    setup: everyoneNotified,
    url: () => "/api/notifications/read",
    body: () => ({ all: true }),
  },
  {
    // The default value, so other specs find the demo accounts as seeded; still audited.
    name: "choose own notification e-mail frequency",
    method: "PUT",
    route: "/api/account/notifications",
    allowed: ["editor", "reviewer", "admin", "owner"],
    setup: async () => null,
    url: () => "/api/account/notifications",
    body: () => ({ emailFrequency: "IMMEDIATE" }),
  },
];

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  ctx = {
    anonymous: await apiAs(null),
    owner: await apiAs(users.owner),
    editor: await apiAs(users.editor),
    reviewer: await apiAs(users.reviewer),
    admin: await apiAs(users.admin),
  };
  const { speakers } = await json<{ speakers: { id: string; name: string }[] }>(
    await ctx.owner.get("/api/speakers"),
  );
  speakerId = speakers.find((s) => s.name.includes("Ushakov"))!.id;
  sharedItemId = (await checklistItem()).id;
  people.owner = await personId(users.owner);
  people.reviewer = await personId(users.reviewer);
  receiver = await startWebhookReceiver();
});

test.afterAll(async () => {
  for (const c of Object.values(ctx ?? {})) await c.dispose();
  await receiver?.stop();
});

test("every mutating route handler is listed in the matrix", () => {
  const found = mutatingRoutes();
  const listed = new Set(endpoints.map((e) => `${e.method} ${e.route}`));
  expect(
    found.filter((f) => !listed.has(f)),
    "mutating endpoints missing from the authorisation matrix",
  ).toEqual([]);
  expect(found.length).toBeGreaterThanOrEqual(10);
});

const results: { cell: string; status: number; allowed: boolean }[] = [];

for (const endpoint of endpoints) {
  for (const actor of ACTORS) {
    const allowed = endpoint.allowed.includes(actor);
    test(`${endpoint.name} as ${actor} → ${allowed ? "allowed" : "denied"}`, async () => {
      const resource = await endpoint.setup();
      const before = await digest();
      const res = await ctx[actor].fetch(endpoint.url(resource), {
        method: endpoint.method,
        data: endpoint.body(resource),
      });
      const status = res.status();
      const after = await digest();
      results.push({
        cell: `${endpoint.method} ${endpoint.route} ${endpoint.name} × ${actor}`,
        status,
        allowed,
      });
      const expected = endpoint.allowedStatusFor?.[actor] ?? endpoint.allowedStatus;
      if (allowed && !(expected && expected >= 400)) {
        if (expected) expect(status, await res.text()).toBe(expected);
        else expect(status, await res.text()).toBeLessThan(300);
        // It did something: every allowed action writes at least its audit event (a change that
        // waits for a reviewer writes the pending change) — except a signal that stores nothing.
        if (endpoint.writesNothing)
          expect(changedTables(before, after), "a signal changed the database").toEqual([]);
        else expect(changedTables(before, after), "an allowed call changed nothing").not.toEqual([]);
      } else {
        if (allowed) expect(status, await res.text()).toBe(expected);
        else expect(status, await res.text()).toBe(actor === "anonymous" ? 401 : 403);
        // Nothing at all was written, in any table.
        expect(changedTables(before, after), "a refused call changed the database").toEqual([]);
      }
    });
  }
}

test("matrix summary", () => {
  const unauthorisedSuccesses = results.filter((r) => !r.allowed && r.status < 300);
  console.log(
    `[authz-matrix] ${results.length} cells (${endpoints.length} endpoint actions × ${ACTORS.length} actors), ${unauthorisedSuccesses.length} unauthorised successes`,
  );
  expect(results).toHaveLength(endpoints.length * ACTORS.length);
  expect(unauthorisedSuccesses).toEqual([]);
});

test("cross-site and malformed requests are refused before any work", async () => {
  const evil = await apiAs(null);
  const res = await ctx.owner.post("/api/claims", {
    data: claimBody(),
    headers: { origin: "https://evil.example" },
  });
  expect(res.status()).toBe(403);
  const notJson = await ctx.owner.post("/api/claims", {
    data: "quote=x",
    headers: { "content-type": "application/x-www-form-urlencoded" },
  });
  expect(notJson.status()).toBe(400);
  const badJson = await ctx.owner.post("/api/claims", {
    data: Buffer.from("{not json"),
    headers: { "content-type": "application/json" },
  });
  expect(badJson.status()).toBe(400);
  expect(((await badJson.json()) as { error: { message: string } }).error.message).toContain(
    "not valid JSON",
  );
  await evil.dispose();
});
