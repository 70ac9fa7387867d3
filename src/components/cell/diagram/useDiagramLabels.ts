import { useMemo } from 'react';
import type { Bilingual } from '../../../content/bilingual';
import { commonText } from '../../../content/commonText';
import { glossary, type GlossaryTerm } from '../../../content/glossary';
import { useShownLanguages } from '../../shared/useShownLanguages';

/** What a cell diagram needs in the reader's language: the diagram itself shows only math symbols. */
export interface DiagramLabels<Gate extends string, Vector extends string> {
  /** Accessible name of the whole diagram. */
  title: string;
  /** Each gate's name: "forget gate". */
  gates: Record<Gate, string>;
  /** Each other vector's name: "previous cell state", "joined [h, x]". */
  vectors: Record<Vector, string>;
  /** One cell's accessible name with {name}, {unit} and {value}: "{name}, unit {unit}: {value}". */
  unitValue: string;
  /** How a cell of an input (x, h, C) is changed in place: its accessible description. */
  adjustCell?: string;
}

/** Where a diagram's words come from: the glossary for the gates, the explorer's content for the rest. */
export interface DiagramWords<Gate extends string, Vector extends string> {
  title: Bilingual;
  gateTerms: Readonly<Record<Gate, GlossaryTerm>>;
  vectorNames: Readonly<Record<Vector | 'unitValue', Bilingual>>;
  vectors: readonly Vector[];
}

/** A diagram's labels in the first shown language, made again only when the language changes. */
export function useDiagramLabels<Gate extends string, Vector extends string>(
  words: DiagramWords<Gate, Vector>,
): DiagramLabels<Gate, Vector> {
  const [language] = useShownLanguages();
  return useMemo(
    () => ({
      title: words.title[language],
      gates: Object.fromEntries(
        (Object.entries(words.gateTerms) as [Gate, GlossaryTerm][]).map(([gate, term]) => [
          gate,
          glossary[term][language],
        ]),
      ) as Record<Gate, string>,
      vectors: Object.fromEntries(
        words.vectors.map((vector) => [vector, words.vectorNames[vector][language]]),
      ) as Record<Vector, string>,
      unitValue: words.vectorNames.unitValue[language],
      adjustCell: commonText.adjustCell[language],
    }),
    [words, language],
  );
}
