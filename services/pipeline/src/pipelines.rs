//! Pipelines: created, changed (each change of the definition a new
//! version), read, listed and deleted; and their secrets' values, sealed.

use std::sync::Arc;

use secureflow_platform::db::{Database, now_micros};
use secureflow_platform::error::{ErrorCode, FieldViolation};
use secureflow_platform::events::EventContext;
use secureflow_platform::pagination::Page;
use secureflow_platform::secrets::Secrets;
use secureflow_platform::{Error, Result, update_mask};

use crate::domain::definition::{self, Definition, Event, Invalid};
use crate::domain::masking::MIN_MASKED;
use crate::domain::schedule;
use crate::domain::variables;
use crate::engine::Engine;
use crate::store::executions;
use crate::store::pipelines::{self as store, PipelineRow};
use crate::store::secrets as secret_store;
use crate::store::{repositories, schedules};

/// The fields `UpdatePipeline` can change: the definition (given as text,
/// or field by field — any of the definition's fields in the mask means the
/// whole definition), the repository and whether it is enabled.
pub const UPDATABLE: [&str; 11] = [
    "definition",
    "repository_id",
    "enabled",
    "name",
    "description",
    "triggers",
    "stages",
    "variables",
    "timeout",
    "secrets",
    "finally",
];

/// Largest definition accepted, bytes.
pub const MAX_DEFINITION_BYTES: usize = 512 * 1024;
/// Largest secret value, bytes.
pub const MAX_SECRET_BYTES: usize = 64 * 1024;

/// What a create or update gives.
#[derive(Debug, Clone, Default)]
pub struct Input {
    /// The definition's text (YAML or JSON).
    pub definition: String,
    /// Repository, or empty.
    pub repository_id: String,
    /// Whether it can be executed.
    pub enabled: bool,
}

/// A pipeline with its definition read.
#[derive(Debug, Clone)]
pub struct Read {
    /// As stored.
    pub row: PipelineRow,
    /// Its current definition, checked (shared with the engine's cache of
    /// parsed versions).
    pub definition: Arc<Definition>,
    /// Names of the secrets that have a value.
    pub secrets_set: Vec<String>,
}

/// The pipelines of every organisation.
#[derive(Clone)]
pub struct Pipelines {
    db: Database,
    secrets: Arc<Secrets>,
    engine: Engine,
}

impl std::fmt::Debug for Pipelines {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.debug_struct("Pipelines").finish_non_exhaustive()
    }
}

/// INVALID_ARGUMENT listing every problem of a definition, each as a
/// violation of `field` with its line and column.
pub fn refused(field: &str, invalid: &Invalid) -> Error {
    let violations: Vec<FieldViolation> = invalid
        .0
        .iter()
        .map(|problem| FieldViolation {
            field: field.to_owned(),
            description: problem.to_string(),
        })
        .collect();
    Error::new(
        ErrorCode::InvalidArgument,
        format!("invalid {field}: {invalid}"),
    )
    .with_violations(violations)
}

impl Pipelines {
    /// Over the service's database, the secrets service and the engine
    /// (which runs, and forgets the logs of, executions).
    pub fn new(db: Database, secrets: Arc<Secrets>, engine: Engine) -> Self {
        Self {
            db,
            secrets,
            engine,
        }
    }

    /// Creates a pipeline in the caller's organisation.
    pub async fn create(&self, context: &EventContext, input: Input) -> Result<Read> {
        let organization_id = &context.organization_id;
        let definition = checked(&input.definition)?;
        self.check_repository(organization_id, &input.repository_id)
            .await?;
        let now = now_micros();
        let row = PipelineRow {
            id: uuid::Uuid::now_v7().to_string(),
            organization_id: organization_id.clone(),
            repository_id: input.repository_id,
            name: definition.name.clone(),
            enabled: input.enabled,
            version: 1,
            definition: input.definition,
            executions: 0,
            created_at_us: now,
            updated_at_us: now,
        };
        let wanted = schedules_of(&definition, now)?;
        let mut tx = self.db.begin().await?;
        if let Err(error) = store::insert(&mut tx, &row, &context.actor).await {
            return Err(taken(error, &row));
        }
        schedules::replace(&mut tx, organization_id, &row.id, &wanted).await?;
        tx.commit().await?;
        Ok(Read {
            row,
            definition: Arc::new(definition),
            secrets_set: Vec::new(),
        })
    }

    /// Applies the fields `mask` names (all updatable ones when empty) of
    /// `change` to the pipeline `id`; a changed definition becomes a new
    /// version.
    pub async fn update(
        &self,
        context: &EventContext,
        id: &str,
        change: Input,
        mask: &[String],
    ) -> Result<Read> {
        let fields = update_mask::fields(mask, &UPDATABLE)?;
        let organization_id = &context.organization_id;
        let current = self.find(organization_id, id).await?;
        let mut row = current.clone();
        let mut definition_changed = false;
        for field in fields {
            match field {
                "repository_id" => row.repository_id = change.repository_id.clone(),
                "enabled" => row.enabled = change.enabled,
                _ => definition_changed = true,
            }
        }
        let definition = if definition_changed {
            let definition = checked(&change.definition)?;
            if change.definition != current.definition {
                row.definition = change.definition.clone();
                row.version += 1;
            }
            definition
        } else {
            checked(&row.definition)?
        };
        row.name = definition.name.clone();
        if row.repository_id != current.repository_id {
            self.check_repository(organization_id, &row.repository_id)
                .await?;
        }
        row.updated_at_us = now_micros();
        let wanted = schedules_of(&definition, row.updated_at_us)?;
        let mut tx = self.db.begin().await?;
        match store::update(&mut tx, &row, current.version, &context.actor).await {
            Ok(true) => {}
            Ok(false) => {
                return Err(Error::new(
                    ErrorCode::Aborted,
                    format!("pipeline `{id}` changed while this update was made: read it again"),
                ));
            }
            Err(error) => return Err(taken(error, &row)),
        }
        schedules::replace(&mut tx, organization_id, &row.id, &wanted).await?;
        tx.commit().await?;
        let secrets_set = self.secrets_set(organization_id, &row.id).await?;
        Ok(Read {
            row,
            definition: Arc::new(definition),
            secrets_set,
        })
    }

    /// Keeps the definition a repository holds (`.secureflow/pipeline.yml`
    /// at a pushed commit): a new pipeline of the repository by the
    /// definition's name, or a new version of the one of that name when the
    /// text changed.
    pub async fn keep_from_repository(
        &self,
        context: &EventContext,
        repository_id: &str,
        text: &str,
    ) -> Result<Read> {
        let definition = checked(text)?;
        let organization_id = &context.organization_id;
        let existing =
            store::by_name(&self.db, organization_id, repository_id, &definition.name).await?;
        let input = Input {
            definition: text.to_owned(),
            repository_id: repository_id.to_owned(),
            enabled: true,
        };
        match existing {
            None => self.create(context, input).await,
            Some(current) if current.definition == text => self.read(current).await,
            Some(current) => {
                let mask = ["definition".to_owned()];
                self.update(context, &current.id, input, &mask).await
            }
        }
    }

    /// The organisation's pipeline `id`.
    pub async fn get(&self, organization_id: &str, id: &str) -> Result<Read> {
        let row = self.find(organization_id, id).await?;
        self.read(row).await
    }

    /// A page of the organisation's pipelines (of one repository when
    /// `repository_id` is not empty), by name.
    pub async fn list(
        &self,
        organization_id: &str,
        repository_id: &str,
        page: Page,
    ) -> Result<Vec<Read>> {
        let rows = store::list(&self.db, organization_id, repository_id, page).await?;
        let ids: Vec<String> = rows.iter().map(|row| row.id.clone()).collect();
        let mut secrets = secret_store::names_by_pipeline(&self.db, organization_id, &ids).await?;
        rows.into_iter()
            .map(|row| {
                let secrets_set = secrets.remove(&row.id).unwrap_or_default();
                Ok(Read {
                    definition: self.stored_definition(&row)?,
                    row,
                    secrets_set,
                })
            })
            .collect()
    }

    /// Deletes the pipeline `id` with its definitions, secrets, executions
    /// and their logs; FAILED_PRECONDITION while an execution is queued or
    /// running.
    pub async fn delete(&self, context: &EventContext, id: &str) -> Result<()> {
        let organization_id = &context.organization_id;
        let row = self.find(organization_id, id).await?;
        let mut tx = self.db.begin().await?;
        let executions_ids =
            executions::ids_of_pipeline(&mut *tx, organization_id, &row.id).await?;
        if executions::active_of_pipeline(&mut *tx, organization_id, &row.id).await? > 0 {
            return Err(Error::new(
                ErrorCode::FailedPrecondition,
                format!(
                    "pipeline `{id}` has queued or running executions: cancel them (CancelExecution) and delete it when they have stopped"
                ),
            ));
        }
        executions::delete_of_pipeline(&mut tx, organization_id, &row.id).await?;
        secret_store::delete_of_pipeline(&mut tx, organization_id, &row.id).await?;
        schedules::delete_of_pipeline(&mut tx, organization_id, &row.id).await?;
        if !store::delete(&mut tx, organization_id, &row.id).await? {
            return Err(Error::not_found("pipeline", id));
        }
        tx.commit().await?;
        for execution_id in executions_ids {
            self.engine
                .forget_logs(organization_id, &execution_id)
                .await;
        }
        Ok(())
    }

    /// Sets the value of secret `name` of pipeline `id` (sealed).
    pub async fn set_secret(
        &self,
        organization_id: &str,
        id: &str,
        name: &str,
        value: &str,
    ) -> Result<Read> {
        if !variables::is_name(name) {
            return Err(Error::invalid_field(
                "name",
                "a secret name is made of letters, digits and `_`, not starting with a digit",
            ));
        }
        if value.chars().count() < MIN_MASKED {
            return Err(Error::invalid_field(
                "value",
                format!(
                    "must be at least {MIN_MASKED} characters long: shorter values cannot be masked in logs"
                ),
            ));
        }
        if value.len() > MAX_SECRET_BYTES {
            return Err(Error::invalid_field(
                "value",
                format!("must be at most {MAX_SECRET_BYTES} bytes"),
            ));
        }
        let row = self.find(organization_id, id).await?;
        let sealed = self
            .secrets
            .seal(value.as_bytes(), &secret_store::seal_context(&row.id, name))?;
        secret_store::put(
            &self.db,
            organization_id,
            &row.id,
            name,
            &sealed,
            now_micros(),
        )
        .await?;
        self.read(row).await
    }

    /// Removes the value of secret `name` of pipeline `id`.
    pub async fn delete_secret(&self, organization_id: &str, id: &str, name: &str) -> Result<()> {
        let row = self.find(organization_id, id).await?;
        let found = secret_store::delete(&self.db, organization_id, &row.id, name).await?;
        Error::not_found_unless(found, "secret", name)
    }

    /// The stored definition of `row`, read (it was checked when it was
    /// stored) once a version: the engine keeps each version it parsed, so a
    /// list of pipelines does not parse every definition on every read
    /// (about 30 µs each).
    fn stored_definition(&self, row: &PipelineRow) -> Result<Arc<Definition>> {
        self.engine
            .definition(&row.id, row.version, &row.definition)
    }

    async fn find(&self, organization_id: &str, id: &str) -> Result<PipelineRow> {
        store::find(self.db.pool(), organization_id, id)
            .await?
            .ok_or_else(|| Error::not_found("pipeline", id))
    }

    async fn read(&self, row: PipelineRow) -> Result<Read> {
        let definition = self.stored_definition(&row)?;
        let secrets_set = self.secrets_set(&row.organization_id, &row.id).await?;
        Ok(Read {
            row,
            definition,
            secrets_set,
        })
    }

    async fn secrets_set(&self, organization_id: &str, id: &str) -> Result<Vec<String>> {
        Ok(secret_store::sealed(&self.db, organization_id, id)
            .await?
            .into_iter()
            .map(|(name, _)| name)
            .collect())
    }

    /// INVALID_ARGUMENT unless `repository_id` is empty or a repository of
    /// the organisation that is not deleted.
    async fn check_repository(&self, organization_id: &str, repository_id: &str) -> Result<()> {
        if repository_id.is_empty() {
            return Ok(());
        }
        match repositories::find(&self.db, organization_id, repository_id).await? {
            Some(known) if known.deleted => Err(Error::invalid_field(
                "pipeline.repository_id",
                format!("repository `{repository_id}` is deleted"),
            )),
            Some(_) => Ok(()),
            None => Err(Error::invalid_field(
                "pipeline.repository_id",
                format!("`{repository_id}` is not a repository of this organisation"),
            )),
        }
    }
}

/// The `schedule` triggers of `definition` with when each next fires after
/// `now_us`.
fn schedules_of(definition: &Definition, now_us: i64) -> Result<Vec<(String, i64)>> {
    let mut wanted: Vec<(String, i64)> = Vec::new();
    for trigger in &definition.triggers {
        if trigger.event != Event::Schedule || wanted.iter().any(|(cron, _)| *cron == trigger.cron)
        {
            continue;
        }
        let next = schedule::next_after(&trigger.cron, now_us)
            .map_err(|problem| Error::invalid_field("pipeline.definition", problem))?;
        wanted.push((trigger.cron.clone(), next));
    }
    Ok(wanted)
}

/// A definition's text checked: its size, then the whole document.
pub fn checked(text: &str) -> Result<Definition> {
    if text.trim().is_empty() {
        return Err(Error::invalid_field(
            "pipeline.definition",
            "is required: the pipeline in its YAML or JSON form, or its name and stages",
        ));
    }
    if text.len() > MAX_DEFINITION_BYTES {
        return Err(Error::invalid_field(
            "pipeline.definition",
            format!("must be at most {MAX_DEFINITION_BYTES} bytes"),
        ));
    }
    definition::parse(text).map_err(|invalid| refused("pipeline.definition", &invalid))
}

/// ALREADY_EXISTS naming the pipeline's name and repository; other errors as
/// they are.
fn taken(error: Error, row: &PipelineRow) -> Error {
    if error.code() != ErrorCode::AlreadyExists {
        return error;
    }
    let scope = if row.repository_id.is_empty() {
        "the organisation".to_owned()
    } else {
        format!("repository `{}`", row.repository_id)
    };
    Error::new(
        ErrorCode::AlreadyExists,
        format!("{scope} already has a pipeline named `{}`", row.name),
    )
}
