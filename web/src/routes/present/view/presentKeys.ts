/** Which presentation action a key press asks for; null leaves the key to the browser. Pure, so it is unit-tested. */
export type PresentAction = 'next' | 'previous' | 'first' | 'last' | 'fullscreen' | 'exit' | 'speaker';

export interface KeyInfo {
  key: string;
  altKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  /** The focused element's tag, so Space and Enter still press buttons and type in fields. */
  targetTag?: string;
}

const TYPING = new Set(['INPUT', 'TEXTAREA', 'SELECT']);
const PRESSING = new Set(['BUTTON', 'A', 'SUMMARY']);

export function presentAction(e: KeyInfo): PresentAction | null {
  if (e.altKey || e.ctrlKey || e.metaKey) return null;
  const tag = e.targetTag?.toUpperCase() ?? '';
  if (TYPING.has(tag)) return null;
  switch (e.key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
      return 'next';
    case ' ':
    case 'Enter':
      return PRESSING.has(tag) ? null : 'next';
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
    case 'Backspace':
      return 'previous';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'f':
    case 'F':
      return 'fullscreen';
    case 's':
    case 'S':
      return 'speaker';
    case 'Escape':
      return 'exit';
    default:
      return null;
  }
}
