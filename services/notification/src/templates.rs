//! Templates: an organisation's own, checked when saved (syntax with line
//! and column, unknown variables, a render with the event's sample), the
//! shipped defaults (read-only, listed after the organisation's own, id
//! `shipped:<event type>`), previews, and the template a message of an
//! event on a channel type renders with.

use secureflow_platform::db::{Database, now_micros};
use secureflow_platform::error::ErrorCode;
use secureflow_platform::pagination::Page;
use secureflow_platform::update_mask;
use secureflow_platform::{Error, Result};

use crate::domain::channels::Kind;
use crate::domain::invalid;
use crate::domain::templates::{self, EVENTS, Part};
use crate::store::deliveries::Rendered;
use crate::store::templates::{self as store, TemplateRow};

/// Fields `UpdateTemplate` may change.
const UPDATABLE: [&str; 6] = [
    "name",
    "event_type",
    "channel_type",
    "subject",
    "body",
    "html_body",
];

/// Prefix of a shipped template's id.
pub const SHIPPED: &str = "shipped:";

/// Most of an organisation's own templates listed with the shipped ones.
const OWN_MAX: i64 = 1000;

/// Longest template part.
const PART_MAX: usize = 64 * 1024;

/// A template as the API shows it: the organisation's own or a shipped one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shown {
    /// The template (a shipped one has an id `shipped:<event type>`, no
    /// organisation and times 0).
    pub row: TemplateRow,
    /// Shipped with the product.
    pub shipped: bool,
}

/// A template as a request gives it.
#[derive(Debug, Clone, Default)]
pub struct Input {
    /// Name.
    pub name: String,
    /// Event type.
    pub event_type: String,
    /// Channel type (`None`: every type).
    pub channel_type: Option<Kind>,
    /// Subject.
    pub subject: String,
    /// Text body.
    pub body: String,
    /// HTML body.
    pub html_body: String,
}

fn shipped(event: &templates::EventKind) -> TemplateRow {
    TemplateRow {
        id: format!("{SHIPPED}{}", event.name),
        organization_id: String::new(),
        name: format!("{} (shipped)", event.name),
        event_type: event.name.to_owned(),
        channel_type: String::new(),
        subject: event.subject.to_owned(),
        body: event.body.to_owned(),
        html_body: event.html_body.to_owned(),
        created_at_us: 0,
        updated_at_us: 0,
    }
}

/// Checks a template's parts for its event type; every problem at once.
fn check(row: &TemplateRow) -> Result<()> {
    let mut problems = Vec::new();
    if row.name.trim().is_empty() {
        problems.push(("template.name".to_owned(), "is required".to_owned()));
    }
    if templates::event(&row.event_type).is_none() {
        problems.push((
            "template.event_type".to_owned(),
            format!(
                "`{}` is not an event type notifications render (known: {})",
                row.event_type,
                EVENTS
                    .iter()
                    .map(|event| event.name)
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        ));
        return Err(invalid(problems));
    }
    for (part, source, required) in [
        (Part::Subject, &row.subject, true),
        (Part::Body, &row.body, true),
        (Part::Html, &row.html_body, false),
    ] {
        if source.trim().is_empty() {
            if required {
                problems.push((part.field().to_owned(), "is required".to_owned()));
            }
            continue;
        }
        if source.len() > PART_MAX {
            problems.push((
                part.field().to_owned(),
                format!("must be at most {PART_MAX} bytes"),
            ));
            continue;
        }
        problems.extend(templates::check(&row.event_type, part, source));
    }
    match problems.is_empty() {
        true => Ok(()),
        false => Err(invalid(problems)),
    }
}

fn taken(error: Error, row: &TemplateRow) -> Error {
    match error.code() {
        ErrorCode::AlreadyExists => Error::new(
            ErrorCode::AlreadyExists,
            format!(
                "the organisation has a template for {} on {}: update it instead",
                row.event_type,
                match row.channel_type.as_str() {
                    "" => "every channel type",
                    kind => kind,
                }
            ),
        ),
        _ => error,
    }
}

/// The rendered preview of a template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Preview {
    /// Subject.
    pub subject: String,
    /// Text body.
    pub body: String,
    /// HTML body.
    pub html_body: String,
    /// The sample it rendered (JSON).
    pub sample: String,
}

/// The templates of every organisation.
#[derive(Debug, Clone)]
pub struct Templates {
    db: Database,
}

impl Templates {
    /// Over the service's database.
    pub fn new(db: Database) -> Self {
        Self { db }
    }

    /// Creates a template.
    pub async fn create(&self, organization_id: &str, input: Input) -> Result<Shown> {
        let name = input.name.trim().to_owned();
        let row = template_row(
            organization_id,
            uuid::Uuid::now_v7().to_string(),
            name,
            input,
            now_micros(),
        );
        check(&row)?;
        store::insert(self.db.writer(), &row)
            .await
            .map_err(|error| taken(error, &row))?;
        Ok(Shown {
            row,
            shipped: false,
        })
    }

    /// The organisation's template `id`, or a shipped one.
    pub async fn get(&self, organization_id: &str, id: &str) -> Result<Shown> {
        if let Some(event_type) = id.strip_prefix(SHIPPED) {
            return templates::event(event_type)
                .map(|event| Shown {
                    row: shipped(event),
                    shipped: true,
                })
                .ok_or_else(|| Error::not_found("template", id));
        }
        store::get(&self.db, organization_id, id)
            .await?
            .map(|row| Shown {
                row,
                shipped: false,
            })
            .ok_or_else(|| Error::not_found("template", id))
    }

    /// A page of the organisation's templates, then the shipped ones
    /// (`event_type`: only those).
    pub async fn list(
        &self,
        organization_id: &str,
        event_type: &str,
        page: Page,
    ) -> Result<Vec<Shown>> {
        let all = Page {
            limit: OWN_MAX,
            offset: 0,
        };
        let mut shown: Vec<Shown> = store::list(&self.db, organization_id, event_type, all)
            .await?
            .into_iter()
            .map(|row| Shown {
                row,
                shipped: false,
            })
            .collect();
        shown.extend(
            EVENTS
                .iter()
                .filter(|event| event_type.is_empty() || event.name == event_type)
                .map(|event| Shown {
                    row: shipped(event),
                    shipped: true,
                }),
        );
        let start = usize::try_from(page.offset)
            .unwrap_or(usize::MAX)
            .min(shown.len());
        let end = start
            .saturating_add(usize::try_from(page.limit + 1).unwrap_or(usize::MAX))
            .min(shown.len());
        Ok(shown[start..end].to_vec())
    }

    /// Applies the fields `mask` names (every updatable one when empty).
    pub async fn update(
        &self,
        organization_id: &str,
        id: &str,
        change: Input,
        mask: &[String],
    ) -> Result<Shown> {
        let fields = update_mask::fields(mask, &UPDATABLE)?;
        if id.starts_with(SHIPPED) {
            return Err(Error::new(
                ErrorCode::FailedPrecondition,
                "shipped templates are read-only: create a template for the same event type to use instead",
            ));
        }
        let mut row = self.get(organization_id, id).await?.row;
        for field in fields {
            match field {
                "name" => row.name = change.name.trim().to_owned(),
                "event_type" => row.event_type = change.event_type.trim().to_owned(),
                "channel_type" => {
                    row.channel_type = change
                        .channel_type
                        .map(Kind::name)
                        .unwrap_or_default()
                        .to_owned();
                }
                "subject" => row.subject = change.subject.clone(),
                "body" => row.body = change.body.clone(),
                _ => row.html_body = change.html_body.clone(),
            }
        }
        check(&row)?;
        row.updated_at_us = now_micros();
        let found = store::update(self.db.writer(), &row)
            .await
            .map_err(|error| taken(error, &row))?;
        Error::not_found_unless(found, "template", id)?;
        Ok(Shown {
            row,
            shipped: false,
        })
    }

    /// Deletes the organisation's template `id`.
    pub async fn delete(&self, organization_id: &str, id: &str) -> Result<()> {
        if id.starts_with(SHIPPED) {
            return Err(Error::new(
                ErrorCode::FailedPrecondition,
                "shipped templates cannot be deleted",
            ));
        }
        let found = store::delete(&self.db, organization_id, id).await?;
        Error::not_found_unless(found, "template", id)
    }

    /// Renders the saved template `id`, or `input` unsaved, with its event
    /// type's sample.
    pub async fn preview(&self, organization_id: &str, id: &str, input: Input) -> Result<Preview> {
        let row = match id.is_empty() {
            false => self.get(organization_id, id).await?.row,
            true => template_row(
                organization_id,
                String::new(),
                "preview".to_owned(),
                input,
                0,
            ),
        };
        check(&row)?;
        let sample = templates::sample(&row.event_type);
        let render = |part, source: &str| {
            templates::render(part, source, &sample)
                .map_err(|problem| Error::invalid_field(part.field(), problem))
        };
        Ok(Preview {
            subject: render(Part::Subject, &row.subject)?,
            body: render(Part::Body, &row.body)?,
            html_body: match row.html_body.is_empty() {
                true => String::new(),
                false => render(Part::Html, &row.html_body)?,
            },
            sample: serde_json::to_string_pretty(&sample).map_err(Error::internal)?,
        })
    }

    /// The template a message of `event_type` on a `kind` channel renders
    /// with: the organisation's own for that type, its own for every type,
    /// else the shipped one.
    pub async fn resolve(
        &self,
        organization_id: &str,
        event_type: &str,
        kind: Kind,
    ) -> Result<TemplateRow> {
        if let Some(own) =
            store::for_event(&self.db, organization_id, event_type, kind.name()).await?
        {
            return Ok(own);
        }
        templates::event(event_type)
            .map(shipped)
            .ok_or_else(|| Error::internal(format!("no template for `{event_type}`")))
    }
}

/// `template` rendered with `context` for a delivery at `priority`. A part
/// that fails to render (a template saved before a variable it used went
/// away) is left empty and logged: the message still goes out.
pub fn rendered(template: &TemplateRow, context: &serde_json::Value, priority: &str) -> Rendered {
    let render = |part, source: &str| {
        templates::render(part, source, context).unwrap_or_else(|problem| {
            tracing::warn!(template = %template.id, %problem, "a template failed to render");
            String::new()
        })
    };
    Rendered {
        subject: render(Part::Subject, &template.subject),
        body: render(Part::Body, &template.body),
        html_body: render(Part::Html, &template.html_body),
        // The event as templates see it: its data with type, id and time.
        data: context["event"].to_string(),
        priority: priority.to_owned(),
    }
}

/// The template `input` describes, as the organisation's `id` named `name`,
/// created and updated at `at_us`.
fn template_row(
    organization_id: &str,
    id: String,
    name: String,
    input: Input,
    at_us: i64,
) -> TemplateRow {
    TemplateRow {
        id,
        organization_id: organization_id.to_owned(),
        name,
        event_type: input.event_type.trim().to_owned(),
        channel_type: input
            .channel_type
            .map(Kind::name)
            .unwrap_or_default()
            .to_owned(),
        subject: input.subject,
        body: input.body,
        html_body: input.html_body,
        created_at_us: at_us,
        updated_at_us: at_us,
    }
}
