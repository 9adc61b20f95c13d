import fc from "fast-check";
import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { craftedDays, cursor, maxYear } from "../helpers/crafted-dates";
import { mutatingRoutes } from "./support/mutating-routes";
import { apiAs, users } from "./support/session";
import { addSource } from "./support/sources";

/**
 * Every mutating entry point (discovered from app/api), fed inputs that are valid in every way
 * but one, as an admin (so authorisation never answers first): one field of the wrong type, out
 * of bounds, badly encoded or missing; an unknown field; an id of the wrong kind or of nothing; a
 * stale version; a span that is not in the article; or a body that is not an object at all. The
 * shapes around the wrong part are right, so the schema's other checks, the services and the
 * database code run. Every answer must be a 4xx with a message, never a 5xx or a success, and a
 * digest of every table must be identical before and after the whole run.
 */
const CASES = Number(process.env.FUZZ_CASES ?? 150);

type Kind =
  | "claim"
  | "speaker"
  | "article"
  | "outlet"
  | "annotation"
  | "appearance"
  | "link"
  | "user"
  | "pending"
  | "checklistItem"
  | "webhook"
  | "webhookDelivery"
  | "suggestion";
type Body = Record<string, unknown>;
/** One real record of each kind (the route ids and the templates' ids), a second claim and speaker, and versions. */
type Fixtures = Record<Kind, string> & {
  claim2: string;
  speaker2: string;
  claimVersion: number;
  speakerVersion: number;
  annotationVersion: number;
  userVersion: number;
  checklistItemVersion: number;
  webhookVersion: number;
};

interface Template {
  method: "POST" | "PUT" | "PATCH" | "DELETE";
  route: string;
  /** The kind of record the [id] in the route names. */
  param?: Kind;
  body: (f: Fixtures) => Body;
  /** Top-level fields holding record ids, and their kinds. */
  ids?: Record<string, Kind>;
  /** Fields that may be left out. */
  optional?: string[];
}

const chain = [{ kind: "OUTLET", label: "Báo thử nghiệm" }];
// The article fixture's text starts with these words: a span over them is valid.
// Fixtures carry the run's marker, so the suite can run again on the same server.
const RUN = Date.now().toString(36);
const ARTICLE_TEXT = `Ông Ushakov cho biết không có định dạng ba bên nào. Bài kiểm thử dữ liệu sai ${RUN}.`;
const span = { start: 0, end: 11, exact: "Ông Ushakov" };
const CLAIM_OPTIONAL = ["roleHeld", "translation", "saidAt", "saidAtPrecision", "venue", "topics"];
const claimContent = (f: Fixtures) => ({
  speakerId: f.speaker,
  quote: "Phát ngôn kiểm thử dữ liệu sai.",
  kind: "DIRECT",
  saidAt: "2025-12-20",
  topics: ["trilateral-talks"],
});

const templates: Template[] = [
  {
    method: "POST",
    route: "/api/claims",
    body: claimContent,
    ids: { speakerId: "speaker" },
    optional: CLAIM_OPTIONAL,
  },
  {
    method: "PATCH",
    route: "/api/claims/[id]",
    param: "claim",
    body: (f) => ({ ...claimContent(f), version: f.claimVersion }),
    ids: { speakerId: "speaker" },
    optional: CLAIM_OPTIONAL,
  },
  { method: "DELETE", route: "/api/claims/[id]", param: "claim", body: (f) => ({ version: f.claimVersion }) },
  {
    method: "POST",
    route: "/api/claims/[id]/transitions",
    param: "claim",
    body: (f) => ({ transition: "submit", version: f.claimVersion }),
    optional: ["reason"],
  },
  {
    method: "PUT",
    route: "/api/claims/[id]/verification",
    param: "claim",
    body: (f) => ({
      verification: "VERIFIED_PRIMARY",
      evidenceUrl: "https://t.me/example/1",
      reason: "Lý do đính chính cho bạn đọc.",
      version: f.claimVersion,
    }),
    optional: ["evidenceUrl", "reason"],
  },
  {
    method: "POST",
    route: "/api/claims/[id]/restore",
    param: "claim",
    body: (f) => ({ fromVersion: 1, version: f.claimVersion }),
  },
  {
    // The claim fixture is a draft: even a body wrong in no way is refused (409), never proposed.
    method: "POST",
    route: "/api/claims/[id]/corrections",
    param: "claim",
    body: (f) => ({ ...claimContent(f), reason: "Trích dẫn bị gõ sai.", version: f.claimVersion }),
    ids: { speakerId: "speaker" },
    optional: CLAIM_OPTIONAL,
  },
  {
    method: "POST",
    route: "/api/claims/[id]/undelete",
    param: "claim",
    body: (f) => ({ version: f.claimVersion }),
  },
  {
    method: "POST",
    route: "/api/claims/[id]/appearances",
    param: "claim",
    body: (f) => ({ articleId: f.article, ...span, chain }),
    ids: { articleId: "article" },
    optional: ["prefix", "suffix"],
  },
  {
    method: "POST",
    route: "/api/claims/[id]/annotations",
    param: "claim",
    body: () => ({ body: "Cần kiểm tra lại.", visibility: "INTERNAL" }),
    optional: ["visibility", "parentId", "anchor"],
  },
  { method: "DELETE", route: "/api/appearances/[id]", param: "appearance", body: () => ({}) },
  {
    // The fixture appearance is another claim's: even this body is refused (404), as it must be.
    method: "POST",
    route: "/api/claims/[id]/drifts",
    param: "claim",
    body: (f) => ({ appearanceId: f.appearance }),
    ids: { appearanceId: "appearance" },
  },
  {
    method: "POST",
    route: "/api/links",
    body: (f) => ({ fromClaimId: f.claim, toClaimId: f.claim2, type: "SUPPORTS", note: "Ghi chú." }),
    ids: { fromClaimId: "claim", toClaimId: "claim" },
    optional: ["note"],
  },
  { method: "DELETE", route: "/api/links/[id]", param: "link", body: () => ({}) },
  // Suggested links (issue 16): the fixture is an open suggestion between two of its own claims.
  {
    method: "POST",
    route: "/api/link-suggestions/[id]/confirm",
    param: "suggestion",
    body: () => ({ type: "CONTRADICTS", note: "Ghi chú." }),
    optional: ["type", "note"],
  },
  { method: "POST", route: "/api/link-suggestions/[id]/dismiss", param: "suggestion", body: () => ({}) },
  {
    method: "POST",
    route: "/api/annotations/[id]/resolve",
    param: "annotation",
    body: (f) => ({ resolved: true, version: f.annotationVersion }),
  },
  {
    method: "POST",
    route: "/api/pending-changes/[id]/decision",
    param: "pending",
    body: () => ({ decision: "approve", note: "Đã kiểm tra." }),
    optional: ["note"],
  },
  { method: "POST", route: "/api/pending-changes/[id]/withdraw", param: "pending", body: () => ({}) },
  {
    method: "POST",
    route: "/api/speakers",
    body: () => ({ name: "Người kiểm thử dữ liệu sai", kind: "PERSON", variants: ["Biến thể"] }),
    optional: ["variants", "affiliation", "country", "description"],
  },
  {
    method: "PATCH",
    route: "/api/speakers/[id]",
    param: "speaker",
    body: (f) => ({ name: "Tên sửa sai", kind: "PERSON", version: f.speakerVersion }),
    optional: ["variants", "affiliation", "country", "description"],
  },
  {
    method: "POST",
    route: "/api/speakers/merge",
    body: (f) => ({ sourceId: f.speaker2, targetId: f.speaker }),
    ids: { sourceId: "speaker", targetId: "speaker" },
  },
  {
    method: "POST",
    route: "/api/topics",
    body: () => ({ nameVi: "Chủ đề sai", nameEn: "Wrong topic" }),
    optional: ["description"],
  },
  {
    method: "POST",
    route: "/api/outlets",
    body: () => ({ name: "Báo sai" }),
    optional: ["country", "url", "language"],
  },
  {
    method: "POST",
    route: "/api/articles",
    body: (f) => ({ outletId: f.outlet, title: "Bài sai", text: "Nội dung bài sai." }),
    ids: { outletId: "outlet" },
    optional: ["byline", "url", "language", "publishedAt"],
  },
  {
    method: "PUT",
    route: "/api/articles/[id]/text",
    param: "article",
    // A wrong hash on its own is a 409; everything else wrong is a 400, and nothing is written.
    body: () => ({ text: `Bản đính chính. ${ARTICLE_TEXT}`, expectedHash: "0".repeat(64) }),
    optional: ["snapshotId"],
  },
  {
    method: "POST",
    route: "/api/ingest/fetch",
    body: () => ({ url: "http://127.0.0.1:9/fuzz-article" }),
  },
  {
    method: "POST",
    route: "/api/ingest/accept",
    body: (f) => ({
      articleId: f.article,
      mode: "new",
      speakerId: f.speaker,
      content: { quote: "không có định dạng ba bên nào", kind: "INDIRECT", topics: [] },
      appearance: { ...span, chain },
    }),
    ids: { articleId: "article", speakerId: "speaker" },
    optional: ["speakerId", "claimId", "newSpeaker"],
  },
  {
    method: "POST",
    route: "/api/ingest/decisions",
    body: (f) => ({ articleId: f.article, start: span.start, end: span.end, decision: "rejected" }),
    ids: { articleId: "article" },
  },
  {
    method: "POST",
    route: "/api/admin/users",
    body: () => ({
      email: "fuzz-user@claimledger.test",
      name: "Fuzz",
      role: "EDITOR",
      password: "fuzz-password-123",
    }),
  },
  {
    method: "PATCH",
    route: "/api/admin/users/[id]",
    param: "user",
    body: (f) => ({ role: "REVIEWER", version: f.userVersion }),
    optional: ["role", "name", "disabled"],
  },
  // A presence heartbeat: nothing is stored, so every wrong variant must leave the database as is too.
  {
    method: "POST",
    route: "/api/claims/[id]/presence",
    param: "claim",
    body: () => ({ editing: true }),
  },
  {
    method: "POST",
    route: "/api/admin/checklists",
    body: () => ({ kind: "DIRECT", labelVi: "Mục kiểm tra sai", labelEn: "Wrong item", required: false }),
    optional: ["required"],
  },
  {
    method: "PATCH",
    route: "/api/admin/checklists/[id]",
    param: "checklistItem",
    body: (f) => ({ labelEn: "Renamed by fuzz", version: f.checklistItemVersion }),
    optional: ["labelEn"],
  },
  // Webhooks (issue 15). The fixture endpoint listens for links between published claims only.
  {
    method: "POST",
    route: "/api/admin/webhooks",
    body: () => ({ url: "http://127.0.0.1:9/fuzz", events: ["claim.linked"], description: "Đối tác thử" }),
    optional: ["description"],
  },
  {
    method: "PATCH",
    route: "/api/admin/webhooks/[id]",
    param: "webhook",
    body: (f) => ({ description: "Đổi bởi fuzz", events: ["claim.linked"], version: f.webhookVersion }),
    optional: ["description", "events"],
  },
  {
    method: "DELETE",
    route: "/api/admin/webhooks/[id]",
    param: "webhook",
    body: (f) => ({ version: f.webhookVersion }),
  },
  { method: "POST", route: "/api/admin/webhooks/[id]/test", param: "webhook", body: () => ({}) },
  // The [deliveryId] is the fixture endpoint's delivery; [id] is the endpoint.
  {
    method: "POST",
    route: "/api/admin/webhooks/[id]/deliveries/[deliveryId]/replay",
    param: "webhook",
    body: () => ({}),
  },
  // The [itemId] is the fixture's item (of the claim's kind); [id] is the claim.
  {
    method: "PUT",
    route: "/api/claims/[id]/checklist/[itemId]",
    param: "claim",
    body: () => ({ checked: true, note: "Đã xem bản gốc.", evidenceUrl: "https://t.me/example/2" }),
    optional: ["note", "evidenceUrl"],
  },
  // Acknowledging a source-laundering alert (issue 16): the fixture claim's sources raise none, so
  // even a well-formed acknowledgement is refused (409) and nothing is written.
  {
    method: "POST",
    route: "/api/claims/[id]/sourcing-ack",
    param: "claim",
    body: () => ({ fingerprint: "0123456789abcdef0123456789abcdef", note: "Đã đọc cảnh báo." }),
    optional: ["note"],
  },
  // Assignment (issue 14): the fixture user is an active editor; no reviewer, a due date next week.
  {
    method: "PUT",
    route: "/api/claims/[id]/assignment",
    param: "claim",
    body: (f) => ({
      editorId: f.user,
      reviewerId: null,
      dueAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
    }),
    ids: { editorId: "user", reviewerId: "user" },
  },
  {
    method: "PUT",
    route: "/api/watches",
    body: (f) => ({ claimId: f.claim }),
    ids: { claimId: "claim" },
  },
  {
    method: "DELETE",
    route: "/api/watches",
    body: (f) => ({ speakerId: f.speaker }),
    ids: { speakerId: "speaker" },
  },
  // The ids name no notification of the admin's: no variant can mark anything read.
  {
    method: "POST",
    route: "/api/notifications/read",
    body: () => ({ ids: [NOTHING] }),
  },
  {
    method: "PUT",
    route: "/api/account/notifications",
    body: () => ({ emailFrequency: "DAILY" }),
  },
  // The current password is wrong in the template: no variant can change the password.
  {
    method: "POST",
    route: "/api/account/password",
    body: () => ({ currentPassword: "not-the-password", newPassword: "another-password-123" }),
  },
];

const NOTHING = `c${"0".repeat(24)}`;
const malformedIds = [
  "",
  "1",
  "../../etc/passwd",
  'c\'; DROP TABLE "Claim";--',
  "C".repeat(41),
  "%2e%2e",
  "cxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
];
// In the path, an id that would change the route itself ("", "../..") is the router's business, not the handler's.
const malformedRouteIds = [
  "1",
  'c\'; DROP TABLE "Claim";--',
  "C".repeat(41),
  "cxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
];

function wrongTypes(value: unknown): unknown[] {
  // Never null or "": an optional field takes those as "none".
  if (typeof value === "string") return [42, -1, true, [], {}, ["x"], { $ne: null }];
  if (typeof value === "number") return ["1", "abc", true, [], {}, [1]];
  if (typeof value === "boolean") return ["true", 1, 0, [], {}];
  if (Array.isArray(value)) return ["x", 1, {}, true, { 0: "x" }];
  return ["x", 1, [], true];
}
function badValues(value: unknown): unknown[] {
  if (typeof value === "string")
    return [
      "\uD800",
      "a\uDC00b",
      "\u0000\u0001\u001f",
      "đàm phán\u0000",
      "x".repeat(1_000_001),
      "ạ".repeat(600_000),
    ];
  if (typeof value === "number") return [-1, 0.5, 1e308, -(2 ** 53), 2 ** 53 + 2];
  if (Array.isArray(value)) return [[42], ["\uD800"], Array.from({ length: 5000 }, () => "x"), [null]];
  if (typeof value === "object" && value) return [{}, { x: 1 }];
  return [];
}

interface Variant {
  url: string;
  body: unknown;
  what: string;
}

function variants(t: Template, f: Fixtures, pick: (n: number) => number): Variant {
  const id = t.param ? f[t.param] : "";
  const url = (param = id) =>
    t.route
      .replace("[id]", encodeURIComponent(param))
      .replace("[itemId]", f.checklistItem)
      .replace("[deliveryId]", f.webhookDelivery);
  const body = t.body(f);
  const fields = Object.keys(body);
  // Real ids of records of another kind (never one of the right kind, which could make the input valid).
  const otherKindIds = (kind: Kind) =>
    (Object.keys(kinds) as Kind[]).filter((k) => k !== kind).map((k) => f[k]);
  const choice = <T>(list: readonly T[]): T => list[pick(list.length)]!;
  const strategies: (() => Variant)[] = [
    () => {
      const field = choice(fields.length ? fields : ["__none"]);
      return {
        url: url(),
        body: { ...body, [field]: choice(wrongTypes(body[field] ?? "x")) },
        what: `${field}: wrong type`,
      };
    },
    () => {
      const candidates = fields.filter((k) => badValues(body[k]).length > 0);
      if (candidates.length === 0)
        return { url: url(), body: { ...body, __unknown: 1 }, what: "unknown field" };
      const field = choice(candidates);
      return {
        url: url(),
        body: { ...body, [field]: choice(badValues(body[field])) },
        what: `${field}: bad value`,
      };
    },
    () => {
      const required = fields.filter((k) => !(t.optional ?? []).includes(k));
      if (required.length === 0)
        return {
          url: url(),
          body: { ...body, [choice(["__proto_", "id", "status", "createdById", "role"])]: "x" },
          what: "unknown field",
        };
      const field = choice(required);
      const { [field]: _dropped, ...rest } = body;
      return { url: url(), body: rest, what: `${field}: missing` };
    },
    () => ({
      url: url(),
      body: {
        ...body,
        [choice(["id", "status", "createdById", "deletedAt", "isAdmin", "__proto__x"])]: "APPROVED",
      },
      what: "unknown field",
    }),
    () => {
      const idFields = Object.entries(t.ids ?? {});
      if (t.param && (idFields.length === 0 || pick(2) === 0)) {
        const kind = t.param;
        return {
          url: url(choice([NOTHING, ...otherKindIds(kind), ...malformedRouteIds])),
          body,
          what: "route id of the wrong kind, of nothing, or malformed",
        };
      }
      if (idFields.length === 0)
        return { url: url(), body: choice([[], "x", 1, null, [body]]), what: "body not an object" };
      const [field, kind] = choice(idFields);
      return {
        url: url(),
        body: { ...body, [field]: choice([NOTHING, ...otherKindIds(kind), ...malformedIds]) },
        what: `${field}: id of the wrong kind or of nothing`,
      };
    },
    () => {
      if ("version" in body)
        return {
          url: url(),
          body: { ...body, version: Number(body.version) + 1 + pick(50) },
          what: "stale version",
        };
      if ("start" in body)
        return {
          url: url(),
          body: { ...body, exact: "Không có ở đó" },
          what: "span whose words are not in the article",
        };
      return { url: url(), body: choice([[], "x", 1, null, true, [body]]), what: "body not an object" };
    },
  ];
  return choice(strategies)();
}
const kinds: Record<Kind, true> = {
  claim: true,
  speaker: true,
  article: true,
  outlet: true,
  annotation: true,
  appearance: true,
  link: true,
  user: true,
  pending: true,
  checklistItem: true,
  webhook: true,
  webhookDelivery: true,
  suggestion: true,
};

let admin: APIRequestContext;
let fixtures: Fixtures;

async function ok<T>(res: APIResponse): Promise<T> {
  expect(res.ok(), `${res.url()} → ${res.status()} ${await res.text()}`).toBeTruthy();
  return (await res.json()) as T;
}

async function digest() {
  return (
    await ok<{ tables: Record<string, { rows: number; md5: string | null }> }>(
      await admin.get("/api/admin/integrity"),
    )
  ).tables;
}

test.describe.configure({ mode: "serial" });
test.setTimeout(900_000);

test.beforeAll(async () => {
  admin = await apiAs(users.admin);
  const editor = await apiAs(users.editor);
  const reviewer = await apiAs(users.reviewer);
  // Real records of every kind, so each variant is wrong in exactly the way it says.
  const { speakers } = await ok<{ speakers: { id: string; name: string }[] }>(
    await admin.get("/api/speakers"),
  );
  const speaker = await ok<{ id: string; version: number }>(
    await admin.post("/api/speakers", {
      data: { name: `Người phát ngôn để thử dữ liệu sai ${RUN}`, kind: "PERSON" },
    }),
  );
  const speaker2 = await ok<{ id: string }>(
    await admin.post("/api/speakers", {
      data: { name: `Người phát ngôn thứ hai để thử ${RUN}`, kind: "PERSON" },
    }),
  );
  const claim = await ok<{ id: string; version: number }>(
    await admin.post("/api/claims", {
      data: {
        speakerId: speakers[0]!.id,
        quote: "Phát ngôn gốc để thử dữ liệu sai.",
        kind: "DIRECT",
        topics: [],
      },
    }),
  );
  const other = await ok<{ id: string }>(
    await admin.post("/api/claims", {
      data: { speakerId: speakers[0]!.id, quote: "Phát ngôn thứ hai để thử.", kind: "DIRECT", topics: [] },
    }),
  );
  const outlet = await ok<{ id: string }>(
    await admin.post("/api/outlets", { data: { name: `Báo thử dữ liệu sai ${RUN}` } }),
  );
  const article = await ok<{ id: string }>(
    await admin.post("/api/articles", {
      data: { outletId: outlet.id, title: "Bài thử dữ liệu sai", text: ARTICLE_TEXT },
    }),
  );
  const appearance = await ok<{ id: string }>(
    await admin.post(`/api/claims/${other.id}/appearances`, {
      data: { articleId: article.id, ...span, chain },
    }),
  );
  const link = await ok<{ id: string }>(
    await admin.post("/api/links", {
      data: { fromClaimId: other.id, toClaimId: claim.id, type: "CONTRADICTS" },
    }),
  );
  const annotation = await ok<{ id: string }>(
    await admin.post(`/api/claims/${claim.id}/annotations`, { data: { body: "Ghi chú để thử." } }),
  );
  const user = await ok<{ id: string; version: number }>(
    await admin.post("/api/admin/users", {
      data: {
        email: `fuzz-target-${RUN}@claimledger.test`,
        name: "Fuzz target",
        role: "EDITOR",
        password: "fuzz-password-123",
      },
    }),
  );
  // A change that waits for a reviewer: the demo editor's link between two published claims.
  const publish = async (quote: string) => {
    let c = await ok<{ id: string; version: number }>(
      await admin.post("/api/claims", {
        data: { speakerId: speakers[0]!.id, quote, kind: "DIRECT", topics: [] },
      }),
    );
    await addSource(admin, c.id);
    c = await ok(
      await admin.post(`/api/claims/${c.id}/transitions`, {
        data: { transition: "submit", version: c.version },
      }),
    );
    return ok<{ id: string }>(
      await reviewer.post(`/api/claims/${c.id}/transitions`, {
        data: { transition: "approve", version: c.version },
      }),
    );
  };
  const [p1, p2] = [
    await publish("Phát ngôn công khai thứ nhất để thử."),
    await publish("Phát ngôn công khai thứ hai để thử."),
  ];
  const proposal = await editor.post("/api/links", {
    data: { fromClaimId: p1.id, toClaimId: p2.id, type: "RESPONDS_TO", note: "Chờ duyệt." },
  });
  expect(proposal.status(), "a pending change to fuzz the decision routes with").toBe(202);
  const pending = ((await proposal.json()) as { pendingChange: { id: string } }).pendingChange.id;
  // An item of the claims' kind, optional: it must block no other spec's approvals.
  const checklistItem = await ok<{ id: string; version: number }>(
    await admin.post("/api/admin/checklists", {
      data: { kind: "DIRECT", labelVi: `Mục để thử ${RUN}`, labelEn: `Item to fuzz ${RUN}`, required: false },
    }),
  );
  // A webhook endpoint (at a closed port: its test delivery stays queued, which no variant reaches).
  const webhook = await ok<{ id: string; version: number }>(
    await admin.post("/api/admin/webhooks", {
      data: { url: "http://127.0.0.1:9/fuzz-fixture", events: ["claim.linked"] },
    }),
  );
  const webhookDelivery = await ok<{ id: string }>(
    await admin.post(`/api/admin/webhooks/${webhook.id}/test`, { data: {} }),
  );
  // An open suggested link: the fuzz speaker's second statement negates its first.
  const say = async (quote: string, saidAt: string) =>
    ok<{ id: string }>(
      await admin.post("/api/claims", {
        data: { speakerId: speaker.id, quote, kind: "DIRECT", saidAt, topics: [] },
      }),
    );
  const said = await say(`Bộ sẽ mở cửa khẩu thử nghiệm ${RUN} vào tuần tới.`, "2025-10-01");
  await say(`Bộ sẽ không mở cửa khẩu thử nghiệm ${RUN} vào tuần tới.`, "2025-10-09");
  const { suggestions } = await ok<{ suggestions: { id: string }[] }>(
    await admin.get(`/api/link-suggestions?claimId=${said.id}`),
  );
  expect(suggestions, "an open suggestion to fuzz the decision routes with").toHaveLength(1);
  fixtures = {
    claim: claim.id,
    claim2: other.id,
    claimVersion: claim.version,
    speaker: speaker.id,
    speakerVersion: speaker.version,
    speaker2: speaker2.id,
    article: article.id,
    outlet: outlet.id,
    annotation: annotation.id,
    annotationVersion: 1,
    appearance: appearance.id,
    link: link.id,
    user: user.id,
    userVersion: user.version,
    pending,
    checklistItem: checklistItem.id,
    checklistItemVersion: checklistItem.version,
    webhook: webhook.id,
    webhookVersion: webhook.version,
    webhookDelivery: webhookDelivery.id,
    suggestion: suggestions[0]!.id,
  };
  await editor.dispose();
  await reviewer.dispose();
});
test.afterAll(async () => admin?.dispose());

test("every mutating route handler has a fuzz template", () => {
  const covered = new Set(templates.map((t) => `${t.method} ${t.route}`));
  expect(
    mutatingRoutes().filter((r) => !covered.has(r)),
    "mutating endpoints without a fuzz template",
  ).toEqual([]);
});

test(`${CASES} inputs wrong in one way per entry point: only 4xx answers with a message, and the database is unchanged`, async () => {
  const before = await digest();
  const outcomes: Record<string, Record<string, number>> = {};
  // Every wrong answer is collected (not only the first), then reported together.
  const problems: string[] = [];
  let sent = 0;
  for (const [i, t] of templates.entries()) {
    const picks = fc.sample(fc.array(fc.nat({ max: 1_000_000 }), { minLength: 8, maxLength: 8 }), {
      numRuns: CASES,
      seed: 4242 + i,
    });
    const key = `${t.method} ${t.route}`;
    const f = fixtures;
    for (let j = 0; j < picks.length; j += 10) {
      const batch = picks.slice(j, j + 10).map((p) => {
        let n = 0;
        return variants(t, f, (m) => p[n++ % p.length]! % m);
      });
      await Promise.all(
        batch.map(async (v) => {
          const res = await admin.fetch(v.url, {
            method: t.method,
            data: JSON.stringify(v.body),
            headers: { "content-type": "application/json" },
          });
          const status = res.status();
          const text = await res.text();
          const sample = JSON.stringify(v.body).slice(0, 200);
          if (status < 400 || status >= 500)
            problems.push(
              `${key} (${v.what}) answered ${status} to ${v.url} ${sample}: ${text.slice(0, 300)}`,
            );
          else {
            const message = (JSON.parse(text || "null") as { error?: { message?: string } } | null)?.error
              ?.message;
            if (!message)
              problems.push(
                `${key} (${v.what}) answered ${status} to ${v.url} without a message: ${text.slice(0, 200)}`,
              );
          }
          outcomes[key] ??= {};
          outcomes[key]![status] = (outcomes[key]![status] ?? 0) + 1;
        }),
      );
      sent += batch.length;
    }
  }
  // Raw bodies that are not JSON at all.
  for (const raw of ["{", "[1,2", "\u0000", '{"a":1}'.repeat(1000), "\uFEFF{}"]) {
    const res = await admin.fetch("/api/claims", {
      method: "POST",
      data: raw,
      headers: { "content-type": "application/json" },
    });
    expect(res.status(), raw.slice(0, 20)).toBeGreaterThanOrEqual(400);
    expect(res.status(), raw.slice(0, 20)).toBeLessThan(500);
  }
  const after = await digest();
  console.log(`[fuzz] ${sent} inputs over ${templates.length} entry points:`, JSON.stringify(outcomes));
  expect(problems.slice(0, 20), `${problems.length} wrong answers`).toEqual([]);
  // Past the schema: some variants of every entry point with a record to look up reached the service (404/409).
  const reachedServices = Object.entries(outcomes).filter(
    ([, s]) => (s[404] ?? 0) + (s[409] ?? 0) > 0,
  ).length;
  expect(reachedServices).toBeGreaterThanOrEqual(15);
  expect(after).toEqual(before);
});

/**
 * Crafted dates on the public read endpoints (anonymous, no admin): PostgreSQL refuses dates that
 * JavaScript accepts (year 0, 2025-02-30 rolled over to March, ±275760), so each must be refused
 * before the query (API: 400 with a message) or ignored (search page: shown as without the filter),
 * never a 500.
 */
test("crafted dates on public endpoints: the API answers 400 with a message, the search page ignores them, never a 500", async ({
  request,
  page,
}) => {
  const apiCases = [
    "since=0000-01-01T00:00:00Z",
    "since=0001-01-01T00:00:00Z",
    "since=1899-12-31T23:59:59Z",
    "since=9999-12-31T23:59:59Z",
    `since=${maxYear + 1}-01-01T00:00:00Z`,
    "since=2025-02-30T00:00:00Z",
    `since=${encodeURIComponent("+275760-09-13T00:00:00.000Z")}`,
    `cursor=${cursor({ p: "+275760-09-13T00:00:00.000Z", s: "x" })}`,
    `cursor=${cursor({ p: "-271821-04-20T00:00:00.000Z", s: "x" })}`,
    `cursor=${cursor({ p: "0000-01-01T00:00:00.000Z", s: "x" })}`,
    `cursor=${cursor({ p: "9999-12-31T23:59:59.999Z", s: "x" })}`,
    `cursor=${cursor({ p: "2025-02-30T00:00:00.000Z", s: "x" })}`,
    `cursor=${cursor({ p: "Invalid Date", s: "x" })}`,
    `cursor=${cursor({ p: "1", s: "x" })}`,
    `cursor=${cursor({ p: 8.64e15, s: "x" })}`,
    `cursor=${cursor({ p: "2025-12-21T10:00:00.000Z", s: "' OR 1=1 --" })}`,
    `cursor=${cursor("null")}`,
  ];
  for (const query of apiCases) {
    const res = await request.get(`/api/v1/claims?${query}`);
    const body = (await res.json().catch(() => null)) as {
      error?: { code?: string; message?: string };
    } | null;
    expect(res.status(), `${query}: ${JSON.stringify(body)}`).toBe(400);
    expect(body?.error?.code, query).toBe("VALIDATION");
    expect(body?.error?.message, query).toMatch(/since|cursor/);
  }
  const boundsMessage = (
    (await (await request.get("/api/v1/claims?since=0000-01-01T00:00:00Z")).json()) as {
      error: { message: string };
    }
  ).error.message;
  expect(boundsMessage).toContain(`between 1900 and ${maxYear}`);
  // Dates within bounds, and a cursor the API issued, still work.
  expect((await request.get("/api/v1/claims?since=1900-01-01T00:00:00Z&limit=2")).status()).toBe(200);
  const first = (await (await request.get("/api/v1/claims?limit=2")).json()) as { nextCursor: string | null };
  expect(first.nextCursor).not.toBeNull();
  expect((await request.get(`/api/v1/claims?limit=2&cursor=${first.nextCursor}`)).status()).toBe(200);

  for (const day of craftedDays) {
    for (const query of [
      `from=${encodeURIComponent(day)}`,
      `to=${encodeURIComponent(day)}`,
      `q=dam+phan&from=${encodeURIComponent(day)}&to=${encodeURIComponent(day)}`,
    ]) {
      const res = await request.get(`/search?${query}`);
      expect(res.status(), `/search?${query}`).toBe(200);
      expect(await res.text(), `/search?${query}`).toContain("Tìm kiếm phát ngôn");
    }
  }
  // The filter is dropped: the same results as without it, and no link carries it on.
  await page.goto("/search?q=dam+phan");
  const plain = await page.getByRole("heading", { name: /kết quả/ }).textContent();
  expect(Number(plain?.match(/\d+/)?.[0])).toBeGreaterThan(0);
  const res = await page.goto("/search?q=dam+phan&from=0000-01-01&to=2025-02-30");
  expect(res?.status()).toBe(200);
  await expect(page.getByRole("heading", { name: /kết quả/ })).toHaveText(plain!);
  expect(await page.locator('a[href*="0000-01-01"], a[href*="2025-02-30"]').count()).toBe(0);
});

/**
 * oEmbed (GET /api/oembed, public): any query — odd URLs, formats and sizes — is answered 200
 * (a claim page of this site), 400 (bad parameters), 404 (not a published claim page) or 501
 * (XML), each refusal with a message; never a 5xx.
 */
test("oEmbed answers any query with 200, 400, 404 or 501 and a message, never a 5xx", async ({ request }) => {
  const claimPage = "http://localhost:3000/claims/zelensky-donbass-very-important-to-me";
  const url = fc.oneof(
    fc.constant(claimPage),
    fc.constantFrom(`${claimPage}/`, `${claimPage}?x=1#y`, "http://localhost:3000/claims/", "/claims/x"),
    fc.webUrl({ withQueryParameters: true, withFragments: true }),
    fc.string({ unit: "binary", maxLength: 80 }).map((s) => `http://localhost:3000/claims/${s}`),
    fc.string({ unit: "binary", maxLength: 40 }),
  );
  const size = fc.oneof(fc.integer({ min: -5, max: 20_000 }).map(String), fc.string({ maxLength: 8 }));
  const query = fc.record(
    { url, format: fc.constantFrom("json", "xml", "", "JSON", "yaml"), maxwidth: size, maxheight: size },
    { requiredKeys: [] },
  );
  await fc.assert(
    fc.asyncProperty(query, async (q) => {
      const params = new URLSearchParams(Object.entries(q).map(([k, v]) => [k, String(v)]));
      const res = await request.get(`/api/oembed?${params}`);
      const status = res.status();
      expect([200, 400, 404, 501], `${params} → ${status}`).toContain(status);
      const body = (await res.json()) as { type?: string; error?: { message?: string } };
      if (status === 200) expect(body.type).toBe("rich");
      else expect(body.error?.message, `${params}`).toBeTruthy();
    }),
    { numRuns: Math.min(CASES, 80) },
  );
});
