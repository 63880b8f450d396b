/** What a key press means to the timeline; the element decides how to carry it out. */
export type KeyAction =
  | { kind: 'move'; to: 'next' | 'previous' | 'first' | 'last' }
  | { kind: 'select' }
  | { kind: 'clear' }
  | { kind: 'zoom'; how: 'in' | 'out' | 'fit' };

/** Maps a key to its action; `onEvent` says whether focus is on an event (not a button). */
export function keyAction(key: string, onEvent: boolean): KeyAction | undefined {
  switch (key) {
    case '+':
    case '=':
      return { kind: 'zoom', how: 'in' };
    case '-':
    case '_':
      return { kind: 'zoom', how: 'out' };
    case '0':
      return { kind: 'zoom', how: 'fit' };
    case 'Escape':
      return { kind: 'clear' };
  }
  if (!onEvent) return undefined;
  switch (key) {
    case 'Enter':
    case ' ':
      return { kind: 'select' };
    case 'ArrowRight':
    case 'ArrowDown':
      return { kind: 'move', to: 'next' };
    case 'ArrowLeft':
    case 'ArrowUp':
      return { kind: 'move', to: 'previous' };
    case 'Home':
      return { kind: 'move', to: 'first' };
    case 'End':
      return { kind: 'move', to: 'last' };
  }
  return undefined;
}
