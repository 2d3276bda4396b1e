// The organisation's directory as pages name things from it: people, teams,
// roles, repositories and notification channels, each one query shared by every
// page (same key, same page size), asked only of the server when the caller
// holds the permission to read it.

import { useQuery } from "@tanstack/react-query";
import { IdentityService, NotificationService, RepositoryService } from "@secureflow/client";
import { client } from "./api";
import { useAuth } from "./auth";

/** The organisation's people (`users.read`). */
export function useUsers() {
  const { can } = useAuth();
  return useQuery({
    queryKey: ["users", ""],
    queryFn: () => client(IdentityService).listUsers({ pageSize: 500 }),
    enabled: can("users.read"),
  });
}

/** The organisation's teams (`teams.read`). */
export function useTeams() {
  const { can } = useAuth();
  return useQuery({
    queryKey: ["teams"],
    queryFn: () => client(IdentityService).listTeams({ pageSize: 200 }),
    enabled: can("teams.read"),
  });
}

/** The organisation's roles (`roles.read`). */
export function useRoles() {
  const { can } = useAuth();
  return useQuery({
    queryKey: ["roles"],
    queryFn: () => client(IdentityService).listRoles({ pageSize: 200 }),
    enabled: can("roles.read"),
    staleTime: 60_000,
  });
}

/** The organisation's repositories (`repositories.read`). */
export function useRepositories() {
  const { can } = useAuth();
  return useQuery({
    queryKey: ["repositories", ""],
    queryFn: () => client(RepositoryService).listRepositories({ pageSize: 200 }),
    enabled: can("repositories.read"),
  });
}

/** The organisation's notification channels (`notifications.read`). */
export function useChannels() {
  const { can } = useAuth();
  return useQuery({
    queryKey: ["channels"],
    queryFn: () => client(NotificationService).listChannels({ pageSize: 500 }),
    enabled: can("notifications.read"),
  });
}
