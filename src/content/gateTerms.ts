import type { GlossaryTerm } from './glossary';

/** The glossary term naming each LSTM layer, keyed by the model layer's gate names. */
export const lstmGateTerms = {
  forget: 'forgetGate',
  input: 'inputGate',
  candidate: 'candidateMemory',
  output: 'outputGate',
} as const satisfies Record<'forget' | 'input' | 'candidate' | 'output', GlossaryTerm>;
