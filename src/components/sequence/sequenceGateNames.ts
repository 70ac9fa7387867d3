import { gruGateTerms, lstmGateTerms } from '../../content/gateTerms';
import type { GlossaryTerm } from '../../content/glossary';
import type { CellKind, GateName } from '../../model';

/** The glossary term naming `gate` of a `kind` cell: the GRU's candidate is a candidate h, not a candidate C. */
export function sequenceGateTerm(gate: GateName, kind: CellKind): GlossaryTerm {
  const terms: Partial<Record<GateName, GlossaryTerm>> = kind === 'LSTM' ? lstmGateTerms : gruGateTerms;
  const term = terms[gate];
  if (!term) throw new RangeError(`internal: a ${kind} cell has no ${gate} gate`);
  return term;
}
