// Organisation settings (admin portal, `organizations.manage`): the name, the
// SLA policy (days to fix by severity), and the OpenID Connect provider for
// single sign-on (its client secret is write-only: left empty, it is kept).

import { useEffect } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { z } from "zod";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, Box, Button, Paper, Stack, Typography } from "@mui/material";
import { IdentityService } from "@secureflow/client";
import type { Organization } from "@secureflow/client/gen/secureflow/identity/v1/organization_pb.js";
import { client } from "../../api";
import { useAuth } from "../../auth";
import { lastName } from "../../forms";
import { FormText, useSubmit } from "../../components/FormParts";

const days = z.coerce.number().int("Whole days").min(0, "0 (no deadline) or more");
const settingsSchema = z.object({
  displayName: z.string().trim().min(1, "Name the organisation"),
  criticalDays: days,
  highDays: days,
  mediumDays: days,
  lowDays: days,
  issuer: z.string().trim(),
  clientId: z.string().trim(),
  clientSecret: z.string(),
  redirectUri: z.string().trim(),
  groupsClaim: z.string().trim(),
  defaultRoleId: z.string().trim(),
});
export type SettingsForm = z.infer<typeof settingsSchema>;

/** The organisation as the form shows it (the client secret is never returned). */
export function toForm(organization: Organization | undefined): SettingsForm {
  return {
    displayName: organization?.displayName ?? "",
    criticalDays: organization?.slaPolicy?.criticalDays ?? 0,
    highDays: organization?.slaPolicy?.highDays ?? 0,
    mediumDays: organization?.slaPolicy?.mediumDays ?? 0,
    lowDays: organization?.slaPolicy?.lowDays ?? 0,
    issuer: organization?.oidc?.issuer ?? "",
    clientId: organization?.oidc?.clientId ?? "",
    clientSecret: "",
    redirectUri: organization?.oidc?.redirectUri ?? "",
    groupsClaim: organization?.oidc?.groupsClaim ?? "",
    defaultRoleId: organization?.oidc?.defaultRoleId ?? "",
  };
}

/** The form field a server path names (`organization.sla_policy.high_days`, `organization.oidc.issuer`). */
export function settingsField(path: string): keyof SettingsForm | undefined {
  const name = lastName(path) as keyof SettingsForm;
  return name in toForm(undefined) ? name : undefined;
}

function Settings({ organization }: { organization: Organization }) {
  const queries = useQueryClient();
  const form = useForm<SettingsForm>({ resolver: zodResolver(settingsSchema), defaultValues: toForm(organization) });
  useEffect(() => form.reset(toForm(organization)), [organization, form]);
  const { mutation: save, failure, onSubmit } = useSubmit(
    form,
    (values: SettingsForm) => {
      const current = organization.oidc;
      const sso = values.issuer !== "" || current !== undefined;
      return client(IdentityService).updateOrganization({
        organization: {
          id: organization.id,
          displayName: values.displayName.trim(),
          slaPolicy: {
            criticalDays: values.criticalDays,
            highDays: values.highDays,
            mediumDays: values.mediumDays,
            lowDays: values.lowDays,
          },
          oidc: sso
            ? {
                scopes: current?.scopes ?? [],
                groupRoleMappings: current?.groupRoleMappings ?? {},
                issuer: values.issuer,
                clientId: values.clientId,
                clientSecret: values.clientSecret,
                redirectUri: values.redirectUri,
                groupsClaim: values.groupsClaim,
                defaultRoleId: values.defaultRoleId,
              }
            : undefined,
        },
        updateMask: { paths: ["display_name", "sla_policy", ...(sso ? ["oidc"] : [])] },
      });
    },
    settingsField,
    () => void queries.invalidateQueries({ queryKey: ["organization"] }),
  );
  return (
    <Box component="form" aria-label="Organisation settings" noValidate onSubmit={onSubmit}>
      <Stack spacing={2}>
        {failure && <Alert severity="error">{failure}</Alert>}
        {save.isSuccess && <Alert severity="success">Settings saved.</Alert>}
        <Paper variant="outlined" sx={{ p: 2 }}>
          <Stack spacing={2}>
            <Typography variant="h6" component="h2">
              Organisation
            </Typography>
            <FormText form={form} name="displayName" label="Name" sx={{ maxWidth: 360 }} />
          </Stack>
        </Paper>
        <Paper variant="outlined" sx={{ p: 2 }}>
          <Stack spacing={2}>
            <Typography variant="h6" component="h2">
              SLA policy: days to fix (0: no deadline)
            </Typography>
            <Stack direction="row" spacing={2} useFlexGap flexWrap="wrap" alignItems="flex-start">
              <FormText form={form} name="criticalDays" label="Critical" type="number" />
              <FormText form={form} name="highDays" label="High" type="number" />
              <FormText form={form} name="mediumDays" label="Medium" type="number" />
              <FormText form={form} name="lowDays" label="Low" type="number" />
            </Stack>
          </Stack>
        </Paper>
        <Paper variant="outlined" sx={{ p: 2 }}>
          <Stack spacing={2}>
            <Typography variant="h6" component="h2">
              Single sign-on (OpenID Connect)
            </Typography>
            <Stack direction="row" spacing={2} useFlexGap flexWrap="wrap" alignItems="flex-start">
              <FormText form={form} name="issuer" label="Issuer URL" sx={{ minWidth: 320 }} />
              <FormText form={form} name="clientId" label="Client id" />
              <FormText
                form={form}
                name="clientSecret"
                label="Client secret"
                type="password"
                autoComplete="new-password"
                placeholder={organization.oidc ? "kept unless replaced" : ""}
              />
              <FormText form={form} name="redirectUri" label="Redirect URI" sx={{ minWidth: 320 }} />
              <FormText form={form} name="groupsClaim" label="Groups claim" />
              <FormText form={form} name="defaultRoleId" label="Role of new users" />
            </Stack>
          </Stack>
        </Paper>
        <Box>
          <Button type="submit" variant="contained" disabled={save.isPending}>
            Save
          </Button>
        </Box>
      </Stack>
    </Box>
  );
}

export default function OrganizationPage() {
  const { identity } = useAuth();
  const organization = useQuery({
    queryKey: ["organization", identity?.organizationId],
    queryFn: () => client(IdentityService).getOrganization({ id: identity?.organizationId ?? "" }),
    enabled: !!identity?.organizationId,
  });
  return (
    <Stack spacing={2}>
      <Typography variant="h4" component="h1">
        Organisation settings
      </Typography>
      {organization.data?.organization && <Settings organization={organization.data.organization} />}
    </Stack>
  );
}
