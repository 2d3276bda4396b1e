// The frame of every signed-in page: the bar with the organisation and the
// user, and the navigation — only what the caller's permissions allow.

import { Link as RouterLink, Outlet, useLocation } from "react-router-dom";
import {
  AppBar,
  Box,
  Button,
  Chip,
  Drawer,
  List,
  ListItem,
  ListItemButton,
  ListItemText,
  ListSubheader,
  Toolbar,
  Typography,
} from "@mui/material";
import { useAuth } from "../auth";
import { LiveProvider, useLiveState, type LiveState } from "./Live";

const LIVE_LABEL: Record<LiveState, string> = {
  connecting: "Connecting…",
  live: "Live",
  offline: "Reconnecting…",
  unavailable: "Not live",
};

/** Says whether changes appear as they happen. */
function LiveIndicator() {
  const state = useLiveState();
  return (
    <Chip
      size="small"
      sx={{ mr: 2, color: "inherit", borderColor: "currentColor" }}
      variant="outlined"
      label={LIVE_LABEL[state]}
      title={state === "live" ? "Changes appear as they happen" : "Changes appear when you reload"}
    />
  );
}

const WIDTH = 220;

/** A navigation entry, shown to callers holding `permission`. */
interface Entry {
  to: string;
  label: string;
  permission: string;
}

export const NAVIGATION: Entry[] = [
  { to: "/my-work", label: "My work", permission: "security.read" },
  { to: "/posture", label: "Posture", permission: "security.read" },
  { to: "/vulnerabilities", label: "Vulnerabilities", permission: "security.read" },
  { to: "/scans", label: "Scans", permission: "security.read" },
  { to: "/repositories", label: "Repositories", permission: "repositories.read" },
  { to: "/pipelines", label: "Pipelines", permission: "pipelines.read" },
  { to: "/policies", label: "Policies", permission: "security.read" },
  { to: "/activity", label: "Activity", permission: "analytics.read" },
  { to: "/inbox", label: "Notifications", permission: "" },
];

/**
 * The admin portal: each page is offered to those who may change what it
 * shows (a Viewer, who may read users and teams, is offered none of it).
 */
export const ADMINISTRATION: Entry[] = [
  { to: "/admin/users", label: "Users", permission: "users.manage" },
  { to: "/admin/teams", label: "Teams", permission: "teams.manage" },
  { to: "/admin/roles", label: "Roles", permission: "roles.manage" },
  { to: "/admin/tokens", label: "API tokens", permission: "tokens.read" },
  { to: "/admin/organization", label: "Organisation", permission: "organizations.manage" },
  { to: "/admin/channels", label: "Notification channels", permission: "notifications.manage" },
  { to: "/admin/routing", label: "Routing rules", permission: "notifications.manage" },
  { to: "/admin/audit", label: "Audit log", permission: "audit.read" },
  { to: "/admin/system", label: "System health", permission: "system.read" },
];

export function Layout() {
  const { identity, logout, can } = useAuth();
  const location = useLocation();
  const offered = (entry: Entry) => entry.permission === "" || can(entry.permission);
  const entries = NAVIGATION.filter(offered);
  const admin = ADMINISTRATION.filter(offered);
  const links = (list: Entry[]) =>
    list.map((entry) => (
      <ListItem key={entry.to} disablePadding>
        <ListItemButton component={RouterLink} to={entry.to} selected={location.pathname.startsWith(entry.to)}>
          <ListItemText primary={entry.label} />
        </ListItemButton>
      </ListItem>
    ));
  return (
    <LiveProvider>
      <Box sx={{ display: "flex" }}>
        <AppBar position="fixed" sx={{ zIndex: (theme) => theme.zIndex.drawer + 1 }}>
          <Toolbar>
            <Typography variant="h6" component="span" sx={{ flexGrow: 1 }}>
              SecureFlow
              {identity?.organizationName ? ` · ${identity.organizationName}` : ""}
            </Typography>
            <LiveIndicator />
            <Typography component="span" sx={{ mr: 2 }}>
              {identity?.displayName}
            </Typography>
            <Button color="inherit" onClick={() => void logout()}>
              Log out
            </Button>
          </Toolbar>
        </AppBar>
        <Drawer
          variant="permanent"
          sx={{ width: WIDTH, flexShrink: 0, "& .MuiDrawer-paper": { width: WIDTH, boxSizing: "border-box" } }}
        >
          <Toolbar />
          <nav aria-label="Main">
            <List>{links(entries)}</List>
            {admin.length > 0 && (
              <List aria-labelledby="admin-heading" subheader={<ListSubheader id="admin-heading">Administration</ListSubheader>}>
                {links(admin)}
              </List>
            )}
          </nav>
        </Drawer>
        <Box component="main" sx={{ flexGrow: 1, p: 3, minWidth: 0 }}>
          <Toolbar />
          <Outlet />
        </Box>
      </Box>
    </LiveProvider>
  );
}
