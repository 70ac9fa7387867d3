import type { GlossaryTerm } from './glossary';

/** The glossary term naming each GRU layer, keyed by the model layer's gate names. */
export const gruGateTerms = {
  reset: 'resetGate',
  update: 'updateGate',
  candidate: 'candidateHidden',
} as const satisfies Record<'reset' | 'update' | 'candidate', GlossaryTerm>;
