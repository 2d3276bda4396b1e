// API tokens (admin portal): the organisation's tokens for CI and tools; for
// those holding `tokens.manage`, a new token — carrying only permissions the
// creator holds, its secret shown once — and revocation.

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { z } from "zod";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  Alert,
  Box,
  Button,
  Chip,
  FormControlLabel,
  Stack,
  Switch,
  TableCell,
  TableRow,
  Typography,
} from "@mui/material";
import { timestampFromDate } from "@bufbuild/protobuf/wkt";
import { IdentityService } from "@secureflow/client";
import { client } from "../../api";
import { useAuth } from "../../auth";
import { byLastName } from "../../forms";
import { FormCard, FormText, HeldPermissions, SelectField, useSubmit, PAGE_SIZE, Pager, usePages } from "../../components/FormParts";
import { DataTable, Failure } from "../../components/Tables";
import { relative, when } from "../../format";

const LIFETIMES: [number, string][] = [
  [7, "7 days"],
  [30, "30 days"],
  [90, "90 days"],
  [365, "1 year"],
];

const tokenSchema = z.object({
  name: z.string().trim().min(1, "Name the token (what uses it)"),
  days: z.number().int().positive(),
  permissions: z.array(z.string()).min(1, "Choose at least one permission"),
});
type TokenForm = z.infer<typeof tokenSchema>;
const EMPTY: TokenForm = { name: "", days: 90, permissions: [] };

function NewToken() {
  const queries = useQueryClient();
  const [secret, setSecret] = useState<string>();
  const form = useForm<TokenForm>({ resolver: zodResolver(tokenSchema), defaultValues: EMPTY });
  const { mutation: create, failure, onSubmit } = useSubmit(
    form,
    (values: TokenForm) => {
      setSecret(undefined);
      return client(IdentityService).createApiToken({
        name: values.name.trim(),
        permissions: values.permissions,
        expireTime: timestampFromDate(new Date(Date.now() + values.days * 86_400_000)),
      });
    },
    byLastName<TokenForm>(["name", "permissions"]),
    (created) => {
      setSecret(created.secret);
      form.reset(EMPTY);
      void queries.invalidateQueries({ queryKey: ["tokens"] });
    },
  );
  return (
    <FormCard title="New API token" failure={failure} onSubmit={onSubmit}>
      {secret && (
        <Alert severity="success">
          Copy the token now: it is not shown again.
          <Box component="code" sx={{ display: "block", mt: 1, wordBreak: "break-all" }} aria-label="New token secret">
            {secret}
          </Box>
          <Button size="small" sx={{ mt: 1 }} onClick={() => void navigator.clipboard?.writeText(secret)}>
            Copy
          </Button>
        </Alert>
      )}
      <Stack direction="row" spacing={2} useFlexGap flexWrap="wrap" alignItems="flex-start">
        <FormText form={form} name="name" label="Name" />
        <SelectField
          label="Expires in"
          value={form.watch("days")}
          options={LIFETIMES}
          onChange={(days) => form.setValue("days", days)}
          minWidth={140}
        />
      </Stack>
      <HeldPermissions form={form} />
      <Box>
        <Button type="submit" variant="contained" disabled={create.isPending}>
          Create token
        </Button>
      </Box>
    </FormCard>
  );
}

export default function Tokens() {
  const { can } = useAuth();
  const manage = can("tokens.manage");
  const queries = useQueryClient();
  const [inactive, setInactive] = useState(false);
  const pages = usePages(String(inactive));
  const pageToken = pages.token;
  const tokens = useQuery({
    queryKey: ["tokens", inactive, pageToken],
    queryFn: () => client(IdentityService).listApiTokens({ pageSize: PAGE_SIZE, pageToken, includeInactive: inactive }),
  });
  const revoke = useMutation({
    mutationFn: (id: string) => client(IdentityService).revokeApiToken({ id }),
    onSuccess: () => void queries.invalidateQueries({ queryKey: ["tokens"] }),
  });
  const failure = tokens.error ?? revoke.error;
  return (
    <Stack spacing={2}>
      <Typography variant="h4" component="h1">
        API tokens
      </Typography>
      {manage && <NewToken />}
      <Failure error={failure} />
      <FormControlLabel
        control={<Switch checked={inactive} onChange={(event) => setInactive(event.target.checked)} />}
        label="Show revoked and expired tokens"
      />
      <DataTable label="API tokens" columns={["Name", "Prefix", "Permissions", "Expires", "Last used", ...(manage ? ["Revoke"] : [])]}>
        {tokens.data?.apiTokens.map((token) => (
          <TableRow key={token.id} hover>
            <TableCell>{token.name}</TableCell>
            <TableCell>
              <code>{token.prefix}…</code>
            </TableCell>
            <TableCell sx={{ maxWidth: 360 }}>{token.permissions.join(", ")}</TableCell>
            <TableCell title={when(token.expireTime)}>{relative(token.expireTime)}</TableCell>
            <TableCell>{relative(token.lastUsedTime)}</TableCell>
            {manage && (
              <TableCell>
                {token.revokeTime ? (
                  <Chip size="small" label="Revoked" />
                ) : (
                  <Button size="small" color="error" onClick={() => revoke.mutate(token.id)} aria-label={`Revoke ${token.name}`}>
                    Revoke
                  </Button>
                )}
              </TableCell>
            )}
          </TableRow>
        ))}
      </DataTable>
      <Pager pages={pages} nextPageToken={tokens.data?.nextPageToken} />
    </Stack>
  );
}
