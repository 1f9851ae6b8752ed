import { Button } from "@/components/ui/Button";

type Props = {
  /** The item waits to be prepared, and this staff member may prepare it. */
  canPrepare: boolean;
  /** The item waits for approval, and this staff member may approve. */
  canApprove: boolean;
  /** They prepared it themselves: someone else approves (the service and the database say so too). */
  preparedByMe: boolean;
  prepare: (data: FormData) => Promise<void>;
  approve: (data: FormData) => Promise<void>;
  labels: { prepare: string; approve: string; fourEyes: string };
};

/** The two steps of a payout, each a button that posts (no JavaScript needed). */
export function FourEyesSteps({ canPrepare, canApprove, preparedByMe, prepare, approve, labels }: Props) {
  return (
    <>
      {canPrepare ? (
        <form action={prepare} className="mb-8">
          <Button>{labels.prepare}</Button>
        </form>
      ) : null}
      {canApprove && preparedByMe ? (
        <p className="mb-8 text-lg font-semibold" data-testid="four-eyes">
          {labels.fourEyes}
        </p>
      ) : null}
      {canApprove && !preparedByMe ? (
        <form action={approve} className="mb-8">
          <Button>{labels.approve}</Button>
        </form>
      ) : null}
    </>
  );
}
