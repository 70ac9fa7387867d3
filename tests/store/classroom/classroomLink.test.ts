import { describe, expect, it } from 'vitest';
import { createClassroomStore } from '../../../src/store/classroom/classroomStore';
import { classroomLink } from '../../../src/store/classroom/classroomUrl';

describe('classroomLink', () => {
  it('writes presenting, the hidden panels and the whole cell, and reads them back', () => {
    const store = createClassroomStore();
    store.getState().present(true);
    store.getState().hidePanel('rule', true);
    store.getState().hidePanel('sliders', true);
    store.getState().showWholeDiagram(true);
    const search = classroomLink.write('?view=lstm', store.getState());
    expect(new URLSearchParams(search).get('view')).toBe('lstm');
    const restored = createClassroomStore();
    restored.getState().restoreSettings(classroomLink.read(search));
    expect(restored.getState()).toMatchObject({ presenting: true, wholeDiagram: true });
    expect([...restored.getState().hiddenPanels].sort()).toEqual(['rule', 'sliders']);
  });

  it('leaves every key out at its default, so ordinary links stay short', () => {
    expect(classroomLink.write('?view=gru', createClassroomStore().getState())).toBe('?view=gru');
    expect(classroomLink.has('?view=gru')).toBe(false);
  });

  it('keeps the known panels of a hostile list and names the key as unread', () => {
    const unread: string[] = [];
    const settings = classroomLink.read('?present=1&hide=sliders,<script>,sliders,,rule', (key) => unread.push(key));
    expect(settings.hiddenPanels).toEqual(['sliders', 'rule']);
    expect(unread).toEqual(['hide']);
    const store = createClassroomStore();
    store.getState().restoreSettings(settings);
    expect(store.getState().hiddenPanels).toEqual(['sliders', 'rule']);
  });

  it('ignores flags that are not flags', () => {
    const store = createClassroomStore();
    store.getState().restoreSettings(classroomLink.read('?present=maybe&whole=%00'));
    expect(store.getState()).toMatchObject({ presenting: false, wholeDiagram: false });
  });
});
