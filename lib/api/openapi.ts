import { z } from "zod";
import { answerSchema, policiesResponseSchema, requestSchema } from "@/lib/rules";
import { batchRequestSchema, batchResponseSchema } from "./batch";
import { ERROR_STATUS, errorBodySchema } from "./errors";

type JsonSchema = { [key: string]: unknown };

const COMPONENTS = "#/components/schemas/";
const ref = (id: string) => ({ $ref: `${COMPONENTS}${id}` });

/** `#/$defs/X` → `#/components/schemas/X`, everywhere in a converted schema. */
function pointAtComponents(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(pointAtComponents);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) =>
      key === "$ref" && typeof inner === "string"
        ? [key, inner.replace(/^#\/\$defs\//, COMPONENTS)]
        : [key, pointAtComponents(inner)],
    ),
  );
}

/**
 * Converts a schema with zod's own generator and files it, and every schema it names with
 * `.meta({ id })`, under components. Requests are described as clients write them
 * (`io: "input"`: defaulted fields are optional), answers as the server writes them.
 */
function addComponent(components: Record<string, JsonSchema>, name: string, schema: z.ZodType, io: "input" | "output") {
  const converted = z.toJSONSchema(schema, { io, target: "draft-2020-12", unrepresentable: "any" });
  const { $defs = {}, ...root } = pointAtComponents(converted) as JsonSchema & { $defs?: Record<string, JsonSchema> };
  // OpenAPI 3.1 fixes the JSON Schema dialect document-wide.
  delete root.$schema;
  const file = (id: string, component: JsonSchema) => {
    const existing = components[id];
    if (existing && JSON.stringify(existing) !== JSON.stringify(component)) {
      throw new Error(`OpenAPI component ${id} differs between its uses; give one of them another id.`);
    }
    components[id] = component;
  };
  for (const [id, component] of Object.entries($defs)) file(id, component);
  if (root.$ref !== `${COMPONENTS}${name}`) file(name, root);
}

const json = (schema: object) => ({ content: { "application/json": { schema } } });

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: "Invalid JSON or a request that breaks the schema (`invalid-json`, `invalid-request`).",
  404: "No policy pack fits (`unknown-policy`).",
  413: "Body too large (`payload-too-large`) or batch over 1000 requests (`batch-too-large`).",
  415: "Content-Type is not application/json (`unsupported-media-type`).",
  500: "A bug on our side (`internal-error`); never caused by the input.",
};

function errorResponses(statuses: number[]) {
  return Object.fromEntries(
    statuses.map((status) => [String(status), { description: ERROR_DESCRIPTIONS[status], ...json(ref("Error")) }]),
  );
}

function buildDocument() {
  const schemas: Record<string, JsonSchema> = {};
  addComponent(schemas, "EligibilityRequest", requestSchema, "input");
  addComponent(schemas, "BatchRequest", batchRequestSchema, "input");
  addComponent(schemas, "EligibilityAnswer", answerSchema, "output");
  addComponent(schemas, "BatchResponse", batchResponseSchema, "output");
  addComponent(schemas, "PoliciesResponse", policiesResponseSchema, "output");
  addComponent(schemas, "Error", errorBodySchema, "output");
  const postErrors = errorResponses([400, 404, 413, 415, 500]);
  return {
    openapi: "3.1.0",
    info: {
      title: "城乡居民基本医疗保险 eligibility API",
      version: "1.0.0",
      description: `Money in fen, dates YYYY-MM-DD (Asia/Shanghai). Error codes: ${Object.keys(ERROR_STATUS).join(", ")}.`,
    },
    paths: {
      "/api/v1/eligibility": {
        post: {
          operationId: "evaluateEligibility",
          requestBody: { required: true, ...json(ref("EligibilityRequest")) },
          responses: { "200": { description: "The answer.", ...json(ref("EligibilityAnswer")) }, ...postErrors },
        },
      },
      "/api/v1/eligibility/batch": {
        post: {
          operationId: "evaluateEligibilityBatch",
          description: "Up to 1000 requests; each result is an answer or `{ error }` for that element, in order.",
          requestBody: { required: true, ...json(ref("BatchRequest")) },
          responses: {
            "200": { description: "One result per request, in order.", ...json(ref("BatchResponse")) },
            ...errorResponses([400, 413, 415, 500]),
          },
        },
      },
      "/api/v1/policies": {
        get: {
          operationId: "listPolicies",
          responses: {
            "200": { description: "The policy packs.", ...json(ref("PoliciesResponse")) },
            ...errorResponses([500]),
          },
        },
      },
      "/api/v1/openapi.json": {
        get: {
          operationId: "openApiDocument",
          responses: { "200": { description: "This document.", ...json({ type: "object" }) } },
        },
      },
    },
    components: { schemas },
  };
}

let cached: ReturnType<typeof buildDocument> | undefined;

/** Generated from the zod schemas once per process. */
export function openApiDocument() {
  cached ??= buildDocument();
  return cached;
}
