// A branch's quality gate: the verdict now, and each failed condition with
// the vulnerabilities behind it.

import { Link as RouterLink } from "react-router-dom";
import { useQuery } from "@tanstack/react-query";
import { Alert, Chip, Link, List, ListItem, ListItemText, Stack, Typography } from "@mui/material";
import { SecurityService } from "@secureflow/client";
import { Verdict } from "@secureflow/client/gen/secureflow/security/v1/policy_pb.js";
import { client, explain } from "../api";

const NAMES: Record<number, [string, "success" | "warning" | "error" | "default"]> = {
  [Verdict.PASS]: ["PASS", "success"],
  [Verdict.WARN]: ["WARN", "warning"],
  [Verdict.FAIL]: ["FAIL", "error"],
};

export function Gate({ repositoryId, branch }: { repositoryId: string; branch: string }) {
  const gate = useQuery({
    queryKey: ["gate", repositoryId, branch],
    queryFn: () => client(SecurityService).evaluateGate({ repositoryId, branch }),
    enabled: !!repositoryId && !!branch,
  });
  if (gate.error) {
    return <Alert severity="error">{explain(gate.error).message}</Alert>;
  }
  const evaluation = gate.data?.evaluation;
  if (!evaluation) {
    return null;
  }
  const [name, color] = NAMES[evaluation.verdict] ?? ["not evaluated", "default"];
  const violations = evaluation.policies.flatMap((policy) =>
    policy.violations.map((violation) => ({ policy: policy.policyName, ...violation })),
  );
  return (
    <section aria-labelledby="gate-heading">
      <Stack direction="row" spacing={2} alignItems="center">
        <Typography variant="h6" component="h2" id="gate-heading">
          Quality gate of {branch}
        </Typography>
        <Chip label={evaluation.policies.length ? name : "no policy applies"} color={color} data-testid="gate-verdict" />
      </Stack>
      <List dense>
        {violations.map((violation) => (
          <ListItem key={`${violation.policy}-${violation.conditionIndex}`}>
            <ListItemText
              primary={`${violation.policy}: ${violation.message}`}
              secondary={
                <>
                  {violation.vulnerabilityIds.slice(0, 10).map((id) => (
                    <Link
                      key={id}
                      component={RouterLink}
                      to={`/vulnerabilities/${id}`}
                      sx={{ mr: 1 }}
                      aria-label={`Vulnerability ${id}`}
                    >
                      {/* Ids are UUIDv7: their start is the time, their end tells them apart. */}
                      …{id.slice(-6)}
                    </Link>
                  ))}
                </>
              }
            />
          </ListItem>
        ))}
      </List>
    </section>
  );
}
