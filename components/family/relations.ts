import type { Relation } from "@/lib/rules";

/** binding.relation is what the relative is to the payer; the relative is told what the payer is to them. */
export const PAYER_IS: Record<Relation, Relation> = { spouse: "spouse", parent: "child", child: "parent", sibling: "sibling", grandparent: "grandchild", grandchild: "grandparent" };
