impl serde::Serialize for AuditRecorded {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.record_id.is_empty() {
            len += 1;
        }
        if self.sequence != 0 {
            len += 1;
        }
        if !self.action.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.events.v1.AuditRecorded", len)?;
        if !self.record_id.is_empty() {
            struct_ser.serialize_field("recordId", &self.record_id)?;
        }
        if self.sequence != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("sequence", ToString::to_string(&self.sequence).as_str())?;
        }
        if !self.action.is_empty() {
            struct_ser.serialize_field("action", &self.action)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for AuditRecorded {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "record_id",
            "recordId",
            "sequence",
            "action",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            RecordId,
            Sequence,
            Action,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "recordId" | "record_id" => Ok(GeneratedField::RecordId),
                            "sequence" => Ok(GeneratedField::Sequence),
                            "action" => Ok(GeneratedField::Action),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = AuditRecorded;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.events.v1.AuditRecorded")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<AuditRecorded, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut record_id__ = None;
                let mut sequence__ = None;
                let mut action__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::RecordId => {
                            if record_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("recordId"));
                            }
                            record_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Sequence => {
                            if sequence__.is_some() {
                                return Err(serde::de::Error::duplicate_field("sequence"));
                            }
                            sequence__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::Action => {
                            if action__.is_some() {
                                return Err(serde::de::Error::duplicate_field("action"));
                            }
                            action__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(AuditRecorded {
                    record_id: record_id__.unwrap_or_default(),
                    sequence: sequence__.unwrap_or_default(),
                    action: action__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.events.v1.AuditRecorded", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for CommitRef {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.sha.is_empty() {
            len += 1;
        }
        if !self.title.is_empty() {
            len += 1;
        }
        if !self.author_email.is_empty() {
            len += 1;
        }
        if self.authored_at.is_some() {
            len += 1;
        }
        if self.additions != 0 {
            len += 1;
        }
        if self.deletions != 0 {
            len += 1;
        }
        if !self.author_name.is_empty() {
            len += 1;
        }
        if !self.author_user_id.is_empty() {
            len += 1;
        }
        if !self.committer_email.is_empty() {
            len += 1;
        }
        if self.files_changed != 0 {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.events.v1.CommitRef", len)?;
        if !self.sha.is_empty() {
            struct_ser.serialize_field("sha", &self.sha)?;
        }
        if !self.title.is_empty() {
            struct_ser.serialize_field("title", &self.title)?;
        }
        if !self.author_email.is_empty() {
            struct_ser.serialize_field("authorEmail", &self.author_email)?;
        }
        if let Some(v) = self.authored_at.as_ref() {
            struct_ser.serialize_field("authoredAt", v)?;
        }
        if self.additions != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("additions", ToString::to_string(&self.additions).as_str())?;
        }
        if self.deletions != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("deletions", ToString::to_string(&self.deletions).as_str())?;
        }
        if !self.author_name.is_empty() {
            struct_ser.serialize_field("authorName", &self.author_name)?;
        }
        if !self.author_user_id.is_empty() {
            struct_ser.serialize_field("authorUserId", &self.author_user_id)?;
        }
        if !self.committer_email.is_empty() {
            struct_ser.serialize_field("committerEmail", &self.committer_email)?;
        }
        if self.files_changed != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("filesChanged", ToString::to_string(&self.files_changed).as_str())?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for CommitRef {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "sha",
            "title",
            "author_email",
            "authorEmail",
            "authored_at",
            "authoredAt",
            "additions",
            "deletions",
            "author_name",
            "authorName",
            "author_user_id",
            "authorUserId",
            "committer_email",
            "committerEmail",
            "files_changed",
            "filesChanged",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Sha,
            Title,
            AuthorEmail,
            AuthoredAt,
            Additions,
            Deletions,
            AuthorName,
            AuthorUserId,
            CommitterEmail,
            FilesChanged,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "sha" => Ok(GeneratedField::Sha),
                            "title" => Ok(GeneratedField::Title),
                            "authorEmail" | "author_email" => Ok(GeneratedField::AuthorEmail),
                            "authoredAt" | "authored_at" => Ok(GeneratedField::AuthoredAt),
                            "additions" => Ok(GeneratedField::Additions),
                            "deletions" => Ok(GeneratedField::Deletions),
                            "authorName" | "author_name" => Ok(GeneratedField::AuthorName),
                            "authorUserId" | "author_user_id" => Ok(GeneratedField::AuthorUserId),
                            "committerEmail" | "committer_email" => Ok(GeneratedField::CommitterEmail),
                            "filesChanged" | "files_changed" => Ok(GeneratedField::FilesChanged),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = CommitRef;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.events.v1.CommitRef")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<CommitRef, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut sha__ = None;
                let mut title__ = None;
                let mut author_email__ = None;
                let mut authored_at__ = None;
                let mut additions__ = None;
                let mut deletions__ = None;
                let mut author_name__ = None;
                let mut author_user_id__ = None;
                let mut committer_email__ = None;
                let mut files_changed__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Sha => {
                            if sha__.is_some() {
                                return Err(serde::de::Error::duplicate_field("sha"));
                            }
                            sha__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Title => {
                            if title__.is_some() {
                                return Err(serde::de::Error::duplicate_field("title"));
                            }
                            title__ = Some(map_.next_value()?);
                        }
                        GeneratedField::AuthorEmail => {
                            if author_email__.is_some() {
                                return Err(serde::de::Error::duplicate_field("authorEmail"));
                            }
                            author_email__ = Some(map_.next_value()?);
                        }
                        GeneratedField::AuthoredAt => {
                            if authored_at__.is_some() {
                                return Err(serde::de::Error::duplicate_field("authoredAt"));
                            }
                            authored_at__ = map_.next_value()?;
                        }
                        GeneratedField::Additions => {
                            if additions__.is_some() {
                                return Err(serde::de::Error::duplicate_field("additions"));
                            }
                            additions__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::Deletions => {
                            if deletions__.is_some() {
                                return Err(serde::de::Error::duplicate_field("deletions"));
                            }
                            deletions__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::AuthorName => {
                            if author_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("authorName"));
                            }
                            author_name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::AuthorUserId => {
                            if author_user_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("authorUserId"));
                            }
                            author_user_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::CommitterEmail => {
                            if committer_email__.is_some() {
                                return Err(serde::de::Error::duplicate_field("committerEmail"));
                            }
                            committer_email__ = Some(map_.next_value()?);
                        }
                        GeneratedField::FilesChanged => {
                            if files_changed__.is_some() {
                                return Err(serde::de::Error::duplicate_field("filesChanged"));
                            }
                            files_changed__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                    }
                }
                Ok(CommitRef {
                    sha: sha__.unwrap_or_default(),
                    title: title__.unwrap_or_default(),
                    author_email: author_email__.unwrap_or_default(),
                    authored_at: authored_at__,
                    additions: additions__.unwrap_or_default(),
                    deletions: deletions__.unwrap_or_default(),
                    author_name: author_name__.unwrap_or_default(),
                    author_user_id: author_user_id__.unwrap_or_default(),
                    committer_email: committer_email__.unwrap_or_default(),
                    files_changed: files_changed__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.events.v1.CommitRef", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for Deployment {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.deployment_id.is_empty() {
            len += 1;
        }
        if !self.pipeline_id.is_empty() {
            len += 1;
        }
        if !self.execution_id.is_empty() {
            len += 1;
        }
        if !self.repository_id.is_empty() {
            len += 1;
        }
        if !self.environment.is_empty() {
            len += 1;
        }
        if !self.branch.is_empty() {
            len += 1;
        }
        if !self.commit_sha.is_empty() {
            len += 1;
        }
        if !self.tool.is_empty() {
            len += 1;
        }
        if !self.stage.is_empty() {
            len += 1;
        }
        if !self.step.is_empty() {
            len += 1;
        }
        if !self.pipeline_name.is_empty() {
            len += 1;
        }
        if self.number != 0 {
            len += 1;
        }
        if !self.status.is_empty() {
            len += 1;
        }
        if self.duration_ms != 0 {
            len += 1;
        }
        if !self.failure_reason.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.events.v1.Deployment", len)?;
        if !self.deployment_id.is_empty() {
            struct_ser.serialize_field("deploymentId", &self.deployment_id)?;
        }
        if !self.pipeline_id.is_empty() {
            struct_ser.serialize_field("pipelineId", &self.pipeline_id)?;
        }
        if !self.execution_id.is_empty() {
            struct_ser.serialize_field("executionId", &self.execution_id)?;
        }
        if !self.repository_id.is_empty() {
            struct_ser.serialize_field("repositoryId", &self.repository_id)?;
        }
        if !self.environment.is_empty() {
            struct_ser.serialize_field("environment", &self.environment)?;
        }
        if !self.branch.is_empty() {
            struct_ser.serialize_field("branch", &self.branch)?;
        }
        if !self.commit_sha.is_empty() {
            struct_ser.serialize_field("commitSha", &self.commit_sha)?;
        }
        if !self.tool.is_empty() {
            struct_ser.serialize_field("tool", &self.tool)?;
        }
        if !self.stage.is_empty() {
            struct_ser.serialize_field("stage", &self.stage)?;
        }
        if !self.step.is_empty() {
            struct_ser.serialize_field("step", &self.step)?;
        }
        if !self.pipeline_name.is_empty() {
            struct_ser.serialize_field("pipelineName", &self.pipeline_name)?;
        }
        if self.number != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("number", ToString::to_string(&self.number).as_str())?;
        }
        if !self.status.is_empty() {
            struct_ser.serialize_field("status", &self.status)?;
        }
        if self.duration_ms != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("durationMs", ToString::to_string(&self.duration_ms).as_str())?;
        }
        if !self.failure_reason.is_empty() {
            struct_ser.serialize_field("failureReason", &self.failure_reason)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for Deployment {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "deployment_id",
            "deploymentId",
            "pipeline_id",
            "pipelineId",
            "execution_id",
            "executionId",
            "repository_id",
            "repositoryId",
            "environment",
            "branch",
            "commit_sha",
            "commitSha",
            "tool",
            "stage",
            "step",
            "pipeline_name",
            "pipelineName",
            "number",
            "status",
            "duration_ms",
            "durationMs",
            "failure_reason",
            "failureReason",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            DeploymentId,
            PipelineId,
            ExecutionId,
            RepositoryId,
            Environment,
            Branch,
            CommitSha,
            Tool,
            Stage,
            Step,
            PipelineName,
            Number,
            Status,
            DurationMs,
            FailureReason,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "deploymentId" | "deployment_id" => Ok(GeneratedField::DeploymentId),
                            "pipelineId" | "pipeline_id" => Ok(GeneratedField::PipelineId),
                            "executionId" | "execution_id" => Ok(GeneratedField::ExecutionId),
                            "repositoryId" | "repository_id" => Ok(GeneratedField::RepositoryId),
                            "environment" => Ok(GeneratedField::Environment),
                            "branch" => Ok(GeneratedField::Branch),
                            "commitSha" | "commit_sha" => Ok(GeneratedField::CommitSha),
                            "tool" => Ok(GeneratedField::Tool),
                            "stage" => Ok(GeneratedField::Stage),
                            "step" => Ok(GeneratedField::Step),
                            "pipelineName" | "pipeline_name" => Ok(GeneratedField::PipelineName),
                            "number" => Ok(GeneratedField::Number),
                            "status" => Ok(GeneratedField::Status),
                            "durationMs" | "duration_ms" => Ok(GeneratedField::DurationMs),
                            "failureReason" | "failure_reason" => Ok(GeneratedField::FailureReason),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = Deployment;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.events.v1.Deployment")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<Deployment, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut deployment_id__ = None;
                let mut pipeline_id__ = None;
                let mut execution_id__ = None;
                let mut repository_id__ = None;
                let mut environment__ = None;
                let mut branch__ = None;
                let mut commit_sha__ = None;
                let mut tool__ = None;
                let mut stage__ = None;
                let mut step__ = None;
                let mut pipeline_name__ = None;
                let mut number__ = None;
                let mut status__ = None;
                let mut duration_ms__ = None;
                let mut failure_reason__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::DeploymentId => {
                            if deployment_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("deploymentId"));
                            }
                            deployment_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::PipelineId => {
                            if pipeline_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("pipelineId"));
                            }
                            pipeline_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::ExecutionId => {
                            if execution_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("executionId"));
                            }
                            execution_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::RepositoryId => {
                            if repository_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("repositoryId"));
                            }
                            repository_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Environment => {
                            if environment__.is_some() {
                                return Err(serde::de::Error::duplicate_field("environment"));
                            }
                            environment__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Branch => {
                            if branch__.is_some() {
                                return Err(serde::de::Error::duplicate_field("branch"));
                            }
                            branch__ = Some(map_.next_value()?);
                        }
                        GeneratedField::CommitSha => {
                            if commit_sha__.is_some() {
                                return Err(serde::de::Error::duplicate_field("commitSha"));
                            }
                            commit_sha__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Tool => {
                            if tool__.is_some() {
                                return Err(serde::de::Error::duplicate_field("tool"));
                            }
                            tool__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Stage => {
                            if stage__.is_some() {
                                return Err(serde::de::Error::duplicate_field("stage"));
                            }
                            stage__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Step => {
                            if step__.is_some() {
                                return Err(serde::de::Error::duplicate_field("step"));
                            }
                            step__ = Some(map_.next_value()?);
                        }
                        GeneratedField::PipelineName => {
                            if pipeline_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("pipelineName"));
                            }
                            pipeline_name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Number => {
                            if number__.is_some() {
                                return Err(serde::de::Error::duplicate_field("number"));
                            }
                            number__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::Status => {
                            if status__.is_some() {
                                return Err(serde::de::Error::duplicate_field("status"));
                            }
                            status__ = Some(map_.next_value()?);
                        }
                        GeneratedField::DurationMs => {
                            if duration_ms__.is_some() {
                                return Err(serde::de::Error::duplicate_field("durationMs"));
                            }
                            duration_ms__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::FailureReason => {
                            if failure_reason__.is_some() {
                                return Err(serde::de::Error::duplicate_field("failureReason"));
                            }
                            failure_reason__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(Deployment {
                    deployment_id: deployment_id__.unwrap_or_default(),
                    pipeline_id: pipeline_id__.unwrap_or_default(),
                    execution_id: execution_id__.unwrap_or_default(),
                    repository_id: repository_id__.unwrap_or_default(),
                    environment: environment__.unwrap_or_default(),
                    branch: branch__.unwrap_or_default(),
                    commit_sha: commit_sha__.unwrap_or_default(),
                    tool: tool__.unwrap_or_default(),
                    stage: stage__.unwrap_or_default(),
                    step: step__.unwrap_or_default(),
                    pipeline_name: pipeline_name__.unwrap_or_default(),
                    number: number__.unwrap_or_default(),
                    status: status__.unwrap_or_default(),
                    duration_ms: duration_ms__.unwrap_or_default(),
                    failure_reason: failure_reason__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.events.v1.Deployment", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for DetectedVulnerability {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.vulnerability_id.is_empty() {
            len += 1;
        }
        if !self.severity.is_empty() {
            len += 1;
        }
        if !self.title.is_empty() {
            len += 1;
        }
        if !self.cve_id.is_empty() {
            len += 1;
        }
        if self.reopened {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.events.v1.DetectedVulnerability", len)?;
        if !self.vulnerability_id.is_empty() {
            struct_ser.serialize_field("vulnerabilityId", &self.vulnerability_id)?;
        }
        if !self.severity.is_empty() {
            struct_ser.serialize_field("severity", &self.severity)?;
        }
        if !self.title.is_empty() {
            struct_ser.serialize_field("title", &self.title)?;
        }
        if !self.cve_id.is_empty() {
            struct_ser.serialize_field("cveId", &self.cve_id)?;
        }
        if self.reopened {
            struct_ser.serialize_field("reopened", &self.reopened)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for DetectedVulnerability {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "vulnerability_id",
            "vulnerabilityId",
            "severity",
            "title",
            "cve_id",
            "cveId",
            "reopened",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            VulnerabilityId,
            Severity,
            Title,
            CveId,
            Reopened,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "vulnerabilityId" | "vulnerability_id" => Ok(GeneratedField::VulnerabilityId),
                            "severity" => Ok(GeneratedField::Severity),
                            "title" => Ok(GeneratedField::Title),
                            "cveId" | "cve_id" => Ok(GeneratedField::CveId),
                            "reopened" => Ok(GeneratedField::Reopened),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = DetectedVulnerability;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.events.v1.DetectedVulnerability")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<DetectedVulnerability, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut vulnerability_id__ = None;
                let mut severity__ = None;
                let mut title__ = None;
                let mut cve_id__ = None;
                let mut reopened__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::VulnerabilityId => {
                            if vulnerability_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("vulnerabilityId"));
                            }
                            vulnerability_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Severity => {
                            if severity__.is_some() {
                                return Err(serde::de::Error::duplicate_field("severity"));
                            }
                            severity__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Title => {
                            if title__.is_some() {
                                return Err(serde::de::Error::duplicate_field("title"));
                            }
                            title__ = Some(map_.next_value()?);
                        }
                        GeneratedField::CveId => {
                            if cve_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("cveId"));
                            }
                            cve_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Reopened => {
                            if reopened__.is_some() {
                                return Err(serde::de::Error::duplicate_field("reopened"));
                            }
                            reopened__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(DetectedVulnerability {
                    vulnerability_id: vulnerability_id__.unwrap_or_default(),
                    severity: severity__.unwrap_or_default(),
                    title: title__.unwrap_or_default(),
                    cve_id: cve_id__.unwrap_or_default(),
                    reopened: reopened__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.events.v1.DetectedVulnerability", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for Envelope {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.event_id.is_empty() {
            len += 1;
        }
        if !self.event_type.is_empty() {
            len += 1;
        }
        if self.timestamp.is_some() {
            len += 1;
        }
        if !self.source.is_empty() {
            len += 1;
        }
        if !self.aggregate_id.is_empty() {
            len += 1;
        }
        if self.metadata.is_some() {
            len += 1;
        }
        if self.data.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.events.v1.Envelope", len)?;
        if !self.event_id.is_empty() {
            struct_ser.serialize_field("eventId", &self.event_id)?;
        }
        if !self.event_type.is_empty() {
            struct_ser.serialize_field("eventType", &self.event_type)?;
        }
        if let Some(v) = self.timestamp.as_ref() {
            struct_ser.serialize_field("timestamp", v)?;
        }
        if !self.source.is_empty() {
            struct_ser.serialize_field("source", &self.source)?;
        }
        if !self.aggregate_id.is_empty() {
            struct_ser.serialize_field("aggregateId", &self.aggregate_id)?;
        }
        if let Some(v) = self.metadata.as_ref() {
            struct_ser.serialize_field("metadata", v)?;
        }
        if let Some(v) = self.data.as_ref() {
            match v {
                envelope::Data::RepositoryCommits(v) => {
                    struct_ser.serialize_field("repositoryCommits", v)?;
                }
                envelope::Data::PullRequestChanged(v) => {
                    struct_ser.serialize_field("pullRequestChanged", v)?;
                }
                envelope::Data::PipelineStarted(v) => {
                    struct_ser.serialize_field("pipelineStarted", v)?;
                }
                envelope::Data::PipelineCompleted(v) => {
                    struct_ser.serialize_field("pipelineCompleted", v)?;
                }
                envelope::Data::ScanStarted(v) => {
                    struct_ser.serialize_field("scanStarted", v)?;
                }
                envelope::Data::ScanCompleted(v) => {
                    struct_ser.serialize_field("scanCompleted", v)?;
                }
                envelope::Data::VulnerabilityDetected(v) => {
                    struct_ser.serialize_field("vulnerabilityDetected", v)?;
                }
                envelope::Data::VulnerabilityStatusChanged(v) => {
                    struct_ser.serialize_field("vulnerabilityStatusChanged", v)?;
                }
                envelope::Data::GateChanged(v) => {
                    struct_ser.serialize_field("gateChanged", v)?;
                }
                envelope::Data::SlaBreached(v) => {
                    struct_ser.serialize_field("slaBreached", v)?;
                }
                envelope::Data::TestCompleted(v) => {
                    struct_ser.serialize_field("testCompleted", v)?;
                }
                envelope::Data::WorkflowCompleted(v) => {
                    struct_ser.serialize_field("workflowCompleted", v)?;
                }
                envelope::Data::NotificationDelivered(v) => {
                    struct_ser.serialize_field("notificationDelivered", v)?;
                }
                envelope::Data::HrSynced(v) => {
                    struct_ser.serialize_field("hrSynced", v)?;
                }
                envelope::Data::UserChanged(v) => {
                    struct_ser.serialize_field("userChanged", v)?;
                }
                envelope::Data::AuditRecorded(v) => {
                    struct_ser.serialize_field("auditRecorded", v)?;
                }
                envelope::Data::OrganizationChanged(v) => {
                    struct_ser.serialize_field("organizationChanged", v)?;
                }
                envelope::Data::VulnerabilitiesDetected(v) => {
                    struct_ser.serialize_field("vulnerabilitiesDetected", v)?;
                }
                envelope::Data::RepositoryChanged(v) => {
                    struct_ser.serialize_field("repositoryChanged", v)?;
                }
                envelope::Data::RepositoryRefChanged(v) => {
                    struct_ser.serialize_field("repositoryRefChanged", v)?;
                }
                envelope::Data::PipelineFailed(v) => {
                    struct_ser.serialize_field("pipelineFailed", v)?;
                }
                envelope::Data::DeploymentStarted(v) => {
                    struct_ser.serialize_field("deploymentStarted", v)?;
                }
                envelope::Data::DeploymentCompleted(v) => {
                    struct_ser.serialize_field("deploymentCompleted", v)?;
                }
            }
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for Envelope {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "event_id",
            "eventId",
            "event_type",
            "eventType",
            "timestamp",
            "source",
            "aggregate_id",
            "aggregateId",
            "metadata",
            "repository_commits",
            "repositoryCommits",
            "pull_request_changed",
            "pullRequestChanged",
            "pipeline_started",
            "pipelineStarted",
            "pipeline_completed",
            "pipelineCompleted",
            "scan_started",
            "scanStarted",
            "scan_completed",
            "scanCompleted",
            "vulnerability_detected",
            "vulnerabilityDetected",
            "vulnerability_status_changed",
            "vulnerabilityStatusChanged",
            "gate_changed",
            "gateChanged",
            "sla_breached",
            "slaBreached",
            "test_completed",
            "testCompleted",
            "workflow_completed",
            "workflowCompleted",
            "notification_delivered",
            "notificationDelivered",
            "hr_synced",
            "hrSynced",
            "user_changed",
            "userChanged",
            "audit_recorded",
            "auditRecorded",
            "organization_changed",
            "organizationChanged",
            "vulnerabilities_detected",
            "vulnerabilitiesDetected",
            "repository_changed",
            "repositoryChanged",
            "repository_ref_changed",
            "repositoryRefChanged",
            "pipeline_failed",
            "pipelineFailed",
            "deployment_started",
            "deploymentStarted",
            "deployment_completed",
            "deploymentCompleted",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            EventId,
            EventType,
            Timestamp,
            Source,
            AggregateId,
            Metadata,
            RepositoryCommits,
            PullRequestChanged,
            PipelineStarted,
            PipelineCompleted,
            ScanStarted,
            ScanCompleted,
            VulnerabilityDetected,
            VulnerabilityStatusChanged,
            GateChanged,
            SlaBreached,
            TestCompleted,
            WorkflowCompleted,
            NotificationDelivered,
            HrSynced,
            UserChanged,
            AuditRecorded,
            OrganizationChanged,
            VulnerabilitiesDetected,
            RepositoryChanged,
            RepositoryRefChanged,
            PipelineFailed,
            DeploymentStarted,
            DeploymentCompleted,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "eventId" | "event_id" => Ok(GeneratedField::EventId),
                            "eventType" | "event_type" => Ok(GeneratedField::EventType),
                            "timestamp" => Ok(GeneratedField::Timestamp),
                            "source" => Ok(GeneratedField::Source),
                            "aggregateId" | "aggregate_id" => Ok(GeneratedField::AggregateId),
                            "metadata" => Ok(GeneratedField::Metadata),
                            "repositoryCommits" | "repository_commits" => Ok(GeneratedField::RepositoryCommits),
                            "pullRequestChanged" | "pull_request_changed" => Ok(GeneratedField::PullRequestChanged),
                            "pipelineStarted" | "pipeline_started" => Ok(GeneratedField::PipelineStarted),
                            "pipelineCompleted" | "pipeline_completed" => Ok(GeneratedField::PipelineCompleted),
                            "scanStarted" | "scan_started" => Ok(GeneratedField::ScanStarted),
                            "scanCompleted" | "scan_completed" => Ok(GeneratedField::ScanCompleted),
                            "vulnerabilityDetected" | "vulnerability_detected" => Ok(GeneratedField::VulnerabilityDetected),
                            "vulnerabilityStatusChanged" | "vulnerability_status_changed" => Ok(GeneratedField::VulnerabilityStatusChanged),
                            "gateChanged" | "gate_changed" => Ok(GeneratedField::GateChanged),
                            "slaBreached" | "sla_breached" => Ok(GeneratedField::SlaBreached),
                            "testCompleted" | "test_completed" => Ok(GeneratedField::TestCompleted),
                            "workflowCompleted" | "workflow_completed" => Ok(GeneratedField::WorkflowCompleted),
                            "notificationDelivered" | "notification_delivered" => Ok(GeneratedField::NotificationDelivered),
                            "hrSynced" | "hr_synced" => Ok(GeneratedField::HrSynced),
                            "userChanged" | "user_changed" => Ok(GeneratedField::UserChanged),
                            "auditRecorded" | "audit_recorded" => Ok(GeneratedField::AuditRecorded),
                            "organizationChanged" | "organization_changed" => Ok(GeneratedField::OrganizationChanged),
                            "vulnerabilitiesDetected" | "vulnerabilities_detected" => Ok(GeneratedField::VulnerabilitiesDetected),
                            "repositoryChanged" | "repository_changed" => Ok(GeneratedField::RepositoryChanged),
                            "repositoryRefChanged" | "repository_ref_changed" => Ok(GeneratedField::RepositoryRefChanged),
                            "pipelineFailed" | "pipeline_failed" => Ok(GeneratedField::PipelineFailed),
                            "deploymentStarted" | "deployment_started" => Ok(GeneratedField::DeploymentStarted),
                            "deploymentCompleted" | "deployment_completed" => Ok(GeneratedField::DeploymentCompleted),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = Envelope;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.events.v1.Envelope")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<Envelope, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut event_id__ = None;
                let mut event_type__ = None;
                let mut timestamp__ = None;
                let mut source__ = None;
                let mut aggregate_id__ = None;
                let mut metadata__ = None;
                let mut data__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::EventId => {
                            if event_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("eventId"));
                            }
                            event_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::EventType => {
                            if event_type__.is_some() {
                                return Err(serde::de::Error::duplicate_field("eventType"));
                            }
                            event_type__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Timestamp => {
                            if timestamp__.is_some() {
                                return Err(serde::de::Error::duplicate_field("timestamp"));
                            }
                            timestamp__ = map_.next_value()?;
                        }
                        GeneratedField::Source => {
                            if source__.is_some() {
                                return Err(serde::de::Error::duplicate_field("source"));
                            }
                            source__ = Some(map_.next_value()?);
                        }
                        GeneratedField::AggregateId => {
                            if aggregate_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("aggregateId"));
                            }
                            aggregate_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Metadata => {
                            if metadata__.is_some() {
                                return Err(serde::de::Error::duplicate_field("metadata"));
                            }
                            metadata__ = map_.next_value()?;
                        }
                        GeneratedField::RepositoryCommits => {
                            if data__.is_some() {
                                return Err(serde::de::Error::duplicate_field("repositoryCommits"));
                            }
                            data__ = map_.next_value::<::std::option::Option<_>>()?.map(envelope::Data::RepositoryCommits)
;
                        }
                        GeneratedField::PullRequestChanged => {
                            if data__.is_some() {
                                return Err(serde::de::Error::duplicate_field("pullRequestChanged"));
                            }
                            data__ = map_.next_value::<::std::option::Option<_>>()?.map(envelope::Data::PullRequestChanged)
;
                        }
                        GeneratedField::PipelineStarted => {
                            if data__.is_some() {
                                return Err(serde::de::Error::duplicate_field("pipelineStarted"));
                            }
                            data__ = map_.next_value::<::std::option::Option<_>>()?.map(envelope::Data::PipelineStarted)
;
                        }
                        GeneratedField::PipelineCompleted => {
                            if data__.is_some() {
                                return Err(serde::de::Error::duplicate_field("pipelineCompleted"));
                            }
                            data__ = map_.next_value::<::std::option::Option<_>>()?.map(envelope::Data::PipelineCompleted)
;
                        }
                        GeneratedField::ScanStarted => {
                            if data__.is_some() {
                                return Err(serde::de::Error::duplicate_field("scanStarted"));
                            }
                            data__ = map_.next_value::<::std::option::Option<_>>()?.map(envelope::Data::ScanStarted)
;
                        }
                        GeneratedField::ScanCompleted => {
                            if data__.is_some() {
                                return Err(serde::de::Error::duplicate_field("scanCompleted"));
                            }
                            data__ = map_.next_value::<::std::option::Option<_>>()?.map(envelope::Data::ScanCompleted)
;
                        }
                        GeneratedField::VulnerabilityDetected => {
                            if data__.is_some() {
                                return Err(serde::de::Error::duplicate_field("vulnerabilityDetected"));
                            }
                            data__ = map_.next_value::<::std::option::Option<_>>()?.map(envelope::Data::VulnerabilityDetected)
;
                        }
                        GeneratedField::VulnerabilityStatusChanged => {
                            if data__.is_some() {
                                return Err(serde::de::Error::duplicate_field("vulnerabilityStatusChanged"));
                            }
                            data__ = map_.next_value::<::std::option::Option<_>>()?.map(envelope::Data::VulnerabilityStatusChanged)
;
                        }
                        GeneratedField::GateChanged => {
                            if data__.is_some() {
                                return Err(serde::de::Error::duplicate_field("gateChanged"));
                            }
                            data__ = map_.next_value::<::std::option::Option<_>>()?.map(envelope::Data::GateChanged)
;
                        }
                        GeneratedField::SlaBreached => {
                            if data__.is_some() {
                                return Err(serde::de::Error::duplicate_field("slaBreached"));
                            }
                            data__ = map_.next_value::<::std::option::Option<_>>()?.map(envelope::Data::SlaBreached)
;
                        }
                        GeneratedField::TestCompleted => {
                            if data__.is_some() {
                                return Err(serde::de::Error::duplicate_field("testCompleted"));
                            }
                            data__ = map_.next_value::<::std::option::Option<_>>()?.map(envelope::Data::TestCompleted)
;
                        }
                        GeneratedField::WorkflowCompleted => {
                            if data__.is_some() {
                                return Err(serde::de::Error::duplicate_field("workflowCompleted"));
                            }
                            data__ = map_.next_value::<::std::option::Option<_>>()?.map(envelope::Data::WorkflowCompleted)
;
                        }
                        GeneratedField::NotificationDelivered => {
                            if data__.is_some() {
                                return Err(serde::de::Error::duplicate_field("notificationDelivered"));
                            }
                            data__ = map_.next_value::<::std::option::Option<_>>()?.map(envelope::Data::NotificationDelivered)
;
                        }
                        GeneratedField::HrSynced => {
                            if data__.is_some() {
                                return Err(serde::de::Error::duplicate_field("hrSynced"));
                            }
                            data__ = map_.next_value::<::std::option::Option<_>>()?.map(envelope::Data::HrSynced)
;
                        }
                        GeneratedField::UserChanged => {
                            if data__.is_some() {
                                return Err(serde::de::Error::duplicate_field("userChanged"));
                            }
                            data__ = map_.next_value::<::std::option::Option<_>>()?.map(envelope::Data::UserChanged)
;
                        }
                        GeneratedField::AuditRecorded => {
                            if data__.is_some() {
                                return Err(serde::de::Error::duplicate_field("auditRecorded"));
                            }
                            data__ = map_.next_value::<::std::option::Option<_>>()?.map(envelope::Data::AuditRecorded)
;
                        }
                        GeneratedField::OrganizationChanged => {
                            if data__.is_some() {
                                return Err(serde::de::Error::duplicate_field("organizationChanged"));
                            }
                            data__ = map_.next_value::<::std::option::Option<_>>()?.map(envelope::Data::OrganizationChanged)
;
                        }
                        GeneratedField::VulnerabilitiesDetected => {
                            if data__.is_some() {
                                return Err(serde::de::Error::duplicate_field("vulnerabilitiesDetected"));
                            }
                            data__ = map_.next_value::<::std::option::Option<_>>()?.map(envelope::Data::VulnerabilitiesDetected)
;
                        }
                        GeneratedField::RepositoryChanged => {
                            if data__.is_some() {
                                return Err(serde::de::Error::duplicate_field("repositoryChanged"));
                            }
                            data__ = map_.next_value::<::std::option::Option<_>>()?.map(envelope::Data::RepositoryChanged)
;
                        }
                        GeneratedField::RepositoryRefChanged => {
                            if data__.is_some() {
                                return Err(serde::de::Error::duplicate_field("repositoryRefChanged"));
                            }
                            data__ = map_.next_value::<::std::option::Option<_>>()?.map(envelope::Data::RepositoryRefChanged)
;
                        }
                        GeneratedField::PipelineFailed => {
                            if data__.is_some() {
                                return Err(serde::de::Error::duplicate_field("pipelineFailed"));
                            }
                            data__ = map_.next_value::<::std::option::Option<_>>()?.map(envelope::Data::PipelineFailed)
;
                        }
                        GeneratedField::DeploymentStarted => {
                            if data__.is_some() {
                                return Err(serde::de::Error::duplicate_field("deploymentStarted"));
                            }
                            data__ = map_.next_value::<::std::option::Option<_>>()?.map(envelope::Data::DeploymentStarted)
;
                        }
                        GeneratedField::DeploymentCompleted => {
                            if data__.is_some() {
                                return Err(serde::de::Error::duplicate_field("deploymentCompleted"));
                            }
                            data__ = map_.next_value::<::std::option::Option<_>>()?.map(envelope::Data::DeploymentCompleted)
;
                        }
                    }
                }
                Ok(Envelope {
                    event_id: event_id__.unwrap_or_default(),
                    event_type: event_type__.unwrap_or_default(),
                    timestamp: timestamp__,
                    source: source__.unwrap_or_default(),
                    aggregate_id: aggregate_id__.unwrap_or_default(),
                    metadata: metadata__,
                    data: data__,
                })
            }
        }
        deserializer.deserialize_struct("secureflow.events.v1.Envelope", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GateChanged {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.policy_id.is_empty() {
            len += 1;
        }
        if !self.repository_id.is_empty() {
            len += 1;
        }
        if !self.branch.is_empty() {
            len += 1;
        }
        if !self.commit_sha.is_empty() {
            len += 1;
        }
        if !self.previous_verdict.is_empty() {
            len += 1;
        }
        if !self.verdict.is_empty() {
            len += 1;
        }
        if !self.cause.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.events.v1.GateChanged", len)?;
        if !self.policy_id.is_empty() {
            struct_ser.serialize_field("policyId", &self.policy_id)?;
        }
        if !self.repository_id.is_empty() {
            struct_ser.serialize_field("repositoryId", &self.repository_id)?;
        }
        if !self.branch.is_empty() {
            struct_ser.serialize_field("branch", &self.branch)?;
        }
        if !self.commit_sha.is_empty() {
            struct_ser.serialize_field("commitSha", &self.commit_sha)?;
        }
        if !self.previous_verdict.is_empty() {
            struct_ser.serialize_field("previousVerdict", &self.previous_verdict)?;
        }
        if !self.verdict.is_empty() {
            struct_ser.serialize_field("verdict", &self.verdict)?;
        }
        if !self.cause.is_empty() {
            struct_ser.serialize_field("cause", &self.cause)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GateChanged {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "policy_id",
            "policyId",
            "repository_id",
            "repositoryId",
            "branch",
            "commit_sha",
            "commitSha",
            "previous_verdict",
            "previousVerdict",
            "verdict",
            "cause",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            PolicyId,
            RepositoryId,
            Branch,
            CommitSha,
            PreviousVerdict,
            Verdict,
            Cause,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "policyId" | "policy_id" => Ok(GeneratedField::PolicyId),
                            "repositoryId" | "repository_id" => Ok(GeneratedField::RepositoryId),
                            "branch" => Ok(GeneratedField::Branch),
                            "commitSha" | "commit_sha" => Ok(GeneratedField::CommitSha),
                            "previousVerdict" | "previous_verdict" => Ok(GeneratedField::PreviousVerdict),
                            "verdict" => Ok(GeneratedField::Verdict),
                            "cause" => Ok(GeneratedField::Cause),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GateChanged;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.events.v1.GateChanged")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GateChanged, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut policy_id__ = None;
                let mut repository_id__ = None;
                let mut branch__ = None;
                let mut commit_sha__ = None;
                let mut previous_verdict__ = None;
                let mut verdict__ = None;
                let mut cause__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::PolicyId => {
                            if policy_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("policyId"));
                            }
                            policy_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::RepositoryId => {
                            if repository_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("repositoryId"));
                            }
                            repository_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Branch => {
                            if branch__.is_some() {
                                return Err(serde::de::Error::duplicate_field("branch"));
                            }
                            branch__ = Some(map_.next_value()?);
                        }
                        GeneratedField::CommitSha => {
                            if commit_sha__.is_some() {
                                return Err(serde::de::Error::duplicate_field("commitSha"));
                            }
                            commit_sha__ = Some(map_.next_value()?);
                        }
                        GeneratedField::PreviousVerdict => {
                            if previous_verdict__.is_some() {
                                return Err(serde::de::Error::duplicate_field("previousVerdict"));
                            }
                            previous_verdict__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Verdict => {
                            if verdict__.is_some() {
                                return Err(serde::de::Error::duplicate_field("verdict"));
                            }
                            verdict__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Cause => {
                            if cause__.is_some() {
                                return Err(serde::de::Error::duplicate_field("cause"));
                            }
                            cause__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(GateChanged {
                    policy_id: policy_id__.unwrap_or_default(),
                    repository_id: repository_id__.unwrap_or_default(),
                    branch: branch__.unwrap_or_default(),
                    commit_sha: commit_sha__.unwrap_or_default(),
                    previous_verdict: previous_verdict__.unwrap_or_default(),
                    verdict: verdict__.unwrap_or_default(),
                    cause: cause__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.events.v1.GateChanged", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for HrSynced {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.sync_id.is_empty() {
            len += 1;
        }
        if self.people_synced != 0 {
            len += 1;
        }
        if !self.provider.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.events.v1.HrSynced", len)?;
        if !self.sync_id.is_empty() {
            struct_ser.serialize_field("syncId", &self.sync_id)?;
        }
        if self.people_synced != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("peopleSynced", ToString::to_string(&self.people_synced).as_str())?;
        }
        if !self.provider.is_empty() {
            struct_ser.serialize_field("provider", &self.provider)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for HrSynced {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "sync_id",
            "syncId",
            "people_synced",
            "peopleSynced",
            "provider",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            SyncId,
            PeopleSynced,
            Provider,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "syncId" | "sync_id" => Ok(GeneratedField::SyncId),
                            "peopleSynced" | "people_synced" => Ok(GeneratedField::PeopleSynced),
                            "provider" => Ok(GeneratedField::Provider),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = HrSynced;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.events.v1.HrSynced")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<HrSynced, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut sync_id__ = None;
                let mut people_synced__ = None;
                let mut provider__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::SyncId => {
                            if sync_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("syncId"));
                            }
                            sync_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::PeopleSynced => {
                            if people_synced__.is_some() {
                                return Err(serde::de::Error::duplicate_field("peopleSynced"));
                            }
                            people_synced__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::Provider => {
                            if provider__.is_some() {
                                return Err(serde::de::Error::duplicate_field("provider"));
                            }
                            provider__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(HrSynced {
                    sync_id: sync_id__.unwrap_or_default(),
                    people_synced: people_synced__.unwrap_or_default(),
                    provider: provider__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.events.v1.HrSynced", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for Metadata {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.organization_id.is_empty() {
            len += 1;
        }
        if !self.user_id.is_empty() {
            len += 1;
        }
        if !self.correlation_id.is_empty() {
            len += 1;
        }
        if !self.traceparent.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.events.v1.Metadata", len)?;
        if !self.organization_id.is_empty() {
            struct_ser.serialize_field("organizationId", &self.organization_id)?;
        }
        if !self.user_id.is_empty() {
            struct_ser.serialize_field("userId", &self.user_id)?;
        }
        if !self.correlation_id.is_empty() {
            struct_ser.serialize_field("correlationId", &self.correlation_id)?;
        }
        if !self.traceparent.is_empty() {
            struct_ser.serialize_field("traceparent", &self.traceparent)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for Metadata {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "organization_id",
            "organizationId",
            "user_id",
            "userId",
            "correlation_id",
            "correlationId",
            "traceparent",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            OrganizationId,
            UserId,
            CorrelationId,
            Traceparent,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "organizationId" | "organization_id" => Ok(GeneratedField::OrganizationId),
                            "userId" | "user_id" => Ok(GeneratedField::UserId),
                            "correlationId" | "correlation_id" => Ok(GeneratedField::CorrelationId),
                            "traceparent" => Ok(GeneratedField::Traceparent),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = Metadata;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.events.v1.Metadata")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<Metadata, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut organization_id__ = None;
                let mut user_id__ = None;
                let mut correlation_id__ = None;
                let mut traceparent__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::OrganizationId => {
                            if organization_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("organizationId"));
                            }
                            organization_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::UserId => {
                            if user_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("userId"));
                            }
                            user_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::CorrelationId => {
                            if correlation_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("correlationId"));
                            }
                            correlation_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Traceparent => {
                            if traceparent__.is_some() {
                                return Err(serde::de::Error::duplicate_field("traceparent"));
                            }
                            traceparent__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(Metadata {
                    organization_id: organization_id__.unwrap_or_default(),
                    user_id: user_id__.unwrap_or_default(),
                    correlation_id: correlation_id__.unwrap_or_default(),
                    traceparent: traceparent__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.events.v1.Metadata", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for NotificationDelivered {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.notification_id.is_empty() {
            len += 1;
        }
        if !self.delivery_id.is_empty() {
            len += 1;
        }
        if !self.channel_type.is_empty() {
            len += 1;
        }
        if self.success {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.events.v1.NotificationDelivered", len)?;
        if !self.notification_id.is_empty() {
            struct_ser.serialize_field("notificationId", &self.notification_id)?;
        }
        if !self.delivery_id.is_empty() {
            struct_ser.serialize_field("deliveryId", &self.delivery_id)?;
        }
        if !self.channel_type.is_empty() {
            struct_ser.serialize_field("channelType", &self.channel_type)?;
        }
        if self.success {
            struct_ser.serialize_field("success", &self.success)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for NotificationDelivered {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "notification_id",
            "notificationId",
            "delivery_id",
            "deliveryId",
            "channel_type",
            "channelType",
            "success",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            NotificationId,
            DeliveryId,
            ChannelType,
            Success,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "notificationId" | "notification_id" => Ok(GeneratedField::NotificationId),
                            "deliveryId" | "delivery_id" => Ok(GeneratedField::DeliveryId),
                            "channelType" | "channel_type" => Ok(GeneratedField::ChannelType),
                            "success" => Ok(GeneratedField::Success),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = NotificationDelivered;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.events.v1.NotificationDelivered")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<NotificationDelivered, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut notification_id__ = None;
                let mut delivery_id__ = None;
                let mut channel_type__ = None;
                let mut success__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::NotificationId => {
                            if notification_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("notificationId"));
                            }
                            notification_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::DeliveryId => {
                            if delivery_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("deliveryId"));
                            }
                            delivery_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::ChannelType => {
                            if channel_type__.is_some() {
                                return Err(serde::de::Error::duplicate_field("channelType"));
                            }
                            channel_type__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Success => {
                            if success__.is_some() {
                                return Err(serde::de::Error::duplicate_field("success"));
                            }
                            success__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(NotificationDelivered {
                    notification_id: notification_id__.unwrap_or_default(),
                    delivery_id: delivery_id__.unwrap_or_default(),
                    channel_type: channel_type__.unwrap_or_default(),
                    success: success__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.events.v1.NotificationDelivered", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for OrganizationChanged {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.organization_id.is_empty() {
            len += 1;
        }
        if !self.change.is_empty() {
            len += 1;
        }
        if self.sla_policy.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.events.v1.OrganizationChanged", len)?;
        if !self.organization_id.is_empty() {
            struct_ser.serialize_field("organizationId", &self.organization_id)?;
        }
        if !self.change.is_empty() {
            struct_ser.serialize_field("change", &self.change)?;
        }
        if let Some(v) = self.sla_policy.as_ref() {
            struct_ser.serialize_field("slaPolicy", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for OrganizationChanged {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "organization_id",
            "organizationId",
            "change",
            "sla_policy",
            "slaPolicy",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            OrganizationId,
            Change,
            SlaPolicy,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "organizationId" | "organization_id" => Ok(GeneratedField::OrganizationId),
                            "change" => Ok(GeneratedField::Change),
                            "slaPolicy" | "sla_policy" => Ok(GeneratedField::SlaPolicy),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = OrganizationChanged;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.events.v1.OrganizationChanged")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<OrganizationChanged, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut organization_id__ = None;
                let mut change__ = None;
                let mut sla_policy__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::OrganizationId => {
                            if organization_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("organizationId"));
                            }
                            organization_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Change => {
                            if change__.is_some() {
                                return Err(serde::de::Error::duplicate_field("change"));
                            }
                            change__ = Some(map_.next_value()?);
                        }
                        GeneratedField::SlaPolicy => {
                            if sla_policy__.is_some() {
                                return Err(serde::de::Error::duplicate_field("slaPolicy"));
                            }
                            sla_policy__ = map_.next_value()?;
                        }
                    }
                }
                Ok(OrganizationChanged {
                    organization_id: organization_id__.unwrap_or_default(),
                    change: change__.unwrap_or_default(),
                    sla_policy: sla_policy__,
                })
            }
        }
        deserializer.deserialize_struct("secureflow.events.v1.OrganizationChanged", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for PipelineCompleted {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.pipeline_id.is_empty() {
            len += 1;
        }
        if !self.execution_id.is_empty() {
            len += 1;
        }
        if !self.repository_id.is_empty() {
            len += 1;
        }
        if !self.branch.is_empty() {
            len += 1;
        }
        if !self.commit_sha.is_empty() {
            len += 1;
        }
        if !self.status.is_empty() {
            len += 1;
        }
        if self.duration_ms != 0 {
            len += 1;
        }
        if self.deployment {
            len += 1;
        }
        if !self.environment.is_empty() {
            len += 1;
        }
        if !self.stages.is_empty() {
            len += 1;
        }
        if self.number != 0 {
            len += 1;
        }
        if !self.pipeline_name.is_empty() {
            len += 1;
        }
        if !self.failure_reason.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.events.v1.PipelineCompleted", len)?;
        if !self.pipeline_id.is_empty() {
            struct_ser.serialize_field("pipelineId", &self.pipeline_id)?;
        }
        if !self.execution_id.is_empty() {
            struct_ser.serialize_field("executionId", &self.execution_id)?;
        }
        if !self.repository_id.is_empty() {
            struct_ser.serialize_field("repositoryId", &self.repository_id)?;
        }
        if !self.branch.is_empty() {
            struct_ser.serialize_field("branch", &self.branch)?;
        }
        if !self.commit_sha.is_empty() {
            struct_ser.serialize_field("commitSha", &self.commit_sha)?;
        }
        if !self.status.is_empty() {
            struct_ser.serialize_field("status", &self.status)?;
        }
        if self.duration_ms != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("durationMs", ToString::to_string(&self.duration_ms).as_str())?;
        }
        if self.deployment {
            struct_ser.serialize_field("deployment", &self.deployment)?;
        }
        if !self.environment.is_empty() {
            struct_ser.serialize_field("environment", &self.environment)?;
        }
        if !self.stages.is_empty() {
            struct_ser.serialize_field("stages", &self.stages)?;
        }
        if self.number != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("number", ToString::to_string(&self.number).as_str())?;
        }
        if !self.pipeline_name.is_empty() {
            struct_ser.serialize_field("pipelineName", &self.pipeline_name)?;
        }
        if !self.failure_reason.is_empty() {
            struct_ser.serialize_field("failureReason", &self.failure_reason)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for PipelineCompleted {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "pipeline_id",
            "pipelineId",
            "execution_id",
            "executionId",
            "repository_id",
            "repositoryId",
            "branch",
            "commit_sha",
            "commitSha",
            "status",
            "duration_ms",
            "durationMs",
            "deployment",
            "environment",
            "stages",
            "number",
            "pipeline_name",
            "pipelineName",
            "failure_reason",
            "failureReason",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            PipelineId,
            ExecutionId,
            RepositoryId,
            Branch,
            CommitSha,
            Status,
            DurationMs,
            Deployment,
            Environment,
            Stages,
            Number,
            PipelineName,
            FailureReason,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "pipelineId" | "pipeline_id" => Ok(GeneratedField::PipelineId),
                            "executionId" | "execution_id" => Ok(GeneratedField::ExecutionId),
                            "repositoryId" | "repository_id" => Ok(GeneratedField::RepositoryId),
                            "branch" => Ok(GeneratedField::Branch),
                            "commitSha" | "commit_sha" => Ok(GeneratedField::CommitSha),
                            "status" => Ok(GeneratedField::Status),
                            "durationMs" | "duration_ms" => Ok(GeneratedField::DurationMs),
                            "deployment" => Ok(GeneratedField::Deployment),
                            "environment" => Ok(GeneratedField::Environment),
                            "stages" => Ok(GeneratedField::Stages),
                            "number" => Ok(GeneratedField::Number),
                            "pipelineName" | "pipeline_name" => Ok(GeneratedField::PipelineName),
                            "failureReason" | "failure_reason" => Ok(GeneratedField::FailureReason),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = PipelineCompleted;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.events.v1.PipelineCompleted")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<PipelineCompleted, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut pipeline_id__ = None;
                let mut execution_id__ = None;
                let mut repository_id__ = None;
                let mut branch__ = None;
                let mut commit_sha__ = None;
                let mut status__ = None;
                let mut duration_ms__ = None;
                let mut deployment__ = None;
                let mut environment__ = None;
                let mut stages__ = None;
                let mut number__ = None;
                let mut pipeline_name__ = None;
                let mut failure_reason__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::PipelineId => {
                            if pipeline_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("pipelineId"));
                            }
                            pipeline_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::ExecutionId => {
                            if execution_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("executionId"));
                            }
                            execution_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::RepositoryId => {
                            if repository_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("repositoryId"));
                            }
                            repository_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Branch => {
                            if branch__.is_some() {
                                return Err(serde::de::Error::duplicate_field("branch"));
                            }
                            branch__ = Some(map_.next_value()?);
                        }
                        GeneratedField::CommitSha => {
                            if commit_sha__.is_some() {
                                return Err(serde::de::Error::duplicate_field("commitSha"));
                            }
                            commit_sha__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Status => {
                            if status__.is_some() {
                                return Err(serde::de::Error::duplicate_field("status"));
                            }
                            status__ = Some(map_.next_value()?);
                        }
                        GeneratedField::DurationMs => {
                            if duration_ms__.is_some() {
                                return Err(serde::de::Error::duplicate_field("durationMs"));
                            }
                            duration_ms__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::Deployment => {
                            if deployment__.is_some() {
                                return Err(serde::de::Error::duplicate_field("deployment"));
                            }
                            deployment__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Environment => {
                            if environment__.is_some() {
                                return Err(serde::de::Error::duplicate_field("environment"));
                            }
                            environment__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Stages => {
                            if stages__.is_some() {
                                return Err(serde::de::Error::duplicate_field("stages"));
                            }
                            stages__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Number => {
                            if number__.is_some() {
                                return Err(serde::de::Error::duplicate_field("number"));
                            }
                            number__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::PipelineName => {
                            if pipeline_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("pipelineName"));
                            }
                            pipeline_name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::FailureReason => {
                            if failure_reason__.is_some() {
                                return Err(serde::de::Error::duplicate_field("failureReason"));
                            }
                            failure_reason__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(PipelineCompleted {
                    pipeline_id: pipeline_id__.unwrap_or_default(),
                    execution_id: execution_id__.unwrap_or_default(),
                    repository_id: repository_id__.unwrap_or_default(),
                    branch: branch__.unwrap_or_default(),
                    commit_sha: commit_sha__.unwrap_or_default(),
                    status: status__.unwrap_or_default(),
                    duration_ms: duration_ms__.unwrap_or_default(),
                    deployment: deployment__.unwrap_or_default(),
                    environment: environment__.unwrap_or_default(),
                    stages: stages__.unwrap_or_default(),
                    number: number__.unwrap_or_default(),
                    pipeline_name: pipeline_name__.unwrap_or_default(),
                    failure_reason: failure_reason__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.events.v1.PipelineCompleted", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for PipelineFailed {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.pipeline_id.is_empty() {
            len += 1;
        }
        if !self.execution_id.is_empty() {
            len += 1;
        }
        if !self.repository_id.is_empty() {
            len += 1;
        }
        if !self.branch.is_empty() {
            len += 1;
        }
        if !self.commit_sha.is_empty() {
            len += 1;
        }
        if !self.status.is_empty() {
            len += 1;
        }
        if !self.failure_reason.is_empty() {
            len += 1;
        }
        if !self.failed_stage.is_empty() {
            len += 1;
        }
        if !self.stages.is_empty() {
            len += 1;
        }
        if self.number != 0 {
            len += 1;
        }
        if !self.pipeline_name.is_empty() {
            len += 1;
        }
        if self.duration_ms != 0 {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.events.v1.PipelineFailed", len)?;
        if !self.pipeline_id.is_empty() {
            struct_ser.serialize_field("pipelineId", &self.pipeline_id)?;
        }
        if !self.execution_id.is_empty() {
            struct_ser.serialize_field("executionId", &self.execution_id)?;
        }
        if !self.repository_id.is_empty() {
            struct_ser.serialize_field("repositoryId", &self.repository_id)?;
        }
        if !self.branch.is_empty() {
            struct_ser.serialize_field("branch", &self.branch)?;
        }
        if !self.commit_sha.is_empty() {
            struct_ser.serialize_field("commitSha", &self.commit_sha)?;
        }
        if !self.status.is_empty() {
            struct_ser.serialize_field("status", &self.status)?;
        }
        if !self.failure_reason.is_empty() {
            struct_ser.serialize_field("failureReason", &self.failure_reason)?;
        }
        if !self.failed_stage.is_empty() {
            struct_ser.serialize_field("failedStage", &self.failed_stage)?;
        }
        if !self.stages.is_empty() {
            struct_ser.serialize_field("stages", &self.stages)?;
        }
        if self.number != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("number", ToString::to_string(&self.number).as_str())?;
        }
        if !self.pipeline_name.is_empty() {
            struct_ser.serialize_field("pipelineName", &self.pipeline_name)?;
        }
        if self.duration_ms != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("durationMs", ToString::to_string(&self.duration_ms).as_str())?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for PipelineFailed {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "pipeline_id",
            "pipelineId",
            "execution_id",
            "executionId",
            "repository_id",
            "repositoryId",
            "branch",
            "commit_sha",
            "commitSha",
            "status",
            "failure_reason",
            "failureReason",
            "failed_stage",
            "failedStage",
            "stages",
            "number",
            "pipeline_name",
            "pipelineName",
            "duration_ms",
            "durationMs",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            PipelineId,
            ExecutionId,
            RepositoryId,
            Branch,
            CommitSha,
            Status,
            FailureReason,
            FailedStage,
            Stages,
            Number,
            PipelineName,
            DurationMs,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "pipelineId" | "pipeline_id" => Ok(GeneratedField::PipelineId),
                            "executionId" | "execution_id" => Ok(GeneratedField::ExecutionId),
                            "repositoryId" | "repository_id" => Ok(GeneratedField::RepositoryId),
                            "branch" => Ok(GeneratedField::Branch),
                            "commitSha" | "commit_sha" => Ok(GeneratedField::CommitSha),
                            "status" => Ok(GeneratedField::Status),
                            "failureReason" | "failure_reason" => Ok(GeneratedField::FailureReason),
                            "failedStage" | "failed_stage" => Ok(GeneratedField::FailedStage),
                            "stages" => Ok(GeneratedField::Stages),
                            "number" => Ok(GeneratedField::Number),
                            "pipelineName" | "pipeline_name" => Ok(GeneratedField::PipelineName),
                            "durationMs" | "duration_ms" => Ok(GeneratedField::DurationMs),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = PipelineFailed;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.events.v1.PipelineFailed")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<PipelineFailed, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut pipeline_id__ = None;
                let mut execution_id__ = None;
                let mut repository_id__ = None;
                let mut branch__ = None;
                let mut commit_sha__ = None;
                let mut status__ = None;
                let mut failure_reason__ = None;
                let mut failed_stage__ = None;
                let mut stages__ = None;
                let mut number__ = None;
                let mut pipeline_name__ = None;
                let mut duration_ms__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::PipelineId => {
                            if pipeline_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("pipelineId"));
                            }
                            pipeline_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::ExecutionId => {
                            if execution_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("executionId"));
                            }
                            execution_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::RepositoryId => {
                            if repository_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("repositoryId"));
                            }
                            repository_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Branch => {
                            if branch__.is_some() {
                                return Err(serde::de::Error::duplicate_field("branch"));
                            }
                            branch__ = Some(map_.next_value()?);
                        }
                        GeneratedField::CommitSha => {
                            if commit_sha__.is_some() {
                                return Err(serde::de::Error::duplicate_field("commitSha"));
                            }
                            commit_sha__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Status => {
                            if status__.is_some() {
                                return Err(serde::de::Error::duplicate_field("status"));
                            }
                            status__ = Some(map_.next_value()?);
                        }
                        GeneratedField::FailureReason => {
                            if failure_reason__.is_some() {
                                return Err(serde::de::Error::duplicate_field("failureReason"));
                            }
                            failure_reason__ = Some(map_.next_value()?);
                        }
                        GeneratedField::FailedStage => {
                            if failed_stage__.is_some() {
                                return Err(serde::de::Error::duplicate_field("failedStage"));
                            }
                            failed_stage__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Stages => {
                            if stages__.is_some() {
                                return Err(serde::de::Error::duplicate_field("stages"));
                            }
                            stages__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Number => {
                            if number__.is_some() {
                                return Err(serde::de::Error::duplicate_field("number"));
                            }
                            number__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::PipelineName => {
                            if pipeline_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("pipelineName"));
                            }
                            pipeline_name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::DurationMs => {
                            if duration_ms__.is_some() {
                                return Err(serde::de::Error::duplicate_field("durationMs"));
                            }
                            duration_ms__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                    }
                }
                Ok(PipelineFailed {
                    pipeline_id: pipeline_id__.unwrap_or_default(),
                    execution_id: execution_id__.unwrap_or_default(),
                    repository_id: repository_id__.unwrap_or_default(),
                    branch: branch__.unwrap_or_default(),
                    commit_sha: commit_sha__.unwrap_or_default(),
                    status: status__.unwrap_or_default(),
                    failure_reason: failure_reason__.unwrap_or_default(),
                    failed_stage: failed_stage__.unwrap_or_default(),
                    stages: stages__.unwrap_or_default(),
                    number: number__.unwrap_or_default(),
                    pipeline_name: pipeline_name__.unwrap_or_default(),
                    duration_ms: duration_ms__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.events.v1.PipelineFailed", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for PipelineStageResult {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.name.is_empty() {
            len += 1;
        }
        if !self.status.is_empty() {
            len += 1;
        }
        if self.duration_ms != 0 {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.events.v1.PipelineStageResult", len)?;
        if !self.name.is_empty() {
            struct_ser.serialize_field("name", &self.name)?;
        }
        if !self.status.is_empty() {
            struct_ser.serialize_field("status", &self.status)?;
        }
        if self.duration_ms != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("durationMs", ToString::to_string(&self.duration_ms).as_str())?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for PipelineStageResult {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "name",
            "status",
            "duration_ms",
            "durationMs",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Name,
            Status,
            DurationMs,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "name" => Ok(GeneratedField::Name),
                            "status" => Ok(GeneratedField::Status),
                            "durationMs" | "duration_ms" => Ok(GeneratedField::DurationMs),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = PipelineStageResult;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.events.v1.PipelineStageResult")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<PipelineStageResult, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut name__ = None;
                let mut status__ = None;
                let mut duration_ms__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Name => {
                            if name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("name"));
                            }
                            name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Status => {
                            if status__.is_some() {
                                return Err(serde::de::Error::duplicate_field("status"));
                            }
                            status__ = Some(map_.next_value()?);
                        }
                        GeneratedField::DurationMs => {
                            if duration_ms__.is_some() {
                                return Err(serde::de::Error::duplicate_field("durationMs"));
                            }
                            duration_ms__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                    }
                }
                Ok(PipelineStageResult {
                    name: name__.unwrap_or_default(),
                    status: status__.unwrap_or_default(),
                    duration_ms: duration_ms__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.events.v1.PipelineStageResult", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for PipelineStarted {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.pipeline_id.is_empty() {
            len += 1;
        }
        if !self.execution_id.is_empty() {
            len += 1;
        }
        if !self.repository_id.is_empty() {
            len += 1;
        }
        if !self.branch.is_empty() {
            len += 1;
        }
        if !self.commit_sha.is_empty() {
            len += 1;
        }
        if !self.trigger.is_empty() {
            len += 1;
        }
        if self.number != 0 {
            len += 1;
        }
        if !self.pipeline_name.is_empty() {
            len += 1;
        }
        if self.pipeline_version != 0 {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.events.v1.PipelineStarted", len)?;
        if !self.pipeline_id.is_empty() {
            struct_ser.serialize_field("pipelineId", &self.pipeline_id)?;
        }
        if !self.execution_id.is_empty() {
            struct_ser.serialize_field("executionId", &self.execution_id)?;
        }
        if !self.repository_id.is_empty() {
            struct_ser.serialize_field("repositoryId", &self.repository_id)?;
        }
        if !self.branch.is_empty() {
            struct_ser.serialize_field("branch", &self.branch)?;
        }
        if !self.commit_sha.is_empty() {
            struct_ser.serialize_field("commitSha", &self.commit_sha)?;
        }
        if !self.trigger.is_empty() {
            struct_ser.serialize_field("trigger", &self.trigger)?;
        }
        if self.number != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("number", ToString::to_string(&self.number).as_str())?;
        }
        if !self.pipeline_name.is_empty() {
            struct_ser.serialize_field("pipelineName", &self.pipeline_name)?;
        }
        if self.pipeline_version != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("pipelineVersion", ToString::to_string(&self.pipeline_version).as_str())?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for PipelineStarted {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "pipeline_id",
            "pipelineId",
            "execution_id",
            "executionId",
            "repository_id",
            "repositoryId",
            "branch",
            "commit_sha",
            "commitSha",
            "trigger",
            "number",
            "pipeline_name",
            "pipelineName",
            "pipeline_version",
            "pipelineVersion",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            PipelineId,
            ExecutionId,
            RepositoryId,
            Branch,
            CommitSha,
            Trigger,
            Number,
            PipelineName,
            PipelineVersion,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "pipelineId" | "pipeline_id" => Ok(GeneratedField::PipelineId),
                            "executionId" | "execution_id" => Ok(GeneratedField::ExecutionId),
                            "repositoryId" | "repository_id" => Ok(GeneratedField::RepositoryId),
                            "branch" => Ok(GeneratedField::Branch),
                            "commitSha" | "commit_sha" => Ok(GeneratedField::CommitSha),
                            "trigger" => Ok(GeneratedField::Trigger),
                            "number" => Ok(GeneratedField::Number),
                            "pipelineName" | "pipeline_name" => Ok(GeneratedField::PipelineName),
                            "pipelineVersion" | "pipeline_version" => Ok(GeneratedField::PipelineVersion),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = PipelineStarted;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.events.v1.PipelineStarted")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<PipelineStarted, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut pipeline_id__ = None;
                let mut execution_id__ = None;
                let mut repository_id__ = None;
                let mut branch__ = None;
                let mut commit_sha__ = None;
                let mut trigger__ = None;
                let mut number__ = None;
                let mut pipeline_name__ = None;
                let mut pipeline_version__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::PipelineId => {
                            if pipeline_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("pipelineId"));
                            }
                            pipeline_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::ExecutionId => {
                            if execution_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("executionId"));
                            }
                            execution_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::RepositoryId => {
                            if repository_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("repositoryId"));
                            }
                            repository_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Branch => {
                            if branch__.is_some() {
                                return Err(serde::de::Error::duplicate_field("branch"));
                            }
                            branch__ = Some(map_.next_value()?);
                        }
                        GeneratedField::CommitSha => {
                            if commit_sha__.is_some() {
                                return Err(serde::de::Error::duplicate_field("commitSha"));
                            }
                            commit_sha__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Trigger => {
                            if trigger__.is_some() {
                                return Err(serde::de::Error::duplicate_field("trigger"));
                            }
                            trigger__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Number => {
                            if number__.is_some() {
                                return Err(serde::de::Error::duplicate_field("number"));
                            }
                            number__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::PipelineName => {
                            if pipeline_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("pipelineName"));
                            }
                            pipeline_name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::PipelineVersion => {
                            if pipeline_version__.is_some() {
                                return Err(serde::de::Error::duplicate_field("pipelineVersion"));
                            }
                            pipeline_version__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                    }
                }
                Ok(PipelineStarted {
                    pipeline_id: pipeline_id__.unwrap_or_default(),
                    execution_id: execution_id__.unwrap_or_default(),
                    repository_id: repository_id__.unwrap_or_default(),
                    branch: branch__.unwrap_or_default(),
                    commit_sha: commit_sha__.unwrap_or_default(),
                    trigger: trigger__.unwrap_or_default(),
                    number: number__.unwrap_or_default(),
                    pipeline_name: pipeline_name__.unwrap_or_default(),
                    pipeline_version: pipeline_version__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.events.v1.PipelineStarted", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for PullRequestChanged {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.repository_id.is_empty() {
            len += 1;
        }
        if !self.pull_request_id.is_empty() {
            len += 1;
        }
        if self.number != 0 {
            len += 1;
        }
        if !self.state.is_empty() {
            len += 1;
        }
        if !self.source_branch.is_empty() {
            len += 1;
        }
        if !self.target_branch.is_empty() {
            len += 1;
        }
        if !self.head_sha.is_empty() {
            len += 1;
        }
        if !self.action.is_empty() {
            len += 1;
        }
        if !self.title.is_empty() {
            len += 1;
        }
        if !self.author.is_empty() {
            len += 1;
        }
        if self.draft {
            len += 1;
        }
        if self.create_time.is_some() {
            len += 1;
        }
        if self.first_review_time.is_some() {
            len += 1;
        }
        if self.approve_time.is_some() {
            len += 1;
        }
        if self.merge_time.is_some() {
            len += 1;
        }
        if self.close_time.is_some() {
            len += 1;
        }
        if !self.merged_by.is_empty() {
            len += 1;
        }
        if !self.reviewer.is_empty() {
            len += 1;
        }
        if !self.review_state.is_empty() {
            len += 1;
        }
        if self.additions != 0 {
            len += 1;
        }
        if self.deletions != 0 {
            len += 1;
        }
        if self.commits != 0 {
            len += 1;
        }
        if !self.author_user_id.is_empty() {
            len += 1;
        }
        if !self.merged_by_user_id.is_empty() {
            len += 1;
        }
        if !self.reviewer_user_id.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.events.v1.PullRequestChanged", len)?;
        if !self.repository_id.is_empty() {
            struct_ser.serialize_field("repositoryId", &self.repository_id)?;
        }
        if !self.pull_request_id.is_empty() {
            struct_ser.serialize_field("pullRequestId", &self.pull_request_id)?;
        }
        if self.number != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("number", ToString::to_string(&self.number).as_str())?;
        }
        if !self.state.is_empty() {
            struct_ser.serialize_field("state", &self.state)?;
        }
        if !self.source_branch.is_empty() {
            struct_ser.serialize_field("sourceBranch", &self.source_branch)?;
        }
        if !self.target_branch.is_empty() {
            struct_ser.serialize_field("targetBranch", &self.target_branch)?;
        }
        if !self.head_sha.is_empty() {
            struct_ser.serialize_field("headSha", &self.head_sha)?;
        }
        if !self.action.is_empty() {
            struct_ser.serialize_field("action", &self.action)?;
        }
        if !self.title.is_empty() {
            struct_ser.serialize_field("title", &self.title)?;
        }
        if !self.author.is_empty() {
            struct_ser.serialize_field("author", &self.author)?;
        }
        if self.draft {
            struct_ser.serialize_field("draft", &self.draft)?;
        }
        if let Some(v) = self.create_time.as_ref() {
            struct_ser.serialize_field("createTime", v)?;
        }
        if let Some(v) = self.first_review_time.as_ref() {
            struct_ser.serialize_field("firstReviewTime", v)?;
        }
        if let Some(v) = self.approve_time.as_ref() {
            struct_ser.serialize_field("approveTime", v)?;
        }
        if let Some(v) = self.merge_time.as_ref() {
            struct_ser.serialize_field("mergeTime", v)?;
        }
        if let Some(v) = self.close_time.as_ref() {
            struct_ser.serialize_field("closeTime", v)?;
        }
        if !self.merged_by.is_empty() {
            struct_ser.serialize_field("mergedBy", &self.merged_by)?;
        }
        if !self.reviewer.is_empty() {
            struct_ser.serialize_field("reviewer", &self.reviewer)?;
        }
        if !self.review_state.is_empty() {
            struct_ser.serialize_field("reviewState", &self.review_state)?;
        }
        if self.additions != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("additions", ToString::to_string(&self.additions).as_str())?;
        }
        if self.deletions != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("deletions", ToString::to_string(&self.deletions).as_str())?;
        }
        if self.commits != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("commits", ToString::to_string(&self.commits).as_str())?;
        }
        if !self.author_user_id.is_empty() {
            struct_ser.serialize_field("authorUserId", &self.author_user_id)?;
        }
        if !self.merged_by_user_id.is_empty() {
            struct_ser.serialize_field("mergedByUserId", &self.merged_by_user_id)?;
        }
        if !self.reviewer_user_id.is_empty() {
            struct_ser.serialize_field("reviewerUserId", &self.reviewer_user_id)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for PullRequestChanged {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "repository_id",
            "repositoryId",
            "pull_request_id",
            "pullRequestId",
            "number",
            "state",
            "source_branch",
            "sourceBranch",
            "target_branch",
            "targetBranch",
            "head_sha",
            "headSha",
            "action",
            "title",
            "author",
            "draft",
            "create_time",
            "createTime",
            "first_review_time",
            "firstReviewTime",
            "approve_time",
            "approveTime",
            "merge_time",
            "mergeTime",
            "close_time",
            "closeTime",
            "merged_by",
            "mergedBy",
            "reviewer",
            "review_state",
            "reviewState",
            "additions",
            "deletions",
            "commits",
            "author_user_id",
            "authorUserId",
            "merged_by_user_id",
            "mergedByUserId",
            "reviewer_user_id",
            "reviewerUserId",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            RepositoryId,
            PullRequestId,
            Number,
            State,
            SourceBranch,
            TargetBranch,
            HeadSha,
            Action,
            Title,
            Author,
            Draft,
            CreateTime,
            FirstReviewTime,
            ApproveTime,
            MergeTime,
            CloseTime,
            MergedBy,
            Reviewer,
            ReviewState,
            Additions,
            Deletions,
            Commits,
            AuthorUserId,
            MergedByUserId,
            ReviewerUserId,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "repositoryId" | "repository_id" => Ok(GeneratedField::RepositoryId),
                            "pullRequestId" | "pull_request_id" => Ok(GeneratedField::PullRequestId),
                            "number" => Ok(GeneratedField::Number),
                            "state" => Ok(GeneratedField::State),
                            "sourceBranch" | "source_branch" => Ok(GeneratedField::SourceBranch),
                            "targetBranch" | "target_branch" => Ok(GeneratedField::TargetBranch),
                            "headSha" | "head_sha" => Ok(GeneratedField::HeadSha),
                            "action" => Ok(GeneratedField::Action),
                            "title" => Ok(GeneratedField::Title),
                            "author" => Ok(GeneratedField::Author),
                            "draft" => Ok(GeneratedField::Draft),
                            "createTime" | "create_time" => Ok(GeneratedField::CreateTime),
                            "firstReviewTime" | "first_review_time" => Ok(GeneratedField::FirstReviewTime),
                            "approveTime" | "approve_time" => Ok(GeneratedField::ApproveTime),
                            "mergeTime" | "merge_time" => Ok(GeneratedField::MergeTime),
                            "closeTime" | "close_time" => Ok(GeneratedField::CloseTime),
                            "mergedBy" | "merged_by" => Ok(GeneratedField::MergedBy),
                            "reviewer" => Ok(GeneratedField::Reviewer),
                            "reviewState" | "review_state" => Ok(GeneratedField::ReviewState),
                            "additions" => Ok(GeneratedField::Additions),
                            "deletions" => Ok(GeneratedField::Deletions),
                            "commits" => Ok(GeneratedField::Commits),
                            "authorUserId" | "author_user_id" => Ok(GeneratedField::AuthorUserId),
                            "mergedByUserId" | "merged_by_user_id" => Ok(GeneratedField::MergedByUserId),
                            "reviewerUserId" | "reviewer_user_id" => Ok(GeneratedField::ReviewerUserId),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = PullRequestChanged;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.events.v1.PullRequestChanged")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<PullRequestChanged, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut repository_id__ = None;
                let mut pull_request_id__ = None;
                let mut number__ = None;
                let mut state__ = None;
                let mut source_branch__ = None;
                let mut target_branch__ = None;
                let mut head_sha__ = None;
                let mut action__ = None;
                let mut title__ = None;
                let mut author__ = None;
                let mut draft__ = None;
                let mut create_time__ = None;
                let mut first_review_time__ = None;
                let mut approve_time__ = None;
                let mut merge_time__ = None;
                let mut close_time__ = None;
                let mut merged_by__ = None;
                let mut reviewer__ = None;
                let mut review_state__ = None;
                let mut additions__ = None;
                let mut deletions__ = None;
                let mut commits__ = None;
                let mut author_user_id__ = None;
                let mut merged_by_user_id__ = None;
                let mut reviewer_user_id__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::RepositoryId => {
                            if repository_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("repositoryId"));
                            }
                            repository_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::PullRequestId => {
                            if pull_request_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("pullRequestId"));
                            }
                            pull_request_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Number => {
                            if number__.is_some() {
                                return Err(serde::de::Error::duplicate_field("number"));
                            }
                            number__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::State => {
                            if state__.is_some() {
                                return Err(serde::de::Error::duplicate_field("state"));
                            }
                            state__ = Some(map_.next_value()?);
                        }
                        GeneratedField::SourceBranch => {
                            if source_branch__.is_some() {
                                return Err(serde::de::Error::duplicate_field("sourceBranch"));
                            }
                            source_branch__ = Some(map_.next_value()?);
                        }
                        GeneratedField::TargetBranch => {
                            if target_branch__.is_some() {
                                return Err(serde::de::Error::duplicate_field("targetBranch"));
                            }
                            target_branch__ = Some(map_.next_value()?);
                        }
                        GeneratedField::HeadSha => {
                            if head_sha__.is_some() {
                                return Err(serde::de::Error::duplicate_field("headSha"));
                            }
                            head_sha__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Action => {
                            if action__.is_some() {
                                return Err(serde::de::Error::duplicate_field("action"));
                            }
                            action__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Title => {
                            if title__.is_some() {
                                return Err(serde::de::Error::duplicate_field("title"));
                            }
                            title__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Author => {
                            if author__.is_some() {
                                return Err(serde::de::Error::duplicate_field("author"));
                            }
                            author__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Draft => {
                            if draft__.is_some() {
                                return Err(serde::de::Error::duplicate_field("draft"));
                            }
                            draft__ = Some(map_.next_value()?);
                        }
                        GeneratedField::CreateTime => {
                            if create_time__.is_some() {
                                return Err(serde::de::Error::duplicate_field("createTime"));
                            }
                            create_time__ = map_.next_value()?;
                        }
                        GeneratedField::FirstReviewTime => {
                            if first_review_time__.is_some() {
                                return Err(serde::de::Error::duplicate_field("firstReviewTime"));
                            }
                            first_review_time__ = map_.next_value()?;
                        }
                        GeneratedField::ApproveTime => {
                            if approve_time__.is_some() {
                                return Err(serde::de::Error::duplicate_field("approveTime"));
                            }
                            approve_time__ = map_.next_value()?;
                        }
                        GeneratedField::MergeTime => {
                            if merge_time__.is_some() {
                                return Err(serde::de::Error::duplicate_field("mergeTime"));
                            }
                            merge_time__ = map_.next_value()?;
                        }
                        GeneratedField::CloseTime => {
                            if close_time__.is_some() {
                                return Err(serde::de::Error::duplicate_field("closeTime"));
                            }
                            close_time__ = map_.next_value()?;
                        }
                        GeneratedField::MergedBy => {
                            if merged_by__.is_some() {
                                return Err(serde::de::Error::duplicate_field("mergedBy"));
                            }
                            merged_by__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Reviewer => {
                            if reviewer__.is_some() {
                                return Err(serde::de::Error::duplicate_field("reviewer"));
                            }
                            reviewer__ = Some(map_.next_value()?);
                        }
                        GeneratedField::ReviewState => {
                            if review_state__.is_some() {
                                return Err(serde::de::Error::duplicate_field("reviewState"));
                            }
                            review_state__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Additions => {
                            if additions__.is_some() {
                                return Err(serde::de::Error::duplicate_field("additions"));
                            }
                            additions__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::Deletions => {
                            if deletions__.is_some() {
                                return Err(serde::de::Error::duplicate_field("deletions"));
                            }
                            deletions__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::Commits => {
                            if commits__.is_some() {
                                return Err(serde::de::Error::duplicate_field("commits"));
                            }
                            commits__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::AuthorUserId => {
                            if author_user_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("authorUserId"));
                            }
                            author_user_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::MergedByUserId => {
                            if merged_by_user_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("mergedByUserId"));
                            }
                            merged_by_user_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::ReviewerUserId => {
                            if reviewer_user_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("reviewerUserId"));
                            }
                            reviewer_user_id__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(PullRequestChanged {
                    repository_id: repository_id__.unwrap_or_default(),
                    pull_request_id: pull_request_id__.unwrap_or_default(),
                    number: number__.unwrap_or_default(),
                    state: state__.unwrap_or_default(),
                    source_branch: source_branch__.unwrap_or_default(),
                    target_branch: target_branch__.unwrap_or_default(),
                    head_sha: head_sha__.unwrap_or_default(),
                    action: action__.unwrap_or_default(),
                    title: title__.unwrap_or_default(),
                    author: author__.unwrap_or_default(),
                    draft: draft__.unwrap_or_default(),
                    create_time: create_time__,
                    first_review_time: first_review_time__,
                    approve_time: approve_time__,
                    merge_time: merge_time__,
                    close_time: close_time__,
                    merged_by: merged_by__.unwrap_or_default(),
                    reviewer: reviewer__.unwrap_or_default(),
                    review_state: review_state__.unwrap_or_default(),
                    additions: additions__.unwrap_or_default(),
                    deletions: deletions__.unwrap_or_default(),
                    commits: commits__.unwrap_or_default(),
                    author_user_id: author_user_id__.unwrap_or_default(),
                    merged_by_user_id: merged_by_user_id__.unwrap_or_default(),
                    reviewer_user_id: reviewer_user_id__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.events.v1.PullRequestChanged", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for RepositoryChanged {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.repository_id.is_empty() {
            len += 1;
        }
        if !self.change.is_empty() {
            len += 1;
        }
        if !self.full_name.is_empty() {
            len += 1;
        }
        if !self.criticality.is_empty() {
            len += 1;
        }
        if !self.team_id.is_empty() {
            len += 1;
        }
        if !self.default_branch.is_empty() {
            len += 1;
        }
        if self.archived {
            len += 1;
        }
        if self.expire_time.is_some() {
            len += 1;
        }
        if !self.clone_url.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.events.v1.RepositoryChanged", len)?;
        if !self.repository_id.is_empty() {
            struct_ser.serialize_field("repositoryId", &self.repository_id)?;
        }
        if !self.change.is_empty() {
            struct_ser.serialize_field("change", &self.change)?;
        }
        if !self.full_name.is_empty() {
            struct_ser.serialize_field("fullName", &self.full_name)?;
        }
        if !self.criticality.is_empty() {
            struct_ser.serialize_field("criticality", &self.criticality)?;
        }
        if !self.team_id.is_empty() {
            struct_ser.serialize_field("teamId", &self.team_id)?;
        }
        if !self.default_branch.is_empty() {
            struct_ser.serialize_field("defaultBranch", &self.default_branch)?;
        }
        if self.archived {
            struct_ser.serialize_field("archived", &self.archived)?;
        }
        if let Some(v) = self.expire_time.as_ref() {
            struct_ser.serialize_field("expireTime", v)?;
        }
        if !self.clone_url.is_empty() {
            struct_ser.serialize_field("cloneUrl", &self.clone_url)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for RepositoryChanged {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "repository_id",
            "repositoryId",
            "change",
            "full_name",
            "fullName",
            "criticality",
            "team_id",
            "teamId",
            "default_branch",
            "defaultBranch",
            "archived",
            "expire_time",
            "expireTime",
            "clone_url",
            "cloneUrl",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            RepositoryId,
            Change,
            FullName,
            Criticality,
            TeamId,
            DefaultBranch,
            Archived,
            ExpireTime,
            CloneUrl,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "repositoryId" | "repository_id" => Ok(GeneratedField::RepositoryId),
                            "change" => Ok(GeneratedField::Change),
                            "fullName" | "full_name" => Ok(GeneratedField::FullName),
                            "criticality" => Ok(GeneratedField::Criticality),
                            "teamId" | "team_id" => Ok(GeneratedField::TeamId),
                            "defaultBranch" | "default_branch" => Ok(GeneratedField::DefaultBranch),
                            "archived" => Ok(GeneratedField::Archived),
                            "expireTime" | "expire_time" => Ok(GeneratedField::ExpireTime),
                            "cloneUrl" | "clone_url" => Ok(GeneratedField::CloneUrl),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = RepositoryChanged;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.events.v1.RepositoryChanged")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<RepositoryChanged, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut repository_id__ = None;
                let mut change__ = None;
                let mut full_name__ = None;
                let mut criticality__ = None;
                let mut team_id__ = None;
                let mut default_branch__ = None;
                let mut archived__ = None;
                let mut expire_time__ = None;
                let mut clone_url__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::RepositoryId => {
                            if repository_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("repositoryId"));
                            }
                            repository_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Change => {
                            if change__.is_some() {
                                return Err(serde::de::Error::duplicate_field("change"));
                            }
                            change__ = Some(map_.next_value()?);
                        }
                        GeneratedField::FullName => {
                            if full_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("fullName"));
                            }
                            full_name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Criticality => {
                            if criticality__.is_some() {
                                return Err(serde::de::Error::duplicate_field("criticality"));
                            }
                            criticality__ = Some(map_.next_value()?);
                        }
                        GeneratedField::TeamId => {
                            if team_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("teamId"));
                            }
                            team_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::DefaultBranch => {
                            if default_branch__.is_some() {
                                return Err(serde::de::Error::duplicate_field("defaultBranch"));
                            }
                            default_branch__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Archived => {
                            if archived__.is_some() {
                                return Err(serde::de::Error::duplicate_field("archived"));
                            }
                            archived__ = Some(map_.next_value()?);
                        }
                        GeneratedField::ExpireTime => {
                            if expire_time__.is_some() {
                                return Err(serde::de::Error::duplicate_field("expireTime"));
                            }
                            expire_time__ = map_.next_value()?;
                        }
                        GeneratedField::CloneUrl => {
                            if clone_url__.is_some() {
                                return Err(serde::de::Error::duplicate_field("cloneUrl"));
                            }
                            clone_url__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(RepositoryChanged {
                    repository_id: repository_id__.unwrap_or_default(),
                    change: change__.unwrap_or_default(),
                    full_name: full_name__.unwrap_or_default(),
                    criticality: criticality__.unwrap_or_default(),
                    team_id: team_id__.unwrap_or_default(),
                    default_branch: default_branch__.unwrap_or_default(),
                    archived: archived__.unwrap_or_default(),
                    expire_time: expire_time__,
                    clone_url: clone_url__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.events.v1.RepositoryChanged", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for RepositoryCommits {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.repository_id.is_empty() {
            len += 1;
        }
        if !self.branch.is_empty() {
            len += 1;
        }
        if !self.before_sha.is_empty() {
            len += 1;
        }
        if !self.after_sha.is_empty() {
            len += 1;
        }
        if !self.commits.is_empty() {
            len += 1;
        }
        if !self.pusher.is_empty() {
            len += 1;
        }
        if !self.delivery_id.is_empty() {
            len += 1;
        }
        if self.created {
            len += 1;
        }
        if self.forced {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.events.v1.RepositoryCommits", len)?;
        if !self.repository_id.is_empty() {
            struct_ser.serialize_field("repositoryId", &self.repository_id)?;
        }
        if !self.branch.is_empty() {
            struct_ser.serialize_field("branch", &self.branch)?;
        }
        if !self.before_sha.is_empty() {
            struct_ser.serialize_field("beforeSha", &self.before_sha)?;
        }
        if !self.after_sha.is_empty() {
            struct_ser.serialize_field("afterSha", &self.after_sha)?;
        }
        if !self.commits.is_empty() {
            struct_ser.serialize_field("commits", &self.commits)?;
        }
        if !self.pusher.is_empty() {
            struct_ser.serialize_field("pusher", &self.pusher)?;
        }
        if !self.delivery_id.is_empty() {
            struct_ser.serialize_field("deliveryId", &self.delivery_id)?;
        }
        if self.created {
            struct_ser.serialize_field("created", &self.created)?;
        }
        if self.forced {
            struct_ser.serialize_field("forced", &self.forced)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for RepositoryCommits {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "repository_id",
            "repositoryId",
            "branch",
            "before_sha",
            "beforeSha",
            "after_sha",
            "afterSha",
            "commits",
            "pusher",
            "delivery_id",
            "deliveryId",
            "created",
            "forced",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            RepositoryId,
            Branch,
            BeforeSha,
            AfterSha,
            Commits,
            Pusher,
            DeliveryId,
            Created,
            Forced,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "repositoryId" | "repository_id" => Ok(GeneratedField::RepositoryId),
                            "branch" => Ok(GeneratedField::Branch),
                            "beforeSha" | "before_sha" => Ok(GeneratedField::BeforeSha),
                            "afterSha" | "after_sha" => Ok(GeneratedField::AfterSha),
                            "commits" => Ok(GeneratedField::Commits),
                            "pusher" => Ok(GeneratedField::Pusher),
                            "deliveryId" | "delivery_id" => Ok(GeneratedField::DeliveryId),
                            "created" => Ok(GeneratedField::Created),
                            "forced" => Ok(GeneratedField::Forced),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = RepositoryCommits;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.events.v1.RepositoryCommits")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<RepositoryCommits, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut repository_id__ = None;
                let mut branch__ = None;
                let mut before_sha__ = None;
                let mut after_sha__ = None;
                let mut commits__ = None;
                let mut pusher__ = None;
                let mut delivery_id__ = None;
                let mut created__ = None;
                let mut forced__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::RepositoryId => {
                            if repository_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("repositoryId"));
                            }
                            repository_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Branch => {
                            if branch__.is_some() {
                                return Err(serde::de::Error::duplicate_field("branch"));
                            }
                            branch__ = Some(map_.next_value()?);
                        }
                        GeneratedField::BeforeSha => {
                            if before_sha__.is_some() {
                                return Err(serde::de::Error::duplicate_field("beforeSha"));
                            }
                            before_sha__ = Some(map_.next_value()?);
                        }
                        GeneratedField::AfterSha => {
                            if after_sha__.is_some() {
                                return Err(serde::de::Error::duplicate_field("afterSha"));
                            }
                            after_sha__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Commits => {
                            if commits__.is_some() {
                                return Err(serde::de::Error::duplicate_field("commits"));
                            }
                            commits__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Pusher => {
                            if pusher__.is_some() {
                                return Err(serde::de::Error::duplicate_field("pusher"));
                            }
                            pusher__ = Some(map_.next_value()?);
                        }
                        GeneratedField::DeliveryId => {
                            if delivery_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("deliveryId"));
                            }
                            delivery_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Created => {
                            if created__.is_some() {
                                return Err(serde::de::Error::duplicate_field("created"));
                            }
                            created__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Forced => {
                            if forced__.is_some() {
                                return Err(serde::de::Error::duplicate_field("forced"));
                            }
                            forced__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(RepositoryCommits {
                    repository_id: repository_id__.unwrap_or_default(),
                    branch: branch__.unwrap_or_default(),
                    before_sha: before_sha__.unwrap_or_default(),
                    after_sha: after_sha__.unwrap_or_default(),
                    commits: commits__.unwrap_or_default(),
                    pusher: pusher__.unwrap_or_default(),
                    delivery_id: delivery_id__.unwrap_or_default(),
                    created: created__.unwrap_or_default(),
                    forced: forced__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.events.v1.RepositoryCommits", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for RepositoryRefChanged {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.repository_id.is_empty() {
            len += 1;
        }
        if !self.kind.is_empty() {
            len += 1;
        }
        if !self.name.is_empty() {
            len += 1;
        }
        if !self.change.is_empty() {
            len += 1;
        }
        if !self.sha.is_empty() {
            len += 1;
        }
        if !self.release_name.is_empty() {
            len += 1;
        }
        if self.prerelease {
            len += 1;
        }
        if self.time.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.events.v1.RepositoryRefChanged", len)?;
        if !self.repository_id.is_empty() {
            struct_ser.serialize_field("repositoryId", &self.repository_id)?;
        }
        if !self.kind.is_empty() {
            struct_ser.serialize_field("kind", &self.kind)?;
        }
        if !self.name.is_empty() {
            struct_ser.serialize_field("name", &self.name)?;
        }
        if !self.change.is_empty() {
            struct_ser.serialize_field("change", &self.change)?;
        }
        if !self.sha.is_empty() {
            struct_ser.serialize_field("sha", &self.sha)?;
        }
        if !self.release_name.is_empty() {
            struct_ser.serialize_field("releaseName", &self.release_name)?;
        }
        if self.prerelease {
            struct_ser.serialize_field("prerelease", &self.prerelease)?;
        }
        if let Some(v) = self.time.as_ref() {
            struct_ser.serialize_field("time", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for RepositoryRefChanged {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "repository_id",
            "repositoryId",
            "kind",
            "name",
            "change",
            "sha",
            "release_name",
            "releaseName",
            "prerelease",
            "time",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            RepositoryId,
            Kind,
            Name,
            Change,
            Sha,
            ReleaseName,
            Prerelease,
            Time,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "repositoryId" | "repository_id" => Ok(GeneratedField::RepositoryId),
                            "kind" => Ok(GeneratedField::Kind),
                            "name" => Ok(GeneratedField::Name),
                            "change" => Ok(GeneratedField::Change),
                            "sha" => Ok(GeneratedField::Sha),
                            "releaseName" | "release_name" => Ok(GeneratedField::ReleaseName),
                            "prerelease" => Ok(GeneratedField::Prerelease),
                            "time" => Ok(GeneratedField::Time),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = RepositoryRefChanged;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.events.v1.RepositoryRefChanged")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<RepositoryRefChanged, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut repository_id__ = None;
                let mut kind__ = None;
                let mut name__ = None;
                let mut change__ = None;
                let mut sha__ = None;
                let mut release_name__ = None;
                let mut prerelease__ = None;
                let mut time__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::RepositoryId => {
                            if repository_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("repositoryId"));
                            }
                            repository_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Kind => {
                            if kind__.is_some() {
                                return Err(serde::de::Error::duplicate_field("kind"));
                            }
                            kind__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Name => {
                            if name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("name"));
                            }
                            name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Change => {
                            if change__.is_some() {
                                return Err(serde::de::Error::duplicate_field("change"));
                            }
                            change__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Sha => {
                            if sha__.is_some() {
                                return Err(serde::de::Error::duplicate_field("sha"));
                            }
                            sha__ = Some(map_.next_value()?);
                        }
                        GeneratedField::ReleaseName => {
                            if release_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("releaseName"));
                            }
                            release_name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Prerelease => {
                            if prerelease__.is_some() {
                                return Err(serde::de::Error::duplicate_field("prerelease"));
                            }
                            prerelease__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Time => {
                            if time__.is_some() {
                                return Err(serde::de::Error::duplicate_field("time"));
                            }
                            time__ = map_.next_value()?;
                        }
                    }
                }
                Ok(RepositoryRefChanged {
                    repository_id: repository_id__.unwrap_or_default(),
                    kind: kind__.unwrap_or_default(),
                    name: name__.unwrap_or_default(),
                    change: change__.unwrap_or_default(),
                    sha: sha__.unwrap_or_default(),
                    release_name: release_name__.unwrap_or_default(),
                    prerelease: prerelease__.unwrap_or_default(),
                    time: time__,
                })
            }
        }
        deserializer.deserialize_struct("secureflow.events.v1.RepositoryRefChanged", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ScanCompleted {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.scan_id.is_empty() {
            len += 1;
        }
        if !self.repository_id.is_empty() {
            len += 1;
        }
        if !self.branch.is_empty() {
            len += 1;
        }
        if !self.commit_sha.is_empty() {
            len += 1;
        }
        if !self.tool.is_empty() {
            len += 1;
        }
        if self.findings_parsed != 0 {
            len += 1;
        }
        if self.duplicates_in_report != 0 {
            len += 1;
        }
        if self.new != 0 {
            len += 1;
        }
        if self.updated != 0 {
            len += 1;
        }
        if self.reopened != 0 {
            len += 1;
        }
        if self.resolved != 0 {
            len += 1;
        }
        if !self.gate_verdict.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.events.v1.ScanCompleted", len)?;
        if !self.scan_id.is_empty() {
            struct_ser.serialize_field("scanId", &self.scan_id)?;
        }
        if !self.repository_id.is_empty() {
            struct_ser.serialize_field("repositoryId", &self.repository_id)?;
        }
        if !self.branch.is_empty() {
            struct_ser.serialize_field("branch", &self.branch)?;
        }
        if !self.commit_sha.is_empty() {
            struct_ser.serialize_field("commitSha", &self.commit_sha)?;
        }
        if !self.tool.is_empty() {
            struct_ser.serialize_field("tool", &self.tool)?;
        }
        if self.findings_parsed != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("findingsParsed", ToString::to_string(&self.findings_parsed).as_str())?;
        }
        if self.duplicates_in_report != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("duplicatesInReport", ToString::to_string(&self.duplicates_in_report).as_str())?;
        }
        if self.new != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("new", ToString::to_string(&self.new).as_str())?;
        }
        if self.updated != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("updated", ToString::to_string(&self.updated).as_str())?;
        }
        if self.reopened != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("reopened", ToString::to_string(&self.reopened).as_str())?;
        }
        if self.resolved != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("resolved", ToString::to_string(&self.resolved).as_str())?;
        }
        if !self.gate_verdict.is_empty() {
            struct_ser.serialize_field("gateVerdict", &self.gate_verdict)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ScanCompleted {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "scan_id",
            "scanId",
            "repository_id",
            "repositoryId",
            "branch",
            "commit_sha",
            "commitSha",
            "tool",
            "findings_parsed",
            "findingsParsed",
            "duplicates_in_report",
            "duplicatesInReport",
            "new",
            "updated",
            "reopened",
            "resolved",
            "gate_verdict",
            "gateVerdict",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ScanId,
            RepositoryId,
            Branch,
            CommitSha,
            Tool,
            FindingsParsed,
            DuplicatesInReport,
            New,
            Updated,
            Reopened,
            Resolved,
            GateVerdict,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "scanId" | "scan_id" => Ok(GeneratedField::ScanId),
                            "repositoryId" | "repository_id" => Ok(GeneratedField::RepositoryId),
                            "branch" => Ok(GeneratedField::Branch),
                            "commitSha" | "commit_sha" => Ok(GeneratedField::CommitSha),
                            "tool" => Ok(GeneratedField::Tool),
                            "findingsParsed" | "findings_parsed" => Ok(GeneratedField::FindingsParsed),
                            "duplicatesInReport" | "duplicates_in_report" => Ok(GeneratedField::DuplicatesInReport),
                            "new" => Ok(GeneratedField::New),
                            "updated" => Ok(GeneratedField::Updated),
                            "reopened" => Ok(GeneratedField::Reopened),
                            "resolved" => Ok(GeneratedField::Resolved),
                            "gateVerdict" | "gate_verdict" => Ok(GeneratedField::GateVerdict),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ScanCompleted;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.events.v1.ScanCompleted")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ScanCompleted, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut scan_id__ = None;
                let mut repository_id__ = None;
                let mut branch__ = None;
                let mut commit_sha__ = None;
                let mut tool__ = None;
                let mut findings_parsed__ = None;
                let mut duplicates_in_report__ = None;
                let mut new__ = None;
                let mut updated__ = None;
                let mut reopened__ = None;
                let mut resolved__ = None;
                let mut gate_verdict__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ScanId => {
                            if scan_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("scanId"));
                            }
                            scan_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::RepositoryId => {
                            if repository_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("repositoryId"));
                            }
                            repository_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Branch => {
                            if branch__.is_some() {
                                return Err(serde::de::Error::duplicate_field("branch"));
                            }
                            branch__ = Some(map_.next_value()?);
                        }
                        GeneratedField::CommitSha => {
                            if commit_sha__.is_some() {
                                return Err(serde::de::Error::duplicate_field("commitSha"));
                            }
                            commit_sha__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Tool => {
                            if tool__.is_some() {
                                return Err(serde::de::Error::duplicate_field("tool"));
                            }
                            tool__ = Some(map_.next_value()?);
                        }
                        GeneratedField::FindingsParsed => {
                            if findings_parsed__.is_some() {
                                return Err(serde::de::Error::duplicate_field("findingsParsed"));
                            }
                            findings_parsed__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::DuplicatesInReport => {
                            if duplicates_in_report__.is_some() {
                                return Err(serde::de::Error::duplicate_field("duplicatesInReport"));
                            }
                            duplicates_in_report__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::New => {
                            if new__.is_some() {
                                return Err(serde::de::Error::duplicate_field("new"));
                            }
                            new__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::Updated => {
                            if updated__.is_some() {
                                return Err(serde::de::Error::duplicate_field("updated"));
                            }
                            updated__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::Reopened => {
                            if reopened__.is_some() {
                                return Err(serde::de::Error::duplicate_field("reopened"));
                            }
                            reopened__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::Resolved => {
                            if resolved__.is_some() {
                                return Err(serde::de::Error::duplicate_field("resolved"));
                            }
                            resolved__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::GateVerdict => {
                            if gate_verdict__.is_some() {
                                return Err(serde::de::Error::duplicate_field("gateVerdict"));
                            }
                            gate_verdict__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(ScanCompleted {
                    scan_id: scan_id__.unwrap_or_default(),
                    repository_id: repository_id__.unwrap_or_default(),
                    branch: branch__.unwrap_or_default(),
                    commit_sha: commit_sha__.unwrap_or_default(),
                    tool: tool__.unwrap_or_default(),
                    findings_parsed: findings_parsed__.unwrap_or_default(),
                    duplicates_in_report: duplicates_in_report__.unwrap_or_default(),
                    new: new__.unwrap_or_default(),
                    updated: updated__.unwrap_or_default(),
                    reopened: reopened__.unwrap_or_default(),
                    resolved: resolved__.unwrap_or_default(),
                    gate_verdict: gate_verdict__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.events.v1.ScanCompleted", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ScanStarted {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.scan_id.is_empty() {
            len += 1;
        }
        if !self.repository_id.is_empty() {
            len += 1;
        }
        if !self.branch.is_empty() {
            len += 1;
        }
        if !self.commit_sha.is_empty() {
            len += 1;
        }
        if !self.format.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.events.v1.ScanStarted", len)?;
        if !self.scan_id.is_empty() {
            struct_ser.serialize_field("scanId", &self.scan_id)?;
        }
        if !self.repository_id.is_empty() {
            struct_ser.serialize_field("repositoryId", &self.repository_id)?;
        }
        if !self.branch.is_empty() {
            struct_ser.serialize_field("branch", &self.branch)?;
        }
        if !self.commit_sha.is_empty() {
            struct_ser.serialize_field("commitSha", &self.commit_sha)?;
        }
        if !self.format.is_empty() {
            struct_ser.serialize_field("format", &self.format)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ScanStarted {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "scan_id",
            "scanId",
            "repository_id",
            "repositoryId",
            "branch",
            "commit_sha",
            "commitSha",
            "format",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ScanId,
            RepositoryId,
            Branch,
            CommitSha,
            Format,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "scanId" | "scan_id" => Ok(GeneratedField::ScanId),
                            "repositoryId" | "repository_id" => Ok(GeneratedField::RepositoryId),
                            "branch" => Ok(GeneratedField::Branch),
                            "commitSha" | "commit_sha" => Ok(GeneratedField::CommitSha),
                            "format" => Ok(GeneratedField::Format),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ScanStarted;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.events.v1.ScanStarted")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ScanStarted, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut scan_id__ = None;
                let mut repository_id__ = None;
                let mut branch__ = None;
                let mut commit_sha__ = None;
                let mut format__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ScanId => {
                            if scan_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("scanId"));
                            }
                            scan_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::RepositoryId => {
                            if repository_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("repositoryId"));
                            }
                            repository_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Branch => {
                            if branch__.is_some() {
                                return Err(serde::de::Error::duplicate_field("branch"));
                            }
                            branch__ = Some(map_.next_value()?);
                        }
                        GeneratedField::CommitSha => {
                            if commit_sha__.is_some() {
                                return Err(serde::de::Error::duplicate_field("commitSha"));
                            }
                            commit_sha__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Format => {
                            if format__.is_some() {
                                return Err(serde::de::Error::duplicate_field("format"));
                            }
                            format__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(ScanStarted {
                    scan_id: scan_id__.unwrap_or_default(),
                    repository_id: repository_id__.unwrap_or_default(),
                    branch: branch__.unwrap_or_default(),
                    commit_sha: commit_sha__.unwrap_or_default(),
                    format: format__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.events.v1.ScanStarted", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for SlaBreached {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.vulnerability_id.is_empty() {
            len += 1;
        }
        if !self.repository_id.is_empty() {
            len += 1;
        }
        if !self.severity.is_empty() {
            len += 1;
        }
        if self.due_at.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.events.v1.SlaBreached", len)?;
        if !self.vulnerability_id.is_empty() {
            struct_ser.serialize_field("vulnerabilityId", &self.vulnerability_id)?;
        }
        if !self.repository_id.is_empty() {
            struct_ser.serialize_field("repositoryId", &self.repository_id)?;
        }
        if !self.severity.is_empty() {
            struct_ser.serialize_field("severity", &self.severity)?;
        }
        if let Some(v) = self.due_at.as_ref() {
            struct_ser.serialize_field("dueAt", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for SlaBreached {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "vulnerability_id",
            "vulnerabilityId",
            "repository_id",
            "repositoryId",
            "severity",
            "due_at",
            "dueAt",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            VulnerabilityId,
            RepositoryId,
            Severity,
            DueAt,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "vulnerabilityId" | "vulnerability_id" => Ok(GeneratedField::VulnerabilityId),
                            "repositoryId" | "repository_id" => Ok(GeneratedField::RepositoryId),
                            "severity" => Ok(GeneratedField::Severity),
                            "dueAt" | "due_at" => Ok(GeneratedField::DueAt),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = SlaBreached;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.events.v1.SlaBreached")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<SlaBreached, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut vulnerability_id__ = None;
                let mut repository_id__ = None;
                let mut severity__ = None;
                let mut due_at__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::VulnerabilityId => {
                            if vulnerability_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("vulnerabilityId"));
                            }
                            vulnerability_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::RepositoryId => {
                            if repository_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("repositoryId"));
                            }
                            repository_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Severity => {
                            if severity__.is_some() {
                                return Err(serde::de::Error::duplicate_field("severity"));
                            }
                            severity__ = Some(map_.next_value()?);
                        }
                        GeneratedField::DueAt => {
                            if due_at__.is_some() {
                                return Err(serde::de::Error::duplicate_field("dueAt"));
                            }
                            due_at__ = map_.next_value()?;
                        }
                    }
                }
                Ok(SlaBreached {
                    vulnerability_id: vulnerability_id__.unwrap_or_default(),
                    repository_id: repository_id__.unwrap_or_default(),
                    severity: severity__.unwrap_or_default(),
                    due_at: due_at__,
                })
            }
        }
        deserializer.deserialize_struct("secureflow.events.v1.SlaBreached", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for SlaDays {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.critical_days != 0 {
            len += 1;
        }
        if self.high_days != 0 {
            len += 1;
        }
        if self.medium_days != 0 {
            len += 1;
        }
        if self.low_days != 0 {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.events.v1.SlaDays", len)?;
        if self.critical_days != 0 {
            struct_ser.serialize_field("criticalDays", &self.critical_days)?;
        }
        if self.high_days != 0 {
            struct_ser.serialize_field("highDays", &self.high_days)?;
        }
        if self.medium_days != 0 {
            struct_ser.serialize_field("mediumDays", &self.medium_days)?;
        }
        if self.low_days != 0 {
            struct_ser.serialize_field("lowDays", &self.low_days)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for SlaDays {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "critical_days",
            "criticalDays",
            "high_days",
            "highDays",
            "medium_days",
            "mediumDays",
            "low_days",
            "lowDays",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            CriticalDays,
            HighDays,
            MediumDays,
            LowDays,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "criticalDays" | "critical_days" => Ok(GeneratedField::CriticalDays),
                            "highDays" | "high_days" => Ok(GeneratedField::HighDays),
                            "mediumDays" | "medium_days" => Ok(GeneratedField::MediumDays),
                            "lowDays" | "low_days" => Ok(GeneratedField::LowDays),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = SlaDays;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.events.v1.SlaDays")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<SlaDays, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut critical_days__ = None;
                let mut high_days__ = None;
                let mut medium_days__ = None;
                let mut low_days__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::CriticalDays => {
                            if critical_days__.is_some() {
                                return Err(serde::de::Error::duplicate_field("criticalDays"));
                            }
                            critical_days__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::HighDays => {
                            if high_days__.is_some() {
                                return Err(serde::de::Error::duplicate_field("highDays"));
                            }
                            high_days__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::MediumDays => {
                            if medium_days__.is_some() {
                                return Err(serde::de::Error::duplicate_field("mediumDays"));
                            }
                            medium_days__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::LowDays => {
                            if low_days__.is_some() {
                                return Err(serde::de::Error::duplicate_field("lowDays"));
                            }
                            low_days__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                    }
                }
                Ok(SlaDays {
                    critical_days: critical_days__.unwrap_or_default(),
                    high_days: high_days__.unwrap_or_default(),
                    medium_days: medium_days__.unwrap_or_default(),
                    low_days: low_days__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.events.v1.SlaDays", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for TestCompleted {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.suite_id.is_empty() {
            len += 1;
        }
        if !self.execution_id.is_empty() {
            len += 1;
        }
        if !self.repository_id.is_empty() {
            len += 1;
        }
        if !self.commit_sha.is_empty() {
            len += 1;
        }
        if self.passed != 0 {
            len += 1;
        }
        if self.failed != 0 {
            len += 1;
        }
        if self.skipped != 0 {
            len += 1;
        }
        if self.line_coverage != 0. {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.events.v1.TestCompleted", len)?;
        if !self.suite_id.is_empty() {
            struct_ser.serialize_field("suiteId", &self.suite_id)?;
        }
        if !self.execution_id.is_empty() {
            struct_ser.serialize_field("executionId", &self.execution_id)?;
        }
        if !self.repository_id.is_empty() {
            struct_ser.serialize_field("repositoryId", &self.repository_id)?;
        }
        if !self.commit_sha.is_empty() {
            struct_ser.serialize_field("commitSha", &self.commit_sha)?;
        }
        if self.passed != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("passed", ToString::to_string(&self.passed).as_str())?;
        }
        if self.failed != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("failed", ToString::to_string(&self.failed).as_str())?;
        }
        if self.skipped != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("skipped", ToString::to_string(&self.skipped).as_str())?;
        }
        if self.line_coverage != 0. {
            struct_ser.serialize_field("lineCoverage", &self.line_coverage)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for TestCompleted {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "suite_id",
            "suiteId",
            "execution_id",
            "executionId",
            "repository_id",
            "repositoryId",
            "commit_sha",
            "commitSha",
            "passed",
            "failed",
            "skipped",
            "line_coverage",
            "lineCoverage",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            SuiteId,
            ExecutionId,
            RepositoryId,
            CommitSha,
            Passed,
            Failed,
            Skipped,
            LineCoverage,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "suiteId" | "suite_id" => Ok(GeneratedField::SuiteId),
                            "executionId" | "execution_id" => Ok(GeneratedField::ExecutionId),
                            "repositoryId" | "repository_id" => Ok(GeneratedField::RepositoryId),
                            "commitSha" | "commit_sha" => Ok(GeneratedField::CommitSha),
                            "passed" => Ok(GeneratedField::Passed),
                            "failed" => Ok(GeneratedField::Failed),
                            "skipped" => Ok(GeneratedField::Skipped),
                            "lineCoverage" | "line_coverage" => Ok(GeneratedField::LineCoverage),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = TestCompleted;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.events.v1.TestCompleted")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<TestCompleted, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut suite_id__ = None;
                let mut execution_id__ = None;
                let mut repository_id__ = None;
                let mut commit_sha__ = None;
                let mut passed__ = None;
                let mut failed__ = None;
                let mut skipped__ = None;
                let mut line_coverage__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::SuiteId => {
                            if suite_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("suiteId"));
                            }
                            suite_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::ExecutionId => {
                            if execution_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("executionId"));
                            }
                            execution_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::RepositoryId => {
                            if repository_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("repositoryId"));
                            }
                            repository_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::CommitSha => {
                            if commit_sha__.is_some() {
                                return Err(serde::de::Error::duplicate_field("commitSha"));
                            }
                            commit_sha__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Passed => {
                            if passed__.is_some() {
                                return Err(serde::de::Error::duplicate_field("passed"));
                            }
                            passed__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::Failed => {
                            if failed__.is_some() {
                                return Err(serde::de::Error::duplicate_field("failed"));
                            }
                            failed__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::Skipped => {
                            if skipped__.is_some() {
                                return Err(serde::de::Error::duplicate_field("skipped"));
                            }
                            skipped__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::LineCoverage => {
                            if line_coverage__.is_some() {
                                return Err(serde::de::Error::duplicate_field("lineCoverage"));
                            }
                            line_coverage__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                    }
                }
                Ok(TestCompleted {
                    suite_id: suite_id__.unwrap_or_default(),
                    execution_id: execution_id__.unwrap_or_default(),
                    repository_id: repository_id__.unwrap_or_default(),
                    commit_sha: commit_sha__.unwrap_or_default(),
                    passed: passed__.unwrap_or_default(),
                    failed: failed__.unwrap_or_default(),
                    skipped: skipped__.unwrap_or_default(),
                    line_coverage: line_coverage__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.events.v1.TestCompleted", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for UserChanged {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.user_id.is_empty() {
            len += 1;
        }
        if !self.change.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.events.v1.UserChanged", len)?;
        if !self.user_id.is_empty() {
            struct_ser.serialize_field("userId", &self.user_id)?;
        }
        if !self.change.is_empty() {
            struct_ser.serialize_field("change", &self.change)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for UserChanged {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "user_id",
            "userId",
            "change",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            UserId,
            Change,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "userId" | "user_id" => Ok(GeneratedField::UserId),
                            "change" => Ok(GeneratedField::Change),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = UserChanged;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.events.v1.UserChanged")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<UserChanged, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut user_id__ = None;
                let mut change__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::UserId => {
                            if user_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("userId"));
                            }
                            user_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Change => {
                            if change__.is_some() {
                                return Err(serde::de::Error::duplicate_field("change"));
                            }
                            change__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(UserChanged {
                    user_id: user_id__.unwrap_or_default(),
                    change: change__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.events.v1.UserChanged", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for VulnerabilitiesDetected {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.scan_id.is_empty() {
            len += 1;
        }
        if !self.repository_id.is_empty() {
            len += 1;
        }
        if !self.branch.is_empty() {
            len += 1;
        }
        if !self.vulnerabilities.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.events.v1.VulnerabilitiesDetected", len)?;
        if !self.scan_id.is_empty() {
            struct_ser.serialize_field("scanId", &self.scan_id)?;
        }
        if !self.repository_id.is_empty() {
            struct_ser.serialize_field("repositoryId", &self.repository_id)?;
        }
        if !self.branch.is_empty() {
            struct_ser.serialize_field("branch", &self.branch)?;
        }
        if !self.vulnerabilities.is_empty() {
            struct_ser.serialize_field("vulnerabilities", &self.vulnerabilities)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for VulnerabilitiesDetected {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "scan_id",
            "scanId",
            "repository_id",
            "repositoryId",
            "branch",
            "vulnerabilities",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ScanId,
            RepositoryId,
            Branch,
            Vulnerabilities,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "scanId" | "scan_id" => Ok(GeneratedField::ScanId),
                            "repositoryId" | "repository_id" => Ok(GeneratedField::RepositoryId),
                            "branch" => Ok(GeneratedField::Branch),
                            "vulnerabilities" => Ok(GeneratedField::Vulnerabilities),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = VulnerabilitiesDetected;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.events.v1.VulnerabilitiesDetected")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<VulnerabilitiesDetected, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut scan_id__ = None;
                let mut repository_id__ = None;
                let mut branch__ = None;
                let mut vulnerabilities__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ScanId => {
                            if scan_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("scanId"));
                            }
                            scan_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::RepositoryId => {
                            if repository_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("repositoryId"));
                            }
                            repository_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Branch => {
                            if branch__.is_some() {
                                return Err(serde::de::Error::duplicate_field("branch"));
                            }
                            branch__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Vulnerabilities => {
                            if vulnerabilities__.is_some() {
                                return Err(serde::de::Error::duplicate_field("vulnerabilities"));
                            }
                            vulnerabilities__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(VulnerabilitiesDetected {
                    scan_id: scan_id__.unwrap_or_default(),
                    repository_id: repository_id__.unwrap_or_default(),
                    branch: branch__.unwrap_or_default(),
                    vulnerabilities: vulnerabilities__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.events.v1.VulnerabilitiesDetected", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for VulnerabilityDetected {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.vulnerability_id.is_empty() {
            len += 1;
        }
        if !self.scan_id.is_empty() {
            len += 1;
        }
        if !self.repository_id.is_empty() {
            len += 1;
        }
        if !self.branch.is_empty() {
            len += 1;
        }
        if !self.severity.is_empty() {
            len += 1;
        }
        if !self.title.is_empty() {
            len += 1;
        }
        if !self.cve_id.is_empty() {
            len += 1;
        }
        if self.reopened {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.events.v1.VulnerabilityDetected", len)?;
        if !self.vulnerability_id.is_empty() {
            struct_ser.serialize_field("vulnerabilityId", &self.vulnerability_id)?;
        }
        if !self.scan_id.is_empty() {
            struct_ser.serialize_field("scanId", &self.scan_id)?;
        }
        if !self.repository_id.is_empty() {
            struct_ser.serialize_field("repositoryId", &self.repository_id)?;
        }
        if !self.branch.is_empty() {
            struct_ser.serialize_field("branch", &self.branch)?;
        }
        if !self.severity.is_empty() {
            struct_ser.serialize_field("severity", &self.severity)?;
        }
        if !self.title.is_empty() {
            struct_ser.serialize_field("title", &self.title)?;
        }
        if !self.cve_id.is_empty() {
            struct_ser.serialize_field("cveId", &self.cve_id)?;
        }
        if self.reopened {
            struct_ser.serialize_field("reopened", &self.reopened)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for VulnerabilityDetected {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "vulnerability_id",
            "vulnerabilityId",
            "scan_id",
            "scanId",
            "repository_id",
            "repositoryId",
            "branch",
            "severity",
            "title",
            "cve_id",
            "cveId",
            "reopened",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            VulnerabilityId,
            ScanId,
            RepositoryId,
            Branch,
            Severity,
            Title,
            CveId,
            Reopened,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "vulnerabilityId" | "vulnerability_id" => Ok(GeneratedField::VulnerabilityId),
                            "scanId" | "scan_id" => Ok(GeneratedField::ScanId),
                            "repositoryId" | "repository_id" => Ok(GeneratedField::RepositoryId),
                            "branch" => Ok(GeneratedField::Branch),
                            "severity" => Ok(GeneratedField::Severity),
                            "title" => Ok(GeneratedField::Title),
                            "cveId" | "cve_id" => Ok(GeneratedField::CveId),
                            "reopened" => Ok(GeneratedField::Reopened),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = VulnerabilityDetected;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.events.v1.VulnerabilityDetected")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<VulnerabilityDetected, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut vulnerability_id__ = None;
                let mut scan_id__ = None;
                let mut repository_id__ = None;
                let mut branch__ = None;
                let mut severity__ = None;
                let mut title__ = None;
                let mut cve_id__ = None;
                let mut reopened__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::VulnerabilityId => {
                            if vulnerability_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("vulnerabilityId"));
                            }
                            vulnerability_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::ScanId => {
                            if scan_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("scanId"));
                            }
                            scan_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::RepositoryId => {
                            if repository_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("repositoryId"));
                            }
                            repository_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Branch => {
                            if branch__.is_some() {
                                return Err(serde::de::Error::duplicate_field("branch"));
                            }
                            branch__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Severity => {
                            if severity__.is_some() {
                                return Err(serde::de::Error::duplicate_field("severity"));
                            }
                            severity__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Title => {
                            if title__.is_some() {
                                return Err(serde::de::Error::duplicate_field("title"));
                            }
                            title__ = Some(map_.next_value()?);
                        }
                        GeneratedField::CveId => {
                            if cve_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("cveId"));
                            }
                            cve_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Reopened => {
                            if reopened__.is_some() {
                                return Err(serde::de::Error::duplicate_field("reopened"));
                            }
                            reopened__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(VulnerabilityDetected {
                    vulnerability_id: vulnerability_id__.unwrap_or_default(),
                    scan_id: scan_id__.unwrap_or_default(),
                    repository_id: repository_id__.unwrap_or_default(),
                    branch: branch__.unwrap_or_default(),
                    severity: severity__.unwrap_or_default(),
                    title: title__.unwrap_or_default(),
                    cve_id: cve_id__.unwrap_or_default(),
                    reopened: reopened__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.events.v1.VulnerabilityDetected", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for VulnerabilityStatusChanged {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.vulnerability_id.is_empty() {
            len += 1;
        }
        if !self.repository_id.is_empty() {
            len += 1;
        }
        if !self.previous_status.is_empty() {
            len += 1;
        }
        if !self.status.is_empty() {
            len += 1;
        }
        if !self.justification.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.events.v1.VulnerabilityStatusChanged", len)?;
        if !self.vulnerability_id.is_empty() {
            struct_ser.serialize_field("vulnerabilityId", &self.vulnerability_id)?;
        }
        if !self.repository_id.is_empty() {
            struct_ser.serialize_field("repositoryId", &self.repository_id)?;
        }
        if !self.previous_status.is_empty() {
            struct_ser.serialize_field("previousStatus", &self.previous_status)?;
        }
        if !self.status.is_empty() {
            struct_ser.serialize_field("status", &self.status)?;
        }
        if !self.justification.is_empty() {
            struct_ser.serialize_field("justification", &self.justification)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for VulnerabilityStatusChanged {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "vulnerability_id",
            "vulnerabilityId",
            "repository_id",
            "repositoryId",
            "previous_status",
            "previousStatus",
            "status",
            "justification",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            VulnerabilityId,
            RepositoryId,
            PreviousStatus,
            Status,
            Justification,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "vulnerabilityId" | "vulnerability_id" => Ok(GeneratedField::VulnerabilityId),
                            "repositoryId" | "repository_id" => Ok(GeneratedField::RepositoryId),
                            "previousStatus" | "previous_status" => Ok(GeneratedField::PreviousStatus),
                            "status" => Ok(GeneratedField::Status),
                            "justification" => Ok(GeneratedField::Justification),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = VulnerabilityStatusChanged;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.events.v1.VulnerabilityStatusChanged")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<VulnerabilityStatusChanged, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut vulnerability_id__ = None;
                let mut repository_id__ = None;
                let mut previous_status__ = None;
                let mut status__ = None;
                let mut justification__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::VulnerabilityId => {
                            if vulnerability_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("vulnerabilityId"));
                            }
                            vulnerability_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::RepositoryId => {
                            if repository_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("repositoryId"));
                            }
                            repository_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::PreviousStatus => {
                            if previous_status__.is_some() {
                                return Err(serde::de::Error::duplicate_field("previousStatus"));
                            }
                            previous_status__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Status => {
                            if status__.is_some() {
                                return Err(serde::de::Error::duplicate_field("status"));
                            }
                            status__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Justification => {
                            if justification__.is_some() {
                                return Err(serde::de::Error::duplicate_field("justification"));
                            }
                            justification__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(VulnerabilityStatusChanged {
                    vulnerability_id: vulnerability_id__.unwrap_or_default(),
                    repository_id: repository_id__.unwrap_or_default(),
                    previous_status: previous_status__.unwrap_or_default(),
                    status: status__.unwrap_or_default(),
                    justification: justification__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.events.v1.VulnerabilityStatusChanged", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for WorkflowCompleted {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.workflow_id.is_empty() {
            len += 1;
        }
        if !self.execution_id.is_empty() {
            len += 1;
        }
        if !self.status.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.events.v1.WorkflowCompleted", len)?;
        if !self.workflow_id.is_empty() {
            struct_ser.serialize_field("workflowId", &self.workflow_id)?;
        }
        if !self.execution_id.is_empty() {
            struct_ser.serialize_field("executionId", &self.execution_id)?;
        }
        if !self.status.is_empty() {
            struct_ser.serialize_field("status", &self.status)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for WorkflowCompleted {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "workflow_id",
            "workflowId",
            "execution_id",
            "executionId",
            "status",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            WorkflowId,
            ExecutionId,
            Status,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl serde::de::Visitor<'_> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "workflowId" | "workflow_id" => Ok(GeneratedField::WorkflowId),
                            "executionId" | "execution_id" => Ok(GeneratedField::ExecutionId),
                            "status" => Ok(GeneratedField::Status),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = WorkflowCompleted;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.events.v1.WorkflowCompleted")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<WorkflowCompleted, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut workflow_id__ = None;
                let mut execution_id__ = None;
                let mut status__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::WorkflowId => {
                            if workflow_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("workflowId"));
                            }
                            workflow_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::ExecutionId => {
                            if execution_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("executionId"));
                            }
                            execution_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Status => {
                            if status__.is_some() {
                                return Err(serde::de::Error::duplicate_field("status"));
                            }
                            status__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(WorkflowCompleted {
                    workflow_id: workflow_id__.unwrap_or_default(),
                    execution_id: execution_id__.unwrap_or_default(),
                    status: status__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.events.v1.WorkflowCompleted", FIELDS, GeneratedVisitor)
    }
}
