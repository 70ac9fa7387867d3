import { describe, expect, it } from 'vitest';
import { classroomAction, focusKind, type KeyPress } from '../../../src/components/app/classroomKeys';
import { sectionIdOf } from '../../../src/components/app/landOnSection';

const press = (key: string, held: Partial<KeyPress> = {}): KeyPress => ({
  key,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  ...held,
});

const element = (html: string) => {
  const box = document.createElement('div');
  box.innerHTML = html;
  return box.firstElementChild!;
};

describe('the classroom key map', () => {
  it('reads a clicker’s keys the same wherever focus is not typing', () => {
    for (const focus of ['other', 'pressable'] as const) {
      expect(classroomAction(press('PageDown'), focus)).toBe('next');
      expect(classroomAction(press(' '), focus)).toBe('next');
      expect(classroomAction(press('PageUp'), focus)).toBe('previous');
      expect(classroomAction(press('B', { shiftKey: true }), focus)).toBe('blank');
      expect(classroomAction(press('.'), focus)).toBe('blank');
      expect(classroomAction(press('?', { shiftKey: true }), focus)).toBe('keyMap');
    }
  });

  it('leaves a focused slider its own keys, but not the clicker’s Page Down', () => {
    expect(classroomAction(press('ArrowRight'), 'adjustable')).toBeUndefined();
    expect(classroomAction(press(' '), 'adjustable')).toBeUndefined();
    expect(classroomAction(press('PageDown'), 'adjustable')).toBe('next');
  });

  it('leaves every key but Esc to a field being typed into, and every key with Ctrl, Alt or Cmd', () => {
    for (const key of ['b', 'l', 'PageDown', ' ', '?']) expect(classroomAction(press(key), 'typing')).toBeUndefined();
    expect(classroomAction(press('Escape'), 'typing')).toBe('escape');
    expect(classroomAction(press('l', { ctrlKey: true }), 'other')).toBeUndefined();
    expect(classroomAction(press('PageDown', { shiftKey: true }), 'other')).toBeUndefined();
  });

  it('tells fields, sliders and buttons apart', () => {
    expect(focusKind(element('<input type="text">'))).toBe('typing');
    expect(focusKind(element('<select></select>'))).toBe('typing');
    expect(focusKind(element('<input type="range">'))).toBe('adjustable');
    expect(focusKind(element('<input type="checkbox">'))).toBe('adjustable');
    expect(focusKind(element('<button>Next</button>'))).toBe('pressable');
    expect(focusKind(element('<div tabindex="0"></div>'))).toBe('other');
    expect(focusKind(null)).toBe('other');
  });
});

describe('a link’s section', () => {
  it('takes a section id and refuses anything else a link may carry', () => {
    expect(sectionIdOf('#speed')).toBe('speed');
    expect(sectionIdOf('#heat-maps')).toBe('heat-maps');
    expect(sectionIdOf('')).toBeUndefined();
    expect(sectionIdOf('#<img src=x>')).toBeUndefined();
    expect(sectionIdOf(`#${'a'.repeat(100)}`)).toBeUndefined();
  });
});
