// My work: what the signed-in developer should fix next — the open
// vulnerabilities assigned to them, then those in their teams' repositories,
// each list by SLA deadline, soonest first.

import { useQuery } from "@tanstack/react-query";
import { Alert, Stack, Typography } from "@mui/material";
import { IdentityService, RepositoryService, SecurityService } from "@secureflow/client";
import { VulnerabilityStatus } from "@secureflow/client/gen/secureflow/security/v1/vulnerability_pb.js";
import { client, everyPage } from "../api";
import { useAuth } from "../auth";
import { VulnerabilityTable } from "../components/VulnerabilityTable";
import { Failure } from "../components/Tables";

const OPEN = [VulnerabilityStatus.OPEN, VulnerabilityStatus.IN_PROGRESS];
/** Vulnerabilities shown in each list. */
const SHOWN = 50;
/** Most repositories one ListVulnerabilities request names. */
const MAX_REPOSITORY_IDS = 1000;

export default function MyWork() {
  const { identity, can } = useAuth();
  const userId = identity?.userId ?? "";
  const assigned = useQuery({
    queryKey: ["vulnerabilities", "assigned", userId],
    queryFn: () =>
      client(SecurityService).listVulnerabilities({ assignedTo: userId, statuses: OPEN, orderBy: "sla_due asc", pageSize: SHOWN }),
    enabled: userId !== "",
  });
  const teams = useQuery({
    queryKey: ["vulnerabilities", "my teams", userId],
    enabled: userId !== "" && can("repositories.read"),
    queryFn: async () => {
      const me = (await client(IdentityService).getUser({ id: userId })).user;
      const repositories = (
        await Promise.all(
          (me?.teamIds ?? []).map((teamId) =>
            everyPage("repositories", (pageToken: string) =>
              client(RepositoryService).listRepositories({ teamId, pageSize: 500, pageToken }),
            ),
          ),
        )
      ).flatMap((page) => page.repositories);
      // One list over all of them (at most 1,000 repositories a request), not one
      // request a repository: a team of a hundred repositories would spend the
      // caller's rate limit on one visit.
      const ids = [...new Set(repositories.map((repository) => repository.id))];
      const chunks = Array.from({ length: Math.ceil(ids.length / MAX_REPOSITORY_IDS) }, (_, index) =>
        ids.slice(index * MAX_REPOSITORY_IDS, (index + 1) * MAX_REPOSITORY_IDS),
      );
      const lists = await Promise.all(
        chunks.map((repositoryIds) =>
          client(SecurityService).listVulnerabilities({ repositoryIds, statuses: OPEN, orderBy: "sla_due asc", pageSize: SHOWN }),
        ),
      );
      const due = (v: { slaDueTime?: { seconds: bigint } }) => Number(v.slaDueTime?.seconds ?? BigInt(Number.MAX_SAFE_INTEGER));
      return {
        repositories: ids.length,
        vulnerabilities: lists.flatMap((list) => list.vulnerabilities).sort((a, b) => due(a) - due(b)).slice(0, SHOWN),
      };
    },
  });
  const failure = assigned.error ?? teams.error;
  return (
    <Stack spacing={2}>
      <Typography variant="h4" component="h1">
        My work
      </Typography>
      <Failure error={failure} />
      {!userId && <Alert severity="info">Signed in with an API token: there is no person to assign work to.</Alert>}
      <Typography variant="h6" component="h2">
        Assigned to me
      </Typography>
      <VulnerabilityTable vulnerabilities={assigned.data?.vulnerabilities} label="Assigned to me" empty="Nothing assigned to you is open." />
      <Typography variant="h6" component="h2">
        In my teams' repositories{teams.data ? ` (${teams.data.repositories})` : ""}
      </Typography>
      <VulnerabilityTable
        vulnerabilities={teams.data?.vulnerabilities}
        label="In my teams' repositories"
        empty="Nothing open in your teams' repositories."
      />
    </Stack>
  );
}
