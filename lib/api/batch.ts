import { z } from "zod";
import { answerSchema, requestSchema } from "@/lib/rules";
import { errorBodySchema } from "./errors";

/** API.md: at most 1000 requests per batch. */
export const MAX_BATCH_REQUESTS = 1000;

/**
 * 1000 requests do not fit in 64 KiB (a full request is ~400 bytes), so a batch body may be
 * up to 1 MiB: about 1 KiB per request. See docs/decisions/0002.
 */
export const BATCH_BODY_LIMIT_BYTES = 1024 * 1024;

/** What a batch looks like, for documentation and types. */
export const batchRequestSchema = z.object({
  requests: z.array(requestSchema).max(MAX_BATCH_REQUESTS),
});

export const batchResponseSchema = z.object({
  results: z.array(z.union([answerSchema, errorBodySchema])),
});

/**
 * What the batch endpoint checks up front. Elements stay `unknown` here on purpose: each is
 * validated on its own by `evaluateOne`, so one bad element does not sink the batch.
 */
export const batchEnvelopeSchema = z.object({ requests: z.array(z.unknown()) });
