import type { GlossaryTerm } from './glossary';

// The glossary term naming each gate, keyed by the model layer's gate names (src/model/notation.ts,
// which content may not import). Both cells' in one place: the sequence and comparison views name
// either cell's gates.

/** The glossary term naming each LSTM layer. */
export const lstmGateTerms = {
  forget: 'forgetGate',
  input: 'inputGate',
  candidate: 'candidateMemory',
  output: 'outputGate',
} as const satisfies Record<'forget' | 'input' | 'candidate' | 'output', GlossaryTerm>;

/** The glossary term naming each GRU layer: its candidate is a candidate h, not a candidate C. */
export const gruGateTerms = {
  reset: 'resetGate',
  update: 'updateGate',
  candidate: 'candidateHidden',
} as const satisfies Record<'reset' | 'update' | 'candidate', GlossaryTerm>;
