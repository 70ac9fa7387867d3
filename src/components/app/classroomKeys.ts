/**
 * One key map for every view, as presentation clickers send it. Pure: which action a key asks for,
 * given what has focus. The app's one listener (useClassroomKeys) carries the action out.
 */

/** What a key can ask of the page. */
export type ClassroomAction =
  | 'next'
  | 'previous'
  | 'first'
  | 'last'
  | 'play'
  | 'blank'
  | 'language'
  | 'keyMap'
  | 'present'
  | 'wholeDiagram'
  | 'escape';

/**
 * What has focus, as far as keys are concerned: a field being typed into keeps every key; a slider,
 * checkbox or radio keeps the keys it moves by (arrows, Home/End, Space); a button or link gives
 * Space to the page (Enter still presses it), as a clicker's Space must advance wherever focus was
 * left; anything else keeps nothing.
 */
export type FocusKind = 'typing' | 'adjustable' | 'pressable' | 'other';

const TYPED_INPUTS = new Set(['text', 'search', 'email', 'url', 'tel', 'password', 'number', 'date', 'time']);

/** Classifies the element a key press is aimed at. */
export function focusKind(target: EventTarget | null): FocusKind {
  if (typeof HTMLElement === 'undefined' || !(target instanceof HTMLElement)) return 'other';
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement)
    return 'typing';
  if (target instanceof HTMLInputElement) return TYPED_INPUTS.has(target.type) ? 'typing' : 'adjustable';
  const role = target.getAttribute('role');
  if (role === 'slider' || role === 'spinbutton' || role === 'radio' || role === 'menuitemradio') return 'adjustable';
  if (role === 'textbox' || role === 'combobox') return 'typing';
  if (target instanceof HTMLButtonElement || target instanceof HTMLAnchorElement || target.tagName === 'SUMMARY')
    return 'pressable';
  return 'other';
}

/** The keys a focused slider, checkbox or radio moves by itself. */
const ADJUSTING_KEYS = new Set(['ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown', 'Home', 'End', ' ']);

const KEY_ACTIONS: Readonly<Record<string, ClassroomAction>> = {
  PageDown: 'next',
  ArrowRight: 'next',
  ' ': 'next',
  n: 'next',
  PageUp: 'previous',
  ArrowLeft: 'previous',
  Home: 'first',
  End: 'last',
  p: 'play',
  '.': 'blank',
  b: 'blank',
  l: 'language',
  '?': 'keyMap',
  f: 'present',
  w: 'wholeDiagram',
  Escape: 'escape',
};

/** The keys a press needs, nothing else: modifiers are the browser's and the system's. */
export interface KeyPress {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
}

/**
 * The action `press` asks for with `focus` where it is, or `undefined` for a key the page leaves
 * alone (typed into a field, moving a slider, or with Ctrl, Alt or Cmd held).
 */
export function classroomAction(press: KeyPress, focus: FocusKind): ClassroomAction | undefined {
  if (press.altKey || press.ctrlKey || press.metaKey) return undefined;
  if (focus === 'typing') return press.key === 'Escape' ? 'escape' : undefined;
  if (focus === 'adjustable' && ADJUSTING_KEYS.has(press.key)) return undefined;
  // Letters in either case (a clicker may send B or b); Shift+Space and the like stay the browser's.
  const key = press.key.length === 1 ? press.key.toLowerCase() : press.key;
  if (press.shiftKey && key.length !== 1) return undefined;
  if (press.shiftKey && key === ' ') return undefined;
  return Object.hasOwn(KEY_ACTIONS, key) ? KEY_ACTIONS[key] : undefined;
}
