// Teams (admin portal): the organisation's teams and their members; for those
// holding `teams.manage`, a new team and membership changes (a team owns
// repositories, and scoped role bindings can name it).

import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { z } from "zod";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Button, Chip, MenuItem, Stack, TableCell, TableRow, TextField, Typography } from "@mui/material";
import { IdentityService } from "@secureflow/client";
import type { Team, User } from "@secureflow/client/gen/secureflow/identity/v1/user_pb.js";
import { client, explain } from "../../api";
import { useTeams, useUsers } from "../../directory";
import { useAuth } from "../../auth";
import { byLastName } from "../../forms";
import { FormCard, FormText, useSubmit } from "../../components/FormParts";
import { DataTable, Failure } from "../../components/Tables";

const teamSchema = z.object({
  name: z.string().trim().min(1, "Name the team"),
  description: z.string().trim(),
});
type TeamForm = z.infer<typeof teamSchema>;
const EMPTY: TeamForm = { name: "", description: "" };

function NewTeam() {
  const queries = useQueryClient();
  const form = useForm<TeamForm>({ resolver: zodResolver(teamSchema), defaultValues: EMPTY });
  const { mutation: create, failure, onSubmit } = useSubmit(
    form,
    (values: TeamForm) => client(IdentityService).createTeam({ team: values }),
    byLastName<TeamForm>(["name", "description"]),
    () => {
      form.reset(EMPTY);
      void queries.invalidateQueries({ queryKey: ["teams"] });
    },
  );
  return (
    <FormCard title="New team" failure={failure} onSubmit={onSubmit}>
      <Stack direction="row" spacing={2} useFlexGap flexWrap="wrap" alignItems="flex-start">
        <FormText form={form} name="name" label="Name" />
        <FormText form={form} name="description" label="Description" sx={{ minWidth: 320 }} />
        <Button type="submit" variant="contained" disabled={create.isPending}>
          Create
        </Button>
      </Stack>
    </FormCard>
  );
}

function TeamRow({ team, users, manage }: { team: Team; users: User[]; manage: boolean }) {
  const queries = useQueryClient();
  const members = (memberIds: string[]) =>
    client(IdentityService).updateTeam({ team: { id: team.id, memberIds }, updateMask: { paths: ["member_ids"] } });
  const change = useMutation({
    mutationFn: members,
    onSuccess: () => {
      void queries.invalidateQueries({ queryKey: ["teams"] });
      void queries.invalidateQueries({ queryKey: ["users"] });
    },
  });
  const name = (id: string) => users.find((user) => user.id === id)?.displayName ?? id;
  const outside = users.filter((user) => !team.memberIds.includes(user.id));
  return (
    <TableRow hover>
      <TableCell>
        {team.name}
        <Typography variant="caption" component="div">
          {team.description}
        </Typography>
      </TableCell>
      <TableCell>
        <Stack direction="row" spacing={1} useFlexGap flexWrap="wrap">
          {team.memberIds.map((id) => (
            <Chip
              key={id}
              size="small"
              label={name(id)}
              onDelete={manage ? () => change.mutate(team.memberIds.filter((member) => member !== id)) : undefined}
            />
          ))}
          {team.memberIds.length === 0 && "—"}
        </Stack>
        {change.error && (
          <Typography variant="caption" color="error" role="alert">
            {explain(change.error).message}
          </Typography>
        )}
      </TableCell>
      {manage && (
        <TableCell>
          <TextField
            select
            size="small"
            value=""
            label="Add member"
            onChange={(event) => change.mutate([...team.memberIds, event.target.value])}
            sx={{ minWidth: 180 }}
            disabled={outside.length === 0}
          >
            {outside.map((user) => (
              <MenuItem key={user.id} value={user.id}>
                {user.displayName}
              </MenuItem>
            ))}
          </TextField>
        </TableCell>
      )}
    </TableRow>
  );
}

export default function Teams() {
  const { can } = useAuth();
  const manage = can("teams.manage");
  const teams = useTeams();
  const users = useUsers();
  return (
    <Stack spacing={2}>
      <Typography variant="h4" component="h1">
        Teams
      </Typography>
      {manage && <NewTeam />}
      <Failure error={teams.error} />
      <DataTable label="Teams" columns={["Team", "Members", ...(manage ? ["Add"] : [])]}>
        {teams.data?.teams.map((team) => (
          <TeamRow key={team.id} team={team} users={users.data?.users ?? []} manage={manage} />
        ))}
      </DataTable>
      {teams.data && teams.data.teams.length === 0 && <Typography>No teams yet.</Typography>}
    </Stack>
  );
}
