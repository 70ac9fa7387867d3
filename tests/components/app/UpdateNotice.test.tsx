import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UpdateNotice } from '../../../src/components/app/UpdateNotice';
import { DEFAULT_LANGUAGE_SETTINGS, languageStore } from '../../../src/store/languageStore';
import { offlineStore } from '../../../src/store/offline/offlineStore';

beforeEach(() => {
  languageStore.getState().restoreSettings(DEFAULT_LANGUAGE_SETTINGS);
  offlineStore.setState({ updateReady: false, updateRequested: false, dismissed: false });
});
afterEach(cleanup);

const newVersionArrives = () => act(() => offlineStore.getState().showUpdateReady());

describe('UpdateNotice', () => {
  it('says nothing until a new version has downloaded', () => {
    const { container } = render(<UpdateNotice />);
    expect(container.textContent).toBe('');
    newVersionArrives();
    expect(screen.getByRole('status').textContent).toBe(
      'A new version of Gatescope is ready; it starts when you reload.',
    );
  });

  it('asks for the new version only when the reader presses Reload now', () => {
    render(<UpdateNotice />);
    newVersionArrives();
    expect(offlineStore.getState().updateRequested).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Reload now' }));
    expect(offlineStore.getState().updateRequested).toBe(true);
  });

  it('closes for this visit without reloading', () => {
    const { container } = render(<UpdateNotice />);
    newVersionArrives();
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss this notice' }));
    expect(container.textContent).toBe('');
    expect(offlineStore.getState().updateRequested).toBe(false);
  });

  it('speaks Chinese to a Chinese reader', () => {
    act(() => languageStore.getState().restoreSettings({ ...DEFAULT_LANGUAGE_SETTINGS, language: 'zh' }));
    render(<UpdateNotice />);
    newVersionArrives();
    expect(screen.getByRole('button', { name: '立即重新加载' })).toBeTruthy();
  });
});
