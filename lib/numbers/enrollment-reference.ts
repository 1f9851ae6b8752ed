import { checkedNumber } from "./checked-number";

/** Enrollment reference numbers: CX 2026 0000 0123 7 (an 8-digit sequence). */
const reference = checkedNumber("CX", 8, [4, 4]);

export const composeReference = reference.compose;
export const normalizeReference = reference.normalize;
export const isValidReference = reference.isValid;
export const formatReference = reference.format;
