import { describe, expect, it } from 'vitest';
import type { Bilingual } from '../../src/content/bilingual';
import { glossary } from '../../src/content/glossary';

// Every content module, so a new one is checked without being listed here. bilingual.ts is left
// out: its per-language records are tags and names, not text to translate.
const modules = import.meta.glob<Record<string, unknown>>(
  ['../../src/content/**/*.ts', '!../../src/content/bilingual.ts'],
  { eager: true },
);

function isBilingual(value: unknown): value is Bilingual {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.keys(value).sort().join() === 'en,zh' &&
    Object.values(value).every((text) => typeof text === 'string')
  );
}

/** Every `{en, zh}` pair reachable from the modules' exports, with a path naming where it is. */
function collectPairs(value: unknown, path: string, found: [string, Bilingual][] = []): [string, Bilingual][] {
  if (isBilingual(value)) found.push([path, value]);
  else if (Array.isArray(value)) value.forEach((item, index) => collectPairs(item, `${path}[${index}]`, found));
  else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) collectPairs(item, `${path}.${key}`, found);
  }
  return found;
}

const pairs = Object.entries(modules).flatMap(([file, exports]) =>
  collectPairs(exports, file.replace('../../src/content/', '')),
);
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
const han = /\p{Script=Han}/u;

describe('bilingual content', () => {
  it('finds the text it checks', () => {
    expect(pairs.length).toBeGreaterThan(20);
  });

  it.each(pairs)('%s: both languages written, same {placeholders}', (_path, text) => {
    for (const value of [text.en, text.zh]) {
      expect(value.trim()).not.toBe('');
      expect(value).toBe(value.trim());
    }
    expect(placeholders(text.zh)).toEqual(placeholders(text.en));
    // Catches text pasted into the wrong field or left untranslated.
    expect(text.en).not.toMatch(han);
    expect(text.zh).toMatch(han);
  });
});

describe('glossary', () => {
  it('fixes the course’s term pairs', () => {
    const pairsByEnglish = Object.fromEntries(Object.values(glossary).map(({ en, zh }) => [en, zh]));
    expect(pairsByEnglish).toMatchObject({
      'forget gate': '遗忘门',
      'input gate': '输入门',
      'output gate': '输出门',
      'candidate memory': '候选记忆',
      'cell state': '细胞状态',
      'hidden state': '隐藏状态',
      'update gate': '更新门',
      'reset gate': '重置门',
      'selector vector': '选择器向量',
    });
  });

  it('gives every term its own name in each language', () => {
    const terms = Object.values(glossary);
    expect(new Set(terms.map(({ en }) => en)).size).toBe(terms.length);
    expect(new Set(terms.map(({ zh }) => zh)).size).toBe(terms.length);
  });
});
