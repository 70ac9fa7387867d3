import type { GlossaryTerm } from '../../content/glossary';
import type { CellKind } from '../../model';
import { SEQUENCE_GATE_LETTERS, type SequenceGate } from '../../store/sequence/sequenceSettings';

const TERMS: Readonly<Record<SequenceGate, GlossaryTerm>> = {
  forget: 'forgetGate',
  input: 'inputGate',
  candidate: 'candidateMemory',
  output: 'outputGate',
  reset: 'resetGate',
  update: 'updateGate',
};

/** The glossary term naming `gate` of a `kind` cell: the GRU's candidate is a candidate h, not a candidate C. */
export function sequenceGateTerm(gate: SequenceGate, kind: CellKind): GlossaryTerm {
  return gate === 'candidate' && kind === 'GRU' ? 'candidateHidden' : TERMS[gate];
}

/** The letter PyTorch's equations give `gate` of a `kind` cell: f, i, g, o or r, z, n. */
export function sequenceGateLetter(gate: SequenceGate, kind: CellKind): string {
  return gate === 'candidate' && kind === 'GRU' ? 'n' : SEQUENCE_GATE_LETTERS[gate];
}
