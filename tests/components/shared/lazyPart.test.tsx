import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { PartLoadBoundary } from '../../../src/components/app/PartLoadBoundary';
import { lazyPart } from '../../../src/components/shared/lazyPart';

afterEach(cleanup);

function Greeting({ name }: { name: string }) {
  return <p>Hello, {name}</p>;
}

/** A load that the test resolves or rejects by hand, like a chunk on a slow or broken network. */
function manualLoad() {
  const calls: { resolve: (value: typeof Greeting) => void; reject: (error: Error) => void }[] = [];
  const load = () =>
    new Promise<typeof Greeting>((resolve, reject) => {
      calls.push({ resolve, reject });
    });
  return { load, calls };
}

describe('lazyPart', () => {
  it('holds the space with a busy placeholder until the code arrives, then shows the part', async () => {
    const { load, calls } = manualLoad();
    const { Part } = lazyPart(load, 'view-loading');
    const { container } = render(<Part name="Ada" />);
    expect(container.querySelector('.view-loading[aria-busy="true"]')).not.toBeNull();
    await act(async () => calls[0]!.resolve(Greeting));
    expect(screen.getByText('Hello, Ada')).toBeTruthy();
    expect(container.querySelector('.view-loading')).toBeNull();
  });

  it('renders a prefetched part at once, without a placeholder, and fetches its code only once', async () => {
    const { load, calls } = manualLoad();
    const part = lazyPart(load, 'view-loading');
    const prefetched = part.prefetch();
    void part.prefetch();
    calls[0]!.resolve(Greeting);
    await prefetched;
    render(<part.Part name="Grace" />);
    expect(screen.getByText('Hello, Grace')).toBeTruthy();
    expect(calls).toHaveLength(1);
  });

  it('says so when the code cannot be fetched, and tries again on request', async () => {
    const { load, calls } = manualLoad();
    const { Part } = lazyPart(load, 'view-loading');
    render(
      <PartLoadBoundary>
        <Part name="Alan" />
      </PartLoadBoundary>,
    );
    await act(async () => calls[0]!.reject(new Error('offline')));
    expect(screen.getByRole('alert').textContent).toContain('could not be downloaded');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(calls).toHaveLength(2);
    await act(async () => calls[1]!.resolve(Greeting));
    expect(screen.getByText('Hello, Alan')).toBeTruthy();
  });
});
