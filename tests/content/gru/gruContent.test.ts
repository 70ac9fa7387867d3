import katex from 'katex';
import { describe, expect, it } from 'vitest';
import type { Bilingual } from '../../../src/content/bilingual';
import { glossary } from '../../../src/content/glossary';
import { GRU_CONVENTIONS, gruConventionSwitchText, gruConventionText } from '../../../src/content/gru/gruConventions';
import { gruExplorerText, gruVectorNames } from '../../../src/content/gru/gruExplorer';
import { gruStageText } from '../../../src/content/gru/gruStages';
import { GRU_STAGES } from '../../../src/store/gru/gruStages';

// Parity of the two languages (both written, same placeholders, no stray Han) is checked for every
// content module in content.test.ts; this adds what is particular to the GRU's text.

const stages = Object.entries(gruStageText);
const conventions = Object.entries(gruConventionText);
const terms = Object.keys(glossary);
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);
const sentences = {
  en: (text: string) => text.split(/[.!?](?:\s|$)/).filter(Boolean).length,
  zh: (text: string) => text.split(/[。！？]/).filter(Boolean).length,
};
const both = (text: Bilingual) => [text.en, text.zh];
const renders = (tex: string) => () => katex.renderToString(tex, { displayMode: true, throwOnError: true });

describe('GRU walkthrough text', () => {
  it('has text for exactly the walkthrough’s stages', () => {
    expect(Object.keys(gruStageText).sort()).toEqual([...GRU_STAGES].sort());
  });

  it.each(stages)('%s: names terms only through the glossary', (_stage, text) => {
    for (const field of [text.title, text.body, text.tryThis]) {
      for (const key of placeholders(field.en)) expect(terms).toContain(key);
    }
  });

  it.each(stages)('%s: explains in two or three sentences per language', (_stage, text) => {
    for (const language of ['en', 'zh'] as const) {
      const count = sentences[language](text.body[language]);
      expect(count).toBeGreaterThanOrEqual(2);
      expect(count).toBeLessThanOrEqual(3);
    }
  });

  it.each(stages)('%s: its rule is KaTeX that parses', (_stage, text) => {
    expect(renders(text.formula)).not.toThrow();
  });

  it('states PyTorch’s rules: reset after the hidden matmul, z keeping the old state', () => {
    expect(gruStageText.candidate.formula).toContain(String.raw`r_t \odot (W_{hn}\, h_{t-1} + b_{hn})`);
    expect(gruStageText.hidden.formula).toBe(String.raw`h_t = (1 - z_t) \odot n_t + z_t \odot h_{t-1}`);
  });

  it('teaches the two packed products and their gate order', () => {
    const { en, zh } = gruStageText.inputs.body;
    for (const text of [en, zh]) {
      for (const fact of ['weight_ih', '3H × I', 'weight_hh', '3H × H', 'W_hn h + b_hn']) expect(text).toContain(fact);
    }
    expect(en).toContain('r, z, n');
    expect(zh).toContain('r、z、n');
  });

  it('tells that z near 1 keeps the old state, doing the LSTM’s forget and input gates’ work', () => {
    for (const stage of ['update', 'hidden'] as const) {
      for (const text of both(gruStageText[stage].body)) {
        expect(text).toContain('{forgetGate}');
        expect(text).toContain('{inputGate}');
      }
      expect(gruStageText[stage].body.en).toContain('z is near 1');
      expect(gruStageText[stage].body.zh).toContain('z 接近 1');
    }
  });
});

describe('GRU convention switch', () => {
  it('has text for every convention, in the switch’s order', () => {
    expect(Object.keys(gruConventionText).sort()).toEqual([...GRU_CONVENTIONS].sort());
    expect(new Set(GRU_CONVENTIONS).size).toBe(GRU_CONVENTIONS.length);
  });

  it.each(conventions)('%s: its formulas are KaTeX that parses', (_convention, text) => {
    expect(renders(text.candidateFormula)).not.toThrow();
    expect(renders(text.hiddenFormula)).not.toThrow();
  });

  it('shows as PyTorch’s form the rules the walkthrough teaches', () => {
    expect(gruConventionText.pytorch.candidateFormula).toBe(gruStageText.candidate.formula);
    expect(gruConventionText.pytorch.hiddenFormula).toBe(gruStageText.hidden.formula);
  });

  it('differs from PyTorch only where the other texts do', () => {
    // The textbook form renames z (same numbers); reset-before changes n but mixes h the same way.
    expect(gruConventionText.textbook.candidateFormula).toBe(gruConventionText.pytorch.candidateFormula);
    expect(gruConventionText.textbook.hiddenFormula).toContain("z'_t = 1 - z_t");
    expect(gruConventionText.resetBefore.candidateFormula).toContain(String.raw`W_{hn}\,(r_t \odot h_{t-1})`);
    expect(gruConventionText.resetBefore.hiddenFormula).toBe(gruConventionText.pytorch.hiddenFormula);
  });

  it('says the app computes only PyTorch’s form', () => {
    for (const text of both(gruConventionSwitchText.computedHere)) expect(text).toContain('nn.GRUCell');
  });

  it('fills only numbers the component has', () => {
    expect(new Set(placeholders(gruConventionSwitchText.textbookValues.en))).toEqual(new Set(['unit', 'zPrime', 'z']));
    expect(new Set(placeholders(gruConventionSwitchText.resetBeforeValues.en))).toEqual(
      new Set(['unit', 'nBefore', 'hBefore', 'n', 'h']),
    );
    for (const text of Object.values(gruConventionText)) {
      for (const field of [text.name, text.description, text.numbers]) expect(placeholders(field.en)).toEqual([]);
    }
  });
});

describe('GRU explorer labels', () => {
  it('names only glossary terms in its labels', () => {
    for (const text of Object.values(gruExplorerText)) {
      for (const key of placeholders(text.en)) expect(terms).toContain(key);
    }
  });

  it('leaves only the unit value to be filled in the vector names', () => {
    for (const [name, text] of Object.entries(gruVectorNames)) {
      expect(placeholders(text.en).length > 0).toBe(name === 'unitValue');
    }
  });
});
