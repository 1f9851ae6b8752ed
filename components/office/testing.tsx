import type { ReactNode } from "react";
import { prerender } from "react-dom/static";

/** Renders a server view with its nested async components (which renderToStaticMarkup cannot wait for) into a detached element. */
export async function renderView(node: ReactNode): Promise<HTMLElement> {
  const { prelude } = await prerender(node);
  const container = document.createElement("div");
  container.innerHTML = await new Response(prelude).text();
  return container;
}
