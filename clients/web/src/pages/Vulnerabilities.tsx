// The risk-ranked vulnerability list: every filter the API has, kept in the
// URL; sorted by the API's orders; paged with its page tokens.

import { useState } from "react";
import { useSearchParams } from "react-router-dom";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Box, Button, FormControl, InputLabel, MenuItem, Select, Stack, TextField, Typography } from "@mui/material";
import { SecurityService } from "@secureflow/client";
import { VulnerabilityView } from "@secureflow/client/gen/secureflow/security/v1/security_service_pb.js";
import { useLiveState } from "../components/Live";
import { VulnerabilityTable } from "../components/VulnerabilityTable";
import { client } from "../api";
import { ORDERS, SEVERITIES, STATUSES, readFilters, writeFilters, type Filters } from "../filters";
import { SEVERITY_NAMES } from "../format";
import { statusName } from "../status";
import { Failure } from "../components/Tables";
import { PAGE_SIZE } from "../components/FormParts";

export default function Vulnerabilities() {
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  // Tokens of the pages before this one, to go back.
  const [earlier, setEarlier] = useState<string[]>([]);
  const [search, setSearch] = useState(filters.query);

  const change = (next: Partial<Filters>) => {
    setEarlier([]);
    setParams(writeFilters({ ...filters, ...next, pageToken: "" }));
  };

  const live = useLiveState();
  const list = useQuery({
    queryKey: ["vulnerabilities", params.toString()],
    queryFn: () =>
      client(SecurityService).listVulnerabilities({
        pageSize: PAGE_SIZE,
        pageToken: filters.pageToken,
        severities: filters.severities,
        statuses: filters.statuses,
        tools: filters.tool ? [filters.tool] : [],
        repositoryId: filters.repositoryId,
        branch: filters.branch,
        query: filters.query,
        assignedTo: filters.assignedTo,
        orderBy: filters.orderBy,
        view: VulnerabilityView.BASIC,
      }),
    placeholderData: keepPreviousData,
    // New findings (an upload, a pipeline's scan) appear without a reload: the
    // live stream marks the list stale; without it, the list is polled.
    refetchInterval: live === "live" ? false : 15_000,
  });

  return (
    <Stack spacing={2}>
      <Typography variant="h4" component="h1">
        Vulnerabilities
      </Typography>
      <Stack direction="row" spacing={2} useFlexGap flexWrap="wrap" component="section" aria-label="Filters">
        <MultiSelect
          label="Severity"
          options={SEVERITIES.map(([, value]) => value)}
          name={(value) => SEVERITY_NAMES[value]}
          value={filters.severities}
          onChange={(severities) => change({ severities })}
        />
        <MultiSelect
          label="Status"
          options={STATUSES.map(([, value]) => value)}
          name={statusName}
          value={filters.statuses}
          onChange={(statuses) => change({ statuses })}
        />
        <TextField
          size="small"
          label="Tool"
          defaultValue={filters.tool}
          onBlur={(event) => change({ tool: event.target.value.trim() })}
        />
        <TextField
          size="small"
          label="Branch"
          defaultValue={filters.branch}
          onBlur={(event) => change({ branch: event.target.value.trim() })}
        />
        <Box
          component="form"
          onSubmit={(event) => {
            event.preventDefault();
            change({ query: search.trim() });
          }}
        >
          <TextField
            size="small"
            label="Search"
            type="search"
            value={search}
            onChange={(event) => setSearch(event.target.value)}
          />
        </Box>
        <FormControl sx={{ minWidth: 180 }} size="small">
          <InputLabel id="order-label">Sort by</InputLabel>
          <Select
            labelId="order-label"
            label="Sort by"
            value={filters.orderBy}
            onChange={(event) => change({ orderBy: event.target.value })}
          >
            {ORDERS.map(([key, label]) => (
              <MenuItem key={key} value={key}>
                {label}
              </MenuItem>
            ))}
          </Select>
        </FormControl>
      </Stack>
      <Failure error={list.error} />
      <Typography aria-live="polite">
        {list.data ? `${list.data.totalSize.toLocaleString()} vulnerabilities` : "Loading…"}
      </Typography>
      <VulnerabilityTable vulnerabilities={list.data?.vulnerabilities} label="Vulnerabilities" />
      <Stack direction="row" spacing={2}>
        <Button
          disabled={earlier.length === 0}
          onClick={() => {
            const previous = earlier[earlier.length - 1] ?? "";
            setEarlier(earlier.slice(0, -1));
            setParams(writeFilters({ ...filters, pageToken: previous }));
          }}
        >
          Previous
        </Button>
        <Button
          disabled={!list.data?.nextPageToken}
          onClick={() => {
            setEarlier([...earlier, filters.pageToken]);
            setParams(writeFilters({ ...filters, pageToken: list.data?.nextPageToken ?? "" }));
          }}
        >
          Next
        </Button>
      </Stack>
    </Stack>
  );
}

/** A filter of several values, shown by their names. */
function MultiSelect<T extends number>(props: {
  label: string;
  options: T[];
  name: (value: T) => string;
  value: T[];
  onChange: (value: T[]) => void;
}) {
  const id = `${props.label.toLowerCase()}-label`;
  return (
    <FormControl sx={{ minWidth: 180 }} size="small">
      <InputLabel id={id}>{props.label}</InputLabel>
      <Select
        labelId={id}
        label={props.label}
        multiple
        value={props.value}
        onChange={(event) => props.onChange(event.target.value as T[])}
        renderValue={(selected) => selected.map(props.name).join(", ")}
      >
        {props.options.map((option) => (
          <MenuItem key={option} value={option}>
            {props.name(option)}
          </MenuItem>
        ))}
      </Select>
    </FormControl>
  );
}
