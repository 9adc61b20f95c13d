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
/** The columns of the matrix, in this order. */
const ACTORS: ActorName[] = ["anonymous", "editor", "reviewer", "admin", "owner"];

/** What an action's set-up made: its id and version, and a second id where the call names two. */
interface Resource {
  id: string;
  version: number;
  ref?: string;
}

/** How an action is called: "METHOD /api/route/[param]", the route's parameters filled in from the resource. */
interface Request {
  call: `${"POST" | "PUT" | "PATCH" | "DELETE"} /api/${string}`;
  setup: () => Promise<Resource>;
  body: (r: Resource) => Record<string, unknown>;
  // A passing signal that stores nothing (presence): allowed or not, no table changes.
  writesNothing?: boolean;
}

let ctx: Record<ActorName, APIRequestContext>;
let speakerId: string;
let counter = 0;
/** For actions on nothing that exists yet (creations, one's own account). */
const nothing = async (): Promise<Resource> => ({ id: "", version: 0 });

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
/** Two new drafts: `id` and `ref`. */
async function twoDrafts(): Promise<Resource> {
  const [a, b] = await Promise.all([draft(), draft()]);
  return { id: a.id, ref: b.id, version: 1 };
}
async function link(): Promise<Resource> {
  const { id, ref } = await twoDrafts();
  return json<Resource>(
    await ctx.admin.post("/api/links", { data: { fromClaimId: id, toClaimId: ref, type: "SUPPORTS" } }),
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
/** A delivery that was sent (a replay needs one that is no longer queued): `ref` is the delivery. */
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
  return { id: endpoint.id, ref: ping.id, version: endpoint.version };
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
/** A draft quoted by two outlets whose words differ in a number: `ref` is the later appearance. */
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
  return { id: c.id, ref: later, version: c.version };
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

/** Everyone but anonymous has an unread notification: a reviewer's request on a claim of each of the owner, editor and admin (each submission tells the reviewer). */
async function everyoneNotified(): Promise<Resource> {
  for (const author of ["owner", "editor", "admin"] as const) {
    const d = await json<Resource>(await ctx[author].post("/api/claims", { data: claimBody() }));
    await move(await move(d, author, "submit"), "reviewer", "request_changes", "Cần thêm nguồn.");
  }
  return nothing();
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

/**
 * The matrix: what each actor gets from each action, in the order of ACTORS (anonymous, editor,
 * reviewer, admin, owner). "2xx" is any success; a number is that status exactly. 401 and 403 are
 * refusals; every other cell is allowed (400: allowed through to a check that refuses the input).
 */
const EXPECTED = {
  "create claim": "401 2xx 403 2xx 2xx",
  "edit claim": "401 2xx 403 2xx 2xx",
  "delete claim": "401 403 403 2xx 2xx",
  "transition submit": "401 2xx 403 2xx 2xx",
  // Only the claim's author (or an admin) takes a submission back; another editor may not.
  "transition withdraw": "401 403 403 2xx 2xx",
  "transition approve": "401 403 2xx 2xx 403",
  "transition reject": "401 403 2xx 2xx 403",
  "transition request_changes": "401 403 2xx 2xx 403",
  "transition retract": "401 403 2xx 2xx 403",
  "transition reopen": "401 2xx 403 2xx 2xx",
  "set verification": "401 2xx 2xx 2xx 2xx",
  // Quote drift (issue 16): a reviewer's decision, shown to readers.
  "confirm quote drift": "401 403 2xx 2xx 403",
  "restore version": "401 2xx 403 2xx 2xx",
  "undelete claim": "401 403 403 2xx 403",
  "create user": "401 403 403 2xx 403",
  "create speaker": "401 2xx 403 2xx 2xx",
  "edit speaker": "401 2xx 403 2xx 2xx",
  "merge speakers": "401 2xx 403 2xx 2xx",
  "create topic": "401 2xx 403 2xx 2xx",
  "create outlet": "401 2xx 403 2xx 2xx",
  "create article": "401 2xx 403 2xx 2xx",
  "correct an article's text": "401 2xx 403 2xx 2xx",
  "fetch an article from its URL (ingest)": "401 2xx 403 2xx 2xx",
  "add source (appearance)": "401 2xx 403 2xx 2xx",
  "remove source": "401 2xx 403 2xx 2xx",
  "link claims": "401 2xx 2xx 2xx 2xx",
  "unlink claims": "401 2xx 2xx 2xx 2xx",
  // Suggested links (issue 16): reviewers confirm (the link is made) or dismiss (remembered).
  "confirm a suggested link": "401 403 2xx 2xx 403",
  "dismiss a suggested link": "401 403 2xx 2xx 403",
  // Changes to published pages (issue 19): editors' changes wait for a reviewer (202).
  "link published claims": "401 202 201 201 202",
  "edit a published speaker": "401 202 403 200 202",
  "add a source to a published claim": "401 202 403 201 202",
  "remove a source of a published claim": "401 202 403 200 202",
  // Always a proposal (202): another person approves it from Pending changes.
  "propose a correction of a published claim": "401 202 403 202 202",
  "approve a pending change": "401 403 2xx 2xx 403",
  // Only its author (the demo editor) or an admin; another editor (the owner) is refused.
  "withdraw a pending change": "401 2xx 403 2xx 403",
  "annotate claim (internal)": "401 2xx 2xx 2xx 2xx",
  "annotate claim (public note)": "401 403 2xx 2xx 403",
  "accept a suggested statement (ingest)": "401 2xx 403 2xx 2xx",
  "reject a suggested statement (ingest)": "401 2xx 403 2xx 2xx",
  "resolve annotation": "401 2xx 2xx 2xx 2xx",
  // "Lan is editing this claim" (lib/live/presence.ts): every staff member who may open the claim.
  "announce presence on a claim": "401 2xx 2xx 2xx 2xx",
  // Verification checklists: admins manage the items; editors and reviewers check them on open claims.
  "create checklist item": "401 403 403 2xx 403",
  "edit checklist item": "401 403 403 2xx 403",
  "register a webhook endpoint": "401 403 403 2xx 403",
  "change a webhook endpoint": "401 403 403 2xx 403",
  "delete a webhook endpoint": "401 403 403 2xx 403",
  "send a webhook test event": "401 403 403 2xx 403",
  "replay a webhook delivery": "401 403 403 2xx 403",
  "check a checklist item on a claim": "401 2xx 2xx 2xx 2xx",
  // The source-laundering alert (issue 16): reviewers and admins acknowledge it before approving.
  "acknowledge a claim's source-laundering alert": "401 403 201 201 403",
  // Assignment and watching (issue 14): any staff role may assign (the rules are the service's)
  // and watch; each allowed call writes its audit event (and an assignment its notification).
  "assign a claim's editor, reviewer and due date": "401 2xx 2xx 2xx 2xx",
  "watch a speaker": "401 2xx 2xx 2xx 2xx",
  "stop watching a speaker": "401 2xx 2xx 2xx 2xx",
  "update user": "401 403 403 2xx 403",
  // Allowed callers get through to the password check (a wrong current password: 400), so the
  // demo accounts keep their passwords.
  "change own password": "401 400 400 400 400",
  "mark own notifications read": "401 2xx 2xx 2xx 2xx",
  "choose own notification e-mail frequency": "401 2xx 2xx 2xx 2xx",
} as const;
type Action = keyof typeof EXPECTED;

const transition = (name: string, setup: () => Promise<Resource>, reason?: string): Request => ({
  call: "POST /api/claims/[id]/transitions",
  setup,
  body: (r) => ({ transition: name, version: r.version, ...(reason ? { reason } : {}) }),
});
const versionOnly = (r: Resource) => ({ version: r.version });
const noBody = () => ({});
const source = (articleId: string, chain: { kind: string; label: string }[]) => ({
  articleId,
  start: 0,
  end: 11,
  exact: "Ông Ushakov",
  chain,
});
const byTestOutlet = [{ kind: "OUTLET", label: "Báo thử" }];

/** How each action of the matrix is made. */
const REQUESTS: Record<Action, Request> = {
  "create claim": { call: "POST /api/claims", setup: nothing, body: () => claimBody() },
  "edit claim": {
    call: "PATCH /api/claims/[id]",
    setup: draft,
    body: (r) => ({ ...claimBody(), ...versionOnly(r) }),
  },
  "delete claim": { call: "DELETE /api/claims/[id]", setup: draft, body: versionOnly },
  "transition submit": transition("submit", draft),
  "transition withdraw": transition("withdraw", inReview),
  "transition approve": transition("approve", approvable),
  "transition reject": transition("reject", inReview),
  "transition request_changes": transition("request_changes", inReview, "Cần thêm nguồn."),
  "transition retract": transition("retract", approved, "Trích dẫn sai nguồn."),
  "transition reopen": transition("reopen", rejected),
  "set verification": {
    call: "PUT /api/claims/[id]/verification",
    setup: draft,
    body: (r) => ({
      verification: "VERIFIED_PRIMARY",
      evidenceUrl: "https://t.me/example/1",
      version: r.version,
    }),
  },
  "confirm quote drift": {
    call: "POST /api/claims/[id]/drifts",
    setup: drifted,
    body: (r) => ({ appearanceId: r.ref }),
  },
  "restore version": {
    call: "POST /api/claims/[id]/restore",
    setup: editedTwice,
    body: (r) => ({ fromVersion: 1, version: r.version }),
  },
  "undelete claim": { call: "POST /api/claims/[id]/undelete", setup: deleted, body: versionOnly },
  "create user": {
    call: "POST /api/admin/users",
    setup: nothing,
    body: () => ({
      email: `matrix${++counter}@claimledger.test`,
      name: "Matrix",
      role: "EDITOR",
      password: "matrix-password",
    }),
  },
  "create speaker": {
    call: "POST /api/speakers",
    setup: nothing,
    body: () => ({ name: `Người phát ngôn ${++counter}`, kind: "PERSON", variants: ["Variant"] }),
  },
  "edit speaker": {
    call: "PATCH /api/speakers/[id]",
    setup: speaker,
    body: (r) => ({ name: `Đổi tên ${++counter}`, kind: "PERSON", version: r.version }),
  },
  "merge speakers": {
    call: "POST /api/speakers/merge",
    setup: async () => {
      const [a, b] = await Promise.all([speaker(), speaker()]);
      return { id: a.id, ref: b.id, version: 1 };
    },
    body: (r) => ({ sourceId: r.id, targetId: r.ref }),
  },
  "create topic": {
    call: "POST /api/topics",
    setup: nothing,
    body: () => ({ nameVi: `Chủ đề ${++counter}`, nameEn: `Topic ${counter} ${Date.now()}` }),
  },
  "create outlet": { call: "POST /api/outlets", setup: nothing, body: () => ({ name: `Báo ${++counter}` }) },
  "create article": {
    call: "POST /api/articles",
    setup: outlet,
    body: (r) => ({
      outletId: r.id,
      title: `Bài ${++counter}`,
      text: `Nội dung bài báo số ${counter} với phát ngôn của ông Zelensky.`,
    }),
  },
  "correct an article's text": {
    call: "PUT /api/articles/[id]/text",
    setup: article,
    body: (r) => ({
      text: `Đính chính.\n\n${articleTexts.get(r.id)}`,
      expectedHash: sha256(articleTexts.get(r.id)!),
    }),
  },
  // The app's own home page stands in for a news site (INGEST_ALLOWED_HOSTS=127.0.0.1 on the
  // e2e servers); an allowed fetch keeps an archived copy, which is all it writes.
  "fetch an article from its URL (ingest)": {
    call: "POST /api/ingest/fetch",
    setup: nothing,
    body: () => ({ url: `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3100)}/` }),
  },
  "add source (appearance)": {
    call: "POST /api/claims/[id]/appearances",
    setup: async () => {
      const [d, a] = await Promise.all([draft(), article()]);
      return { ...d, ref: a.id };
    },
    body: (r) => source(r.ref!, [...byTestOutlet, { kind: "PERSON", label: "Yuri Ushakov" }]),
  },
  "remove source": { call: "DELETE /api/appearances/[id]", setup: withAppearance, body: noBody },
  "link claims": {
    call: "POST /api/links",
    setup: twoDrafts,
    body: (r) => ({
      fromClaimId: r.id,
      toClaimId: r.ref,
      type: "CONTRADICTS",
      note: "Mâu thuẫn về định dạng ba bên.",
    }),
  },
  "unlink claims": { call: "DELETE /api/links/[id]", setup: link, body: noBody },
  "confirm a suggested link": {
    call: "POST /api/link-suggestions/[id]/confirm",
    setup: suggestion,
    body: () => ({ type: "CONTRADICTS", note: "Đã đối chiếu hai phát ngôn." }),
  },
  "dismiss a suggested link": {
    call: "POST /api/link-suggestions/[id]/dismiss",
    setup: suggestion,
    body: noBody,
  },
  "link published claims": {
    call: "POST /api/links",
    setup: async () => {
      const [a, b] = await Promise.all([approved(), approved()]);
      return { id: a.id, ref: b.id, version: 1 };
    },
    body: (r) => ({
      fromClaimId: r.id,
      toClaimId: r.ref,
      type: "RESPONDS_TO",
      note: "Ghi chú hiện trên trang công khai.",
    }),
  },
  "edit a published speaker": {
    call: "PATCH /api/speakers/[id]",
    setup: publishedSpeaker,
    body: (r) => ({
      name: `Tên công khai mới ${++counter}`,
      kind: "PERSON",
      affiliation: "Cơ quan mới",
      version: r.version,
    }),
  },
  "add a source to a published claim": {
    call: "POST /api/claims/[id]/appearances",
    setup: async () => {
      const [c, a] = await Promise.all([approved(), article()]);
      return { ...c, ref: a.id };
    },
    body: (r) => source(r.ref!, byTestOutlet),
  },
  "remove a source of a published claim": {
    call: "DELETE /api/appearances/[id]",
    setup: publishedWithAppearance,
    body: noBody,
  },
  "propose a correction of a published claim": {
    call: "POST /api/claims/[id]/corrections",
    setup: approved,
    body: (r) => ({ ...claimBody(), reason: "Trích dẫn bị gõ sai.", version: r.version }),
  },
  "approve a pending change": {
    call: "POST /api/pending-changes/[id]/decision",
    setup: proposal,
    body: () => ({ decision: "approve", note: "Đã kiểm tra." }),
  },
  "withdraw a pending change": {
    call: "POST /api/pending-changes/[id]/withdraw",
    setup: proposal,
    body: noBody,
  },
  "annotate claim (internal)": {
    call: "POST /api/claims/[id]/annotations",
    setup: draft,
    body: () => ({ body: "**Kiểm tra** lại ngày phát ngôn.", visibility: "INTERNAL" }),
  },
  "annotate claim (public note)": {
    call: "POST /api/claims/[id]/annotations",
    setup: draft,
    body: () => ({ body: "Ghi chú công khai.", visibility: "PUBLIC" }),
  },
  "accept a suggested statement (ingest)": {
    call: "POST /api/ingest/accept",
    setup: article,
    body: (r) => ({
      articleId: r.id,
      mode: "new",
      newSpeaker: { name: `Ông Ushakov ${++counter}`, kind: "PERSON" },
      content: { quote: "không có định dạng ba bên nào", kind: "INDIRECT", topics: [] },
      appearance: { start: 0, end: 11, exact: "Ông Ushakov", chain: byTestOutlet },
    }),
  },
  "reject a suggested statement (ingest)": {
    call: "POST /api/ingest/decisions",
    setup: article,
    body: (r) => ({ articleId: r.id, start: 0, end: 11, decision: "rejected" }),
  },
  "resolve annotation": {
    call: "POST /api/annotations/[id]/resolve",
    setup: annotation,
    body: (r) => ({ resolved: true, version: r.version }),
  },
  "announce presence on a claim": {
    call: "POST /api/claims/[id]/presence",
    writesNothing: true,
    setup: draft,
    body: () => ({ editing: true }),
  },
  // Optional items here, so that no other spec's approval is blocked.
  "create checklist item": {
    call: "POST /api/admin/checklists",
    setup: nothing,
    body: () => ({
      kind: "REPORTED",
      labelVi: `Mục ${++counter}`,
      labelEn: `Item ${counter}`,
      required: false,
    }),
  },
  "edit checklist item": {
    call: "PATCH /api/admin/checklists/[id]",
    setup: checklistItem,
    body: (r) => ({ labelEn: `Renamed ${++counter}`, version: r.version }),
  },
  "register a webhook endpoint": {
    call: "POST /api/admin/webhooks",
    setup: nothing,
    body: () => ({
      url: receiver.url(`/matrix-${++counter}`),
      events: ["claim.linked"],
      description: "Đối tác",
    }),
  },
  "change a webhook endpoint": {
    call: "PATCH /api/admin/webhooks/[id]",
    setup: webhookEndpoint,
    body: (r) => ({ description: `Mô tả ${++counter}`, version: r.version }),
  },
  "delete a webhook endpoint": {
    call: "DELETE /api/admin/webhooks/[id]",
    setup: webhookEndpoint,
    body: versionOnly,
  },
  "send a webhook test event": {
    call: "POST /api/admin/webhooks/[id]/test",
    setup: webhookEndpoint,
    body: noBody,
  },
  "replay a webhook delivery": {
    call: "POST /api/admin/webhooks/[id]/deliveries/[deliveryId]/replay",
    setup: sentWebhookDelivery,
    body: noBody,
  },
  "check a checklist item on a claim": {
    call: "PUT /api/claims/[id]/checklist/[itemId]",
    setup: draft,
    body: () => ({ checked: true, note: "Đã đối chiếu bản gốc." }),
  },
  "acknowledge a claim's source-laundering alert": {
    call: "POST /api/claims/[id]/sourcing-ack",
    setup: launderedInReview,
    body: (r) => ({ fingerprint: sourcingFingerprint.get(r.id), note: "Đã đọc cảnh báo." }),
  },
  "assign a claim's editor, reviewer and due date": {
    call: "PUT /api/claims/[id]/assignment",
    setup: draft,
    body: () => ({
      editorId: people.owner,
      reviewerId: people.reviewer,
      dueAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
    }),
  },
  "watch a speaker": { call: "PUT /api/watches", setup: speaker, body: (r) => ({ speakerId: r.id }) },
  "stop watching a speaker": {
    call: "DELETE /api/watches",
    setup: watchedSpeaker,
    body: (r) => ({ speakerId: r.id }),
  },
  "update user": {
    call: "PATCH /api/admin/users/[id]",
    setup: freshUser,
    body: (r) => ({ role: "REVIEWER", version: r.version }),
  },
  "change own password": {
    call: "POST /api/account/password",
    setup: nothing,
    body: () => ({ currentPassword: "not-my-password", newPassword: "another-password-123" }),
  },
  // Marking one's own notifications read writes their readAt (everyone has one unread).
  "mark own notifications read": {
    call: "POST /api/notifications/read",
    setup: everyoneNotified,
    body: () => ({ all: true }),
  },
  // The default value, so other specs find the demo accounts as seeded; still audited.
  "choose own notification e-mail frequency": {
    call: "PUT /api/account/notifications",
    setup: nothing,
    body: () => ({ emailFrequency: "IMMEDIATE" }),
  },
};

/** The request's URL: its route with [id] the resource, [deliveryId] its second id, [itemId] the shared item. */
function urlOf(route: string, r: Resource): string {
  const params: Record<string, string | undefined> = { id: r.id, deliveryId: r.ref, itemId: sharedItemId };
  return route.replace(/\[(\w+)\]/g, (_, name: string) => {
    const value = params[name];
    if (!value) throw new Error(`${route}: no value for [${name}]`);
    return value;
  });
}

/** One cell of the matrix: an action, an actor and the status the table expects. */
interface Cell {
  action: Action;
  actor: ActorName;
  expected: number | "2xx";
  allowed: boolean;
}
const cells: Cell[] = (Object.keys(EXPECTED) as Action[]).flatMap((action) => {
  const statuses = EXPECTED[action].split(" ");
  if (statuses.length !== ACTORS.length || statuses.some((s) => !/^(2xx|[2-4]\d\d)$/.test(s)))
    throw new Error(
      `the matrix row of "${action}" needs one status (or 2xx) per actor: ${ACTORS.join(", ")}`,
    );
  return ACTORS.map((actor, i) => {
    const expected = statuses[i] === "2xx" ? "2xx" : Number(statuses[i]);
    return { action, actor, expected, allowed: expected !== 401 && expected !== 403 };
  });
});

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
  const listed = new Set<string>(Object.values(REQUESTS).map((r) => r.call));
  expect(
    found.filter((f) => !listed.has(f)),
    "mutating endpoints missing from the authorisation matrix",
  ).toEqual([]);
  expect(found.length).toBeGreaterThanOrEqual(10);
});

const results: { cell: string; status: number; allowed: boolean }[] = [];

for (const { action, actor, expected, allowed } of cells) {
  test(`${action} as ${actor} → ${allowed ? "allowed" : "denied"}`, async () => {
    const request = REQUESTS[action];
    const [method, route] = request.call.split(" ") as [string, string];
    const resource = await request.setup();
    const before = await digest();
    const res = await ctx[actor].fetch(urlOf(route, resource), { method, data: request.body(resource) });
    const status = res.status();
    const after = await digest();
    results.push({ cell: `${request.call} ${action} × ${actor}`, status, allowed });
    if (expected === "2xx") expect(status, await res.text()).toBeLessThan(300);
    else expect(status, await res.text()).toBe(expected);
    if (status >= 300)
      // Refused (or allowed through to a check that refused the input): nothing at all was
      // written, in any table.
      expect(changedTables(before, after), "a refused call changed the database").toEqual([]);
    else if (request.writesNothing)
      expect(changedTables(before, after), "a signal changed the database").toEqual([]);
    // It did something: every allowed action writes at least its audit event (a change that
    // waits for a reviewer writes the pending change) — except a signal that stores nothing.
    else expect(changedTables(before, after), "an allowed call changed nothing").not.toEqual([]);
  });
}

test("matrix summary", () => {
  const unauthorisedSuccesses = results.filter((r) => !r.allowed && r.status < 300);
  const actions = Object.keys(EXPECTED).length;
  console.log(
    `[authz-matrix] ${results.length} cells (${actions} endpoint actions × ${ACTORS.length} actors), ${unauthorisedSuccesses.length} unauthorised successes`,
  );
  expect(results).toHaveLength(actions * ACTORS.length);
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
