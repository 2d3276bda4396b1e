// Search boxes ask the server once the typing pauses, not on every keystroke:
// each request counts against the caller's rate limit (`gateway.rate_limit_per_minute`,
// 100 a minute by default), and typing a repository's name would spend a tenth of it.

import { useEffect, useState } from "react";

/** How long typing must pause before a search is asked for, in milliseconds. */
export const SEARCH_PAUSE_MS = 350;

/** `value` once it has stayed the same for `delay` milliseconds (at first, `value`). */
export function useDebounced<T>(value: T, delay: number = SEARCH_PAUSE_MS): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return settled;
}
