// Users (admin portal): the organisation's people with their roles, teams and
// state; for those holding `users.manage`, a new user, a changed role, and
// deactivation (which ends their sessions and tokens at the server).

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { z } from "zod";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  Alert,
  Box,
  Button,
  Chip,
  MenuItem,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from "@mui/material";
import { IdentityService } from "@secureflow/client";
import type { User } from "@secureflow/client/gen/secureflow/identity/v1/user_pb.js";
import { client, explain } from "../../api";
import { useAuth } from "../../auth";
import { byLastName, placeRefusal } from "../../forms";
import { relative } from "../../format";

const newUserSchema = z.object({
  email: z.string().trim().email("An e-mail address"),
  displayName: z.string().trim().min(1, "The person's name"),
  role: z.string().min(1, "Choose a role"),
  password: z.string().min(12, "At least 12 characters"),
});
type NewUserForm = z.infer<typeof newUserSchema>;
const EMPTY: NewUserForm = { email: "", displayName: "", role: "developer", password: "" };

function useRoles() {
  return useQuery({
    queryKey: ["roles"],
    queryFn: () => client(IdentityService).listRoles({ pageSize: 200 }),
    staleTime: 60_000,
  });
}

function NewUser() {
  const queries = useQueryClient();
  const roles = useRoles();
  const [failure, setFailure] = useState<string>();
  const form = useForm<NewUserForm>({ resolver: zodResolver(newUserSchema), defaultValues: EMPTY });
  const { errors } = form.formState;
  const create = useMutation({
    mutationFn: (values: NewUserForm) =>
      client(IdentityService).createUser({
        user: { email: values.email.trim(), displayName: values.displayName.trim(), roleIds: [values.role] },
        password: values.password,
      }),
    onMutate: () => setFailure(undefined),
    onSuccess: () => {
      form.reset(EMPTY);
      void queries.invalidateQueries({ queryKey: ["users"] });
    },
    onError: (error) =>
      setFailure(placeRefusal(error, form.setError, byLastName<NewUserForm>(["email", "displayName", "password"]))),
  });
  const text = (name: keyof NewUserForm, label: string, extra: object = {}) => (
    <TextField
      size="small"
      label={label}
      {...form.register(name)}
      error={!!errors[name]}
      helperText={errors[name]?.message}
      {...extra}
    />
  );
  return (
    <Paper variant="outlined" sx={{ p: 2 }}>
      <Box component="form" aria-label="New user" noValidate onSubmit={form.handleSubmit((values) => create.mutate(values))}>
        <Stack spacing={2}>
          <Typography variant="h6" component="h2">
            New user
          </Typography>
          {failure && <Alert severity="error">{failure}</Alert>}
          <Stack direction="row" spacing={2} useFlexGap flexWrap="wrap" alignItems="flex-start">
            {text("email", "E-mail", { type: "email" })}
            {text("displayName", "Name")}
            <TextField
              select
              size="small"
              label="Role"
              value={form.watch("role")}
              onChange={(event) => form.setValue("role", event.target.value)}
              sx={{ minWidth: 180 }}
            >
              {(roles.data?.roles ?? []).map((role) => (
                <MenuItem key={role.id} value={role.id}>
                  {role.name}
                </MenuItem>
              ))}
            </TextField>
            {text("password", "Initial password", { type: "password", autoComplete: "new-password" })}
            <Button type="submit" variant="contained" disabled={create.isPending}>
              Create
            </Button>
          </Stack>
          {create.isSuccess && <Alert severity="success">User created: they can log in with this password.</Alert>}
        </Stack>
      </Box>
    </Paper>
  );
}

function UserRow({ user, manage, roleName, teamName }: {
  user: User;
  manage: boolean;
  roleName: (id: string) => string;
  teamName: (id: string) => string;
}) {
  const queries = useQueryClient();
  const roles = useRoles();
  const update = useMutation({
    mutationFn: (change: { roleIds?: string[]; active?: boolean }) =>
      client(IdentityService).updateUser({
        user: { id: user.id, ...change },
        updateMask: { paths: change.roleIds ? ["role_ids"] : ["active"] },
      }),
    onSuccess: () => void queries.invalidateQueries({ queryKey: ["users"] }),
  });
  return (
    <TableRow hover>
      <TableCell>
        {user.displayName}
        <Typography variant="caption" component="div">
          {user.email}
        </Typography>
      </TableCell>
      <TableCell>
        {manage && user.roleIds.length <= 1 ? (
          <TextField
            select
            size="small"
            value={user.roleIds[0] ?? ""}
            label="Role"
            onChange={(event) => update.mutate({ roleIds: [event.target.value] })}
            sx={{ minWidth: 160 }}
          >
            {(roles.data?.roles ?? []).map((role) => (
              <MenuItem key={role.id} value={role.id}>
                {role.name}
              </MenuItem>
            ))}
          </TextField>
        ) : (
          user.roleIds.map(roleName).join(", ") || "—"
        )}
      </TableCell>
      <TableCell>{user.teamIds.map(teamName).join(", ") || "—"}</TableCell>
      <TableCell>{relative(user.lastLoginTime)}</TableCell>
      <TableCell>
        <Chip size="small" label={user.active ? "Active" : "Deactivated"} color={user.active ? "success" : "default"} />
        {update.error && (
          <Typography variant="caption" color="error" component="div" role="alert">
            {explain(update.error).message}
          </Typography>
        )}
      </TableCell>
      {manage && (
        <TableCell>
          <Button size="small" onClick={() => update.mutate({ active: !user.active })} disabled={update.isPending}>
            {user.active ? "Deactivate" : "Reactivate"}
          </Button>
        </TableCell>
      )}
    </TableRow>
  );
}

export default function Users() {
  const { can } = useAuth();
  const manage = can("users.manage");
  const [query, setQuery] = useState("");
  const users = useQuery({
    queryKey: ["users", query],
    queryFn: () => client(IdentityService).listUsers({ pageSize: 200, query }),
  });
  const roles = useRoles();
  const teams = useQuery({
    queryKey: ["teams"],
    queryFn: () => client(IdentityService).listTeams({ pageSize: 200 }),
    enabled: can("teams.read"),
  });
  const roleName = (id: string) => roles.data?.roles.find((role) => role.id === id)?.name ?? id;
  const teamName = (id: string) => teams.data?.teams.find((team) => team.id === id)?.name ?? id;
  return (
    <Stack spacing={2}>
      <Typography variant="h4" component="h1">
        Users
      </Typography>
      {manage && <NewUser />}
      {users.error && <Alert severity="error">{explain(users.error).message}</Alert>}
      <TextField
        size="small"
        label="Search by name or e-mail"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        sx={{ maxWidth: 360 }}
      />
      <TableContainer tabIndex={0} role="region" aria-label="Users, scrollable">
        <Table size="small" aria-label="Users">
          <TableHead>
            <TableRow>
              <TableCell>Person</TableCell>
              <TableCell>Role</TableCell>
              <TableCell>Teams</TableCell>
              <TableCell>Last log-in</TableCell>
              <TableCell>State</TableCell>
              {manage && <TableCell>Change</TableCell>}
            </TableRow>
          </TableHead>
          <TableBody>
            {users.data?.users.map((user) => (
              <UserRow key={user.id} user={user} manage={manage} roleName={roleName} teamName={teamName} />
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </Stack>
  );
}
