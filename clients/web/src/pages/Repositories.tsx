// Repositories: the organisation's repositories with their owning team and
// criticality (which weighs in every risk score), each linked to its findings
// and scans; for those holding `repositories.write`, registering one.

import { useState } from "react";
import { Link as RouterLink } from "react-router-dom";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { z } from "zod";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Button, Link, Stack, TableCell, TableRow, TextField, Typography } from "@mui/material";
import { RepositoryService } from "@secureflow/client";
import { Criticality } from "@secureflow/client/gen/secureflow/repository/v1/repository_pb.js";
import { client } from "../api";
import { useTeams } from "../directory";
import { useAuth } from "../auth";
import { byLastName } from "../forms";
import { FormCard, FormText, SelectField, useSubmit, PAGE_SIZE, Pager, usePages } from "../components/FormParts";
import { DataTable, Failure } from "../components/Tables";
import { useDebounced } from "../debounce";

const CRITICALITIES: [Criticality, string][] = [
  [Criticality.HIGH, "High"],
  [Criticality.MEDIUM, "Medium"],
  [Criticality.LOW, "Low"],
];
const criticalityName = (value: Criticality) => CRITICALITIES.find(([c]) => c === value)?.[1] ?? "—";

const repositorySchema = z.object({
  fullName: z.string().trim().regex(/^[^/\s]+\/[^\s]+$/, "owner/name"),
  defaultBranch: z.string().trim().min(1, "The branch releases come from"),
  teamId: z.string(),
  criticality: z.nativeEnum(Criticality),
});
type RepositoryForm = z.infer<typeof repositorySchema>;
const EMPTY: RepositoryForm = { fullName: "", defaultBranch: "main", teamId: "", criticality: Criticality.MEDIUM };

function NewRepository({ teams }: { teams: { id: string; name: string }[] }) {
  const queries = useQueryClient();
  const form = useForm<RepositoryForm>({ resolver: zodResolver(repositorySchema), defaultValues: EMPTY });
  const { mutation: create, failure, onSubmit } = useSubmit(
    form,
    (values: RepositoryForm) => client(RepositoryService).createRepository({ repository: values }),
    byLastName<RepositoryForm>(["fullName", "defaultBranch", "teamId"]),
    () => {
      form.reset(EMPTY);
      void queries.invalidateQueries({ queryKey: ["repositories"] });
    },
  );
  return (
    <FormCard title="Register a repository" failure={failure} onSubmit={onSubmit}>
      <Stack direction="row" spacing={2} useFlexGap flexWrap="wrap" alignItems="flex-start">
        <FormText form={form} name="fullName" label="Full name" />
        <FormText form={form} name="defaultBranch" label="Default branch" />
        <SelectField
          label="Team"
          value={form.watch("teamId")}
          options={[["", "None"], ...teams.map((team) => [team.id, team.name] as const)]}
          onChange={(teamId) => form.setValue("teamId", teamId)}
        />
        <SelectField
          label="Criticality"
          value={form.watch("criticality")}
          options={CRITICALITIES}
          onChange={(criticality) => form.setValue("criticality", criticality)}
          minWidth={140}
        />
        <Button type="submit" variant="contained" disabled={create.isPending}>
          Register
        </Button>
      </Stack>
    </FormCard>
  );
}

export default function Repositories() {
  const { can } = useAuth();
  const [query, setQuery] = useState("");
  const searched = useDebounced(query.trim());
  const pages = usePages(searched);
  const pageToken = pages.token;
  const repositories = useQuery({
    queryKey: ["repositories", "page", searched, pageToken],
    queryFn: () => client(RepositoryService).listRepositories({ query: searched, pageSize: PAGE_SIZE, pageToken }),
  });
  const teams = useTeams();
  const teamName = (id: string) => teams.data?.teams.find((team) => team.id === id)?.name ?? (id || "—");
  return (
    <Stack spacing={2}>
      <Typography variant="h4" component="h1">
        Repositories
      </Typography>
      {can("repositories.write") && <NewRepository teams={teams.data?.teams ?? []} />}
      <Failure error={repositories.error} />
      <TextField size="small" label="Search" value={query} onChange={(event) => setQuery(event.target.value)} sx={{ maxWidth: 320 }} />
      <DataTable label="Repositories" columns={["Repository", "Team", "Criticality", "Default branch", "Scans"]}>
        {repositories.data?.repositories.map((repository) => (
          <TableRow key={repository.id} hover>
            <TableCell>
              <Link component={RouterLink} to={`/vulnerabilities?repository=${encodeURIComponent(repository.id)}`}>
                {repository.fullName}
              </Link>
              {repository.archived && (
                <Typography variant="caption" component="div">
                  archived
                </Typography>
              )}
            </TableCell>
            <TableCell>{teamName(repository.teamId)}</TableCell>
            <TableCell>{criticalityName(repository.criticality)}</TableCell>
            <TableCell>{repository.defaultBranch || "—"}</TableCell>
            <TableCell>
              <Link component={RouterLink} to={`/scans?repository=${encodeURIComponent(repository.id)}`} aria-label={`Scans of ${repository.fullName}`}>
                Scans
              </Link>
            </TableCell>
          </TableRow>
        ))}
      </DataTable>
      <Pager pages={pages} nextPageToken={repositories.data?.nextPageToken} />
    </Stack>
  );
}
