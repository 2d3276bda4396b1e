// System health (admin portal, `system.read`): each domain service's serving
// state as the process that served this page sees it (from the gRPC health
// service: served here and ready, served here and not ready, served by another
// process in split mode, or absent), the version serving it, when the process
// started and the storage it runs on, and the settings to look at (a
// `notification.public_url` only this machine can open…). Refreshed every 10 seconds.

import { useQuery } from "@tanstack/react-query";
import { Alert, Chip, Stack, TableCell, TableRow, Typography } from "@mui/material";
import { AnalyticsService } from "@secureflow/client";
import { ServingState } from "@secureflow/client/gen/secureflow/analytics/v1/analytics_service_pb.js";
import { client } from "../../api";
import { relative, when } from "../../format";
import { DataTable, Failure } from "../../components/Tables";

const STATES: Record<number, [string, "success" | "warning" | "info" | "default"]> = {
  [ServingState.SERVING]: ["Serving", "success"],
  [ServingState.NOT_SERVING]: ["Not serving", "warning"],
  [ServingState.OTHER_PROCESS]: ["Served by another process", "info"],
  [ServingState.ABSENT]: ["Not running", "default"],
};

/** `secureflow.security.v1.SecurityService` → `Security`. */
export function serviceName(full: string): string {
  const short = full.split(".").pop() ?? full;
  return short.replace(/Service$/, "");
}

export default function System() {
  const status = useQuery({
    queryKey: ["system"],
    queryFn: () => client(AnalyticsService).getSystemStatus({}),
    refetchInterval: 10_000,
  });
  const data = status.data;
  return (
    <Stack spacing={3}>
      <Typography variant="h4" component="h1">
        System health
      </Typography>
      <Failure error={status.error} />
      {data && (
        <Typography>
          SecureFlow {data.version} · started {relative(data.startTime)} ({when(data.startTime)}) · storage {data.database}
        </Typography>
      )}
      {data?.warnings.map((warning) => (
        <Alert key={warning.key} severity="warning">
          <code>{warning.key}</code>: {warning.message}
        </Alert>
      ))}
      <DataTable label="Services" columns={["Service", "State", "Version", "gRPC name"]}>
        {data?.services.map((service) => {
          const [label, colour] = STATES[service.state] ?? ["Unknown", "default"];
          return (
            <TableRow key={service.name}>
              <TableCell>{serviceName(service.name)}</TableCell>
              <TableCell>
                <Chip size="small" variant="outlined" label={label} color={colour} />
              </TableCell>
              <TableCell>{service.version || "—"}</TableCell>
              <TableCell>
                <code>{service.name}</code>
              </TableCell>
            </TableRow>
          );
        })}
      </DataTable>
    </Stack>
  );
}
