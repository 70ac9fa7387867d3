import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initBackend } from '../../../src/model';
import { freshTourStages } from './freshTourStages';
import { releaseCachedModel } from '../../../src/model/modelCache';
import {
  connectTourToPage,
  opensOnCourse,
  TOUR_STORAGE_KEY,
  type TourPage,
} from '../../../src/store/tour/connectTourToPage';
import { createTourStore } from '../../../src/store/tour/tourStore';

beforeAll(async () => {
  await initBackend();
});
afterAll(() => releaseCachedModel());

function fakePage(search: string, stored?: string): TourPage & { saved: Map<string, string> } {
  const saved = new Map<string, string>(stored === undefined ? [] : [[TOUR_STORAGE_KEY, stored]]);
  const location = { pathname: '/', search, hash: '' };
  return {
    saved,
    location,
    history: {
      state: null,
      replaceState: (_state: unknown, _title: string, url?: string | URL | null) => {
        location.search = new URL(String(url), 'http://x').search;
      },
    },
    storage: { getItem: (key) => saved.get(key) ?? null, setItem: (key, value) => void saved.set(key, value) },
  };
}

describe('the tour in the link and in storage', () => {
  it('opens the step a link names and sets its scene', () => {
    const stores = freshTourStages();
    const tour = createTourStore(stores);
    connectTourToPage(tour, stores, fakePage('?tour=cellUpdate'), {});
    expect(tour.getState()).toMatchObject({ active: true, step: 'cellUpdate' });
    expect(stores.view.getState().view).toBe('lstm');
    expect(stores.lstm.getState().stage).toBe(3);
  });

  it('leaves to the link what the link itself set (an instructor’s prepared sliders and view)', () => {
    const stores = freshTourStages();
    stores.lstm.getState().restoreSettings({ stage: 5 });
    stores.view.getState().showView('about');
    const tour = createTourStore(stores);
    connectTourToPage(tour, stores, fakePage('?tour=cellUpdate'), { lstm: true, view: true });
    expect(tour.getState().step).toBe('cellUpdate');
    expect(stores.lstm.getState().stage).toBe(5);
    expect(stores.view.getState().view).toBe('about');
  });

  it('resumes where this browser left off, with what it solved', () => {
    const stores = freshTourStages();
    const tour = createTourStore(stores);
    const stored = JSON.stringify({ step: 'holdMemory', solved: ['sigmoidRange'], active: true });
    const page = fakePage('', stored);
    connectTourToPage(tour, stores, page, {});
    expect(tour.getState()).toMatchObject({ active: true, step: 'holdMemory', solved: ['sigmoidRange'] });
    expect(stores.view.getState().view).toBe('sequence');
    expect(page.location.search).toBe('?tour=holdMemory');
  });

  it('keeps progress but stays closed when the student had closed it', () => {
    const stores = freshTourStages();
    const tour = createTourStore(stores);
    const page = fakePage('?view=gru', JSON.stringify({ step: 'gruGates', solved: [], active: false }));
    connectTourToPage(tour, stores, page, { view: true });
    expect(tour.getState()).toMatchObject({ active: false, step: 'gruGates' });
    expect(page.location.search).toBe('?view=gru');
  });

  it('writes every move into the link and storage, and takes the step out of the link when closed', () => {
    const stores = freshTourStages();
    const tour = createTourStore(stores);
    const page = fakePage('?lang=zh');
    connectTourToPage(tour, stores, page, {});
    tour.getState().goTo('sigmoid');
    tour.getState().markSolved('sigmoidRange');
    expect(page.location.search).toBe('?lang=zh&tour=sigmoid');
    expect(JSON.parse(page.saved.get(TOUR_STORAGE_KEY)!)).toEqual({
      step: 'sigmoid',
      solved: ['sigmoidRange'],
      active: true,
    });
    tour.getState().close();
    expect(page.location.search).toBe('?lang=zh');
  });

  it.each([
    ['?tour=%3Cscript%3E', 'not JSON'],
    ['?tour=constructor.prototype', '{"step":"__proto__","solved":"all","active":"yes"}'],
    ['?tour=', '[1,2,3]'],
  ])('ignores a hostile link %s and storage %s', (search, stored) => {
    const stores = freshTourStages();
    const tour = createTourStore(stores);
    connectTourToPage(tour, stores, fakePage(search, stored), {});
    expect(tour.getState()).toMatchObject({ active: false, step: 'welcome', solved: [] });
    expect(stores.view.getState().view).toBe('lstm');
  });

  it('opens the course page on a first visit only: a bare address and nothing saved', () => {
    expect(opensOnCourse('', fakePage('').storage)).toBe(true);
    expect(opensOnCourse('', null)).toBe(true);
    expect(opensOnCourse('?lang=zh', fakePage('').storage)).toBe(false);
    expect(opensOnCourse('', fakePage('', JSON.stringify({ step: 'welcome', solved: [] })).storage)).toBe(false);
  });

  it('works without storage (a browser that refuses it)', () => {
    const stores = freshTourStages();
    const tour = createTourStore(stores);
    const page = { ...fakePage('?tour=welcome'), storage: null };
    connectTourToPage(tour, stores, page, {});
    tour.getState().next();
    expect(page.location.search).toBe('?tour=origin');
  });
});
