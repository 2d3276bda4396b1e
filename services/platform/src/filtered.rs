//! Statements whose conditions are the filters a request gives.
//!
//! A list's filters are optional. Written as one statement with a
//! `($n = '' OR column = $n)` condition (or an unbounded time range) for
//! each, a filter not given costs nothing on SQLite, whose planner sees the
//! bound values. PostgreSQL, though, may plan a prepared statement once for
//! any values (its generic plan), and no index serves such a condition: it
//! walked the organisation's deliveries by time to find one notification's.
//! [`Filtered`] writes only the conditions given, so every distinct set of
//! filters is a statement of its own with a plan of its own. Only constant
//! SQL is written into the text; every value is bound.

use sqlx::any::{AnyArguments, AnyRow};
use sqlx::query::Query;
use sqlx::{Any, Row};

use crate::db::{Backend, Database};
use crate::error::{Error, Result};
use crate::pagination::Page;

/// A value bound to a [`Filtered`] statement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    /// A text.
    Text(String),
    /// An integer.
    Integer(i64),
}

impl From<&str> for Value {
    fn from(text: &str) -> Self {
        Value::Text(text.to_owned())
    }
}

impl From<String> for Value {
    fn from(text: String) -> Self {
        Value::Text(text)
    }
}

impl From<i64> for Value {
    fn from(integer: i64) -> Self {
        Value::Integer(integer)
    }
}

/// A struct of columns as a statement reads them, each field the column of
/// its name: from a row, or (in [`Filtered::page_as`]) from a JSON array of
/// the columns in the fields' order; then made into the row a store returns.
/// Declared with [`columns!`](crate::columns).
pub trait Columns: serde::de::DeserializeOwned {
    /// The columns, in the fields' order.
    const COLUMNS: &'static [&'static str];

    /// What the store makes of the columns.
    type Row;

    /// Reads the columns of the fields' names from `row`.
    fn from_row(row: &AnyRow) -> Result<Self>;

    /// The row the columns make: INTERNAL when a stored value is not one the
    /// store writes.
    fn into_row(self) -> Result<Self::Row>;

    /// `row` read and made into [`Columns::Row`].
    fn read(row: &AnyRow) -> Result<Self::Row> {
        Self::from_row(row)?.into_row()
    }
}

/// Declares a struct of columns ([`Columns`](crate::filtered::Columns)): each
/// field is the column of its name, or of the name written after `as` (a
/// column named as a Rust keyword, such as `type`). With `=> Row` after its
/// name, the struct's own `fn row(self) -> Result<Row>` makes its rows;
/// without, the struct is the row. The calling crate depends on `serde`
/// (with `derive`) and `sqlx`.
///
/// ```
/// use secureflow_platform::filtered::Columns;
///
/// /// A channel as the store returns it.
/// struct Channel {
///     id: String,
///     kind: String,
/// }
///
/// secureflow_platform::columns! {
///     /// A channel's columns.
///     struct Stored => Channel {
///         id: String,
///         kind as "type": String,
///         deleted_at_us: Option<i64>,
///     }
/// }
///
/// impl Stored {
///     fn row(self) -> secureflow_platform::Result<Channel> {
///         Ok(Channel { id: self.id, kind: self.kind })
///     }
/// }
///
/// assert_eq!(Stored::COLUMNS, ["id", "type", "deleted_at_us"]);
/// ```
#[macro_export]
macro_rules! columns {
    (@column $field:ident $column:literal) => {
        $column
    };
    (@column $field:ident) => {
        stringify!($field)
    };
    (@declare [$(#[$meta:meta])*] $vis:vis $name:ident => $row:ty, $into:expr, {
        $($(#[$field_meta:meta])* $field:ident $(as $column:literal)?: $type:ty),* $(,)?
    }) => {
        $(#[$meta])*
        #[derive(::serde::Deserialize)]
        $vis struct $name {
            $($(#[$field_meta])* $field: $type),*
        }

        impl $crate::filtered::Columns for $name {
            const COLUMNS: &'static [&'static str] =
                &[$($crate::columns!(@column $field $($column)?)),*];

            type Row = $row;

            fn from_row(row: &::sqlx::any::AnyRow) -> $crate::Result<Self> {
                use ::sqlx::Row as _;
                Ok(Self {
                    $($field: row.try_get($crate::columns!(@column $field $($column)?))?),*
                })
            }

            fn into_row(self) -> $crate::Result<$row> {
                ($into)(self)
            }
        }
    };
    ($(#[$meta:meta])* $vis:vis struct $name:ident { $($fields:tt)* }) => {
        $crate::columns!(@declare [$(#[$meta])*] $vis $name => $name, Ok, { $($fields)* });
    };
    ($(#[$meta:meta])* $vis:vis struct $name:ident => $row:ty { $($fields:tt)* }) => {
        $crate::columns!(@declare [$(#[$meta])*] $vis $name => $row, $name::row, { $($fields)* });
    };
}

/// A `SELECT` built from the conditions a request gives, then ordered and
/// paged.
///
/// ```
/// # use secureflow_platform::filtered::Filtered;
/// let statement = Filtered::new("SELECT * FROM repository_repositories")
///     .bound("organization_id = ?", "org-1")
///     .given("team_id = ?", "")
///     .condition("deleted_at_us IS NULL");
/// assert_eq!(
///     statement.sql(),
///     "SELECT * FROM repository_repositories \
///      WHERE (organization_id = $1) AND (deleted_at_us IS NULL)"
/// );
/// ```
#[derive(Debug, Clone)]
#[must_use = "each method gives the statement back: a condition left unused is not in it"]
pub struct Filtered {
    sql: String,
    values: Vec<Value>,
    conditions: usize,
}

impl Filtered {
    /// A statement that begins with `head` (`SELECT … FROM …`, without
    /// `WHERE`).
    pub fn new(head: &str) -> Self {
        Self {
            sql: head.to_owned(),
            values: Vec::new(),
            conditions: 0,
        }
    }

    /// Adds `condition`, constant SQL (`archived = 0`), in parentheses: an
    /// `OR` in it stays inside.
    pub fn condition(mut self, condition: &str) -> Self {
        self.sql.push_str(if self.conditions == 0 {
            " WHERE ("
        } else {
            " AND ("
        });
        self.sql.push_str(condition);
        self.sql.push(')');
        self.conditions += 1;
        self
    }

    /// Adds `condition` with `value` bound where each `?` in it stands
    /// (`team_id = ?`; `LOWER(email) LIKE ? OR LOWER(name) LIKE ?` binds one
    /// value to both). Both backends read `$n` as the n-th value bound, so a
    /// value used twice is bound once.
    pub fn bound(mut self, condition: &str, value: impl Into<Value>) -> Self {
        self.values.push(value.into());
        let mark = format!("${}", self.values.len());
        self.condition(&condition.replace('?', &mark))
    }

    /// `column` equal to one of `values`, each bound (`column IN ($n, …)`);
    /// no values: a condition no row meets. For a few values, such as a
    /// page's ids.
    pub fn one_of(mut self, column: &str, values: &[String]) -> Self {
        if values.is_empty() {
            return self.condition("1 = 0");
        }
        let mut marks = Vec::with_capacity(values.len());
        for value in values {
            self.values.push(Value::from(value.clone()));
            marks.push(format!("${}", self.values.len()));
        }
        self.condition(&format!("{column} IN ({})", marks.join(", ")))
    }

    /// [`Filtered::bound`] when `value` is not empty (a filter not given).
    pub fn given(self, condition: &str, value: &str) -> Self {
        if value.is_empty() {
            self
        } else {
            self.bound(condition, value)
        }
    }

    /// [`Filtered::bound`] with a `LIKE` pattern matching `text` anywhere,
    /// when `text` is not empty; `text`'s own `%`, `_` and `\` are escaped
    /// with `\`, so `condition` says `LIKE ? ESCAPE '\'`.
    pub fn containing(self, condition: &str, text: &str) -> Self {
        if text.is_empty() {
            return self;
        }
        let mut pattern = String::with_capacity(text.len() + 2);
        pattern.push('%');
        for character in text.chars() {
            if matches!(character, '%' | '_' | '\\') {
                pattern.push('\\');
            }
            pattern.push(character);
        }
        pattern.push('%');
        self.bound(condition, pattern)
    }

    /// `column` at or after `since` and before `until`, each only when given.
    pub fn window(mut self, column: &str, since: Option<i64>, until: Option<i64>) -> Self {
        if let Some(since) = since {
            self = self.bound(&format!("{column} >= ?"), since);
        }
        if let Some(until) = until {
            self = self.bound(&format!("{column} < ?"), until);
        }
        self
    }

    /// The statement's text so far.
    pub fn sql(&self) -> &str {
        &self.sql
    }

    /// The statement as it stands, every value bound: for a read that is
    /// not a page (an aggregate, a count).
    pub fn query(self) -> Query<'static, Any, AnyArguments> {
        // Only constant SQL and placeholders are in the text.
        let mut query = sqlx::query(sqlx::AssertSqlSafe(self.sql));
        for value in self.values {
            query = match value {
                Value::Text(text) => query.bind(text),
                Value::Integer(integer) => query.bind(integer),
            };
        }
        query
    }

    /// The statement for a page of the rows ordered by `order_by` (constant
    /// SQL such as `created_at_us DESC, id DESC`), every value bound: it
    /// fetches `limit + 1` rows, as [`Database::page`] does.
    pub fn paged(mut self, order_by: &str, page: Page) -> Query<'static, Any, AnyArguments> {
        self.values
            .extend([Value::Integer(page.limit + 1), Value::Integer(page.offset)]);
        let count = self.values.len();
        self.sql.push_str(&format!(
            " ORDER BY {order_by} LIMIT ${} OFFSET ${count}",
            count - 1
        ));
        self.query()
    }

    /// A page of the rows ordered by `order_by`, each read as `T` and made
    /// into its [`Columns::Row`]: it fetches `limit + 1` rows, as
    /// [`Database::page`] does.
    ///
    /// On SQLite the page is read as one value: the database builds a JSON
    /// array of the page's rows, each an array of `T`'s [`Columns`], ordered
    /// by `listed_by` (`order_by` over the statement's own columns, without a
    /// table's name before them). One value crosses from SQLite's thread
    /// instead of a value per column of every row, each copied, converted for
    /// `sqlx::Any` and handed over on its own: a page of 50 repositories (15
    /// columns) made 3,850–5,100 pages a second against 2,700–4,050 read row
    /// by row. On PostgreSQL, whose driver reads rows without those hand-offs
    /// and whose server would spend the two cores' time building the JSON
    /// (repositories' pages 2,150 a second so, 2,570 row by row), each row is
    /// read by [`Columns::from_row`].
    pub async fn page_as<T: Columns>(
        self,
        db: &Database,
        (order_by, listed_by): (&str, &str),
        page: Page,
    ) -> Result<Vec<T::Row>> {
        if db.backend() == Backend::Postgres {
            return self.page(db, order_by, page, T::read).await;
        }
        let aggregate =
            crate::bulk::Bulk::new(db.backend()).aggregate_ordered(T::COLUMNS, listed_by);
        // LIMIT and OFFSET are numbers in the text: SQLite prepares a
        // statement again when a value bound to its LIMIT changes.
        let paged = format!(
            " ORDER BY {order_by} LIMIT {} OFFSET {}",
            page.limit + 1,
            page.offset
        );
        let columns: Vec<T> = self.one_value(db, &aggregate, &paged).await?;
        columns.into_iter().map(T::into_row).collect()
    }

    /// Every row of the statement as one value, on both backends: a JSON
    /// array of `expressions` for each row ([`crate::bulk::Bulk::aggregate`],
    /// in no order), read as `T`s (tuples of the expressions' types). For a
    /// few narrow rows, such as the ids a page's items name: one value
    /// crosses from the database instead of a row each.
    pub async fn all_as<T: serde::de::DeserializeOwned>(
        self,
        db: &Database,
        expressions: &[&str],
    ) -> Result<Vec<T>> {
        let aggregate = crate::bulk::Bulk::new(db.backend()).aggregate(expressions);
        self.one_value(db, &aggregate, "").await
    }

    /// The JSON text `aggregate` makes of the statement's rows (`tail`
    /// after it: an order and a page), read as `T`s.
    async fn one_value<T: serde::de::DeserializeOwned>(
        self,
        db: &Database,
        aggregate: &str,
        tail: &str,
    ) -> Result<Vec<T>> {
        let statement = Filtered {
            sql: format!(
                "SELECT {aggregate} AS rows FROM ({}{tail}) AS selected",
                self.sql
            ),
            ..self
        };
        let text: String = statement
            .query()
            .fetch_one(db.pool())
            .await?
            .try_get("rows")?;
        serde_json::from_str(&text).map_err(Error::internal)
    }

    /// A page of the rows (see [`Filtered::paged`]), each read by `read`.
    pub async fn page<T>(
        self,
        db: &Database,
        order_by: &str,
        page: Page,
        read: impl Fn(&AnyRow) -> Result<T>,
    ) -> Result<Vec<T>> {
        db.rows(self.paged(order_by, page), read).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_given_conditions_are_written_and_numbered_in_order() {
        let statement = Filtered::new("SELECT * FROM t")
            .bound("organization_id = ?", "org")
            .given("team_id = ?", "")
            .containing("LOWER(a) LIKE ? OR LOWER(b) LIKE ?", "5%_\\")
            .window("at_us", None, Some(5))
            .condition("archived = 0");
        assert_eq!(
            statement.sql(),
            "SELECT * FROM t WHERE (organization_id = $1) AND (LOWER(a) LIKE $2 OR LOWER(b) LIKE $2) \
             AND (at_us < $3) AND (archived = 0)"
        );
        assert_eq!(
            statement.values,
            vec![
                Value::from("org"),
                Value::from("%5\\%\\_\\\\%".to_owned()),
                Value::Integer(5)
            ]
        );
    }

    #[test]
    fn one_of_binds_each_value_after_those_before() {
        let ids = ["a".to_owned(), "b".to_owned()];
        let statement = Filtered::new("SELECT * FROM t")
            .bound("organization_id = ?", "org")
            .one_of("user_id", &ids)
            .condition("x IS NULL");
        assert_eq!(
            statement.sql(),
            "SELECT * FROM t WHERE (organization_id = $1) AND (user_id IN ($2, $3)) AND (x IS NULL)"
        );
        assert_eq!(
            statement.values,
            vec![Value::from("org"), Value::from("a"), Value::from("b")]
        );
        let none = Filtered::new("SELECT * FROM t").one_of("user_id", &[]);
        assert_eq!(none.sql(), "SELECT * FROM t WHERE (1 = 0)");
    }

    #[test]
    fn without_conditions_there_is_no_where() {
        let statement = Filtered::new("SELECT * FROM t")
            .given("a = ?", "")
            .window("at_us", None, None);
        assert_eq!(statement.sql(), "SELECT * FROM t");
    }
}
