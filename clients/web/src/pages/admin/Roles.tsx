// Roles and role bindings (admin portal, `roles.manage`): the built-in and
// custom roles with their permissions; a custom role made of permissions the
// creator holds (nobody grants what they do not hold: the server checks it
// too); who holds which role, organisation-wide or on one repository, and
// new or removed bindings.

import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { z } from "zod";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Box, Button, FormHelperText, Stack, TableCell, TableRow, Typography } from "@mui/material";
import { IdentityService } from "@secureflow/client";
import type { RoleBinding } from "@secureflow/client/gen/secureflow/identity/v1/role_pb.js";
import { client, everyPage } from "../../api";
import { useRoles, useUsers, useTeams, useRepositories } from "../../directory";
import { byLastName } from "../../forms";
import { FormCard, FormText, HeldPermissions, SelectField, useSubmit } from "../../components/FormParts";
import { DataTable, Failure } from "../../components/Tables";

const roleSchema = z.object({
  name: z.string().trim().min(1, "Name the role"),
  description: z.string().trim(),
  permissions: z.array(z.string()).min(1, "Choose at least one permission"),
});
type RoleForm = z.infer<typeof roleSchema>;
const EMPTY_ROLE: RoleForm = { name: "", description: "", permissions: [] };

function NewRole() {
  const queries = useQueryClient();
  const form = useForm<RoleForm>({ resolver: zodResolver(roleSchema), defaultValues: EMPTY_ROLE });
  const { mutation, failure, onSubmit } = useSubmit(
    form,
    (values: RoleForm) => client(IdentityService).createRole({ role: values }),
    byLastName<RoleForm>(["name", "description", "permissions"]),
    () => {
      form.reset(EMPTY_ROLE);
      void queries.invalidateQueries({ queryKey: ["roles"] });
    },
  );
  return (
    <FormCard title="New role" failure={failure} onSubmit={onSubmit}>
      <Stack direction="row" spacing={2} useFlexGap flexWrap="wrap" alignItems="flex-start">
        <FormText form={form} name="name" label="Name" />
        <FormText form={form} name="description" label="Description" sx={{ minWidth: 320 }} />
      </Stack>
      <HeldPermissions form={form} />
      <Box>
        <Button type="submit" variant="contained" disabled={mutation.isPending}>
          Create role
        </Button>
      </Box>
    </FormCard>
  );
}

const bindingSchema = z.object({
  subject: z.string().min(1, "Choose a person or a team"),
  roleId: z.string().min(1, "Choose a role"),
  repositoryId: z.string(),
});
type BindingForm = z.infer<typeof bindingSchema>;
const EMPTY_BINDING: BindingForm = { subject: "", roleId: "", repositoryId: "" };

/** The directory the binding pages name things from. */
function useDirectory() {
  const roles = useRoles();
  const users = useUsers();
  const teams = useTeams();
  const repositories = useRepositories();
  return {
    roles: roles.data?.roles ?? [],
    users: users.data?.users ?? [],
    teams: teams.data?.teams ?? [],
    repositories: repositories.data?.repositories ?? [],
  };
}

function NewBinding() {
  const queries = useQueryClient();
  const directory = useDirectory();
  const form = useForm<BindingForm>({ resolver: zodResolver(bindingSchema), defaultValues: EMPTY_BINDING });
  const { mutation, failure, onSubmit } = useSubmit(
    form,
    (values: BindingForm) => {
      const [kind, id] = values.subject.split(":");
      return client(IdentityService).createRoleBinding({
        roleBinding: {
          roleId: values.roleId,
          subject: kind === "team" ? { case: "teamId", value: id } : { case: "userId", value: id },
          scope: values.repositoryId ? { resourceType: "repository", resourceId: values.repositoryId } : undefined,
        },
      });
    },
    byLastName<BindingForm>(["roleId"]),
    () => {
      form.reset(EMPTY_BINDING);
      void queries.invalidateQueries({ queryKey: ["bindings"] });
    },
  );
  const errors = form.formState.errors;
  return (
    <FormCard title="New role binding" failure={failure} onSubmit={onSubmit}>
      <Stack direction="row" spacing={2} useFlexGap flexWrap="wrap" alignItems="flex-start">
        <SelectField
          label="Who"
          value={form.watch("subject")}
          options={[
            ...directory.users.map((user) => [`user:${user.id}`, user.displayName] as const),
            ...directory.teams.map((team) => [`team:${team.id}`, `Team ${team.name}`] as const),
          ]}
          onChange={(subject) => form.setValue("subject", subject, { shouldValidate: form.formState.isSubmitted })}
          minWidth={220}
        />
        <SelectField
          label="Role"
          value={form.watch("roleId")}
          options={directory.roles.map((role) => [role.id, role.name] as const)}
          onChange={(roleId) => form.setValue("roleId", roleId, { shouldValidate: form.formState.isSubmitted })}
          minWidth={180}
        />
        <SelectField
          label="Where"
          value={form.watch("repositoryId")}
          options={[["", "The whole organisation"], ...directory.repositories.map((repository) => [repository.id, repository.fullName] as const)]}
          onChange={(repositoryId) => form.setValue("repositoryId", repositoryId)}
          minWidth={240}
        />
        <Button type="submit" variant="contained" disabled={mutation.isPending}>
          Bind
        </Button>
      </Stack>
      {(errors.subject || errors.roleId) && (
        <FormHelperText error>{errors.subject?.message ?? errors.roleId?.message}</FormHelperText>
      )}
    </FormCard>
  );
}

function Bindings() {
  const queries = useQueryClient();
  const directory = useDirectory();
  const bindings = useQuery({
    queryKey: ["bindings"],
    queryFn: () => everyPage("roleBindings", (pageToken: string) => client(IdentityService).listRoleBindings({ pageSize: 500, pageToken })),
  });
  const remove = useMutation({
    mutationFn: (id: string) => client(IdentityService).deleteRoleBinding({ id }),
    onSuccess: () => void queries.invalidateQueries({ queryKey: ["bindings"] }),
  });
  const who = (binding: RoleBinding) =>
    binding.subject.case === "teamId"
      ? `Team ${directory.teams.find((team) => team.id === binding.subject.value)?.name ?? binding.subject.value}`
      : (directory.users.find((user) => user.id === binding.subject.value)?.displayName ?? binding.subject.value ?? "—");
  const where = (binding: RoleBinding) =>
    binding.scope?.resourceId
      ? `${binding.scope.resourceType} ${directory.repositories.find((r) => r.id === binding.scope?.resourceId)?.fullName ?? binding.scope.resourceId}`
      : "the whole organisation";
  const roleName = (id: string) => directory.roles.find((role) => role.id === id)?.name ?? id;
  const failure = bindings.error ?? remove.error;
  return (
    <>
      <Failure error={failure} />
      <DataTable label="Role bindings" columns={["Who", "Role", "Where", "Remove"]}>
        {bindings.data?.roleBindings.map((binding) => (
          <TableRow key={binding.id} hover>
            <TableCell>{who(binding)}</TableCell>
            <TableCell>{roleName(binding.roleId)}</TableCell>
            <TableCell>{where(binding)}</TableCell>
            <TableCell>
              <Button size="small" color="error" onClick={() => remove.mutate(binding.id)} aria-label={`Remove ${roleName(binding.roleId)} from ${who(binding)}`}>
                Remove
              </Button>
            </TableCell>
          </TableRow>
        ))}
      </DataTable>
    </>
  );
}

export default function Roles() {
  const roles = useRoles();
  return (
    <Stack spacing={2}>
      <Typography variant="h4" component="h1">
        Roles and bindings
      </Typography>
      <Failure error={roles.error} />
      <DataTable label="Roles" columns={["Role", "Permissions"]}>
        {roles.data?.roles.map((role) => (
          <TableRow key={role.id} hover>
            <TableCell sx={{ minWidth: 200 }}>
              {role.name}
              <Typography variant="caption" component="div">
                {role.builtIn ? "built in" : "custom"}
              </Typography>
            </TableCell>
            <TableCell>{role.permissions.join(", ")}</TableCell>
          </TableRow>
        ))}
      </DataTable>
      <NewRole />
      <Typography variant="h5" component="h2">
        Who holds which role
      </Typography>
      <NewBinding />
      <Bindings />
    </Stack>
  );
}
