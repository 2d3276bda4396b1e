// Keeps the signed-in app live: one StreamEvents stream (without payloads: only
// what changed matters here) whose events mark the queries they affect as
// stale, reconnecting with back-off and resuming after the last event seen.

import { createContext, useContext, useEffect, useState, type ReactNode } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { Code, ConnectError } from "@connectrpc/connect";
import { AnalyticsService } from "@secureflow/client";
import { client } from "../api";
import { useAuth } from "../auth";
import type { Envelope } from "@secureflow/client/gen/secureflow/events/v1/envelope_pb.js";
import { reconnectDelay, staleAfterAll } from "../live";

/** Whether the app hears about changes as they happen. */
export type LiveState = "connecting" | "live" | "offline" | "unavailable";

const LiveContext = createContext<LiveState>("connecting");

/** The state of the app's live stream. */
export function useLiveState(): LiveState {
  return useContext(LiveContext);
}

/**
 * Follows StreamEvents until `signal` aborts: hands each event to `onEvent`;
 * when the stream is lost, says so and reconnects with back-off, resuming
 * after the last event seen (from now when that event is gone); stops for
 * good when the caller may not read events. `onState(…, true)` says the
 * stream is back after a loss (what happened meanwhile may be missing).
 */
export async function follow(
  first: { backlog?: number; omitData?: boolean },
  onEvent: (event: Envelope) => void,
  onState: (state: LiveState, reconnected: boolean, error?: unknown) => void,
  signal: AbortSignal,
) {
  let after = "";
  for (let attempt = 0; !signal.aborted; attempt++) {
    try {
      const request = after ? { afterEventId: after, omitData: first.omitData } : first;
      const stream = client(AnalyticsService).streamEvents(request, { signal });
      onState("live", attempt > 0);
      for await (const response of stream) {
        attempt = 0;
        if (!response.event) continue;
        after = response.event.eventId;
        onEvent(response.event);
      }
    } catch (error) {
      if (signal.aborted) return;
      const code = ConnectError.from(error).code;
      if (code === Code.PermissionDenied || code === Code.Unauthenticated) {
        onState("unavailable", false, error);
        return;
      }
      if (code === Code.InvalidArgument) {
        after = "";
      }
      onState("offline", false, error);
    }
    if (signal.aborted) return;
    await new Promise((resolve) => setTimeout(resolve, reconnectDelay(attempt)));
  }
}

/** Events are gathered this long before the queries they affect refresh. */
const SETTLE_MS = 250;

export function LiveProvider({ children }: { children: ReactNode }) {
  const queries = useQueryClient();
  const { can } = useAuth();
  const allowed = can("analytics.read");
  const [state, setState] = useState<LiveState>(allowed ? "connecting" : "unavailable");

  useEffect(() => {
    if (!allowed) {
      setState("unavailable");
      return;
    }
    const stop = new AbortController();
    let pending = new Set<string>();
    let settle: ReturnType<typeof setTimeout> | undefined;
    const flush = () => {
      settle = undefined;
      for (const queryKey of staleAfterAll(pending)) {
        void queries.invalidateQueries({ queryKey: [...queryKey] });
      }
      pending = new Set();
    };
    void follow(
      { omitData: true },
      (event) => {
        pending.add(event.eventType);
        settle ??= setTimeout(flush, SETTLE_MS);
      },
      (next, reconnected) => {
        setState(next);
        if (reconnected) {
          // What changed while the stream was down is not known: refresh all.
          void queries.invalidateQueries();
        }
      },
      stop.signal,
    );
    return () => {
      stop.abort();
      if (settle) clearTimeout(settle);
    };
  }, [allowed, queries]);

  return <LiveContext.Provider value={state}>{children}</LiveContext.Provider>;
}
