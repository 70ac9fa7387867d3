import { cleanup, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { useEarlyClicks } from '../../../src/components/app/useEarlyClicks';

afterEach(() => {
  cleanup();
  document.getElementById('root')?.remove();
  window.gatescopeTakeEarlyClicks = undefined;
});

/** Two controls as the prerendered page had them; choosing the first takes the second off the page. */
function Page() {
  useEarlyClicks();
  const [chosen, setChosen] = useState<string[]>([]);
  const [showSecond, setShowSecond] = useState(true);
  return (
    <div>
      <p>{chosen.join(', ') || 'nothing'}</p>
      <button type="button" onClick={() => (setChosen((was) => [...was, 'first']), setShowSecond(false))}>
        First
      </button>
      {showSecond && (
        <button type="button" onClick={() => setChosen((was) => [...was, 'second'])}>
          Second
        </button>
      )}
      <span>not a control</span>
    </div>
  );
}

function renderInRoot(held: number[][]) {
  const root = document.createElement('div');
  root.id = 'root';
  document.body.append(root);
  let taken = 0;
  window.gatescopeTakeEarlyClicks = () => (taken++, held);
  render(<Page />, { container: root });
  return () => taken;
}

describe('clicks held while the app was on its way', () => {
  it('clicks the control each held path leads to, once the app has drawn the page, and takes them once', async () => {
    const taken = renderInRoot([[0, 1]]);
    expect(await screen.findByText('first')).toBeTruthy();
    expect(taken()).toBe(1);
  });

  it('drops a path whose control an earlier click took off the page, or that leads to no control', async () => {
    renderInRoot([
      [0, 1],
      [0, 2],
      [0, 3],
      [0, 9, 9],
    ]);
    expect(await screen.findByText('first')).toBeTruthy();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.queryByText(/second/)).toBeNull();
  });
});
