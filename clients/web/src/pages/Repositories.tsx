// Repositories: the organisation's repositories with their owning team and
// criticality (which weighs in every risk score), each linked to its findings
// and scans; for those holding `repositories.write`, registering one.

import { useState } from "react";
import { Link as RouterLink } from "react-router-dom";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { z } from "zod";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  Alert,
  Box,
  Button,
  Link,
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
import { IdentityService, RepositoryService } from "@secureflow/client";
import { Criticality } from "@secureflow/client/gen/secureflow/repository/v1/repository_pb.js";
import { client, explain } from "../api";
import { useAuth } from "../auth";
import { byLastName, placeRefusal } from "../forms";

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
  const [failure, setFailure] = useState<string>();
  const form = useForm<RepositoryForm>({ resolver: zodResolver(repositorySchema), defaultValues: EMPTY });
  const { errors } = form.formState;
  const create = useMutation({
    mutationFn: (values: RepositoryForm) => client(RepositoryService).createRepository({ repository: values }),
    onMutate: () => setFailure(undefined),
    onSuccess: () => {
      form.reset(EMPTY);
      void queries.invalidateQueries({ queryKey: ["repositories"] });
    },
    onError: (error) =>
      setFailure(placeRefusal(error, form.setError, byLastName<RepositoryForm>(["fullName", "defaultBranch", "teamId"]))),
  });
  return (
    <Paper variant="outlined" sx={{ p: 2 }}>
      <Box component="form" aria-label="Register a repository" noValidate onSubmit={form.handleSubmit((values) => create.mutate(values))}>
        <Stack spacing={2}>
          <Typography variant="h6" component="h2">
            Register a repository
          </Typography>
          {failure && <Alert severity="error">{failure}</Alert>}
          <Stack direction="row" spacing={2} useFlexGap flexWrap="wrap" alignItems="flex-start">
            <TextField size="small" label="Full name" {...form.register("fullName")} error={!!errors.fullName} helperText={errors.fullName?.message} />
            <TextField
              size="small"
              label="Default branch"
              {...form.register("defaultBranch")}
              error={!!errors.defaultBranch}
              helperText={errors.defaultBranch?.message}
            />
            <TextField
              select
              size="small"
              label="Team"
              value={form.watch("teamId")}
              onChange={(event) => form.setValue("teamId", event.target.value)}
              sx={{ minWidth: 160 }}
            >
              <MenuItem value="">None</MenuItem>
              {teams.map((team) => (
                <MenuItem key={team.id} value={team.id}>
                  {team.name}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              select
              size="small"
              label="Criticality"
              value={form.watch("criticality")}
              onChange={(event) => form.setValue("criticality", Number(event.target.value))}
              sx={{ minWidth: 140 }}
            >
              {CRITICALITIES.map(([value, name]) => (
                <MenuItem key={value} value={value}>
                  {name}
                </MenuItem>
              ))}
            </TextField>
            <Button type="submit" variant="contained" disabled={create.isPending}>
              Register
            </Button>
          </Stack>
        </Stack>
      </Box>
    </Paper>
  );
}

export default function Repositories() {
  const { can } = useAuth();
  const [query, setQuery] = useState("");
  const repositories = useQuery({
    queryKey: ["repositories", query],
    queryFn: () => client(RepositoryService).listRepositories({ query, pageSize: 200 }),
  });
  const teams = useQuery({
    queryKey: ["teams"],
    queryFn: () => client(IdentityService).listTeams({ pageSize: 200 }),
    enabled: can("teams.read"),
  });
  const teamName = (id: string) => teams.data?.teams.find((team) => team.id === id)?.name ?? (id || "—");
  return (
    <Stack spacing={2}>
      <Typography variant="h4" component="h1">
        Repositories
      </Typography>
      {can("repositories.write") && <NewRepository teams={teams.data?.teams ?? []} />}
      {repositories.error && <Alert severity="error">{explain(repositories.error).message}</Alert>}
      <TextField size="small" label="Search" value={query} onChange={(event) => setQuery(event.target.value)} sx={{ maxWidth: 320 }} />
      <TableContainer>
        <Table size="small" aria-label="Repositories">
          <TableHead>
            <TableRow>
              <TableCell>Repository</TableCell>
              <TableCell>Team</TableCell>
              <TableCell>Criticality</TableCell>
              <TableCell>Default branch</TableCell>
              <TableCell>Scans</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
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
          </TableBody>
        </Table>
      </TableContainer>
    </Stack>
  );
}
