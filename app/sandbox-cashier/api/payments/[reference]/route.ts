export { GET } from "../route";

// Route segment config must be declared in the route file itself; Next.js refuses a re-export.
export const dynamic = "force-dynamic";
