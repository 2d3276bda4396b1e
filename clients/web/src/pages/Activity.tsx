// The activity feed: the organisation's latest events and then each new one as
// it happens (StreamEvents with a backlog), newest first, only what the
// signed-in user may read.

import { useEffect, useState } from "react";
import { Link as RouterLink } from "react-router-dom";
import { Alert, Chip, Link, List, ListItem, ListItemText, Stack, Typography } from "@mui/material";
import { explain } from "../api";
import { follow } from "../components/Live";
import { describe, type Activity } from "../live";

/** Lines kept on the page. */
const KEPT = 200;

export default function ActivityPage() {
  const [lines, setLines] = useState<Activity[]>([]);
  const [failure, setFailure] = useState<string>();
  const [live, setLive] = useState(false);

  useEffect(() => {
    const stop = new AbortController();
    void follow(
      { backlog: 50 },
      (event) => {
        const line = describe(event);
        setLines((held) => [line, ...held.filter((old) => old.id !== line.id)].slice(0, KEPT));
      },
      (state, _reconnected, error) => {
        setLive(state === "live");
        setFailure(error ? explain(error).message : undefined);
      },
      stop.signal,
    );
    return () => stop.abort();
  }, []);

  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={2} alignItems="center">
        <Typography variant="h4" component="h1">
          Activity
        </Typography>
        <Chip size="small" variant="outlined" color={live ? "success" : "default"} label={live ? "Live" : "Reconnecting…"} />
      </Stack>
      {failure && <Alert severity="warning">{failure}</Alert>}
      <List aria-label="Activity" aria-live="polite">
        {lines.map((line) => (
          <ListItem key={line.id} divider>
            <ListItemText
              primary={
                line.link ? (
                  <Link component={RouterLink} to={line.link}>
                    {line.text}
                  </Link>
                ) : (
                  line.text
                )
              }
              secondary={`${line.type}${line.at ? ` · ${line.at.toLocaleString()}` : ""}`}
            />
          </ListItem>
        ))}
      </List>
      {lines.length === 0 && !failure && <Typography>No activity yet: upload a scan, triage a finding…</Typography>}
    </Stack>
  );
}
