// The closed vocabularies, with each category's DPV and TCF mapping, so others can join the data with theirs.
import type { APIRoute } from 'astro';
import { API_VERSION } from '../../../schemas/public.ts';
import {
  categories,
  defaultStates,
  historyKinds,
  labelKinds,
  labelMeanings,
  sourceKinds,
  surfaces,
  tcfPurposes,
  variesFactors,
} from '../../../schemas/vocabulary.ts';

export const GET: APIRoute = () =>
  Response.json({
    version: API_VERSION,
    license: 'CC-BY-4.0',
    categories: Object.entries(categories).map(([id, c]) => ({
      id,
      label: c.label,
      description: c.description,
      dpv: c.dpv,
      tcf: c.tcf,
    })),
    tcfPurposes,
    defaultStates: Object.entries(defaultStates).map(([id, s]) => ({ id, label: s.label, description: s.description })),
    labelMeans: labelMeanings,
    labelIs: labelKinds,
    variesFactors,
    surfaces,
    sourceKinds,
    historyKinds,
  });
