// The caller's in-app notifications: unread first-class, marked read, and
// acknowledged (which stops an escalation).

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Button, List, ListItem, ListItemText, Stack, Typography } from "@mui/material";
import { NotificationService } from "@secureflow/client";
import { client } from "../api";
import { when } from "../format";
import { Failure } from "../components/Tables";

export default function Inbox() {
  const queries = useQueryClient();
  const inbox = useQuery({
    queryKey: ["inbox"],
    queryFn: () => client(NotificationService).listInbox({ pageSize: 100 }),
    refetchInterval: 15_000,
  });
  const done = () => void queries.invalidateQueries({ queryKey: ["inbox"] });
  const markAll = useMutation({
    mutationFn: () => client(NotificationService).markInboxRead({ all: true }),
    onSuccess: done,
  });
  const acknowledge = useMutation({
    mutationFn: (deliveryId: string) => client(NotificationService).acknowledgeDelivery({ id: deliveryId }),
    onSuccess: done,
  });
  const failure = inbox.error ?? markAll.error ?? acknowledge.error;
  return (
    <Stack spacing={2}>
      <Typography variant="h4" component="h1">
        Notifications
      </Typography>
      <Failure error={failure} />
      <Stack direction="row" spacing={2} alignItems="center">
        <Typography aria-live="polite">
          {inbox.data ? `${inbox.data.unreadCount} unread` : "Loading…"}
        </Typography>
        <Button onClick={() => markAll.mutate()} disabled={!inbox.data?.unreadCount}>
          Mark all read
        </Button>
      </Stack>
      <List>
        {inbox.data?.items.map((item) => (
          <ListItem
            key={item.id}
            divider
            secondaryAction={
              !item.acknowledgeTime && (
                <Button size="small" onClick={() => acknowledge.mutate(item.deliveryId)}>
                  Acknowledge
                </Button>
              )
            }
          >
            <ListItemText
              primary={item.subject}
              primaryTypographyProps={{ fontWeight: item.readTime ? "normal" : "bold" }}
              secondary={`${when(item.createTime)}${item.acknowledgeTime ? " · acknowledged" : ""}`}
            />
          </ListItem>
        ))}
      </List>
      {inbox.data && inbox.data.items.length === 0 && <Typography>Nothing here yet.</Typography>}
    </Stack>
  );
}
