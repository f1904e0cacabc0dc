/**
 * Generates and ingests ?synthetic=N plans off the page's thread. The ingest (its dictionaries,
 * the generated documents) lives and dies with this worker, so the page keeps only the plans.
 */
import './noEval';
import { ingestAll } from '../ingest';
import { syntheticDocuments } from '../ingest/synthetic';

/**
 * Asked for n plans from generator seed `seed`; answers with the plans as JSON text, the way the
 * hall's bundle arrives (a structured clone would give every repeated short string its own copy).
 */
export interface SyntheticRequest {
  n: number;
  seed: number;
}

self.onmessage = async (e: MessageEvent<SyntheticRequest>) => {
  const { n, seed } = e.data;
  self.postMessage(JSON.stringify((await ingestAll(syntheticDocuments(n, seed))).plans));
};
