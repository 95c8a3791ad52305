import { loadDemoWorld } from '@kyodo/importers';
import { evaluationSourcesOf, type EvaluationSources } from '@kyodo/seed';

/** The subjects evaluation's seed refers to: the shared demo world, mapped once by @kyodo/seed. */
export async function loadEvaluationSources(): Promise<EvaluationSources> {
  return evaluationSourcesOf(await loadDemoWorld());
}
