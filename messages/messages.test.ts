import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import * as OpenCC from "opencc-js";
import { describe, expect, it } from "vitest";
import { MESSAGE_NAMESPACES } from "@/lib/i18n/messages";

/**
 * Every message file exists in the three locales with the same keys, and zh-Hant is written in
 * Traditional characters: converting it Simplified → Traditional must change nothing.
 */
const MESSAGES_DIR = path.dirname(new URL(import.meta.url).pathname);
const LOCALES = ["zh-Hans", "zh-Hant", "en"] as const;
// The shared files, and one folder per feature namespace.
const GROUPS = ["", ...readdirSync(MESSAGES_DIR, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name)];

type Tree = { [key: string]: string | Tree };

function load(group: string, locale: string): Tree {
  return JSON.parse(readFileSync(path.join(MESSAGES_DIR, group, `${locale}.json`), "utf8")) as Tree;
}

function leaves(tree: Tree, prefix = ""): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [[`${prefix}${key}`, value] as [string, string]] : leaves(value, `${prefix}${key}.`),
  );
}

/** The names of the ICU arguments of a message, including those nested in plural and select branches. */
function argumentNames(elements: MessageFormatElement[]): string[] {
  return elements.flatMap((element) => {
    const own = "value" in element && typeof element.value === "string" && element.type !== 0 ? [element.value] : [];
    const nested = "options" in element ? Object.values(element.options).flatMap((o) => argumentNames(o.value)) : [];
    return [...own, ...nested];
  });
}

const toTraditional = OpenCC.Converter({ from: "cn", to: "tw" });

describe.each(GROUPS)("messages/%s", (group) => {
  const base = new Map(leaves(load(group, "zh-Hans")));

  it("has a file per locale", () => {
    const files = readdirSync(path.join(MESSAGES_DIR, group)).filter((f) => f.endsWith(".json"));
    expect(files.sort()).toEqual(LOCALES.map((l) => `${l}.json`).sort());
  });

  it.each(LOCALES.filter((l) => l !== "zh-Hans"))("%s has exactly the keys of zh-Hans", (locale) => {
    const keys = leaves(load(group, locale)).map(([k]) => k);
    const missing = [...base.keys()].filter((k) => !keys.includes(k));
    const extra = keys.filter((k) => !base.has(k));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  it.each(LOCALES)("%s has no empty message", (locale) => {
    const empty = leaves(load(group, locale)).filter(([, v]) => v.trim() === "");
    expect(empty).toEqual([]);
  });

  it.each(LOCALES.filter((l) => l !== "zh-Hans"))("%s uses the same ICU arguments as zh-Hans", (locale) => {
    const args = (text: string) => [...new Set(argumentNames(parse(text)))].sort();
    const mismatched = leaves(load(group, locale))
      .filter(([key, text]) => JSON.stringify(args(text)) !== JSON.stringify(args(base.get(key) ?? "")))
      .map(([key]) => key);
    expect(mismatched).toEqual([]);
  });

  it("zh-Hant holds no Simplified-only characters", () => {
    const simplified = leaves(load(group, "zh-Hant"))
      .map(([key, text]) => ({ key, text, traditional: toTraditional(text) }))
      .filter(({ text, traditional }) => text !== traditional);
    expect(simplified).toEqual([]);
  });
});

describe("message loading", () => {
  it("loads every namespace folder", () => {
    expect(GROUPS.slice(1).sort()).toEqual([...MESSAGE_NAMESPACES].sort());
  });
});

describe("the Simplified-character check", () => {
  it("catches a Simplified message", () => {
    expect(toTraditional("参保缴费")).not.toBe("参保缴费");
    expect(toTraditional("參保繳費")).toBe("參保繳費");
  });
});
