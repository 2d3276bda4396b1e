// Keeps the signed-in app live: one StreamEvents stream (without payloads: only
// what changed matters here) whose events mark the queries they affect as
// stale, reconnecting with back-off and resuming after the last event seen.

import { createContext, useContext, useEffect, useState, type ReactNode } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { Code, ConnectError } from "@connectrpc/connect";
import { AnalyticsService } from "@secureflow/client";
import { client } from "../api";
import { useAuth } from "../auth";
import { reconnectDelay, staleAfterAll } from "../live";

/** Whether the app hears about changes as they happen. */
export type LiveState = "connecting" | "live" | "offline" | "unavailable";

const LiveContext = createContext<LiveState>("connecting");

/** The state of the app's live stream. */
export function useLiveState(): LiveState {
  return useContext(LiveContext);
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
    let after = "";
    let pending = new Set<string>();
    let settle: ReturnType<typeof setTimeout> | undefined;
    const flush = () => {
      settle = undefined;
      for (const queryKey of staleAfterAll(pending)) {
        void queries.invalidateQueries({ queryKey: [...queryKey] });
      }
      pending = new Set();
    };
    const run = async () => {
      for (let attempt = 0; !stop.signal.aborted; attempt++) {
        try {
          const stream = client(AnalyticsService).streamEvents(
            { omitData: true, afterEventId: after },
            { signal: stop.signal },
          );
          setState("live");
          if (attempt > 0) {
            // What changed while the stream was down is not known: refresh all.
            void queries.invalidateQueries();
          }
          for await (const response of stream) {
            attempt = 0;
            const event = response.event;
            if (!event) continue;
            after = event.eventId;
            pending.add(event.eventType);
            settle ??= setTimeout(flush, SETTLE_MS);
          }
        } catch (error) {
          if (stop.signal.aborted) return;
          const code = ConnectError.from(error).code;
          if (code === Code.PermissionDenied || code === Code.Unauthenticated) {
            setState("unavailable");
            return;
          }
          if (code === Code.InvalidArgument) {
            // The event to resume after is gone: start again from now.
            after = "";
          }
        }
        if (stop.signal.aborted) return;
        setState("offline");
        await new Promise((resolve) => setTimeout(resolve, reconnectDelay(attempt)));
      }
    };
    void run();
    return () => {
      stop.abort();
      if (settle) clearTimeout(settle);
    };
  }, [allowed, queries]);

  return <LiveContext.Provider value={state}>{children}</LiveContext.Provider>;
}
