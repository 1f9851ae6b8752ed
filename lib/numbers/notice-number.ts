import { checkedNumber } from "./checked-number";

/**
 * Payment notice numbers (缴费通知号): JF 2026 000 000 017 X (a 9-digit sequence). Printed on the
 * receipt, read out at a bank counter, typed into a terminal.
 */
const noticeNumber = checkedNumber("JF", 9, [3, 3, 3]);

export const composeNoticeNumber = noticeNumber.compose;
export const normalizeNoticeNumber = noticeNumber.normalize;
export const isValidNoticeNumber = noticeNumber.isValid;
export const formatNoticeNumber = noticeNumber.format;
