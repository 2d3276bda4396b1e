// Users (admin portal): the organisation's people with their roles, teams and
// state; for those holding `users.manage`, a new user, a changed role, and
// deactivation (which ends their sessions and tokens at the server).

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { z } from "zod";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, Button, Chip, Stack, TableCell, TableRow, TextField, Typography } from "@mui/material";
import { IdentityService } from "@secureflow/client";
import type { User } from "@secureflow/client/gen/secureflow/identity/v1/user_pb.js";
import { client, explain } from "../../api";
import { useRoles, useTeams } from "../../directory";
import { useAuth } from "../../auth";
import { byLastName } from "../../forms";
import { FormCard, FormText, SelectField, useSubmit, PAGE_SIZE, Pager, usePages } from "../../components/FormParts";
import { DataTable, Failure } from "../../components/Tables";
import { relative } from "../../format";
import { useDebounced } from "../../debounce";

const newUserSchema = z.object({
  email: z.string().trim().email("An e-mail address"),
  displayName: z.string().trim().min(1, "The person's name"),
  role: z.string().min(1, "Choose a role"),
  password: z.string().min(12, "At least 12 characters"),
});
type NewUserForm = z.infer<typeof newUserSchema>;
const EMPTY: NewUserForm = { email: "", displayName: "", role: "developer", password: "" };

/** The organisation's roles to choose one from. */
function RoleSelect({ value, onChange }: { value: string; onChange: (role: string) => void }) {
  const roles = useRoles();
  const options = (roles.data?.roles ?? []).map((role) => [role.id, role.name] as const);
  return <SelectField label="Role" value={value} options={options} onChange={onChange} minWidth={170} />;
}

function NewUser() {
  const queries = useQueryClient();
  const form = useForm<NewUserForm>({ resolver: zodResolver(newUserSchema), defaultValues: EMPTY });
  const { mutation: create, failure, onSubmit } = useSubmit(
    form,
    (values: NewUserForm) =>
      client(IdentityService).createUser({
        user: { email: values.email.trim(), displayName: values.displayName.trim(), roleIds: [values.role] },
        password: values.password,
      }),
    byLastName<NewUserForm>(["email", "displayName", "password"]),
    () => {
      form.reset(EMPTY);
      void queries.invalidateQueries({ queryKey: ["users"] });
    },
  );
  return (
    <FormCard title="New user" failure={failure} onSubmit={onSubmit}>
      <Stack direction="row" spacing={2} useFlexGap flexWrap="wrap" alignItems="flex-start">
        <FormText form={form} name="email" label="E-mail" type="email" />
        <FormText form={form} name="displayName" label="Name" />
        <RoleSelect value={form.watch("role")} onChange={(role) => form.setValue("role", role)} />
        <FormText form={form} name="password" label="Initial password" type="password" autoComplete="new-password" />
        <Button type="submit" variant="contained" disabled={create.isPending}>
          Create
        </Button>
      </Stack>
      {create.isSuccess && <Alert severity="success">User created: they can log in with this password.</Alert>}
    </FormCard>
  );
}

function UserRow({ user, manage, roleName, teamName }: {
  user: User;
  manage: boolean;
  roleName: (id: string) => string;
  teamName: (id: string) => string;
}) {
  const queries = useQueryClient();
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
          <RoleSelect value={user.roleIds[0] ?? ""} onChange={(role) => update.mutate({ roleIds: [role] })} />
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
  const searched = useDebounced(query.trim());
  const pages = usePages(searched);
  const pageToken = pages.token;
  const users = useQuery({
    queryKey: ["users", "page", searched, pageToken],
    queryFn: () => client(IdentityService).listUsers({ pageSize: PAGE_SIZE, pageToken, query: searched }),
  });
  const roles = useRoles();
  const teams = useTeams();
  const roleName = (id: string) => roles.data?.roles.find((role) => role.id === id)?.name ?? id;
  const teamName = (id: string) => teams.data?.teams.find((team) => team.id === id)?.name ?? id;
  return (
    <Stack spacing={2}>
      <Typography variant="h4" component="h1">
        Users
      </Typography>
      {manage && <NewUser />}
      <Failure error={users.error} />
      <TextField
        size="small"
        label="Search by name or e-mail"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        sx={{ maxWidth: 360 }}
      />
      <DataTable label="Users" columns={["Person", "Role", "Teams", "Last log-in", "State", ...(manage ? ["Change"] : [])]}>
        {users.data?.users.map((user) => (
          <UserRow key={user.id} user={user} manage={manage} roleName={roleName} teamName={teamName} />
        ))}
      </DataTable>
      <Pager pages={pages} nextPageToken={users.data?.nextPageToken} />
    </Stack>
  );
}
