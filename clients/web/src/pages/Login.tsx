// Log-in with the organisation, e-mail and password; the first admin's setup
// with the token secureflowd printed at first start.

import { useEffect, useRef, useState } from "react";
import { Navigate, useLocation, useSearchParams } from "react-router-dom";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { z } from "zod";
import { Alert, Box, Button, Link, Paper, Stack, TextField, Typography } from "@mui/material";
import { useAuth } from "../auth";
import { explain } from "../api";

export const loginSchema = z.object({
  organization: z.string().trim().min(1, "Enter your organisation (its slug, such as default)"),
  email: z.string().trim().email("Enter an e-mail address"),
  password: z.string().min(1, "Enter your password"),
});

export const setupSchema = z.object({
  setupToken: z.string().trim().min(1, "Enter the setup token secureflowd printed at its first start"),
  email: z.string().trim().email("Enter an e-mail address"),
  displayName: z.string().trim().min(1, "Enter your name"),
  password: z.string().min(1, "Enter a password"),
});

type Login = z.infer<typeof loginSchema>;
type Setup = z.infer<typeof setupSchema>;

function LoginForm({ onSetup }: { onSetup: () => void }) {
  const { login, beginSso } = useAuth();
  const [failure, setFailure] = useState<string>();
  const form = useForm<Login>({
    resolver: zodResolver(loginSchema),
    defaultValues: { organization: "default", email: "", password: "" },
  });
  const { errors, isSubmitting } = form.formState;
  const submit = form.handleSubmit(async (values) => {
    setFailure(undefined);
    try {
      await login(values.organization, values.email, values.password);
    } catch (error) {
      setFailure(explain(error).message);
    }
  });
  return (
    <Box component="form" noValidate onSubmit={submit}>
      <Stack spacing={2}>
        <Typography variant="h5" component="h1">
          Log in to SecureFlow
        </Typography>
        {failure && <Alert severity="error">{failure}</Alert>}
        <TextField
          label="Organisation"
          {...form.register("organization")}
          error={!!errors.organization}
          helperText={errors.organization?.message}
        />
        <TextField
          label="E-mail"
          type="email"
          autoComplete="username"
          {...form.register("email")}
          error={!!errors.email}
          helperText={errors.email?.message}
        />
        <TextField
          label="Password"
          type="password"
          autoComplete="current-password"
          {...form.register("password")}
          error={!!errors.password}
          helperText={errors.password?.message}
        />
        <Button type="submit" variant="contained" disabled={isSubmitting}>
          Log in
        </Button>
        <Button
          variant="outlined"
          onClick={async () => {
            const organization = form.getValues("organization").trim();
            if (!organization) {
              form.setError("organization", { message: "Enter your organisation to sign in through its provider" });
              return;
            }
            setFailure(undefined);
            try {
              await beginSso(organization);
            } catch (error) {
              setFailure(explain(error).message);
            }
          }}
        >
          Log in with single sign-on
        </Button>
        <Link component="button" type="button" onClick={onSetup}>
          First start? Set up the first admin
        </Link>
      </Stack>
    </Box>
  );
}

function SetupForm({ onLogin }: { onLogin: () => void }) {
  const { redeemSetupToken } = useAuth();
  const [failure, setFailure] = useState<string>();
  const form = useForm<Setup>({
    resolver: zodResolver(setupSchema),
    defaultValues: { setupToken: "", email: "", displayName: "", password: "" },
  });
  const { errors, isSubmitting } = form.formState;
  const submit = form.handleSubmit(async (values) => {
    setFailure(undefined);
    try {
      await redeemSetupToken(values.setupToken, values.email, values.password, values.displayName);
    } catch (error) {
      const explained = explain(error);
      for (const problem of explained.fields) {
        const field = problem.field.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()) as keyof Setup;
        if (field in setupSchema.shape) {
          form.setError(field, { message: problem.description });
        }
      }
      setFailure(explained.message);
    }
  });
  return (
    <Box component="form" noValidate onSubmit={submit}>
      <Stack spacing={2}>
        <Typography variant="h5" component="h1">
          Set up the first admin
        </Typography>
        {failure && <Alert severity="error">{failure}</Alert>}
        <TextField
          label="Setup token"
          {...form.register("setupToken")}
          error={!!errors.setupToken}
          helperText={errors.setupToken?.message}
        />
        <TextField label="E-mail" type="email" {...form.register("email")} error={!!errors.email} helperText={errors.email?.message} />
        <TextField
          label="Name"
          {...form.register("displayName")}
          error={!!errors.displayName}
          helperText={errors.displayName?.message}
        />
        <TextField
          label="Password"
          type="password"
          autoComplete="new-password"
          {...form.register("password")}
          error={!!errors.password}
          helperText={errors.password?.message}
        />
        <Button type="submit" variant="contained" disabled={isSubmitting}>
          Create the admin
        </Button>
        <Link component="button" type="button" onClick={onLogin}>
          Back to log-in
        </Link>
      </Stack>
    </Box>
  );
}

export function LoginPage() {
  const { identity } = useAuth();
  const location = useLocation();
  const [setup, setSetup] = useState(false);
  if (identity) {
    const from = (location.state as { from?: string } | null)?.from ?? "/";
    return <Navigate to={from} replace />;
  }
  return (
    <Box component="main" sx={{ display: "flex", justifyContent: "center", mt: 10, px: 2 }}>
      <Paper sx={{ p: 4, width: "100%", maxWidth: 420 }}>
        {setup ? <SetupForm onLogin={() => setSetup(false)} /> : <LoginForm onSetup={() => setSetup(true)} />}
      </Paper>
    </Box>
  );
}

/**
 * Where the identity provider sends the browser back: the code and state are
 * exchanged for a session (the server checks the state and the PKCE verifier),
 * or the provider's refusal is shown.
 */
export function SsoCallback() {
  const { identity, completeSso } = useAuth();
  const [params] = useSearchParams();
  const [failure, setFailure] = useState<string>();
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    const refused = params.get("error");
    if (refused) {
      setFailure(`The identity provider refused: ${params.get("error_description") || refused}`);
      return;
    }
    completeSso(params.get("code") ?? "", params.get("state") ?? "").catch((error) => setFailure(explain(error).message));
  }, [params, completeSso]);
  if (identity) {
    return <Navigate to="/" replace />;
  }
  return (
    <Box component="main" sx={{ display: "flex", justifyContent: "center", mt: 10, px: 2 }}>
      <Paper sx={{ p: 4, width: "100%", maxWidth: 420 }}>
        <Stack spacing={2}>
          <Typography variant="h5" component="h1">
            Single sign-on
          </Typography>
          {failure ? (
            <>
              <Alert severity="error">{failure}</Alert>
              <Link href="/login">Back to log-in</Link>
            </>
          ) : (
            <Typography>Signing you in…</Typography>
          )}
        </Stack>
      </Paper>
    </Box>
  );
}
