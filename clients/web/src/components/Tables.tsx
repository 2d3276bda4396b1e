// What every table of the app shares: its header row.

import { TableCell, TableHead, TableRow } from "@mui/material";

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
