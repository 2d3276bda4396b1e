// Keeps the signed-in app live: one StreamEvents stream (without payloads: only
// what changed matters here) whose events mark the queries they affect as
// stale, reconnecting with back-off and resuming after the last event seen.
// A person's tabs share that one stream (browsers open at most six HTTP/1.1
// connections to a server: a stream per tab would starve the seventh tab's
// calls): the tab holding a Web Lock follows it and passes each event's type
// and the stream's state to the others over a BroadcastChannel; when that tab
// closes, another takes the lock and the stream over.

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

/** What the leading tab tells the others. */
type Shared =
  | { kind: "hello" }
  | { kind: "event"; eventType: string }
  | { kind: "state"; state: LiveState; reconnected: boolean };

/**
 * Follows the payload-free stream once for all of `key`'s tabs (see the top
 * of this file): `onEventType` gets each event's type, `onState` the
 * stream's state, in every tab. Without Web Locks or BroadcastChannel, each
 * tab follows its own stream.
 */
export async function followShared(
  key: string,
  onEventType: (eventType: string) => void,
  onState: (state: LiveState, reconnected: boolean) => void,
  signal: AbortSignal,
) {
  const locks = typeof navigator === "undefined" ? undefined : navigator.locks;
  if (!locks || typeof BroadcastChannel === "undefined") {
    return follow({ omitData: true }, (event) => onEventType(event.eventType), onState, signal);
  }
  const channel = new BroadcastChannel(key);
  signal.addEventListener("abort", () => channel.close());
  let leading = false;
  let followed = false;
  let current: Shared = { kind: "state", state: "connecting", reconnected: false };
  const tell = (message: Shared) => {
    if (!signal.aborted) channel.postMessage(message);
  };
  channel.onmessage = (message: MessageEvent<Shared>) => {
    const heard = message.data;
    if (leading) {
      if (heard.kind === "hello") tell(current);
      return;
    }
    followed = true;
    if (heard.kind === "event") onEventType(heard.eventType);
    if (heard.kind === "state") onState(heard.state, heard.reconnected);
  };
  tell({ kind: "hello" });
  try {
    await locks.request(key, { signal }, async () => {
      leading = true;
      // Taking over from a tab that closed: what happened in between is not known.
      let tookOver = followed;
      await follow(
        { omitData: true },
        (event) => {
          onEventType(event.eventType);
          tell({ kind: "event", eventType: event.eventType });
        },
        (state, reconnected) => {
          current = { kind: "state", state, reconnected: false };
          onState(state, reconnected || tookOver);
          tookOver = false;
          tell({ kind: "state", state, reconnected });
        },
        signal,
      );
    });
  } catch (error) {
    // Aborted while waiting for the lock: the tab is going.
    if (!signal.aborted) throw error;
  }
}

/** Events are gathered this long before the queries they affect refresh. */
const SETTLE_MS = 250;

export function LiveProvider({ children }: { children: ReactNode }) {
  const queries = useQueryClient();
  const { can, identity } = useAuth();
  const allowed = can("analytics.read");
  const key = `secureflow-live:${identity?.organizationId ?? ""}:${identity?.userId ?? ""}`;
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
    void followShared(
      key,
      (eventType) => {
        pending.add(eventType);
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
  }, [allowed, key, queries]);

  return <LiveContext.Provider value={state}>{children}</LiveContext.Provider>;
}
