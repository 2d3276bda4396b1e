// What every form of the app is made of: a card with its title, the form's
// own message (a refusal no field takes) and its fields; text fields bound to
// React Hook Form with their error shown under them; and a pager over page
// tokens.

import { useState, type FormEventHandler, type ReactNode } from "react";
import { get, type FieldValues, type Path, type PathValue, type UseFormReturn } from "react-hook-form";
import { useMutation } from "@tanstack/react-query";
import { placeRefusal } from "../forms";
import {
  Alert,
  Box,
  Button,
  Checkbox,
  FormControlLabel,
  FormGroup,
  FormHelperText,
  MenuItem,
  Paper,
  Stack,
  TextField,
  Typography,
  type TextFieldProps,
} from "@mui/material";
import { useAuth } from "../auth";

/** A form in a card: its accessible name is its title. */
export function FormCard(props: { title: string; failure?: string; onSubmit: FormEventHandler; children: ReactNode }) {
  return (
    <Paper variant="outlined" sx={{ p: 2 }}>
      <Box component="form" aria-label={props.title} noValidate onSubmit={props.onSubmit}>
        <Stack spacing={2}>
          <Typography variant="h6" component="h2">
            {props.title}
          </Typography>
          {props.failure && <Alert severity="error">{props.failure}</Alert>}
          {props.children}
        </Stack>
      </Box>
    </Paper>
  );
}

/**
 * Submitting a form to the server: the call, the form's own message when the
 * server refuses something no field takes (each named field gets its problem).
 */
export function useSubmit<T extends FieldValues, R>(
  form: UseFormReturn<T>,
  call: (values: T) => Promise<R>,
  fieldOf: (path: string) => Path<T> | undefined,
  onSuccess?: (result: R) => void,
) {
  const [failure, setFailure] = useState<string>();
  const mutation = useMutation({
    mutationFn: call,
    onMutate: () => setFailure(undefined),
    onSuccess,
    onError: (error) => setFailure(placeRefusal(error, form.setError, fieldOf)),
  });
  return { mutation, failure, onSubmit: form.handleSubmit((values) => mutation.mutate(values)) };
}

/** A small text field registered with `form` under `name`, its error (else its hint) under it. */
export function FormText<T extends FieldValues>({
  form,
  name,
  label,
  hint,
  ...rest
}: { form: UseFormReturn<T>; name: Path<T>; label: string; hint?: string } & Omit<TextFieldProps, "name" | "form">) {
  const error = get(form.formState.errors, name) as { message?: unknown } | undefined;
  return (
    <TextField
      size="small"
      label={label}
      {...form.register(name)}
      error={!!error}
      helperText={typeof error?.message === "string" ? error.message : hint}
      {...rest}
    />
  );
}

/** A delete button that asks once more ("Really delete") before `onDelete`. */
export function DeleteButton(props: { onDelete: () => void; busy?: boolean }) {
  const [asking, setAsking] = useState(false);
  return asking ? (
    <Button size="small" color="error" onClick={props.onDelete} disabled={props.busy}>
      Really delete
    </Button>
  ) : (
    <Button size="small" color="error" onClick={() => setAsking(true)}>
      Delete
    </Button>
  );
}

/** Rows on a page of a list read page by page (with `usePages` and `Pager`). */
export const PAGE_SIZE = 50;

/**
 * Page tokens walked forward and back: the current one, and moves. A list whose
 * filters are `scope` starts again at its first page when they change (typed in,
 * or from the address).
 */
export function usePages(scope = "") {
  const [walked, setWalked] = useState<{ scope: string; pages: string[] }>({ scope, pages: [""] });
  const pages = walked.scope === scope ? walked.pages : [""];
  return {
    token: pages[pages.length - 1],
    first: pages.length === 1,
    next: (token: string) => setWalked({ scope, pages: [...pages, token] }),
    previous: () => setWalked({ scope, pages: pages.slice(0, -1) }),
  };
}

/** Previous and Next buttons over `usePages`, Next while the server gave a next page token. */
export function Pager({ pages, nextPageToken }: { pages: ReturnType<typeof usePages>; nextPageToken: string | undefined }) {
  return (
    <Stack direction="row" spacing={2}>
      <Button disabled={pages.first} onClick={pages.previous}>
        Previous
      </Button>
      <Button disabled={!nextPageToken} onClick={() => pages.next(nextPageToken ?? "")}>
        Next
      </Button>
    </Stack>
  );
}

/** A small select of `options` (value, label), its value handed to `onChange`. */
export function SelectField<V extends string | number>(props: {
  label: string;
  value: V;
  options: readonly (readonly [V, string])[];
  onChange: (value: V) => void;
  minWidth?: number;
  disabled?: boolean;
  error?: string;
}) {
  return (
    <TextField
      select
      size="small"
      label={props.label}
      value={props.value}
      disabled={props.disabled}
      error={!!props.error}
      helperText={props.error}
      // An option of value "" (`Any`, `Every repository`) is shown, not taken for no value.
      SelectProps={{ displayEmpty: props.options.some(([value]) => value === "") }}
      InputLabelProps={props.options.some(([value]) => value === "") ? { shrink: true } : undefined}
      onChange={(event) => {
        const picked = props.options.find(([value]) => String(value) === String(event.target.value));
        if (picked) props.onChange(picked[0]);
      }}
      sx={{ minWidth: props.minWidth ?? 160 }}
    >
      {props.options.map(([value, label]) => (
        <MenuItem key={String(value)} value={value}>
          {label}
        </MenuItem>
      ))}
    </TextField>
  );
}

/** A `SelectField` bound to the form field `name`, its error (the form's or the server's) under it. */
export function FormSelect<T extends FieldValues, V extends PathValue<T, Path<T>> & (string | number)>(props: {
  form: UseFormReturn<T>;
  name: Path<T>;
  label: string;
  options: readonly (readonly [V, string])[];
  minWidth?: number;
}) {
  const { form, name } = props;
  const error = get(form.formState.errors, name) as { message?: string } | undefined;
  return (
    <SelectField
      label={props.label}
      value={form.watch(name) as V}
      options={props.options}
      onChange={(value) => form.setValue(name, value, { shouldValidate: form.formState.isSubmitted })}
      minWidth={props.minWidth}
      error={error?.message}
    />
  );
}

/**
 * Checkboxes choosing some of `options` (value, label) for the form's list
 * field `name`, its error (the form's or the server's) under them.
 */
export function FormChoices<T extends FieldValues>(props: {
  form: UseFormReturn<T>;
  name: Path<T>;
  legend: string;
  options: readonly (readonly [string, string])[];
  minWidth?: number;
}) {
  const { form, name } = props;
  const chosen = (form.watch(name) ?? []) as string[];
  const error = get(form.formState.errors, name) as { message?: string; root?: { message?: string } } | undefined;
  const toggle = (value: string) =>
    form.setValue(
      name,
      (chosen.includes(value) ? chosen.filter((v) => v !== value) : [...chosen, value]) as never,
      { shouldValidate: form.formState.isSubmitted },
    );
  return (
    <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
      <legend>
        <Typography variant="subtitle2">{props.legend}</Typography>
      </legend>
      <FormGroup row>
        {props.options.length === 0 && (
          <Typography variant="body2" color="text.secondary">
            None yet.
          </Typography>
        )}
        {props.options.map(([value, label]) => (
          <FormControlLabel
            key={value}
            control={<Checkbox size="small" checked={chosen.includes(value)} onChange={() => toggle(value)} />}
            label={label}
            sx={props.minWidth ? { minWidth: props.minWidth } : undefined}
          />
        ))}
      </FormGroup>
      {error && <FormHelperText error>{error.message ?? error.root?.message}</FormHelperText>}
    </fieldset>
  );
}

/**
 * The permissions the signed-in user holds, to choose some of for the form's
 * `permissions` field (a token, a role): nobody grants what they do not hold
 * (the server refuses it too).
 */
export function HeldPermissions<T extends FieldValues & { permissions: string[] }>({ form }: { form: UseFormReturn<T> }) {
  const { identity } = useAuth();
  const held = [...(identity?.permissions ?? [])].sort().map((permission) => [permission, permission] as const);
  return (
    <FormChoices
      form={form}
      name={"permissions" as Path<T>}
      legend="Permissions (only those you hold)"
      options={held}
      minWidth={220}
    />
  );
}
