import { RefusedView } from "@/components/office/RefusedView";
import { currentStaff } from "@/lib/auth/staff/request";

/** What requireStaff(locale, role) answers a member of staff without the role: 403, inside the console. */
export default async function Forbidden() {
  return <RefusedView roles={(await currentStaff())?.roles ?? []} />;
}
