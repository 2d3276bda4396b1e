// The organisation's directory as pages name things from it: people, teams,
// roles, repositories and notification channels, each one query shared by every
// page (same key), read whole (every page of it), and asked only of the server
// when the caller holds the permission to read it.

import { useQuery } from "@tanstack/react-query";
import { IdentityService, NotificationService, RepositoryService } from "@secureflow/client";
import { client, everyPage } from "./api";
import { useAuth } from "./auth";

/** The organisation's people (`users.read`). */
export function useUsers() {
  const { can } = useAuth();
  return useQuery({
    queryKey: ["users", "every"],
    queryFn: () => everyPage("users", (pageToken: string) => client(IdentityService).listUsers({ pageSize: 500, pageToken })),
    enabled: can("users.read"),
  });
}

/** The organisation's teams (`teams.read`). */
export function useTeams() {
  const { can } = useAuth();
  return useQuery({
    queryKey: ["teams"],
    queryFn: () => everyPage("teams", (pageToken: string) => client(IdentityService).listTeams({ pageSize: 500, pageToken })),
    enabled: can("teams.read"),
  });
}

/** The organisation's roles (`roles.read`). */
export function useRoles() {
  const { can } = useAuth();
  return useQuery({
    queryKey: ["roles"],
    queryFn: () => everyPage("roles", (pageToken: string) => client(IdentityService).listRoles({ pageSize: 500, pageToken })),
    enabled: can("roles.read"),
    staleTime: 60_000,
  });
}

/** The organisation's repositories (`repositories.read`). */
export function useRepositories() {
  const { can } = useAuth();
  return useQuery({
    queryKey: ["repositories", "every"],
    queryFn: () => everyPage("repositories", (pageToken: string) => client(RepositoryService).listRepositories({ pageSize: 500, pageToken })),
    enabled: can("repositories.read"),
  });
}

/** The organisation's notification channels (`notifications.read`). */
export function useChannels() {
  const { can } = useAuth();
  return useQuery({
    queryKey: ["channels"],
    queryFn: () => everyPage("channels", (pageToken: string) => client(NotificationService).listChannels({ pageSize: 500, pageToken })),
    enabled: can("notifications.read"),
  });
}
