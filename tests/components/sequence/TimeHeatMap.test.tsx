import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { TimeHeatMap, type TimeHeatMapProps } from '../../../src/components/sequence/TimeHeatMap';
import { glossary } from '../../../src/content/glossary';
import { languageStore } from '../../../src/store/languageStore';
import { ROLE_COLORS } from '../../../src/viz/colors';

// 10 steps × 4 units, [t][unit]: the value at (t, unit) is t / 10 + unit / 100, so 0.32 is unit 2 at t = 3.
const STEPS = 10;
const UNITS = 4;
const forget = Float32Array.from({ length: STEPS * UNITS }, (_, index) => {
  const [t, unit] = [Math.floor(index / UNITS), index % UNITS];
  return t / 10 + unit / 100;
});

// jsdom lays nothing out: the plot is given 300 × 80 px at the page's corner, 30 px per step and 20 px per unit.
const PLOT = { x: 0, y: 0, width: 300, height: 80 };

let putImageData: ReturnType<typeof vi.fn>;

beforeAll(() => {
  // jsdom has no PointerEvent; React only needs the event's type and its mouse coordinates.
  if (!('PointerEvent' in window)) vi.stubGlobal('PointerEvent', class extends MouseEvent {});
});
afterAll(() => vi.unstubAllGlobals());

beforeEach(() => {
  putImageData = vi.fn();
  const context = {
    createImageData: (width: number, height: number) => ({
      width,
      height,
      data: new Uint8ClampedArray(width * height * 4),
    }),
    putImageData,
  };
  // A stand-in with only what the map calls; getContext's overloads type the spy by the last one (WebGPU).
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(context as never);
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue(DOMRect.fromRect(PLOT));
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  languageStore.getState().restoreSettings({ language: 'en', sideBySide: false });
});

function renderMap(props: Partial<TimeHeatMapProps> = {}) {
  const onPickStep = vi.fn();
  const all: TimeHeatMapProps = {
    name: glossary.forgetGate,
    symbol: 'f',
    color: ROLE_COLORS.forget.base,
    kind: 'selector',
    values: forget,
    steps: STEPS,
    units: UNITS,
    step: 0,
    onPickStep,
    ...props,
  };
  const view = render(<TimeHeatMap {...all} />);
  const rerender = (change: Partial<TimeHeatMapProps>) => view.rerender(<TimeHeatMap {...all} {...change} />);
  return { onPickStep, rerender, container: view.container };
}

const map = () => screen.getByRole('group', { name: 'forget gate f' });
const plot = () => map().firstElementChild as HTMLElement;
const stepColumn = (container: HTMLElement) => container.querySelector<HTMLElement>('.time-heat-map-step')!;

describe('TimeHeatMap', () => {
  it('names the picture by its quantity and sizes, in the reader’s language', () => {
    renderMap();
    expect(screen.getByRole('img', { name: 'forget gate f over time: 4 units × 10 steps' })).toBeTruthy();
    act(() => languageStore.getState().chooseLanguage('zh'));
    expect(screen.getByRole('img', { name: '遗忘门 f 随时间的变化：4 个神经元 × 10 个时间步' })).toBeTruthy();
  });

  it('shows the unit, t and value under the pointer in a tooltip', () => {
    renderMap();
    expect(screen.queryByText(/^unit \d/)).toBeNull();
    fireEvent.pointerMove(plot(), { clientX: 95, clientY: 45 });
    expect(screen.getByText('unit 2, t = 3: 0.320')).toBeTruthy();
    fireEvent.pointerMove(plot(), { clientX: 299, clientY: 5 });
    expect(screen.getByText('unit 0, t = 9: 0.900')).toBeTruthy();
    fireEvent.pointerLeave(plot());
    expect(screen.queryByText(/^unit \d/)).toBeNull();
  });

  it('shows the tooltip in both languages side by side', () => {
    languageStore.getState().restoreSettings({ language: 'zh', sideBySide: true });
    renderMap();
    const chinesePlot = screen.getByRole('group', { name: '遗忘门 f' }).firstElementChild!;
    fireEvent.pointerMove(chinesePlot, { clientX: 95, clientY: 45 });
    expect(screen.getByText('神经元 2，t = 3：0.320')).toBeTruthy();
    expect(screen.getByText('unit 2, t = 3: 0.320')).toBeTruthy();
  });

  it('goes to the step whose column is clicked', () => {
    const { onPickStep } = renderMap();
    fireEvent.click(plot(), { clientX: 185, clientY: 75 });
    expect(onPickStep).toHaveBeenCalledExactlyOnceWith(6);
  });

  it('moves the outlined column with the current step without repainting the cells', () => {
    const { rerender, container } = renderMap({ step: 0 });
    expect(putImageData).toHaveBeenCalledTimes(1);
    expect(stepColumn(container).style.left).toBe('0%');
    for (const step of [1, 2, 7]) rerender({ step });
    expect(stepColumn(container).style.left).toBe('70%');
    expect(stepColumn(container).style.width).toBe('10%');
    expect(putImageData).toHaveBeenCalledTimes(1);
    rerender({ step: 7, values: forget.map((value) => 1 - value) });
    expect(putImageData).toHaveBeenCalledTimes(2);
  });

  it('is one tab stop; arrow keys move a cursor it reads out, Enter goes to that step', () => {
    const { onPickStep } = renderMap({ step: 4 });
    expect(map().tabIndex).toBe(0);
    act(() => map().focus());
    const readout = () => map().parentElement!.querySelector('[aria-live="polite"]')!.textContent;
    expect(readout()).toBe('unit 0, t = 4: 0.400');
    for (const key of ['ArrowRight', 'ArrowRight', 'ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowDown'])
      fireEvent.keyDown(map(), { key });
    expect(readout()).toBe('unit 3, t = 6: 0.630');
    fireEvent.keyDown(map(), { key: 'Enter' });
    expect(onPickStep).toHaveBeenCalledExactlyOnceWith(6);
    fireEvent.keyDown(map(), { key: 'End' });
    fireEvent.keyDown(map(), { key: ' ' });
    expect(onPickStep).toHaveBeenLastCalledWith(9);
    act(() => map().blur());
    expect(readout()).toBe('');
  });

  it('widens the colour scale of C to its largest value and says so', () => {
    renderMap({ kind: 'signed', widenScale: true, values: forget.map((value) => value * -2.5) });
    expect(screen.getByText('−2.33')).toBeTruthy();
    expect(screen.getByText(/Colour scale ±2\.33/)).toBeTruthy();
    cleanup();
    renderMap({ kind: 'signed', widenScale: true, values: forget.map((value) => value / 2) });
    expect(screen.getByText('−1.00')).toBeTruthy();
  });

  it('still works by keyboard when the browser gives no 2D context', () => {
    vi.mocked(HTMLCanvasElement.prototype.getContext).mockReturnValue(null);
    const { onPickStep } = renderMap();
    fireEvent.keyDown(map(), { key: 'ArrowLeft' });
    fireEvent.keyDown(map(), { key: 'ArrowRight' });
    fireEvent.keyDown(map(), { key: 'Enter' });
    expect(onPickStep).toHaveBeenCalledWith(1);
  });
});
