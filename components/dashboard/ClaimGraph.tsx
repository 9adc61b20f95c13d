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

const edgeColour: Record<LinkType, string> = { CONTRADICTS: "#be123c", SUPPORTS: "#047857", SAME_STATEMENT: "#0369a1", RESPONDS_TO: "#7c3aed", UPDATES: "#b45309" };

/** The claim and its direct neighbours, edges typed and directed. Click a node to open it. */
export function ClaimGraph({ claim, links }: { claim: { id: string; speaker: string }; links: GraphLink[] }) {
  const t = useTranslations("links");
  const tEdge = useTranslations("enums.linkEdge");
  const router = useRouter();
  const others = [...new Map(links.map((l) => [l.other.id, l.other])).values()];
  const radius = 170;
  const nodes: Node[] = [
    { id: claim.id, position: { x: 0, y: 0 }, data: { label: t("graphThis", { speaker: claim.speaker }) }, style: { background: "#e0f2fe", fontWeight: 600, width: 180 } },
    ...others.map((o, i) => {
      const angle = (2 * Math.PI * i) / Math.max(others.length, 1) - Math.PI / 2;
      return {
        id: o.id,
        position: { x: Math.cos(angle) * radius * 1.6, y: Math.sin(angle) * radius },
        data: { label: `${o.speaker}: “${o.quote.length > 50 ? `${o.quote.slice(0, 50)}…` : o.quote}”` },
        style: { width: 200, fontSize: 11 },
      };
    }),
  ];
  const edges: Edge[] = links.map((l) => ({
    id: l.id + l.direction,
    source: l.direction === "outgoing" ? claim.id : l.other.id,
    target: l.direction === "outgoing" ? l.other.id : claim.id,
    label: tEdge(l.type),
    style: { stroke: edgeColour[l.type] },
    labelStyle: { fill: edgeColour[l.type], fontSize: 10 },
    markerEnd: { type: "arrowclosed" as never, color: edgeColour[l.type] },
  }));
  return (
    <div className="h-72 rounded-md border border-slate-200" role="img" aria-label={t("graphLabel", { links: links.length, others: others.length })}>
      <ReactFlow
        nodes={nodes}
        edges={edges}
        fitView
        nodesDraggable={false}
        nodesConnectable={false}
        proOptions={{ hideAttribution: true }}
        onNodeClick={(_, node) => {
          if (node.id !== claim.id) router.push(`/dashboard/claims/${node.id}`);
        }}
      >
        <Background />
      </ReactFlow>
    </div>
  );
}
