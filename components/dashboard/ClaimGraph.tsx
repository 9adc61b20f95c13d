"use client";

import { Background, ReactFlow, type Edge, type Node } from "@xyflow/react";
import "@xyflow/react/dist/style.css";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import type { LinkType } from "@/lib/generated/prisma/enums";

export interface GraphLink {
  id: string;
  type: LinkType;
  direction: "outgoing" | "incoming";
  other: { id: string; speaker: string; quote: string };
}

const edgeColour: Record<LinkType, string> = {
  CONTRADICTS: "#be123c",
  SUPPORTS: "#047857",
  SAME_STATEMENT: "#0369a1",
  RESPONDS_TO: "#7c3aed",
  UPDATES: "#b45309",
};

const NODE_WIDTH = 200;
const CENTRE_WIDTH = 180;
const COLUMN = NODE_WIDTH + 30;
const ROW = 120;
const PER_ROW = 3;

/** Top-left corners of `count` nodes in rows of PER_ROW, centred, going up (-1) or down (+1) from the claim. */
function rowPositions(count: number, direction: -1 | 1) {
  return Array.from({ length: count }, (_, i) => {
    const row = Math.floor(i / PER_ROW);
    const inRow = Math.min(PER_ROW, count - row * PER_ROW);
    return { x: ((i % PER_ROW) - (inRow - 1) / 2) * COLUMN - NODE_WIDTH / 2, y: direction * (row + 1) * ROW };
  });
}

/**
 * The claim and its direct neighbours, edges typed and directed. Click a node to open it.
 *
 * An edge leaves its source's bottom and enters its target's top, and fitView frames the nodes
 * only: an edge drawn upwards loops around its nodes and out of the frame. So the layout follows
 * the direction: claims linking to this one sit above it, claims it links to below it, and the
 * one edge that can still point upwards (a neighbour linked both ways) is drawn straight, inside
 * the frame. The box grows with the rows so that nothing shrinks to unreadable.
 */
export function ClaimGraph({ claim, links }: { claim: { id: string; speaker: string }; links: GraphLink[] }) {
  const t = useTranslations("links");
  const tEdge = useTranslations("enums.linkEdge");
  const router = useRouter();
  const others = [...new Map(links.map((l) => [l.other.id, l.other])).values()];
  const linkedTo = new Set(links.filter((l) => l.direction === "outgoing").map((l) => l.other.id));
  const above = others.filter((o) => !linkedTo.has(o.id));
  const below = others.filter((o) => linkedTo.has(o.id));
  const position = new Map([
    ...rowPositions(above.length, -1).map((p, i) => [above[i]!.id, p] as const),
    ...rowPositions(below.length, 1).map((p, i) => [below[i]!.id, p] as const),
  ]);
  const rows = Math.ceil(above.length / PER_ROW) + Math.ceil(below.length / PER_ROW) + 1;
  const nodes: Node[] = [
    {
      id: claim.id,
      position: { x: -CENTRE_WIDTH / 2, y: 0 },
      data: { label: t("graphThis", { speaker: claim.speaker }) },
      style: { background: "#e0f2fe", fontWeight: 600, width: CENTRE_WIDTH },
    },
    ...others.map((o) => ({
      id: o.id,
      position: position.get(o.id) ?? { x: 0, y: 0 },
      data: { label: `${o.speaker}: “${o.quote.length > 50 ? `${o.quote.slice(0, 50)}…` : o.quote}”` },
      style: { width: NODE_WIDTH, fontSize: 11 },
    })),
  ];
  const edges: Edge[] = links.map((l) => {
    const source = l.direction === "outgoing" ? claim.id : l.other.id;
    const target = l.direction === "outgoing" ? l.other.id : claim.id;
    const sourceY = source === claim.id ? 0 : (position.get(source)?.y ?? 0);
    const targetY = target === claim.id ? 0 : (position.get(target)?.y ?? 0);
    return {
      id: l.id + l.direction,
      source,
      target,
      type: sourceY > targetY ? "straight" : "default",
      label: tEdge(l.type),
      style: { stroke: edgeColour[l.type] },
      labelStyle: { fill: edgeColour[l.type], fontSize: 10 },
      markerEnd: { type: "arrowclosed" as never, color: edgeColour[l.type] },
    };
  });
  return (
    <div
      className="overflow-hidden rounded-md border border-slate-200"
      style={{ height: Math.min(520, Math.max(288, rows * 110 + 40)) }}
      role="img"
      aria-label={t("graphLabel", { links: links.length, others: others.length })}
      data-testid="claim-graph"
    >
      <ReactFlow
        nodes={nodes}
        edges={edges}
        fitView
        fitViewOptions={{ padding: 0.12 }}
        minZoom={0.2}
        nodesDraggable={false}
        nodesConnectable={false}
        proOptions={{ hideAttribution: true }}
        zoomOnScroll={false}
        preventScrolling={false}
        onNodeClick={(_, node) => {
          if (node.id !== claim.id) router.push(`/dashboard/claims/${node.id}`);
        }}
      >
        <Background />
      </ReactFlow>
    </div>
  );
}
