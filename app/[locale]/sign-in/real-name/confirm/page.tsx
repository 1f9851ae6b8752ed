import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ProofView, type ProofNotice } from "@/components/sign-in/ProofView";
import { faceVerifier } from "@/lib/auth/face-verification";
import { loadClaim } from "@/lib/auth/proofing";
import { currentSession } from "@/lib/auth/request";
import { now } from "@/lib/clock";
import { getDb } from "@/lib/db/client";
import { formatShanghaiTime } from "@/lib/format";
import { redirect } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { sendOldPhoneCodeAction, startFaceAction } from "../../actions";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "signIn.proof" });
  return { title: t("title") };
}

/** After a name and ID number that did not bind this phone on their own (whatever the reason): the ways to prove it. */
export default async function ProofPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const session = await currentSession();
  if (!session) return redirect({ href: "/sign-in?ended=1", locale });
  if (session.personId) return redirect({ href: "/me", locale });
  const claim = await loadClaim(await getDb(), session.accountId, faceVerifier() !== null, now());
  if (!claim) return redirect({ href: "/sign-in/real-name", locale });
  const query = await searchParams;
  const wait = Number(query.wait);
  const notice: ProofNotice =
    query.face === "failed" || query.face === "expired" || query.face === "unavailable"
      ? { kind: `face-${query.face}` }
        : Number.isInteger(wait) && wait > 0 && wait <= 86_400
          ? { kind: "wait", seconds: wait, limit: query.limit === "count" ? "count" : "resend" }
          : null;
  return (
    <ProofView
      choice={{
        face: claim.face && {
          attemptsLeft: claim.face.attemptsLeft,
          lockedUntil: claim.face.lockedUntil && formatShanghaiTime(claim.face.lockedUntil, locale),
          pending: claim.pendingFace,
        },
        retypesLeft: claim.retypesLeft,
      }}
      notice={notice}
      startFaceAction={startFaceAction.bind(null, locale)}
      sendOldPhoneCodeAction={sendOldPhoneCodeAction.bind(null, locale)}
    />
  );
}
