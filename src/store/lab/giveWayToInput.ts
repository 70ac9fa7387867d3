import type { LabTrainer } from '../../model';

/** How long the trainer holds off after each input the reader gives elsewhere, ms. */
export const GIVE_WAY_MS = 300;

/** At most one request to the worker per this many ms of a continuous drag. */
const ASK_EVERY_MS = 100;

/** The inputs that mean the reader is working the page: a press, a drag, a key, a wheel, a slider. */
const INPUTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'input'] as const;

/**
 * While `busyElsewhere()` (the lab trains and another view is shown), each input of the reader asks
 * the trainer to give way for {@link GIVE_WAY_MS}: the worker and the page share the machine's
 * cores, and on a two-core laptop a training chunk beside a drag costs the drag its frames.
 * Training goes on between drags. Returns what stops listening.
 */
export function giveWayToInput(
  trainer: Pick<LabTrainer, 'giveWay'>,
  busyElsewhere: () => boolean,
  target: Pick<EventTarget, 'addEventListener' | 'removeEventListener'> | undefined = globalThis.window,
): () => void {
  if (!target) return () => {};
  let lastAsked = -Infinity;
  const onInput = (event: Event) => {
    // A pointer that only hovers is no work for the page.
    if (event.type === 'pointermove' && (event as PointerEvent).buttons === 0) return;
    const now = performance.now();
    if (now - lastAsked < ASK_EVERY_MS || !busyElsewhere()) return;
    lastAsked = now;
    trainer.giveWay(GIVE_WAY_MS);
  };
  const options = { capture: true, passive: true } as const;
  INPUTS.forEach((type) => target.addEventListener(type, onInput, options));
  return () => INPUTS.forEach((type) => target.removeEventListener(type, onInput, options));
}
