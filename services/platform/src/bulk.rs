//! Bulk statements whose rows travel as one parameter, expanded by the
//! database itself: one SQLite JSONB array (`jsonb_each`), or one PostgreSQL
//! delimited text (`string_to_table`, `string_to_array`); see [`BulkRows`].
//! Binding thousands of rows as individual values costs about a microsecond
//! per value in the driver layers; one parameter per thousand rows costs a
//! fraction of that, and the statement text stays the same for every chunk,
//! so it is prepared once.
//!
//! ```text
//! INSERT INTO t (a, b, scope) SELECT v.a, v.b, ? FROM (<rows>) AS v
//! ```
//! where `<rows>` is [`Bulk::rows`] and the rows are written with
//! [`BulkRows`], each value in the order of the columns. On SQLite a row is an
//! array of groups of [`GROUP`] values (`[[a, b, …], [i, j, …]]`): finding the
//! tenth value of a JSON array means stepping over the nine before it
//! (SQLite's JSONB has no index of its elements), so a row of 30 columns read
//! flat costs 435 steps; grouped, about 130.

use crate::db::{Backend, Placeholders};

/// Values per group within a row.
pub const GROUP: usize = 6;

/// The SQL type of a column carried in bulk rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    /// Text.
    Text,
    /// 64-bit integer.
    Integer,
    /// 64-bit integer, or null.
    NullableInteger,
    /// Double, or null.
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

    /// `SELECT <columns> FROM <the rows bound at the next placeholder>`:
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
                        // a[1] is the empty text before the row's first value.
                        let value = format!("a[{}]", index + 2);
                        match column {
                            Column::Text => format!("{value} AS {name}"),
                            Column::Integer => format!("CAST({value} AS BIGINT) AS {name}"),
                            Column::NullableInteger => {
                                format!("CAST(NULLIF({value}, '') AS BIGINT) AS {name}")
                            }
                            Column::Float => {
                                format!("CAST(NULLIF({value}, '') AS DOUBLE PRECISION) AS {name}")
                            }
                            Column::Bytes => format!("decode({value}, 'hex') AS {name}"),
                        }
                    }
                }
            })
            .collect();
        match self.backend {
            Backend::Sqlite => format!("SELECT {} FROM jsonb_each({parameter})", select.join(", ")),
            // The text starts with its separators, the row separator and the
            // field separator; the rows follow, each after a row separator
            // (see `BulkRows`).
            Backend::Postgres => format!(
                "SELECT {} FROM string_to_table({parameter}, left({parameter}, {SEPARATOR})) \
                 WITH ORDINALITY AS r(line, n), \
                 LATERAL string_to_array(r.line, substr({parameter}, {}, {SEPARATOR})) AS a \
                 WHERE r.n > 2 ORDER BY r.n",
                select.join(", "),
                SEPARATOR + 1
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

    /// An aggregate turning the selected rows' `expression` into one JSON
    /// text, an array of its values in the order `order_by` gives (`[]` for
    /// no rows): a row's list of ids (a team's members) in a column of its
    /// own, from a subquery, instead of a statement of its own for each row.
    pub fn list_ordered(&self, expression: &str, order_by: &str) -> String {
        match self.backend {
            Backend::Sqlite => format!("json_group_array({expression} ORDER BY {order_by})"),
            Backend::Postgres => {
                format!("CAST(COALESCE(json_agg({expression} ORDER BY {order_by}), '[]') AS TEXT)")
            }
        }
    }

    /// [`Bulk::aggregate`] with the array in the order `order_by` gives
    /// (constant SQL naming the selected rows' columns): for a page, whose
    /// few rows cost nothing to sort again.
    pub fn aggregate_ordered(&self, expressions: &[&str], order_by: &str) -> String {
        let list = expressions.join(", ");
        match self.backend {
            Backend::Sqlite => format!("json_group_array(json_array({list}) ORDER BY {order_by})"),
            Backend::Postgres => format!(
                "CAST(COALESCE(json_agg(json_build_array({list}) ORDER BY {order_by}), '[]') AS TEXT)"
            ),
        }
    }

    /// Two aggregates over the selected rows: `COUNT(*) AS {name}_rows` and
    /// `{name}`, one text holding every row, each the record separator
    /// (U+001E) followed by its `expressions` (texts or numbers, never null),
    /// each after the unit separator (U+001F). Cheaper for the database to
    /// build than JSON, and for Rust to read (no escapes): 100,000 rows of a
    /// branch's vulnerabilities on PostgreSQL, 0.38–0.5 s as JSON, 0.22 s so.
    /// Read it with [`split_delimited`], which checks it against the count.
    pub fn delimited_aggregate(&self, expressions: &[&str], name: &str) -> String {
        let (record, unit) = match self.backend {
            Backend::Sqlite => ("char(30)", "char(31)"),
            Backend::Postgres => ("chr(30)", "chr(31)"),
        };
        let row: Vec<String> = expressions
            .iter()
            .map(|expression| format!("{unit} || CAST({expression} AS TEXT)"))
            .collect();
        let aggregate = match self.backend {
            Backend::Sqlite => "group_concat",
            Backend::Postgres => "string_agg",
        };
        format!(
            "COUNT(*) AS {name}_rows, COALESCE({aggregate}({record} || {}, ''), '') AS {name}",
            row.join(" || ")
        )
    }

    /// A condition that `column` is one of the `key` values of `source` (a
    /// [`Bulk::rows`]), for an `UPDATE … FROM (source)` of a few rows of a
    /// table that grows fast. PostgreSQL estimates a bulk source at hundreds
    /// of rows whatever it holds; with the table's statistics behind its
    /// growth it joins them by hashing a scan of the whole table, every
    /// statement (the notification courier's outcomes: 35 ms for a batch of
    /// 15 among 30,000 deliveries its statistics counted as 4,000, which
    /// bounded the courier to 400–600 deliveries a second). An array of a
    /// subquery is estimated at ten rows, so the table is read by its index
    /// whatever its statistics say. On
    /// SQLite, `TRUE`: it looks the rows up by key already (and its `?`
    /// placeholders would need the rows bound twice).
    pub fn among(&self, column: &str, source: &str, key: &str) -> String {
        match self.backend {
            Backend::Sqlite => "TRUE".to_owned(),
            Backend::Postgres => {
                format!("{column} = ANY(ARRAY(SELECT {key} FROM ({source}) AS keys))")
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

/// The rows of a [`Bulk::delimited_aggregate`] of `columns` expressions that
/// counted `rows`, each its values in order, read as they are iterated;
/// `None` when the text does not hold exactly that many rows of that many
/// values — a value held a separator (a value can only add separators, never
/// remove any, so counting them is enough), and the caller reads the rows
/// another way.
pub fn split_delimited(
    text: &str,
    rows: i64,
    columns: usize,
) -> Option<impl Iterator<Item = Vec<&str>>> {
    let rows = usize::try_from(rows).ok()?;
    let records = memchr::memchr_iter(ROW_MARK, text.as_bytes()).count();
    let units = memchr::memchr_iter(FIELD_MARK, text.as_bytes()).count();
    let whole = records == rows
        && Some(units) == rows.checked_mul(columns)
        && (rows == 0 || text.starts_with('\u{1e}'));
    whole.then(|| {
        text.split('\u{1e}')
            .skip(1)
            .map(|line| line.split('\u{1f}').skip(1).collect())
    })
}

/// Writes the rows of a bulk statement, one value at a time, in the form the
/// backend reads fastest.
///
/// - **SQLite**: a JSON array of rows, each an array of groups of [`GROUP`]
///   values, as SQLite's own binary JSON (JSONB, <https://sqlite.org/jsonb.html>),
///   which SQLite reads without parsing: every element starts with a header
///   giving its type and size, and texts are carried as they are (no escapes
///   to write in Rust, none to undo in SQLite). For 100,000 vulnerability
///   rows that took a fifth off the SQLite time of the insert.
/// - **PostgreSQL**: delimited text, split by `string_to_table` and
///   `string_to_array`. PostgreSQL has no binary JSON to bind, and parsing
///   JSON text is its slowest step: 100,000 vulnerability rows (78 MB of
///   JSON) took 2.0 s to insert with no index on the table, 1.2 s as
///   delimited text (measured in SQL alone). The text starts with its two
///   separators, each a control character and seven random letters or
///   digits: the row separator, then the field separator. Then each row is
///   the row separator followed by its values, each after the field
///   separator (so no row is an empty text). A value containing either separator makes
///   the writer draw new ones and rewrite those already written, so no value
///   can ever be split or run into the next (a report cannot guess them).
///   A null is the empty text (only floats can be null).
/// - **PostgreSQL `COPY`** ([`BulkRows::staged`]): the text format of `COPY`,
///   each row led by its batch, for [`Staging`].
#[derive(Debug)]
pub struct BulkRows {
    out: Vec<u8>,
    form: Form,
    rows: usize,
    in_row: bool,
    values_in_row: usize,
    /// Where the headers of the open arrays are (binary: the outer array,
    /// the row, the group), to be given their sizes when they close.
    open: Vec<usize>,
    /// The separators of the delimited form: between rows, between values.
    separators: Separators,
}

/// How [`BulkRows`] writes its rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Form {
    /// SQLite JSONB.
    Binary,
    /// Delimited text (PostgreSQL, bound).
    Delimited,
    /// `COPY` text, each row led by the batch (PostgreSQL, staged).
    Copy(i64),
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

/// Bytes in a separator of the delimited form.
const SEPARATOR: usize = 8;

/// The first byte of the delimited form's row and field separators (ASCII's
/// record and unit separators); the other seven are letters or digits, so a
/// separator can only be found where it was written. A
/// [`Bulk::delimited_aggregate`] uses these bytes alone (what it reads is
/// checked against its row count instead).
const ROW_MARK: u8 = 0x1E;
const FIELD_MARK: u8 = 0x1F;

/// The two separators of the delimited form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Separators {
    row: [u8; SEPARATOR],
    field: [u8; SEPARATOR],
}

impl Separators {
    /// New separators, random but for their first byte.
    fn draw() -> Self {
        const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        /// Draws so far: without the system's randomness, each draw still
        /// differs from the last (the separators are checked against every
        /// value either way; they are only easier to guess).
        static DRAWS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
        let mut random = [0u8; 2 * (SEPARATOR - 1)];
        if getrandom::fill(&mut random).is_err() {
            let draw = DRAWS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            random = std::array::from_fn(|at| (draw >> (at % 8 * 8)) as u8 ^ (at as u8 * 61));
        }
        let mut separators = Self {
            row: [ROW_MARK; SEPARATOR],
            field: [FIELD_MARK; SEPARATOR],
        };
        for (at, byte) in random.iter().enumerate() {
            let letter = ALPHABET[usize::from(*byte) % ALPHABET.len()];
            if at < SEPARATOR - 1 {
                separators.row[at + 1] = letter;
            } else {
                separators.field[at + 2 - SEPARATOR] = letter;
            }
        }
        separators
    }

    /// Whether `bytes` holds either separator.
    fn found_in(&self, bytes: &[u8]) -> bool {
        memchr::memchr2_iter(ROW_MARK, FIELD_MARK, bytes).any(|at| {
            let candidate = &bytes[at..bytes.len().min(at + SEPARATOR)];
            candidate == self.row || candidate == self.field
        })
    }
}

impl BulkRows {
    /// No rows yet, in the form `backend` reads.
    pub fn new(backend: Backend) -> Self {
        let mut rows = Self::of(match backend {
            Backend::Sqlite => Form::Binary,
            Backend::Postgres => Form::Delimited,
        });
        if rows.form == Form::Binary {
            rows.open_array();
        } else {
            let Separators { row, field } = rows.separators;
            rows.out.extend_from_slice(&row);
            rows.out.extend_from_slice(&field);
        }
        rows
    }

    /// No rows yet, in the text format of PostgreSQL's `COPY`, each row led
    /// by `batch` (see [`Stager::rows`]).
    fn staged(batch: i64) -> Self {
        Self::of(Form::Copy(batch))
    }

    fn of(form: Form) -> Self {
        Self {
            out: Vec::new(),
            form,
            rows: 0,
            in_row: false,
            values_in_row: 0,
            open: Vec::with_capacity(3),
            separators: Separators::draw(),
        }
    }

    fn open_array(&mut self) {
        self.open.push(self.out.len());
        self.out
            .extend_from_slice(&[0xE0 | JSONB_ARRAY, 0, 0, 0, 0]);
    }

    fn close_array(&mut self) {
        if let Some(at) = self.open.pop() {
            let size = self.out.len() - at - ARRAY_HEADER;
            let size = u32::try_from(size).unwrap_or(u32::MAX).to_be_bytes();
            self.out[at + 1..at + ARRAY_HEADER].copy_from_slice(&size);
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
        match self.form {
            Form::Binary => {
                self.open_array();
                self.open_array();
            }
            Form::Delimited => self.out.extend_from_slice(&self.separators.row),
            Form::Copy(batch) => {
                // Writing into a `Vec` cannot fail.
                let _ = std::io::Write::write_fmt(&mut self.out, format_args!("{batch}"));
            }
        }
        self.rows += 1;
        self.in_row = true;
        self.values_in_row = 0;
        self
    }

    fn separator(&mut self) {
        match self.form {
            Form::Delimited => self.out.extend_from_slice(&self.separators.field),
            Form::Copy(_) => self.out.push(b'\t'),
            Form::Binary => {
                if self.values_in_row > 0 && self.values_in_row.is_multiple_of(GROUP) {
                    self.close_array();
                    self.open_array();
                }
            }
        }
        self.values_in_row += 1;
    }

    /// A value written as it is (a number; a text in the delimited form).
    fn plain(&mut self, kind: u8, text: &str) {
        if self.form == Form::Binary {
            self.header(kind, text.len());
        }
        self.out.extend_from_slice(text.as_bytes());
    }

    /// A null (written after its separator).
    fn null(&mut self) {
        match self.form {
            Form::Binary => self.out.push(JSONB_NULL),
            Form::Delimited => {}
            Form::Copy(_) => self.out.extend_from_slice(b"\\N"),
        }
    }

    /// A text value.
    pub fn text(&mut self, value: &str) -> &mut Self {
        self.separator();
        match self.form {
            Form::Copy(_) => self.escaped(value.as_bytes()),
            Form::Delimited if self.separators.found_in(value.as_bytes()) => {
                self.separate_anew(value.as_bytes());
                self.plain(JSONB_TEXT_RAW, value);
            }
            _ => self.plain(JSONB_TEXT_RAW, value),
        }
        self
    }

    /// `value` in `COPY`'s text format: a backslash, a tab, a newline and a
    /// carriage return escaped (all else is taken as it is).
    fn escaped(&mut self, value: &[u8]) {
        let special = |byte: &u8| matches!(byte, b'\\' | b'\t' | b'\n' | b'\r');
        if !value.iter().any(special) {
            self.out.extend_from_slice(value);
            return;
        }
        let mut copied = 0;
        for (at, byte) in value.iter().enumerate() {
            let escape = match byte {
                b'\\' => b'\\',
                b'\t' => b't',
                b'\n' => b'n',
                b'\r' => b'r',
                _ => continue,
            };
            self.out.extend_from_slice(&value[copied..at]);
            self.out.extend_from_slice(&[b'\\', escape]);
            copied = at + 1;
        }
        self.out.extend_from_slice(&value[copied..]);
    }

    /// Draws separators found neither in what is written nor in `value`, and
    /// rewrites the separators already written with them.
    fn separate_anew(&mut self, value: &[u8]) {
        let old = self.separators;
        let new = loop {
            let new = Separators::draw();
            if new.row != old.row
                && new.field != old.field
                && !new.found_in(&self.out)
                && !new.found_in(value)
            {
                break new;
            }
        };
        let mut out = Vec::with_capacity(self.out.len());
        let mut copied = 0;
        for at in memchr::memchr2_iter(ROW_MARK, FIELD_MARK, &self.out) {
            if at < copied {
                continue;
            }
            let candidate = &self.out[at..self.out.len().min(at + SEPARATOR)];
            let replacement = if candidate == old.row {
                new.row
            } else if candidate == old.field {
                new.field
            } else {
                continue;
            };
            out.extend_from_slice(&self.out[copied..at]);
            out.extend_from_slice(&replacement);
            copied = at + SEPARATOR;
        }
        out.extend_from_slice(&self.out[copied..]);
        self.out = out;
        self.separators = new;
    }

    /// An integer value.
    pub fn integer(&mut self, value: i64) -> &mut Self {
        self.separator();
        self.plain(JSONB_INT, &value.to_string());
        self
    }

    /// An integer value, or null.
    pub fn nullable_integer(&mut self, value: Option<i64>) -> &mut Self {
        match value {
            Some(value) => self.integer(value),
            None => {
                self.separator();
                self.null();
                self
            }
        }
    }

    /// A floating-point value, or null (also for values JSON cannot carry).
    pub fn float(&mut self, value: Option<f64>) -> &mut Self {
        self.separator();
        match value.filter(|v| v.is_finite()) {
            // Rust's `{:?}` of a finite double is a JSON number (`1.0`, `1e-7`),
            // which PostgreSQL's cast reads too.
            Some(value) => self.plain(JSONB_FLOAT, &format!("{value:?}")),
            None => self.null(),
        }
        self
    }

    /// Bytes, as hex (for `COPY`, as `bytea`'s hex form).
    pub fn bytes(&mut self, value: &[u8]) -> &mut Self {
        match self.form {
            Form::Copy(_) => self.text(&format!("\\x{}", hex::encode(value))),
            _ => self.text(&hex::encode(value)),
        }
    }

    fn close_row(&mut self) {
        if self.in_row {
            match self.form {
                Form::Binary => {
                    self.close_array();
                    self.close_array();
                }
                Form::Copy(_) => self.out.push(b'\n'),
                Form::Delimited => {}
            }
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

    /// The rows, to bind to the statement's rows parameter.
    pub fn finish(mut self) -> Rows {
        self.close_row();
        if self.form == Form::Binary {
            self.close_array();
            Rows::Binary(self.out)
        } else if let Form::Copy(batch) = self.form {
            Rows::Staged(batch, self.out)
        } else {
            // Only `&str` values and ASCII were written: valid UTF-8 (were it
            // not, the rows would still arrive, not vanish).
            Rows::Text(
                String::from_utf8(self.out)
                    .unwrap_or_else(|error| String::from_utf8_lossy(error.as_bytes()).into_owned()),
            )
        }
    }
}

/// The rows of a bulk statement, as the backend reads them (see [`BulkRows`]):
/// bound like any other value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Rows {
    /// Delimited text (PostgreSQL).
    Text(String),
    /// SQLite JSONB.
    Binary(Vec<u8>),
    /// `COPY` text of a batch, staged with [`Stager::stage`] (never bound).
    Staged(i64, Vec<u8>),
}

/// Declared as text for both forms: the drivers bind a value by what it holds
/// (text or bytes), and each backend's statements read the form written for it.
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
            Rows::Staged(..) => Err(STAGED_NOT_BOUND.into()),
        }
    }

    fn encode_by_ref(
        &self,
        buf: &mut <sqlx::Any as sqlx::Database>::ArgumentBuffer,
    ) -> Result<sqlx::encode::IsNull, sqlx::error::BoxDynError> {
        match self {
            Rows::Text(text) => sqlx::Encode::<sqlx::Any>::encode_by_ref(text, buf),
            Rows::Binary(blob) => sqlx::Encode::<sqlx::Any>::encode_by_ref(blob, buf),
            Rows::Staged(..) => Err(STAGED_NOT_BOUND.into()),
        }
    }
}

const STAGED_NOT_BOUND: &str = "rows written for COPY are staged (`Stager::stage`), not bound";

/// Bulk rows on PostgreSQL staged with `COPY`, on a connection of their own,
/// in an unlogged table; then a statement of the caller's transaction moves a
/// batch into its table (`INSERT … SELECT … FROM <staging> WHERE batch = $n`)
/// while the next batch is staged.
///
/// `COPY` is PostgreSQL's fast path for loading rows, and the only one sqlx's
/// `Any` driver cannot take (it knows nothing of `COPY`'s messages): so it
/// runs on a PostgreSQL connection beside the transaction's. Each batch is
/// committed to the staging table before the transaction reads it, and
/// removed once read, and the table vacuumed in the background once staging
/// ends ([`Stager::finish`]); what a failed write leaves behind is removed
/// after an hour by the next writer to the table (unlogged: nothing of it is written
/// to the write-ahead log, and PostgreSQL empties it after a crash). Splitting
/// the rows out of one bound text cost PostgreSQL more than keeping up the
/// table's indexes (100,000 vulnerability rows: ~0.7 s of ~2.3 s); `COPY`
/// reads them in about a third of that, on the server's other core, while the
/// transaction inserts the previous batch.
///
/// A staging table: `batch BIGINT NOT NULL` (indexed) and the columns staged,
/// typed as their table's, and a sequence `<table>_batch`.
#[derive(Debug, Clone)]
pub struct Staging {
    pool: sqlx::PgPool,
}

/// Staged batches older than this are left over from a failed write.
const STAGED_FOR_AT_MOST: std::time::Duration = std::time::Duration::from_secs(3600);

/// Bits of a batch number below its time (milliseconds since the Unix epoch):
/// those of the staging table's sequence.
const BATCH_SEQUENCE_BITS: u32 = 22;

impl Staging {
    pub(crate) fn new(pool: sqlx::PgPool) -> Self {
        Self { pool }
    }

    /// A connection staging `columns` into `table` (names from the code, never
    /// from input), once it has removed the batches of the table that a failed
    /// write left behind.
    pub async fn stager(
        &self,
        table: &'static str,
        columns: &[&str],
    ) -> crate::error::Result<Stager> {
        let mut connection = self.pool.acquire().await?;
        let cutoff = batch_number(
            std::time::SystemTime::now()
                .checked_sub(STAGED_FOR_AT_MOST)
                .unwrap_or(std::time::UNIX_EPOCH),
            0,
        );
        sqlx::query(sqlx::AssertSqlSafe(format!(
            "DELETE FROM {table} WHERE batch < $1"
        )))
        .bind(cutoff)
        .execute(&mut *connection)
        .await?;
        Ok(Stager {
            pool: self.pool.clone(),
            connection,
            copy: format!("COPY {table} (batch, {}) FROM STDIN", columns.join(", ")),
            next: format!("SELECT nextval('{table}_batch')"),
            discard: format!("DELETE FROM {table} WHERE batch = $1"),
            vacuum: format!("VACUUM {table}"),
        })
    }
}

/// The batch number of a sequence value drawn at `time`: later batches have
/// larger numbers (but for those of one millisecond), and two batches share a
/// number only if 2^22 values of the sequence were drawn within one
/// millisecond.
fn batch_number(time: std::time::SystemTime, sequence: i64) -> i64 {
    let millis = time
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default()
        .as_millis();
    let millis =
        i64::try_from(millis).unwrap_or(i64::MAX) & ((1 << (63 - BATCH_SEQUENCE_BITS)) - 1);
    (millis << BATCH_SEQUENCE_BITS) | (sequence & ((1 << BATCH_SEQUENCE_BITS) - 1))
}

/// A connection staging rows into one table (see [`Staging`]).
#[derive(Debug)]
pub struct Stager {
    pool: sqlx::PgPool,
    connection: sqlx::pool::PoolConnection<sqlx::Postgres>,
    copy: String,
    next: String,
    discard: String,
    vacuum: String,
}

/// How long after staging ends its table is vacuumed: time for the
/// transaction that moved the batches to end (rows it could still see are
/// not removed).
const VACUUM_AFTER: std::time::Duration = std::time::Duration::from_secs(5);

impl Stager {
    /// Rows of a new batch, in the staged columns' order.
    pub async fn rows(&mut self) -> crate::error::Result<BulkRows> {
        let sequence: i64 = sqlx::query_scalar(sqlx::AssertSqlSafe(self.next.clone()))
            .fetch_one(&mut *self.connection)
            .await?;
        Ok(BulkRows::staged(batch_number(
            std::time::SystemTime::now(),
            sequence,
        )))
    }

    /// Copies `rows` (from [`Stager::rows`]) into the staging table; their batch.
    pub async fn stage(&mut self, rows: Rows) -> crate::error::Result<i64> {
        let Rows::Staged(batch, data) = rows else {
            return Err(crate::error::Error::internal(
                "only rows written by `Stager::rows` can be staged",
            ));
        };
        let mut copy = self.connection.copy_in_raw(&self.copy).await?;
        let sent = copy.send(data).await.map(|_| ());
        if let Err(error) = sent {
            // Ends the `COPY`, so the connection can be used again.
            let _ = copy.abort("the rows could not be sent").await;
            return Err(error.into());
        }
        copy.finish().await?;
        Ok(batch)
    }

    /// Removes a batch once it has been moved into its table.
    pub async fn discard(&mut self, batch: i64) -> crate::error::Result<()> {
        sqlx::query(sqlx::AssertSqlSafe(self.discard.clone()))
            .bind(batch)
            .execute(&mut *self.connection)
            .await?;
        Ok(())
    }

    /// Ends staging. Every batch moved leaves its rows dead in the staging
    /// table: shortly after, once the transaction that moved them is over,
    /// the table is vacuumed in the background, so that its space is used
    /// again whether or not the server's autovacuum runs (without it, the
    /// table would grow by every import's rows).
    pub fn finish(self) {
        self.vacuum_after(VACUUM_AFTER);
    }

    fn vacuum_after(self, delay: std::time::Duration) {
        let Self { pool, vacuum, .. } = self;
        // The connection goes back to the pool meanwhile: closing the
        // database does not wait for the delay, and skips the vacuum.
        tokio::spawn(async move {
            tokio::time::sleep(delay).await;
            if pool.is_closed() {
                return;
            }
            let vacuumed = sqlx::raw_sql(sqlx::AssertSqlSafe(vacuum))
                .execute(&pool)
                .await;
            if let Err(error) = vacuumed
                && !pool.is_closed()
            {
                tracing::warn!(%error, "vacuuming a staging table failed");
            }
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The rows of the delimited form, split as PostgreSQL splits them.
    fn delimited(rows: BulkRows) -> Vec<Vec<String>> {
        let Rows::Text(text) = rows.finish() else {
            panic!("PostgreSQL's rows are text");
        };
        let (row, rest) = text.split_at(SEPARATOR);
        let (field, rest) = rest.split_at(SEPARATOR);
        assert!(row.starts_with('\u{1e}') && field.starts_with('\u{1f}'));
        rest.split(row)
            .skip(1)
            .map(|line| line.split(field).skip(1).map(str::to_owned).collect())
            .collect()
    }

    /// Writes the same rows for `backend`.
    fn sample(backend: Backend) -> BulkRows {
        let mut rows = BulkRows::new(backend);
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

    /// [`sample`] as JSON.
    fn expected() -> serde_json::Value {
        serde_json::json!([
            [
                [
                    "quote \" backslash \\ newline \n tab \t bell \u{7} é",
                    -5,
                    9.8,
                    null,
                    "00ff",
                    "long ".repeat(20_000)
                ],
                [1e-7]
            ],
            [["", 0, null]]
        ])
    }

    #[test]
    fn delimited_rows_hold_every_value_as_text() {
        assert_eq!(
            delimited(sample(Backend::Postgres)),
            vec![
                vec![
                    "quote \" backslash \\ newline \n tab \t bell \u{7} é".to_owned(),
                    "-5".to_owned(),
                    "9.8".to_owned(),
                    String::new(),
                    "00ff".to_owned(),
                    "long ".repeat(20_000),
                    "1e-7".to_owned(),
                ],
                vec![String::new(), "0".to_owned(), String::new()],
            ]
        );
        assert!(delimited(BulkRows::new(Backend::Postgres)).is_empty());
    }

    #[test]
    fn delimited_aggregates_are_read_only_when_whole() {
        let text = "\u{1e}\u{1f}a\u{1f}1\u{1e}\u{1f}\u{1f}2";
        let read = |text, rows| split_delimited(text, rows, 2).map(Iterator::collect::<Vec<_>>);
        assert_eq!(read(text, 2), Some(vec![vec!["a", "1"], vec!["", "2"]]));
        assert_eq!(read("", 0), Some(Vec::new()));
        // A value holding a unit separator adds a value; one holding a record
        // separator adds a row (here a forged one of the right width).
        assert_eq!(read("\u{1e}\u{1f}a\u{1f}b\u{1f}1", 1), None);
        let forged = "\u{1e}\u{1f}a\u{1e}\u{1f}x\u{1f}9\u{1f}1";
        assert_eq!(read(forged, 1), None);
        assert_eq!(read(text, 3), None);
    }

    #[test]
    fn a_value_holding_a_separator_makes_new_ones() {
        let mut rows = BulkRows::new(Backend::Postgres);
        let Separators { row, field } = rows.separators;
        let (row, field) = (
            String::from_utf8(row.to_vec()).expect("ASCII"),
            String::from_utf8(field.to_vec()).expect("ASCII"),
        );
        // The control characters alone are ordinary text.
        let plain = "record \u{1e} unit \u{1f} separators".to_owned();
        let forged = format!("a{row}b{field}c");
        rows.row().text("first").text(&plain).integer(1);
        rows.row().text(&forged).text(&field).integer(2);
        rows.row().text(&row).text("").integer(3);
        assert_ne!(rows.separators.row, *row.as_bytes());
        assert_eq!(
            delimited(rows),
            vec![
                vec!["first".to_owned(), plain, "1".to_owned()],
                vec![forged, field, "2".to_owned()],
                vec![row, String::new(), "3".to_owned()],
            ]
        );
    }

    #[test]
    fn staged_rows_are_copy_text_led_by_their_batch() {
        let mut rows = BulkRows::staged(42);
        rows.row()
            .text("tab \t newline \n return \r backslash \\ N")
            .integer(-5)
            .float(None)
            .float(Some(f64::INFINITY))
            .nullable_integer(None)
            .bytes(&[0, 255])
            .float(Some(1e-7));
        rows.row().text("").integer(0).float(Some(9.8));
        let Rows::Staged(42, text) = rows.finish() else {
            panic!("staged rows");
        };
        assert_eq!(
            String::from_utf8(text).expect("UTF-8"),
            "42\ttab \\t newline \\n return \\r backslash \\\\ N\t-5\t\\N\t\\N\t\\N\t\\\\x00ff\t1e-7\n\
             42\t\t0\t9.8\n"
        );
        let Rows::Staged(7, text) = BulkRows::staged(7).finish() else {
            panic!("staged rows");
        };
        assert!(text.is_empty());
    }

    #[test]
    fn batch_numbers_grow_with_time_and_keep_the_sequence() {
        let at = std::time::UNIX_EPOCH + std::time::Duration::from_millis(1_764_979_200_123);
        let later = at + std::time::Duration::from_millis(1);
        assert!(batch_number(later, 0) > batch_number(at, (1 << BATCH_SEQUENCE_BITS) - 1));
        assert_ne!(batch_number(at, 1), batch_number(at, 2));
        assert_eq!(batch_number(at, 5) & ((1 << BATCH_SEQUENCE_BITS) - 1), 5);
        assert!(batch_number(at, i64::MAX) > 0);
    }

    /// Rows staged with `COPY` arrive as written; what a failed write left
    /// behind is removed by the next stager, a batch moved by `discard`.
    #[tokio::test]
    async fn postgres_stages_rows_with_copy() {
        let Some(database) = crate::testkit::TestDatabase::postgres().await else {
            return;
        };
        let db = database.connect().await;
        for sql in [
            "CREATE UNLOGGED TABLE staged (batch BIGINT NOT NULL, a TEXT NOT NULL, b BIGINT, c DOUBLE PRECISION, d BYTEA)",
            "CREATE SEQUENCE staged_batch",
            // Left by a write that failed long ago (batch 1: the Unix epoch).
            "INSERT INTO staged (batch, a) VALUES (1, 'left over')",
        ] {
            db.execute_trusted(sql.to_owned())
                .await
                .expect("setting up");
        }
        let staging = db.staging().expect("PostgreSQL stages");
        let mut stager = staging
            .stager("staged", &["a", "b", "c", "d"])
            .await
            .expect("a stager");
        let text = "quote \" backslash \\ newline \n tab \t return \r bell \u{7} é \\N";
        let mut rows = stager.rows().await.expect("a batch");
        rows.row()
            .text(text)
            .integer(-5)
            .float(Some(9.8))
            .bytes(&[0, 255]);
        rows.row()
            .text("")
            .nullable_integer(None)
            .float(None)
            .bytes(&[]);
        let batch = stager.stage(rows.finish()).await.expect("staged");
        let mut second = stager.rows().await.expect("another batch");
        second
            .row()
            .text("second")
            .integer(2)
            .float(None)
            .bytes(&[1]);
        let second = stager.stage(second.finish()).await.expect("staged");
        assert!(second > batch);
        type Staged = (i64, String, Option<i64>, Option<f64>, String);
        let read = || async {
            sqlx::query_as::<_, Staged>(
                "SELECT batch, a, b, c, encode(d, 'hex') FROM staged ORDER BY batch, a DESC",
            )
            .fetch_all(db.pool())
            .await
            .expect("reading the staged rows")
        };
        assert_eq!(
            read().await,
            vec![
                (
                    batch,
                    text.to_owned(),
                    Some(-5),
                    Some(9.8),
                    "00ff".to_owned()
                ),
                (batch, String::new(), None, None, String::new()),
                (second, "second".to_owned(), Some(2), None, "01".to_owned()),
            ]
        );
        stager.discard(batch).await.expect("discarded");
        assert_eq!(read().await.len(), 1);
        // Bound rows of another form are refused, and nothing is staged.
        let error = stager
            .stage(BulkRows::new(Backend::Postgres).finish())
            .await
            .expect_err("not staged rows");
        assert!(error.to_string().contains("Stager::rows"), "{error}");
        // The discarded batch's dead rows are vacuumed once staging ends.
        stager.vacuum_after(std::time::Duration::ZERO);
        let mut vacuumed = 0;
        for _ in 0..100 {
            vacuumed = sqlx::query_scalar::<_, i64>(
                "SELECT vacuum_count FROM pg_stat_user_tables WHERE relid = CAST('staged' AS regclass)",
            )
            .fetch_one(db.pool())
            .await
            .expect("the table's statistics");
            if vacuumed > 0 {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        assert_eq!(vacuumed, 1, "vacuumed once staging ended");
        db.close().await;
        database.cleanup().await;
    }

    #[tokio::test]
    async fn sqlite_reads_the_binary_rows_as_json() {
        let dir = tempfile::tempdir().expect("scratch");
        let url = format!("sqlite://{}/bulk.db?mode=rwc", dir.path().display());
        let db = crate::db::Database::connect(&url, 1, std::time::Duration::from_secs(5))
            .await
            .expect("sqlite");
        let as_json = |rows: BulkRows| async {
            let text: String = sqlx::query_scalar("SELECT json(?)")
                .bind(rows.finish())
                .fetch_one(db.pool())
                .await
                .expect("SQLite reads the rows");
            serde_json::from_str::<serde_json::Value>(&text).expect("JSON")
        };
        assert_eq!(as_json(sample(Backend::Sqlite)).await, expected());
        assert_eq!(
            as_json(BulkRows::new(Backend::Sqlite)).await,
            serde_json::json!([])
        );
        // A row is cut into groups of `GROUP` values, in column order.
        let mut rows = BulkRows::new(Backend::Sqlite);
        let row = rows.row();
        for value in 0..(2 * GROUP as i64 + 2) {
            row.integer(value);
        }
        let groups: Vec<Vec<i64>> = (0..2 * GROUP as i64 + 2)
            .collect::<Vec<_>>()
            .chunks(GROUP)
            .map(<[i64]>::to_vec)
            .collect();
        assert_eq!(as_json(rows).await, serde_json::json!([groups]));
    }
}
