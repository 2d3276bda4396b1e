import { afterEach, describe, expect, it, vi } from "vitest";
import { act, renderHook } from "@testing-library/react";
import { SEARCH_PAUSE_MS, useDebounced } from "./debounce";

describe("useDebounced", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("gives the typed text only once the typing pauses", () => {
    vi.useFakeTimers();
    const { result, rerender } = renderHook(({ text }) => useDebounced(text), {
      initialProps: { text: "" },
    });
    for (const text of ["p", "pa", "pay", "paym"]) {
      rerender({ text });
      act(() => {
        vi.advanceTimersByTime(SEARCH_PAUSE_MS - 50);
      });
      expect(result.current).toBe("");
    }
    act(() => {
      vi.advanceTimersByTime(50);
    });
    expect(result.current).toBe("paym");
  });

  it("starts from the first value", () => {
    const { result } = renderHook(() => useDebounced("acme"));
    expect(result.current).toBe("acme");
  });
});
