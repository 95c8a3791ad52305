/**
 * Reads explain output the same way whichever server produced it: MongoDB's classic plans, its slot-based ones
 * (winningPlan.queryPlan) and aggregations (stages[0].$cursor or $geoNearCursor) all become a list of stages.
 */
import type { Document } from 'mongodb';

/** Every stage of a plan tree, top first. */
export function stagesOf(plan: Document | undefined): Document[] {
  if (!plan) return [];
  const root = (plan.queryPlan as Document | undefined) ?? plan;
  const children = [
    ...(root.inputStage ? [root.inputStage as Document] : []),
    ...((root.inputStages as Document[] | undefined) ?? []),
  ];
  return [root, ...children.flatMap(stagesOf)];
}

/** The part of an explain reply that describes the collection read (find/count, or an aggregation's cursor). */
export function cursorPart(explain: Document): Document {
  const first = (explain.stages as Document[] | undefined)?.[0];
  return (first?.$cursor as Document) ?? (first?.$geoNearCursor as Document) ?? explain;
}

export function winningStages(explain: Document): string[] {
  return stagesOf(cursorPart(explain).queryPlanner?.winningPlan).map((stage) => stage.stage as string);
}

export function indexUsed(explain: Document): string | null {
  const scan = stagesOf(cursorPart(explain).queryPlanner?.winningPlan).find((stage) => stage.indexName);
  return (scan?.indexName as string | undefined) ?? null;
}

export function executionStats(explain: Document): {
  nReturned: number;
  totalKeysExamined: number;
  totalDocsExamined: number;
} {
  return cursorPart(explain).executionStats as never;
}
