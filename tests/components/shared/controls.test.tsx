import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ValueSlider } from '../../../src/components/shared/ValueSlider';
import { VectorSliders } from '../../../src/components/shared/VectorSliders';
import { PLAY_INTERVAL_MS, WalkthroughControls } from '../../../src/components/cell/WalkthroughControls';
import { useClassroomKeys } from '../../../src/components/app/useClassroomKeys';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('ValueSlider', () => {
  it('is a named slider showing its value, reporting numbers on change', () => {
    const onChange = vi.fn();
    render(<ValueSlider label="x₀" accessibleName="input x, 0" value={0.5} min={-3} max={3} onChange={onChange} />);
    const slider = screen.getByRole('slider', { name: 'input x, 0' });
    expect(screen.getByText('0.50')).toBeTruthy();
    fireEvent.change(slider, { target: { value: '1.25' } });
    expect(onChange).toHaveBeenCalledWith(1.25);
  });
});

describe('VectorSliders', () => {
  const name = { en: 'input x', zh: '输入 x' };
  it('shows a slider per component for teaching sizes', () => {
    render(
      <VectorSliders
        legend={name}
        name={name}
        symbol="x"
        values={[0, 1, 2]}
        range={{ min: -3, max: 3 }}
        onChange={() => {}}
      />,
    );
    expect(screen.getAllByRole('slider')).toHaveLength(3);
    expect(screen.getByRole('group', { name: 'input x' })).toBeTruthy();
  });

  it('shows one slider and a component picker at the course size', () => {
    const onChange = vi.fn();
    const values = Array.from({ length: 50 }, (_, index) => index / 100);
    render(
      <VectorSliders
        legend={name}
        name={name}
        symbol="x"
        values={values}
        range={{ min: -3, max: 3 }}
        onChange={onChange}
      />,
    );
    expect(screen.getAllByRole('slider')).toHaveLength(1);
    fireEvent.change(screen.getByRole('spinbutton'), { target: { value: '42' } });
    fireEvent.change(screen.getByRole('slider', { name: 'input x, 42' }), { target: { value: '2' } });
    expect(onChange).toHaveBeenCalledWith(42, 2);
  });
});

describe('WalkthroughControls', () => {
  it('steps with the buttons and with the page’s keys, but leaves a focused slider its arrows', () => {
    const onNext = vi.fn();
    const onPrevious = vi.fn();
    function WithPageKeys() {
      useClassroomKeys();
      return <WalkthroughControls stage={2} total={6} onNext={onNext} onPrevious={onPrevious} />;
    }
    render(
      <>
        <input type="range" aria-label="a slider" />
        <WithPageKeys />
      </>,
    );
    fireEvent.click(screen.getByRole('button', { name: /Next/ }));
    fireEvent.keyDown(window, { key: 'PageDown' });
    fireEvent.keyDown(window, { key: ' ' });
    fireEvent.keyDown(window, { key: 'ArrowLeft' });
    fireEvent.keyDown(screen.getByRole('slider'), { key: 'ArrowRight' });
    fireEvent.keyDown(screen.getByRole('slider'), { key: 'PageUp' });
    expect(onNext).toHaveBeenCalledTimes(3);
    expect(onPrevious).toHaveBeenCalledTimes(2);
    expect(screen.getByText('Stage 3 of 6')).toBeTruthy();
  });

  it('plays through the stages and stops at the last one', () => {
    vi.useFakeTimers();
    const onNext = vi.fn();
    const { rerender } = render(<WalkthroughControls stage={4} total={6} onNext={onNext} onPrevious={() => {}} />);
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    act(() => vi.advanceTimersByTime(PLAY_INTERVAL_MS));
    expect(onNext).toHaveBeenCalledTimes(1);
    rerender(<WalkthroughControls stage={5} total={6} onNext={onNext} onPrevious={() => {}} />);
    act(() => vi.advanceTimersByTime(PLAY_INTERVAL_MS * 3));
    expect(onNext).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('button', { name: /Next/ }).hasAttribute('disabled')).toBe(true);
  });
});
