// Signing in and staying signed in: local log-in, the first admin's setup
// token, refresh before the access token expires, log-out; who the caller is
// and what they may do, from GetCurrentIdentity. The refresh token is kept for
// the tab (sessionStorage); the access token only in memory.

import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from "react";
import type { ReactNode } from "react";
import { timestampMs } from "@bufbuild/protobuf/wkt";
import { IdentityService } from "@secureflow/client";
import type { TokenPair } from "@secureflow/client/gen/secureflow/identity/v1/token_pb.js";
import { client, configureAuth } from "./api";

const REFRESH_KEY = "secureflow.refresh";
/** Refresh this long before the access token expires. */
const EARLY_MS = 60_000;

export interface Identity {
  userId: string;
  email: string;
  displayName: string;
  organizationId: string;
  organizationName: string;
  permissions: Set<string>;
}

export interface AuthState {
  /** Undefined while the first check runs. */
  identity: Identity | null | undefined;
  login: (organization: string, email: string, password: string) => Promise<void>;
  redeemSetupToken: (setupToken: string, email: string, password: string, displayName: string) => Promise<void>;
  logout: () => Promise<void>;
  can: (permission: string) => boolean;
  /** Sends the browser to the organisation's identity provider (authorization code + PKCE). */
  beginSso: (organization: string) => Promise<void>;
  /** Finishes a single sign-on with the code and state the provider sent back. */
  completeSso: (code: string, state: string) => Promise<void>;
}

/** Where the provider sends the browser back: register this as the redirect URI. */
export const SSO_CALLBACK = "/login/sso";

/** The signed-in state (provided by AuthProvider; tests provide their own). */
export const AuthContext = createContext<AuthState | null>(null);

/** The signed-in state. */
export function useAuth(): AuthState {
  const state = useContext(AuthContext);
  if (!state) {
    throw new Error("useAuth outside AuthProvider");
  }
  return state;
}

export function AuthProvider({ children }: { children: ReactNode }) {
  const [identity, setIdentity] = useState<Identity | null | undefined>(undefined);
  const access = useRef<string | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const signedOut = useCallback(() => {
    access.current = undefined;
    sessionStorage.removeItem(REFRESH_KEY);
    clearTimeout(timer.current);
    setIdentity(null);
  }, []);

  const whoAmI = useCallback(async () => {
    const me = await client(IdentityService).getCurrentIdentity({});
    setIdentity({
      userId: me.user?.id ?? "",
      email: me.user?.email ?? "",
      displayName: me.user?.displayName || me.user?.email || "",
      organizationId: me.organization?.id ?? "",
      organizationName: me.organization?.displayName || me.organization?.slug || "",
      permissions: new Set(me.permissions),
    });
  }, []);

  const keep = useCallback(
    (tokens: TokenPair | undefined) => {
      if (!tokens) {
        throw new Error("the server answered without tokens");
      }
      access.current = tokens.accessToken;
      sessionStorage.setItem(REFRESH_KEY, tokens.refreshToken);
      clearTimeout(timer.current);
      const expires = tokens.accessTokenExpireTime ? timestampMs(tokens.accessTokenExpireTime) : Date.now() + 300_000;
      const wait = Math.max(5_000, expires - Date.now() - EARLY_MS);
      timer.current = setTimeout(() => {
        void refresh();
      }, wait);
    },
    // refresh is defined below and stable.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );

  const refresh = useCallback(async () => {
    const refreshToken = sessionStorage.getItem(REFRESH_KEY);
    if (!refreshToken) {
      signedOut();
      return;
    }
    try {
      const answer = await client(IdentityService).refreshToken({ refreshToken });
      keep(answer.tokens);
    } catch {
      signedOut();
    }
  }, [keep, signedOut]);

  useEffect(() => {
    configureAuth(() => access.current, signedOut);
    // A reload keeps the session of the tab: refresh, then ask who we are.
    void (async () => {
      if (!sessionStorage.getItem(REFRESH_KEY)) {
        setIdentity(null);
        return;
      }
      await refresh();
      if (access.current) {
        await whoAmI().catch(signedOut);
      }
    })();
    return () => clearTimeout(timer.current);
  }, [refresh, signedOut, whoAmI]);

  const login = useCallback(
    async (organization: string, email: string, password: string) => {
      const answer = await client(IdentityService).login({ organization, email, password });
      keep(answer.tokens);
      await whoAmI();
    },
    [keep, whoAmI],
  );

  const redeemSetupToken = useCallback(
    async (setupToken: string, email: string, password: string, displayName: string) => {
      const answer = await client(IdentityService).redeemSetupToken({ setupToken, email, password, displayName });
      keep(answer.tokens);
      await whoAmI();
    },
    [keep, whoAmI],
  );

  const beginSso = useCallback(async (organization: string) => {
    const answer = await client(IdentityService).beginOidcLogin({
      organization,
      redirectUri: `${window.location.origin}${SSO_CALLBACK}`,
    });
    window.location.assign(answer.authorizationUrl);
  }, []);

  const completeSso = useCallback(
    async (code: string, state: string) => {
      const answer = await client(IdentityService).completeOidcLogin({ code, state });
      keep(answer.tokens);
      await whoAmI();
    },
    [keep, whoAmI],
  );

  const logout = useCallback(async () => {
    const refreshToken = sessionStorage.getItem(REFRESH_KEY) ?? "";
    try {
      await client(IdentityService).logout({ refreshToken });
    } finally {
      signedOut();
    }
  }, [signedOut]);

  const can = useCallback((permission: string) => identity?.permissions.has(permission) ?? false, [identity]);

  const value = useMemo(
    () => ({ identity, login, redeemSetupToken, logout, can, beginSso, completeSso }),
    [identity, login, redeemSetupToken, logout, can, beginSso, completeSso],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}
