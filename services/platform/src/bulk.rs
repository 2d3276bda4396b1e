//! Bulk statements whose rows travel as one JSON array parameter, expanded by
//! the database itself (`jsonb_each` on SQLite, `jsonb_array_elements` on
//! PostgreSQL: each row is parsed once, not once per column). Binding thousands of rows as individual values costs about a
//! microsecond per value in the driver layers; one JSON text per thousand rows
//! costs a fraction of that, and the statement text stays the same for every
//! chunk, so it is prepared once.
//!
//! ```text
//! INSERT INTO t (a, b, scope) SELECT v.a, v.b, ? FROM (<rows>) AS v
//! ```
//! where `<rows>` is [`Bulk::rows`] and each row is a JSON array of the columns
//! in order, in groups of [`GROUP`] (`[[a, b, …], [i, j, …]]`), written with
//! [`JsonRows`]. Finding the tenth value of a JSON array means stepping over
//! the nine before it (SQLite's JSONB has no index of its elements), so a row
//! of 30 columns read flat costs 435 steps; grouped, about 130.

use crate::db::{Backend, Placeholders};

/// Values per group within a row.
pub const GROUP: usize = 6;

/// The SQL type of a column carried in JSON rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    /// Text (JSON string or null).
    Text,
    /// 64-bit integer (JSON number or null).
    Integer,
    /// Double (JSON number or null).
    Float,
    /// Bytes, carried as a hex string.
    Bytes,
}

/// Builds the row source of a bulk statement for one backend.
#[derive(Debug, Clone, Copy)]
pub struct Bulk {
    backend: Backend,
}

impl Bulk {
    /// Bulk statements for `backend`.
    pub fn new(backend: Backend) -> Self {
        Self { backend }
    }

    /// `SELECT <columns> FROM <the JSON array bound at the next placeholder>`:
    /// one row per array element, in array order, each column named as given.
    pub fn rows(&self, marks: &mut Placeholders, columns: &[(&str, Column)]) -> String {
        let parameter = marks.mark();
        let select: Vec<String> = columns
            .iter()
            .enumerate()
            .map(|(index, (name, column))| {
                let (group, at) = (index / GROUP, index % GROUP);
                match self.backend {
                    Backend::Sqlite => match column {
                        Column::Bytes => format!("unhex(value ->> '$[{group}][{at}]') AS {name}"),
                        _ => format!("value ->> '$[{group}][{at}]' AS {name}"),
                    },
                    Backend::Postgres => {
                        let value = format!("e #>> '{{{group},{at}}}'");
                        match column {
                            Column::Text => format!("{value} AS {name}"),
                            Column::Integer => format!("CAST({value} AS BIGINT) AS {name}"),
                            Column::Float => {
                                format!("CAST({value} AS DOUBLE PRECISION) AS {name}")
                            }
                            Column::Bytes => format!("decode({value}, 'hex') AS {name}"),
                        }
                    }
                }
            })
            .collect();
        match self.backend {
            Backend::Sqlite => format!("SELECT {} FROM jsonb_each({parameter})", select.join(", ")),
            Backend::Postgres => format!(
                "SELECT {} FROM jsonb_array_elements(CAST({parameter} AS jsonb)) WITH ORDINALITY AS j(e, n) ORDER BY n",
                select.join(", ")
            ),
        }
    }

    /// An aggregate turning the selected rows into one JSON text, an array of
    /// arrays of `expressions` (`[]` for no rows) — one value for the driver to
    /// carry instead of a row each, with no column names repeated per row.
    /// Read it with `serde_json`, into tuples or into a struct whose fields
    /// are the expressions in order. The array's order is not the rows'
    /// (sorting wide values costs more than sorting the page once read).
    pub fn aggregate(&self, expressions: &[&str]) -> String {
        let list = expressions.join(", ");
        match self.backend {
            Backend::Sqlite => format!("json_group_array(json_array({list}))"),
            Backend::Postgres => {
                format!("CAST(COALESCE(json_agg(json_build_array({list})), '[]') AS TEXT)")
            }
        }
    }

    /// `SELECT value FROM <the JSON array of strings bound at the next placeholder>`.
    pub fn texts(&self, marks: &mut Placeholders) -> String {
        let parameter = marks.mark();
        match self.backend {
            Backend::Sqlite => format!("SELECT value FROM jsonb_each({parameter})"),
            Backend::Postgres => {
                format!("SELECT jsonb_array_elements_text(CAST({parameter} AS jsonb))")
            }
        }
    }
}

/// Writes rows as a JSON array of rows, one value at a time; a row is an array
/// of groups of [`GROUP`] values.
#[derive(Debug, Default)]
pub struct JsonRows {
    text: String,
    rows: usize,
    in_row: bool,
    values_in_row: usize,
}

impl JsonRows {
    /// An empty array.
    pub fn new() -> Self {
        Self::default()
    }

    /// Starts the next row.
    pub fn row(&mut self) -> &mut Self {
        self.close_row();
        self.text.push(if self.rows == 0 { '[' } else { ',' });
        self.text.push_str("[[");
        self.rows += 1;
        self.in_row = true;
        self.values_in_row = 0;
        self
    }

    fn separator(&mut self) {
        if self.values_in_row > 0 {
            self.text
                .push_str(if self.values_in_row.is_multiple_of(GROUP) {
                    "],["
                } else {
                    ","
                });
        }
        self.values_in_row += 1;
    }

    /// A text value.
    pub fn text(&mut self, value: &str) -> &mut Self {
        self.separator();
        self.text.push('"');
        // Runs that need no escape are copied whole (every byte that needs
        // one is ASCII, so the slices fall on character boundaries).
        let mut start = 0;
        for (at, byte) in value.bytes().enumerate() {
            let escape = match byte {
                b'"' => "\\\"",
                b'\\' => "\\\\",
                b'\n' => "\\n",
                b'\r' => "\\r",
                b'\t' => "\\t",
                control if control < 0x20 => "",
                _ => continue,
            };
            self.text.push_str(&value[start..at]);
            if escape.is_empty() {
                self.text.push_str(&format!("\\u{byte:04x}"));
            } else {
                self.text.push_str(escape);
            }
            start = at + 1;
        }
        self.text.push_str(&value[start..]);
        self.text.push('"');
        self
    }

    /// An integer value.
    pub fn integer(&mut self, value: i64) -> &mut Self {
        self.separator();
        self.text.push_str(&value.to_string());
        self
    }

    /// A floating-point value, or null (also for values JSON cannot carry).
    pub fn float(&mut self, value: Option<f64>) -> &mut Self {
        self.separator();
        match value.filter(|v| v.is_finite()) {
            Some(value) => self.text.push_str(&format!("{value:?}")),
            None => self.text.push_str("null"),
        }
        self
    }

    /// Bytes, as hex.
    pub fn bytes(&mut self, value: &[u8]) -> &mut Self {
        self.separator();
        self.text.push('"');
        self.text.push_str(&hex::encode(value));
        self.text.push('"');
        self
    }

    fn close_row(&mut self) {
        if self.in_row {
            self.text.push_str("]]");
            self.in_row = false;
        }
    }

    /// The number of rows written.
    pub fn len(&self) -> usize {
        self.rows
    }

    /// Whether no row was written.
    pub fn is_empty(&self) -> bool {
        self.rows == 0
    }

    /// The JSON text (`[]` when empty).
    pub fn finish(mut self) -> String {
        self.close_row();
        if self.rows == 0 {
            return "[]".to_owned();
        }
        self.text.push(']');
        self.text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_are_valid_json_whatever_the_text() {
        let mut rows = JsonRows::new();
        rows.row()
            .text("quote \" backslash \\ newline \n tab \t bell \u{7} é")
            .integer(-5)
            .float(Some(9.8))
            .float(Some(f64::NAN))
            .bytes(&[0, 255]);
        rows.row().text("").integer(0).float(None);
        let text = rows.finish();
        let parsed: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
        assert_eq!(
            parsed[0][0][0],
            "quote \" backslash \\ newline \n tab \t bell \u{7} é"
        );
        assert_eq!(parsed[0][0][1], -5);
        assert_eq!(parsed[0][0][2], 9.8);
        assert!(parsed[0][0][3].is_null());
        assert_eq!(parsed[0][0][4], "00ff");
        assert_eq!(parsed[1][0].as_array().map(Vec::len), Some(3));
        assert_eq!(JsonRows::new().finish(), "[]");
    }

    #[test]
    fn a_row_is_cut_into_groups_in_column_order() {
        let mut rows = JsonRows::new();
        let row = rows.row();
        for value in 0..(2 * GROUP as i64 + 2) {
            row.integer(value);
        }
        let parsed: serde_json::Value = serde_json::from_str(&rows.finish()).expect("valid JSON");
        let groups = parsed[0].as_array().expect("groups");
        assert_eq!(groups.len(), 3);
        for index in 0..(2 * GROUP + 2) {
            assert_eq!(groups[index / GROUP][index % GROUP], index as i64);
        }
    }
}
