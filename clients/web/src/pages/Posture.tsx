// Security posture: what a security engineer or manager opens first — the
// posture score and its trend over 90 days, open vulnerabilities by age and
// severity with their SLA state, time to remediate, each tool's share, the
// compliance view of a framework, and the reports to download.

import { useState } from "react";
import { useMutation, useQuery } from "@tanstack/react-query";
import { Button, ButtonGroup, Card, CardContent, Stack, TableCell, TableRow, Typography } from "@mui/material";
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { ComplianceFramework, ReportFormat, ReportKind } from "@secureflow/client/gen/secureflow/security/v1/report_pb.js";
import { SelectField } from "../components/FormParts";
import { DataTable, Failure } from "../components/Tables";
import { SEVERITY_KEYS, byAge, downloadReport, reportTable, trend, type ReportTable } from "../reports";

const COLORS: Record<string, string> = {
  critical: "#8e1b1b",
  high: "#c2410c",
  medium: "#a16207",
  low: "#1d4ed8",
  info: "#4b5563",
};

const FRAMEWORKS: [ComplianceFramework, string][] = [
  [ComplianceFramework.OWASP_TOP10_2021, "OWASP Top 10 (2021)"],
  [ComplianceFramework.PCI_DSS_4, "PCI DSS 4.0"],
  [ComplianceFramework.SOC2, "SOC 2"],
  [ComplianceFramework.HIPAA, "HIPAA"],
];

/** A report's table, kept five minutes (each one is made by the server). */
function useTable(kind: ReportKind, framework?: ComplianceFramework) {
  return useQuery({
    queryKey: ["posture", kind, framework ?? 0],
    queryFn: () => reportTable(kind, framework),
    staleTime: 300_000,
  });
}

function Figure({ label, value, note }: { label: string; value: string; note?: string }) {
  return (
    <Card variant="outlined" sx={{ minWidth: 180 }}>
      <CardContent>
        <Typography variant="overline" component="h2">
          {label}
        </Typography>
        <Typography variant="h4" component="p">
          {value}
        </Typography>
        {note && <Typography variant="body2">{note}</Typography>}
      </CardContent>
    </Card>
  );
}

const fixed = (value: unknown, digits = 1) => (typeof value === "number" ? value.toFixed(digits) : "—");

/** A table of a report's rows, with the columns given. */
function Rows({ table, columns, label }: { table: ReportTable; columns: [string, string][]; label: string }) {
  return (
    <DataTable label={label} columns={columns.map(([, title]) => title)}>
      {table.rows.map((row, index) => (
        <TableRow key={index}>
          {columns.map(([column]) => (
            <TableCell key={column}>{typeof row[column] === "number" ? fixed(row[column], Number.isInteger(row[column]) ? 0 : 1) : (row[column] ?? "—")}</TableCell>
          ))}
        </TableRow>
      ))}
    </DataTable>
  );
}

export default function Posture() {
  const posture = useTable(ReportKind.POSTURE);
  const open = useTable(ReportKind.OPEN_VULNERABILITIES);
  const mttr = useTable(ReportKind.MTTR);
  const tools = useTable(ReportKind.PER_TOOL);
  const [framework, setFramework] = useState(ComplianceFramework.OWASP_TOP10_2021);
  const compliance = useTable(ReportKind.COMPLIANCE, framework);
  const download = useMutation({
    mutationFn: ([name, kind, format, chosen]: [string, ReportKind, ReportFormat, ComplianceFramework?]) =>
      downloadReport(name, kind, format, chosen),
  });
  const failure = posture.error ?? open.error ?? mttr.error ?? tools.error ?? compliance.error ?? download.error;
  const summary = posture.data?.summary ?? {};
  const openSummary = open.data?.summary ?? {};
  const mttrSummary = mttr.data?.summary ?? {};
  return (
    <Stack spacing={3}>
      <Typography variant="h4" component="h1">
        Security posture
      </Typography>
      <Failure error={failure} />
      <Stack direction="row" spacing={2} useFlexGap flexWrap="wrap">
        <Figure
          label="Posture score"
          value={fixed(summary.end_score)}
          note={typeof summary.change === "number" ? `${summary.change >= 0 ? "+" : ""}${summary.change.toFixed(1)} in 90 days` : undefined}
        />
        <Figure label="Open vulnerabilities" value={String(openSummary.open ?? "—")} note={`oldest ${String(openSummary.oldest_days ?? "—")} days`} />
        <Figure label="SLA breached" value={String(openSummary.sla_breached ?? "—")} />
        <Figure label="Mean time to remediate" value={`${fixed(mttrSummary.mean_days)} days`} note={`${String(mttrSummary.remediated ?? 0)} remediated in 90 days`} />
      </Stack>

      <section aria-labelledby="trend-heading">
        <Typography id="trend-heading" variant="h6" component="h2">
          Posture score, last 90 days
        </Typography>
        <ResponsiveContainer width="100%" height={240}>
          <LineChart data={posture.data ? trend(posture.data) : []} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="day" minTickGap={32} />
            <YAxis yAxisId="score" domain={[0, 100]} />
            <YAxis yAxisId="open" orientation="right" allowDecimals={false} width={64} />
            <Tooltip />
            <Legend />
            <Line yAxisId="score" type="monotone" dataKey="score" name="Score" stroke="#1b4d8c" dot={false} isAnimationActive={false} />
            <Line yAxisId="open" type="stepAfter" dataKey="open" name="Open" stroke="#c2410c" dot={false} isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
      </section>

      <section aria-labelledby="age-heading">
        <Typography id="age-heading" variant="h6" component="h2">
          Open vulnerabilities by age and severity
        </Typography>
        <ResponsiveContainer width="100%" height={240}>
          <BarChart data={open.data ? byAge(open.data) : []} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="age" />
            <YAxis allowDecimals={false} width={64} />
            <Tooltip />
            <Legend />
            {SEVERITY_KEYS.map((severity) => (
              <Bar key={severity} dataKey={severity} stackId="open" fill={COLORS[severity]} isAnimationActive={false} />
            ))}
          </BarChart>
        </ResponsiveContainer>
        {open.data && (
          <Rows
            table={open.data}
            label="Open vulnerabilities and SLA"
            columns={[
              ["severity", "Severity"],
              ["open", "Open"],
              ["within_sla", "Within SLA"],
              ["sla_breached", "SLA breached"],
              ["no_sla", "No SLA"],
            ]}
          />
        )}
      </section>

      <Stack direction={{ xs: "column", lg: "row" }} spacing={3}>
        <section aria-labelledby="mttr-heading" style={{ flex: 1 }}>
          <Typography id="mttr-heading" variant="h6" component="h2">
            Time to remediate (days), last 90 days
          </Typography>
          {mttr.data && (
            <Rows
              table={mttr.data}
              label="Time to remediate"
              columns={[
                ["severity", "Severity"],
                ["remediated", "Remediated"],
                ["mean_days", "Mean"],
                ["median_days", "Median"],
                ["p90_days", "90th percentile"],
                ["within_sla_percent", "Within SLA %"],
              ]}
            />
          )}
        </section>
        <section aria-labelledby="tools-heading" style={{ flex: 1 }}>
          <Typography id="tools-heading" variant="h6" component="h2">
            Per tool
          </Typography>
          {tools.data && (
            <Rows
              table={tools.data}
              label="Per tool"
              columns={[
                ["tool", "Tool"],
                ["open", "Open"],
                ["critical", "Critical"],
                ["high", "High"],
                ["detected", "Detected"],
                ["resolved", "Resolved"],
              ]}
            />
          )}
        </section>
      </Stack>

      <section aria-labelledby="compliance-heading">
        <Stack direction="row" spacing={2} alignItems="center">
          <Typography id="compliance-heading" variant="h6" component="h2">
            Compliance
          </Typography>
          <SelectField label="Framework" value={framework} options={FRAMEWORKS} onChange={setFramework} minWidth={220} />
          <Button onClick={() => download.mutate(["compliance", ReportKind.COMPLIANCE, ReportFormat.CSV, framework])}>
            Download CSV
          </Button>
        </Stack>
        {compliance.data && (
          <Rows
            table={compliance.data}
            label="Compliance controls"
            columns={[
              ["control", "Control"],
              ["title", "Title"],
              ["open", "Open"],
              ["critical", "Critical"],
              ["high", "High"],
              ["sla_breached", "SLA breached"],
              ["max_risk", "Highest risk"],
            ]}
          />
        )}
      </section>

      <section aria-labelledby="downloads-heading">
        <Typography id="downloads-heading" variant="h6" component="h2">
          Download the open findings
        </Typography>
        <ButtonGroup variant="outlined" aria-label="Download the open findings" disabled={download.isPending}>
          <Button onClick={() => download.mutate(["findings", ReportKind.FINDINGS, ReportFormat.JSON])}>JSON</Button>
          <Button onClick={() => download.mutate(["findings", ReportKind.FINDINGS, ReportFormat.CSV])}>CSV</Button>
          <Button onClick={() => download.mutate(["findings", ReportKind.FINDINGS, ReportFormat.SARIF])}>SARIF</Button>
        </ButtonGroup>
      </section>
    </Stack>
  );
}
