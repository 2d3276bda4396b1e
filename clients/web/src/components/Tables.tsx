// What every table of the app shares: the frame (a labelled region that scrolls
// sideways and takes keyboard focus, so a narrow screen can still reach every
// column), its header row, and how a failed load reads above it.

import type { ReactNode } from "react";
import { Alert, Table, TableBody, TableCell, TableContainer, TableHead, TableRow } from "@mui/material";
import { explain } from "../api";

/** A table's header row of `columns`. */
export function HeaderRow({ columns }: { columns: readonly string[] }) {
  return (
    <TableHead>
      <TableRow>
        {columns.map((column) => (
          <TableCell key={column}>{column}</TableCell>
        ))}
      </TableRow>
    </TableHead>
  );
}

/**
 * A small table named `label` (what screen readers announce) with a header of
 * `columns` and `children` as its rows, in a region of its own that scrolls
 * sideways and can be focused to scroll with the keyboard.
 */
export function DataTable({ label, columns, children }: { label: string; columns: readonly string[]; children: ReactNode }) {
  return (
    <TableContainer tabIndex={0} role="region" aria-label={`${label}, scrollable`}>
      <Table size="small" aria-label={label}>
        <HeaderRow columns={columns} />
        <TableBody>{children}</TableBody>
      </Table>
    </TableContainer>
  );
}

/** What went wrong with a request, as an error alert; nothing when `error` is empty. */
export function Failure({ error }: { error: unknown }) {
  return error ? <Alert severity="error">{explain(error).message}</Alert> : null;
}
