//! Bulk statements whose rows travel as one JSON array parameter, expanded by
//! the database itself (`jsonb_each` on SQLite, `jsonb_array_elements` on
//! PostgreSQL: each row is parsed once, not once per column). Binding thousands
//! of rows as individual values costs about a microsecond per value in the
//! driver layers; one array per thousand rows costs a fraction of that, and the
//! statement text stays the same for every chunk, so it is prepared once. On
//! SQLite the array is SQLite's binary JSON (see [`JsonRows`]), on PostgreSQL
//! JSON text.
//!
//! ```text
//! INSERT INTO t (a, b, scope) SELECT v.a, v.b, ? FROM (<rows>) AS v
//! ```
//! where `<rows>` is [`Bulk::rows`] and each row is an array of the columns
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
/// of groups of [`GROUP`] values. For PostgreSQL the array is JSON text; for
/// SQLite it is SQLite's own binary JSON (JSONB, <https://sqlite.org/jsonb.html>),
/// which SQLite reads without parsing: every element starts with a header
/// giving its type and size, and texts are carried as they are (no escapes
/// to write in Rust, none to undo in SQLite). For 100,000 vulnerability rows
/// that took a fifth off the SQLite time of the insert.
#[derive(Debug)]
pub struct JsonRows {
    out: Vec<u8>,
    binary: bool,
    rows: usize,
    in_row: bool,
    values_in_row: usize,
    /// Where the headers of the open arrays are (binary: the outer array,
    /// the row, the group), to be given their sizes when they close.
    open: Vec<usize>,
}

/// JSONB element types (the low four bits of a header).
const JSONB_NULL: u8 = 0x0;
const JSONB_INT: u8 = 0x3;
const JSONB_FLOAT: u8 = 0x5;
const JSONB_TEXT_RAW: u8 = 0xA;
const JSONB_ARRAY: u8 = 0xB;

/// The size of an array's header: a type byte saying "four bytes of size
/// follow" (`0xE_`), and the size, written when the array closes.
const ARRAY_HEADER: usize = 5;

impl JsonRows {
    /// An empty array, in the form `backend` reads.
    pub fn new(backend: Backend) -> Self {
        let mut rows = Self {
            out: Vec::new(),
            binary: backend == Backend::Sqlite,
            rows: 0,
            in_row: false,
            values_in_row: 0,
            open: Vec::with_capacity(3),
        };
        rows.open_array();
        rows
    }

    fn open_array(&mut self) {
        if self.binary {
            self.open.push(self.out.len());
            self.out
                .extend_from_slice(&[0xE0 | JSONB_ARRAY, 0, 0, 0, 0]);
        } else {
            self.out.push(b'[');
        }
    }

    fn close_array(&mut self) {
        if self.binary {
            if let Some(at) = self.open.pop() {
                let size = self.out.len() - at - ARRAY_HEADER;
                let size = u32::try_from(size).unwrap_or(u32::MAX).to_be_bytes();
                self.out[at + 1..at + ARRAY_HEADER].copy_from_slice(&size);
            }
        } else {
            self.out.push(b']');
        }
    }

    /// A header of the smallest form for an element of `size` bytes.
    fn header(&mut self, kind: u8, size: usize) {
        match size {
            0..=11 => self.out.push(((size as u8) << 4) | kind),
            12..=0xFF => self.out.extend_from_slice(&[0xC0 | kind, size as u8]),
            0x100..=0xFFFF => {
                self.out.push(0xD0 | kind);
                self.out.extend_from_slice(&(size as u16).to_be_bytes());
            }
            _ => {
                self.out.push(0xE0 | kind);
                let size = u32::try_from(size).unwrap_or(u32::MAX);
                self.out.extend_from_slice(&size.to_be_bytes());
            }
        }
    }

    /// Starts the next row.
    pub fn row(&mut self) -> &mut Self {
        self.close_row();
        if !self.binary && self.rows > 0 {
            self.out.push(b',');
        }
        self.open_array();
        self.open_array();
        self.rows += 1;
        self.in_row = true;
        self.values_in_row = 0;
        self
    }

    fn separator(&mut self) {
        if self.values_in_row > 0 {
            if self.values_in_row.is_multiple_of(GROUP) {
                self.close_array();
                if !self.binary {
                    self.out.push(b',');
                }
                self.open_array();
            } else if !self.binary {
                self.out.push(b',');
            }
        }
        self.values_in_row += 1;
    }

    /// A value whose JSON text needs no escape (a number): `text` as it is.
    fn plain(&mut self, kind: u8, text: &str) {
        if self.binary {
            self.header(kind, text.len());
        }
        self.out.extend_from_slice(text.as_bytes());
    }

    /// A text value.
    pub fn text(&mut self, value: &str) -> &mut Self {
        self.separator();
        if self.binary {
            self.header(JSONB_TEXT_RAW, value.len());
            self.out.extend_from_slice(value.as_bytes());
            return self;
        }
        self.out.push(b'"');
        // Runs that need no escape are copied whole.
        let bytes = value.as_bytes();
        let mut start = 0;
        for (at, &byte) in bytes.iter().enumerate() {
            let escape: &[u8] = match byte {
                b'"' => b"\\\"",
                b'\\' => b"\\\\",
                b'\n' => b"\\n",
                b'\r' => b"\\r",
                b'\t' => b"\\t",
                control if control < 0x20 => b"",
                _ => continue,
            };
            self.out.extend_from_slice(&bytes[start..at]);
            if escape.is_empty() {
                self.out
                    .extend_from_slice(format!("\\u{byte:04x}").as_bytes());
            } else {
                self.out.extend_from_slice(escape);
            }
            start = at + 1;
        }
        self.out.extend_from_slice(&bytes[start..]);
        self.out.push(b'"');
        self
    }

    /// An integer value.
    pub fn integer(&mut self, value: i64) -> &mut Self {
        self.separator();
        self.plain(JSONB_INT, &value.to_string());
        self
    }

    /// A floating-point value, or null (also for values JSON cannot carry).
    pub fn float(&mut self, value: Option<f64>) -> &mut Self {
        self.separator();
        match value.filter(|v| v.is_finite()) {
            // Rust's `{:?}` of a finite double is a JSON number (`1.0`, `1e-7`).
            Some(value) => self.plain(JSONB_FLOAT, &format!("{value:?}")),
            None if self.binary => self.out.push(JSONB_NULL),
            None => self.out.extend_from_slice(b"null"),
        }
        self
    }

    /// Bytes, as hex.
    pub fn bytes(&mut self, value: &[u8]) -> &mut Self {
        self.text(&hex::encode(value))
    }

    fn close_row(&mut self) {
        if self.in_row {
            self.close_array();
            self.close_array();
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

    /// The array, to bind to the statement's rows parameter.
    pub fn finish(mut self) -> Rows {
        self.close_row();
        self.close_array();
        if self.binary {
            Rows::Binary(self.out)
        } else {
            // Only `&str` values and ASCII punctuation were written: valid
            // UTF-8 (were it not, the rows would still arrive, not vanish).
            Rows::Text(
                String::from_utf8(self.out)
                    .unwrap_or_else(|error| String::from_utf8_lossy(error.as_bytes()).into_owned()),
            )
        }
    }
}

/// The rows of a bulk statement, as the backend reads them (see [`JsonRows`]):
/// bound like any other value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Rows {
    /// JSON text (PostgreSQL).
    Text(String),
    /// SQLite JSONB.
    Binary(Vec<u8>),
}

/// Declared as text for both forms: the drivers bind a value by what it holds
/// (text or bytes), and the statements read it as JSON either way.
impl sqlx::Type<sqlx::Any> for Rows {
    fn type_info() -> sqlx::any::AnyTypeInfo {
        <String as sqlx::Type<sqlx::Any>>::type_info()
    }
}

impl sqlx::Encode<'_, sqlx::Any> for Rows {
    fn encode(
        self,
        buf: &mut <sqlx::Any as sqlx::Database>::ArgumentBuffer,
    ) -> Result<sqlx::encode::IsNull, sqlx::error::BoxDynError> {
        match self {
            Rows::Text(text) => sqlx::Encode::<sqlx::Any>::encode(text, buf),
            Rows::Binary(blob) => sqlx::Encode::<sqlx::Any>::encode(blob, buf),
        }
    }

    fn encode_by_ref(
        &self,
        buf: &mut <sqlx::Any as sqlx::Database>::ArgumentBuffer,
    ) -> Result<sqlx::encode::IsNull, sqlx::error::BoxDynError> {
        match self {
            Rows::Text(text) => sqlx::Encode::<sqlx::Any>::encode_by_ref(text, buf),
            Rows::Binary(blob) => sqlx::Encode::<sqlx::Any>::encode_by_ref(blob, buf),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(rows: JsonRows) -> String {
        match rows.finish() {
            Rows::Text(text) => text,
            Rows::Binary(_) => panic!("PostgreSQL's rows are text"),
        }
    }

    /// Writes the same rows for `backend`.
    fn sample(backend: Backend) -> JsonRows {
        let mut rows = JsonRows::new(backend);
        rows.row()
            .text("quote \" backslash \\ newline \n tab \t bell \u{7} é")
            .integer(-5)
            .float(Some(9.8))
            .float(Some(f64::NAN))
            .bytes(&[0, 255])
            .text(&"long ".repeat(20_000))
            .float(Some(1e-7));
        rows.row().text("").integer(0).float(None);
        rows
    }

    #[test]
    fn rows_are_valid_json_whatever_the_text() {
        let parsed: serde_json::Value =
            serde_json::from_str(&text(sample(Backend::Postgres))).expect("valid JSON");
        assert_eq!(
            parsed[0][0][0],
            "quote \" backslash \\ newline \n tab \t bell \u{7} é"
        );
        assert_eq!(parsed[0][0][1], -5);
        assert_eq!(parsed[0][0][2], 9.8);
        assert!(parsed[0][0][3].is_null());
        assert_eq!(parsed[0][0][4], "00ff");
        assert_eq!(parsed[0][1][0], 1e-7);
        assert_eq!(parsed[1][0].as_array().map(Vec::len), Some(3));
        assert_eq!(text(JsonRows::new(Backend::Postgres)), "[]");
    }

    #[tokio::test]
    async fn sqlite_reads_the_binary_rows_as_the_same_json() {
        let dir = tempfile::tempdir().expect("scratch");
        let url = format!("sqlite://{}/bulk.db?mode=rwc", dir.path().display());
        let db = crate::db::Database::connect(&url, 1, std::time::Duration::from_secs(5))
            .await
            .expect("sqlite");
        let as_text = |rows: JsonRows| async {
            let text: String = sqlx::query_scalar("SELECT json(?)")
                .bind(rows.finish())
                .fetch_one(db.pool())
                .await
                .expect("SQLite reads the rows");
            serde_json::from_str::<serde_json::Value>(&text).expect("JSON")
        };
        let expected: serde_json::Value =
            serde_json::from_str(&text(sample(Backend::Postgres))).expect("valid JSON");
        assert_eq!(as_text(sample(Backend::Sqlite)).await, expected);
        assert_eq!(
            as_text(JsonRows::new(Backend::Sqlite)).await,
            serde_json::json!([])
        );
        // And the columns come out as SQL values of their type.
        let (text, integer, float, absent): (String, i64, f64, Option<f64>) = sqlx::query_as(
            "SELECT value ->> '$[0][0]', value ->> '$[0][1]', value ->> '$[0][2]',
                    value ->> '$[0][3]' FROM jsonb_each(?) LIMIT 1",
        )
        .bind(sample(Backend::Sqlite).finish())
        .fetch_one(db.pool())
        .await
        .expect("rows");
        assert_eq!(text, "quote \" backslash \\ newline \n tab \t bell \u{7} é");
        assert_eq!((integer, float, absent), (-5, 9.8, None));
    }

    #[test]
    fn a_row_is_cut_into_groups_in_column_order() {
        let mut rows = JsonRows::new(Backend::Postgres);
        let row = rows.row();
        for value in 0..(2 * GROUP as i64 + 2) {
            row.integer(value);
        }
        let parsed: serde_json::Value = serde_json::from_str(&text(rows)).expect("valid JSON");
        let groups = parsed[0].as_array().expect("groups");
        assert_eq!(groups.len(), 3);
        for index in 0..(2 * GROUP + 2) {
            assert_eq!(groups[index / GROUP][index % GROUP], index as i64);
        }
    }
}
