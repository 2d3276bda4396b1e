// What every form does with a server's refusal: each problem the server names at
// a field goes to that field of the form; what no field takes is the form's
// message.

import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import { explain } from "./api";

/** `user.display_name` → `displayName`: a server field path's last name, as the forms name fields. */
export function lastName(path: string): string {
  const last = path.replace(/\[\d+\]/g, "").split(".").pop() ?? "";
  return last.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

/**
 * Puts the problems of `error` at the form fields `fieldOf` maps their paths to;
 * the message to show at the form when some problem has no field (or none was
 * named), else undefined.
 */
export function placeRefusal<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fieldOf: (path: string) => Path<T> | undefined,
): string | undefined {
  const explained = explain(error);
  let unplaced = explained.fields.length === 0;
  for (const problem of explained.fields) {
    const field = fieldOf(problem.field);
    if (field) {
      setError(field, { message: problem.description });
    } else {
      unplaced = true;
    }
  }
  return unplaced ? explained.message : undefined;
}

/** A `fieldOf` for forms whose fields are named as the server's last path names. */
export function byLastName<T extends FieldValues>(fields: readonly Path<T>[]) {
  return (path: string): Path<T> | undefined => fields.find((field) => field === lastName(path));
}
