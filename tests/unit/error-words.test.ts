import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { errorResponse, fieldIssueOf, validationError } from "@/lib/api/route";
import { updateClaimSchema } from "@/lib/claims/validation";
import { describeApiError, type ErrorTranslator, type FieldSpecs } from "@/lib/client/describe-error";
import type { ApiError } from "@/lib/client/api";
import { signInFailure } from "@/lib/client/sign-in-error";
import { AppError, appErrorReasons, type FieldIssueKind } from "@/lib/errors";
import { emailField, passwordField, urlField } from "@/lib/validation/common";
import en from "@/messages/en.json";
import vi from "@/messages/vi.json";

const translators = {
  en: createTranslator({ locale: "en", messages: en, namespace: "errors2" }) as unknown as ErrorTranslator,
  vi: createTranslator({ locale: "vi", messages: vi, namespace: "errors2" }) as unknown as ErrorTranslator,
};

/** The error a route answers (its JSON), as the browser reads it. */
async function asBrowserSees(error: unknown): Promise<ApiError> {
  return ((await errorResponse(error).json()) as { error: ApiError }).error;
}

const claimFields = (lang: "en" | "vi"): FieldSpecs =>
  lang === "vi"
    ? {
        speakerId: { label: vi.claimForm.speaker, pick: "person" },
        quote: vi.claimForm.quote,
        venue: vi.claimForm.venue,
        saidAt: vi.claimForm.saidOn,
      }
    : {
        speakerId: { label: en.claimForm.speaker, pick: "person" },
        quote: en.claimForm.quote,
        venue: en.claimForm.venue,
        saidAt: en.claimForm.saidOn,
      };

const claimInput = { speakerId: "cmspeaker0000000001", quote: "Trích dẫn", kind: "DIRECT", version: 1 };

async function invalidClaim(patch: Record<string, unknown>): Promise<ApiError> {
  const body = { ...claimInput, ...patch };
  const parsed = updateClaimSchema.safeParse(body);
  if (parsed.success) throw new Error("expected the input to be refused");
  return asBrowserSees(validationError(parsed.error, "Input", body));
}

describe("a schema error keeps its English shape and adds machine-readable issues", () => {
  it("keeps message and details.fields as before, and names each field's problem", async () => {
    const error = await invalidClaim({ speakerId: "abc" });
    expect(error.code).toBe("VALIDATION");
    expect(error.message).toBe("Input is invalid. speakerId: Malformed id.");
    expect(error.details?.fields).toEqual({ speakerId: ["Malformed id."] });
    expect(error.details?.issues).toEqual({ speakerId: [{ kind: "malformed_id", code: "invalid_format" }] });
  });

  it("tells nothing given from something wrong", async () => {
    expect((await invalidClaim({ speakerId: "" })).details?.issues?.speakerId?.[0]?.kind).toBe("required");
    expect((await invalidClaim({ speakerId: undefined })).details?.issues?.speakerId?.[0]?.kind).toBe(
      "required",
    );
    expect((await invalidClaim({ quote: "   " })).details?.issues?.quote?.[0]?.kind).toBe("required");
    expect((await invalidClaim({ quote: "x".repeat(5001) })).details?.issues?.quote?.[0]).toMatchObject({
      kind: "too_long",
      maximum: 5000,
    });
    expect((await invalidClaim({ kind: "SHOUTED" })).details?.issues?.kind?.[0]?.kind).toBe("invalid_choice");
    expect((await invalidClaim({ saidAt: "2025-02-30" })).details?.issues?.saidAt?.[0]?.kind).toBe(
      "invalid_date",
    );
    expect((await invalidClaim({ version: 1.5 })).details?.issues?.version?.[0]?.kind).toBe(
      "not_whole_number",
    );
    expect((await invalidClaim({ extra: 1 })).details?.issues?._?.[0]?.kind).toBe("unknown_key");
  });

  it("names e-mail, URL, text and length problems", () => {
    const issue = (
      schema: { safeParse: (v: unknown) => { error?: { issues: unknown[] } } },
      value: unknown,
    ): FieldIssueKind => fieldIssueOf(schema.safeParse(value).error!.issues[0] as never, value).kind;
    expect(issue(emailField, "not-an-address")).toBe("invalid_email");
    expect(issue(urlField, "javascript:alert(1)")).toBe("invalid_url");
    expect(issue(passwordField, "short")).toBe("too_short");
    expect(issue(passwordField, "\uD800 ten chars or more")).toBe("invalid_text");
  });

  it("gives a service's field error with a reason the same per-field issue", async () => {
    const error = await asBrowserSees(
      new AppError(
        "VALIDATION",
        "Unknown speaker.",
        { fields: { speakerId: ["Unknown speaker."] } },
        "unknown_speaker",
      ),
    );
    expect(error).toMatchObject({
      message: "Unknown speaker.",
      reason: "unknown_speaker",
      details: { fields: { speakerId: ["Unknown speaker."] } },
    });
    expect(error.details?.issues).toEqual({ speakerId: [{ kind: "unknown_speaker" }] });
  });
});

describe("describeApiError words errors in the dashboard language", () => {
  it("Vietnamese: a bad speaker is said next to the speaker field, with no field name or English", async () => {
    for (const speakerId of ["", "abc"]) {
      const words = describeApiError(await invalidClaim({ speakerId }), translators.vi, {
        fields: claimFields("vi"),
      });
      expect(words.fields.speakerId).toBe("Người phát ngôn: hãy chọn một người trong danh sách");
      expect(words.message).toBe("Một số ô cần sửa; xem thông báo ngay cạnh từng ô. Chưa có gì được lưu.");
      for (const text of [words.message, ...Object.values(words.fields)])
        expect(text).not.toMatch(/speakerId|Malformed|invalid|Input/);
    }
  });

  it("English: the same error in English, with the form's own label", async () => {
    const words = describeApiError(await invalidClaim({ speakerId: "abc", quote: "" }), translators.en, {
      fields: claimFields("en"),
      serverWords: true,
    });
    expect(words.fields).toEqual({
      speakerId: "Speaker: choose a person from the list",
      quote: `${en.claimForm.quote}: this is required`,
    });
    expect(words.message).not.toContain("speakerId");
  });

  it("says limits with their numbers", async () => {
    const words = describeApiError(await invalidClaim({ venue: "x".repeat(301) }), translators.vi, {
      fields: claimFields("vi"),
    });
    expect(words.fields.venue).toBe(`${vi.claimForm.venue}: quá dài (tối đa 300 ký tự)`);
  });

  it("a field the form does not show is said in the form message, not by its name", async () => {
    const words = describeApiError(await invalidClaim({ version: 0 }), translators.vi, {
      fields: claimFields("vi"),
    });
    expect(words.fields).toEqual({});
    expect(words.message).toBe(
      "Một phần của biểu mẫu không được chấp nhận (phải từ 1 trở lên). Hãy tải lại trang rồi thử lại.",
    );
  });

  it("a reason is said in the user's words; English keeps the sign-in sentence the tests know", async () => {
    const stale = await asBrowserSees(
      new AppError(
        "CONFLICT",
        "Someone else changed this speaker after you opened it. Reload to see their version.",
        { current: {} },
        "stale_version",
      ),
    );
    expect(describeApiError(stale, translators.vi).message).toMatch(/^Người khác đã thay đổi nội dung này/);
    expect(describeApiError(signInFailure("wrong_credentials", 401), translators.en).message).toBe(
      "Wrong e-mail or password.",
    );
    expect(describeApiError(signInFailure("wrong_credentials", 401), translators.vi).message).toBe(
      "Sai email hoặc mật khẩu.",
    );
    expect(describeApiError(signInFailure("too_many_attempts:3", 401), translators.vi).message).toBe(
      "Đăng nhập sai quá nhiều lần. Hãy thử lại sau 3 phút.",
    );
    expect(describeApiError(signInFailure("too_many_attempts:1", 401), translators.en).message).toBe(
      "Too many failed sign-in attempts. Try again in 1 minute.",
    );
  });

  it("a wrong current password is said at the form and at the field", async () => {
    const error = await asBrowserSees(
      new AppError(
        "VALIDATION",
        "Your current password is not correct.",
        { fields: { currentPassword: ["Not correct."] } },
        "wrong_password",
      ),
    );
    const words = describeApiError(error, translators.vi, {
      fields: { currentPassword: vi.account.currentPassword },
    });
    expect(words).toEqual({
      message: "Mật khẩu hiện tại không đúng.",
      fields: { currentPassword: `${vi.account.currentPassword}: không đúng` },
    });
  });

  it("without a reason: Vietnamese says what the code means; English keeps the server's sentence", async () => {
    const error = await asBrowserSees(new AppError("VALIDATION", "The selected span is empty."));
    expect(describeApiError(error, translators.vi).message).toBe(vi.errors2.code.VALIDATION);
    expect(describeApiError(error, translators.en, { serverWords: true }).message).toBe(
      "The selected span is empty.",
    );
    const network: ApiError = {
      code: "NETWORK",
      message: "The server could not be reached. Check your connection; nothing was saved.",
    };
    expect(describeApiError(network, translators.vi).message).toBe(
      "Không kết nối được với máy chủ. Hãy kiểm tra kết nối mạng; chưa có gì được lưu.",
    );
    expect(describeApiError({ code: "TEAPOT", message: "I'm a teapot" }, translators.vi).message).toBe(
      vi.errors2.code.HTTP,
    );
  });
});

describe("the catalogues", () => {
  const kinds: FieldIssueKind[] = [
    "required",
    "too_short",
    "too_long",
    "too_small",
    "too_big",
    "malformed_id",
    "invalid_choice",
    "invalid_email",
    "invalid_url",
    "invalid_date",
    "invalid_text",
    "invalid_type",
    "not_whole_number",
    "unknown_key",
    "invalid",
  ];
  const fieldReasons = [
    "wrong_password",
    "email_in_use",
    "unknown_speaker",
    "unknown_outlet",
    "unknown_topic",
    "duplicate",
    "evidence_required",
    "correction_reason_required",
  ] as const;

  it.each(["en", "vi"] as const)("%s words every reason, field problem and error code", (lang) => {
    const t = translators[lang];
    for (const reason of appErrorReasons) expect(t.has(`reason.${reason}`), reason).toBe(true);
    for (const kind of [...kinds, ...fieldReasons]) expect(t.has(`field.${kind}`), kind).toBe(true);
    for (const code of [
      "VALIDATION",
      "UNAUTHENTICATED",
      "FORBIDDEN",
      "NOT_FOUND",
      "CONFLICT",
      "INVALID_STATE",
      "TOO_MANY_REQUESTS",
      "PAYLOAD_TOO_LARGE",
      "BUSY",
      "INTERNAL",
      "NETWORK",
      "HTTP",
    ]) {
      expect(t.has(`code.${code}`), code).toBe(true);
    }
  });

  it("Vietnamese is NFC and not English", () => {
    const text = JSON.stringify(vi.errors2);
    expect(text).toBe(text.normalize("NFC"));
    for (const [key, value] of Object.entries(vi.errors2.reason))
      expect(value, key).not.toBe(en.errors2.reason[key as keyof typeof en.errors2.reason]);
  });
});

describe("signInFailure", () => {
  it("reads the provider's stable word, and never shows raw text", () => {
    expect(signInFailure("wrong_credentials", 401)).toMatchObject({ reason: "wrong_credentials" });
    expect(signInFailure("CredentialsSignin", 401)).toMatchObject({ reason: "wrong_credentials" });
    expect(signInFailure("too_many_attempts:12", 401)).toMatchObject({
      reason: "too_many_attempts",
      details: { retryInMinutes: 12 },
    });
    expect(signInFailure("Error: database exploded", 500)).toEqual({
      code: "INTERNAL",
      message: "Sign-in failed.",
    });
    expect(signInFailure(undefined, 0).code).toBe("NETWORK");
  });
});
