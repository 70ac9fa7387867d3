import { classroomStore } from '../../store/classroom/classroomStore';

// Whether the full screen is the one presenter mode asked for (not the reader's own F11).
let fullScreenIsOurs = false;

/**
 * Turns presenter mode on or off, with the browser's full screen where it allows it (it needs a
 * key press or click, so a link with `present=1` opens presenting in the window as it is).
 */
export function togglePresenting(): void {
  const on = !classroomStore.getState().presenting;
  classroomStore.getState().present(on);
  if (on && !document.fullscreenElement && document.documentElement.requestFullscreen)
    document.documentElement.requestFullscreen().then(
      () => (fullScreenIsOurs = true),
      () => undefined,
    );
  if (!on && document.fullscreenElement && fullScreenIsOurs) void document.exitFullscreen().catch(() => undefined);
}

/**
 * Leaving the full screen presenter mode asked for (Esc, which the browser keeps for itself there)
 * also leaves presenter mode, so one Esc undoes one F. Returns a function that stops listening.
 */
export function leavePresentingWithFullScreen(): () => void {
  const onChange = () => {
    if (document.fullscreenElement || !fullScreenIsOurs) return;
    fullScreenIsOurs = false;
    classroomStore.getState().present(false);
  };
  document.addEventListener('fullscreenchange', onChange);
  return () => document.removeEventListener('fullscreenchange', onChange);
}
