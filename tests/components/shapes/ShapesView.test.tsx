import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ShapesView } from '../../../src/components/shapes/ShapesView';
import { DEFAULT_LANGUAGE_SETTINGS, languageStore } from '../../../src/store/languageStore';
import { lstmExplorerStore } from '../../../src/store/lstm/lstmExplorerStore';
import { gruExplorerStore } from '../../../src/store/gru/gruExplorerStore';
import { DEFAULT_SHAPES_SETTINGS } from '../../../src/store/shapes/shapesSettings';
import { shapesStore } from '../../../src/store/shapes/shapesStore';
import { viewStore } from '../../../src/store/viewStore';

beforeEach(() => {
  languageStore.getState().restoreSettings(DEFAULT_LANGUAGE_SETTINGS);
  shapesStore.setState({ ...DEFAULT_SHAPES_SETTINGS });
  viewStore.getState().showView('shapes');
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** The shape the results table shows for `tensor` (x, h0, out, h_n, …), or undefined when absent. */
function shapeOf(tensor: string): string | undefined {
  const table = screen.getByRole('heading', { name: 'What the call returns' }).closest('section')!;
  const row = within(table)
    .queryAllByRole('row')
    .find((candidate) => within(candidate).queryByRole('rowheader')?.textContent === tensor);
  return row ? within(row).getAllByRole('cell')[0]!.textContent! : undefined;
}

function code(): string {
  return document.querySelector('.shapes-code pre')!.textContent!;
}

describe('ShapesView', () => {
  it("opens on the course's nn.LSTM(50, 100, num_layers=2) with x (10, 3, 50)", () => {
    render(<ShapesView />);
    expect(
      screen.getByRole('button', { name: 'nn.LSTM(50, 100, num_layers=2) on (10, 3, 50)', pressed: true }),
    ).toBeTruthy();
    expect(shapeOf('x')).toBe('(10, 3, 50)');
    expect(shapeOf('out')).toBe('(10, 3, 100)');
    expect(shapeOf('h_n')).toBe('(2, 3, 100)');
    expect(shapeOf('c_n')).toBe('(2, 3, 100)');
    expect(screen.getByRole('rowheader', { name: 'weight_hh_l0' }).closest('tr')!.textContent).toContain('(400, 100)');
    expect(screen.getByText('In all: 141,600 parameters')).toBeTruthy();
    expect(code()).toContain('lstm = nn.LSTM(50, 100, num_layers=2)');
  });

  it('follows the GRU preset, batch_first and bidirectional, in the table and the code', () => {
    render(<ShapesView />);
    fireEvent.click(screen.getByRole('button', { name: 'nn.GRU(10, 20) on (3, 32, 10)' }));
    expect(shapeOf('h_n')).toBe('(1, 32, 20)');
    expect(shapeOf('c_n')).toBeUndefined();
    expect(screen.getByRole('rowheader', { name: 'weight_hh_l0' }).closest('tr')!.textContent).toContain('(60, 20)');
    fireEvent.click(screen.getByRole('checkbox', { name: 'batch_first' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'bidirectional' }));
    expect(shapeOf('x')).toBe('(32, 3, 10)');
    expect(shapeOf('out')).toBe('(32, 3, 40)');
    // batch_first leaves h_n's batch on its second axis.
    expect(shapeOf('h_n')).toBe('(2, 32, 20)');
    expect(screen.getByRole('rowheader', { name: 'weight_hh_l0_reverse' })).toBeTruthy();
    expect(code()).toContain('gru = nn.GRU(10, 20, batch_first=True, bidirectional=True)');
    expect(code()).toContain('h0 = torch.randn(2, 32, 20)');
  });

  it('names a bad value beside its field, keeps the text, and keeps the shapes it had', () => {
    render(<ShapesView />);
    const hidden = screen.getByRole('textbox', { name: 'hidden_size' });
    fireEvent.change(hidden, { target: { value: '0' } });
    expect((hidden as HTMLInputElement).value).toBe('0');
    expect(hidden.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toBe(
      'Enter a whole number from 1 to 8,192. The page keeps using 100.',
    );
    expect(shapeOf('h_n')).toBe('(2, 3, 100)');
    fireEvent.change(screen.getByRole('textbox', { name: 'proj_size' }), { target: { value: '100' } });
    expect(screen.getAllByRole('alert').map((alert) => alert.textContent)).toContain(
      'proj_size must be smaller than hidden_size (100). The page keeps using 0.',
    );
    fireEvent.change(hidden, { target: { value: '64' } });
    expect(shapeOf('h_n')).toBe('(2, 3, 64)');
  });

  it('shows proj_size in h_n but not c_n, and weight_hr as a parameter', () => {
    render(<ShapesView />);
    fireEvent.change(screen.getByRole('textbox', { name: 'proj_size' }), { target: { value: '30' } });
    expect(shapeOf('h_n')).toBe('(2, 3, 30)');
    expect(shapeOf('c_n')).toBe('(2, 3, 100)');
    expect(screen.getByRole('rowheader', { name: 'weight_hr_l0' }).closest('tr')!.textContent).toContain('(30, 100)');
    expect(code()).toContain('h0 = torch.randn(2, 3, 30)');
  });

  it('opens the cell explorer on the stage of the gate block clicked', () => {
    lstmExplorerStore.getState().goToStage(0);
    gruExplorerStore.getState().goToStage(0);
    render(<ShapesView />);
    const row = screen.getByRole('rowheader', { name: 'weight_hh_l0' }).closest('tr')!;
    fireEvent.click(
      within(row).getByRole('button', { name: /^W_hf \(100, 100\): Open the LSTM cell explorer on the forget gate$/ }),
    );
    expect(viewStore.getState().view).toBe('lstm');
    expect(lstmExplorerStore.getState().stage).toBe(1);
    act(() => shapesStore.getState().loadPreset('courseGru'));
    fireEvent.click(screen.getAllByRole('button', { name: /^W_hz .*update gate$/ })[0]!);
    expect(viewStore.getState().view).toBe('gru');
    expect(gruExplorerStore.getState().stage).toBe(2);
  });

  it('copies the code, and says so plainly when the browser refuses', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    render(<ShapesView />);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Copy code' })));
    expect(writeText.mock.calls[0]![0]).toContain('out, (h_n, c_n) = lstm(x, (h0, c0))');
    expect(screen.getByRole('status').textContent).toBe('Copied.');
    writeText.mockRejectedValue(new Error('denied'));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Copy code' })));
    expect(screen.getByRole('status').textContent).toMatch(/did not let the page copy/);
  });

  it('speaks Chinese', () => {
    languageStore.getState().restoreSettings({ language: 'zh', sideBySide: false });
    render(<ShapesView />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('PyTorch 形状：nn.LSTM 与 nn.GRU 的每一个张量');
    expect(screen.getByRole('button', { name: '复制代码' })).toBeTruthy();
  });
});
