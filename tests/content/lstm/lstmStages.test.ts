import { describe, expect, it } from 'vitest';
import { glossary } from '../../../src/content/glossary';
import { lstmStageText } from '../../../src/content/lstm/lstmStages';
import { walkthroughText } from '../../../src/content/stageText';
import { LSTM_STAGES } from '../../../src/store/lstm/lstmStages';

// Parity of the two languages (both written, same placeholders) is checked for every content
// module in content.test.ts; this adds what is particular to the walkthrough.

const stages = Object.entries(lstmStageText);
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);
const sentences = {
  en: (text: string) => text.split(/[.!?](?:\s|$)/).filter(Boolean).length,
  zh: (text: string) => text.split(/[。！？]/).filter(Boolean).length,
};

describe('LSTM walkthrough text', () => {
  it('has text for exactly the walkthrough’s stages', () => {
    expect(Object.keys(lstmStageText).sort()).toEqual([...LSTM_STAGES].sort());
  });

  it.each(stages)('%s: names terms only through the glossary', (_stage, text) => {
    for (const field of [text.title, text.body, text.tryThis]) {
      for (const key of placeholders(field.en)) expect(Object.keys(glossary)).toContain(key);
    }
  });

  it.each(stages)('%s: explains in two or three sentences per language', (_stage, text) => {
    for (const language of ['en', 'zh'] as const) {
      const count = sentences[language](text.body[language]);
      expect(count).toBeGreaterThanOrEqual(2);
      expect(count).toBeLessThanOrEqual(3);
    }
  });

  it('fills only the placeholders the panel knows in its labels', () => {
    const labels = Object.values(walkthroughText).flatMap((text) => placeholders(text.en));
    expect(new Set(labels)).toEqual(new Set(['unit']));
  });

  it('teaches PyTorch’s names for the candidate and the packed gate order', () => {
    expect(lstmStageText.write.body.en).toContain('i, f, g, o');
    expect(lstmStageText.write.body.zh).toContain('i、f、g、o');
  });
});
