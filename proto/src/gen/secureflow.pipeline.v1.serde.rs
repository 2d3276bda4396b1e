impl serde::Serialize for Artifact {
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
        if !self.stage.is_empty() {
            len += 1;
        }
        if !self.step.is_empty() {
            len += 1;
        }
        if self.size_bytes != 0 {
            len += 1;
        }
        if !self.sha256.is_empty() {
            len += 1;
        }
        if self.create_time.is_some() {
            len += 1;
        }
        if !self.reused_from.is_empty() {
            len += 1;
        }
        if self.expire_time.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.pipeline.v1.Artifact", len)?;
        if !self.name.is_empty() {
            struct_ser.serialize_field("name", &self.name)?;
        }
        if !self.stage.is_empty() {
            struct_ser.serialize_field("stage", &self.stage)?;
        }
        if !self.step.is_empty() {
            struct_ser.serialize_field("step", &self.step)?;
        }
        if self.size_bytes != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("sizeBytes", ToString::to_string(&self.size_bytes).as_str())?;
        }
        if !self.sha256.is_empty() {
            struct_ser.serialize_field("sha256", &self.sha256)?;
        }
        if let Some(v) = self.create_time.as_ref() {
            struct_ser.serialize_field("createTime", v)?;
        }
        if !self.reused_from.is_empty() {
            struct_ser.serialize_field("reusedFrom", &self.reused_from)?;
        }
        if let Some(v) = self.expire_time.as_ref() {
            struct_ser.serialize_field("expireTime", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for Artifact {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "name",
            "stage",
            "step",
            "size_bytes",
            "sizeBytes",
            "sha256",
            "create_time",
            "createTime",
            "reused_from",
            "reusedFrom",
            "expire_time",
            "expireTime",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Name,
            Stage,
            Step,
            SizeBytes,
            Sha256,
            CreateTime,
            ReusedFrom,
            ExpireTime,
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
                            "stage" => Ok(GeneratedField::Stage),
                            "step" => Ok(GeneratedField::Step),
                            "sizeBytes" | "size_bytes" => Ok(GeneratedField::SizeBytes),
                            "sha256" => Ok(GeneratedField::Sha256),
                            "createTime" | "create_time" => Ok(GeneratedField::CreateTime),
                            "reusedFrom" | "reused_from" => Ok(GeneratedField::ReusedFrom),
                            "expireTime" | "expire_time" => Ok(GeneratedField::ExpireTime),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = Artifact;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.pipeline.v1.Artifact")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<Artifact, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut name__ = None;
                let mut stage__ = None;
                let mut step__ = None;
                let mut size_bytes__ = None;
                let mut sha256__ = None;
                let mut create_time__ = None;
                let mut reused_from__ = None;
                let mut expire_time__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Name => {
                            if name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("name"));
                            }
                            name__ = Some(map_.next_value()?);
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
                        GeneratedField::SizeBytes => {
                            if size_bytes__.is_some() {
                                return Err(serde::de::Error::duplicate_field("sizeBytes"));
                            }
                            size_bytes__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::Sha256 => {
                            if sha256__.is_some() {
                                return Err(serde::de::Error::duplicate_field("sha256"));
                            }
                            sha256__ = Some(map_.next_value()?);
                        }
                        GeneratedField::CreateTime => {
                            if create_time__.is_some() {
                                return Err(serde::de::Error::duplicate_field("createTime"));
                            }
                            create_time__ = map_.next_value()?;
                        }
                        GeneratedField::ReusedFrom => {
                            if reused_from__.is_some() {
                                return Err(serde::de::Error::duplicate_field("reusedFrom"));
                            }
                            reused_from__ = Some(map_.next_value()?);
                        }
                        GeneratedField::ExpireTime => {
                            if expire_time__.is_some() {
                                return Err(serde::de::Error::duplicate_field("expireTime"));
                            }
                            expire_time__ = map_.next_value()?;
                        }
                    }
                }
                Ok(Artifact {
                    name: name__.unwrap_or_default(),
                    stage: stage__.unwrap_or_default(),
                    step: step__.unwrap_or_default(),
                    size_bytes: size_bytes__.unwrap_or_default(),
                    sha256: sha256__.unwrap_or_default(),
                    create_time: create_time__,
                    reused_from: reused_from__.unwrap_or_default(),
                    expire_time: expire_time__,
                })
            }
        }
        deserializer.deserialize_struct("secureflow.pipeline.v1.Artifact", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for CancelExecutionRequest {
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
        if !self.reason.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.pipeline.v1.CancelExecutionRequest", len)?;
        if !self.pipeline_id.is_empty() {
            struct_ser.serialize_field("pipelineId", &self.pipeline_id)?;
        }
        if !self.execution_id.is_empty() {
            struct_ser.serialize_field("executionId", &self.execution_id)?;
        }
        if !self.reason.is_empty() {
            struct_ser.serialize_field("reason", &self.reason)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for CancelExecutionRequest {
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
            "reason",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            PipelineId,
            ExecutionId,
            Reason,
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
                            "reason" => Ok(GeneratedField::Reason),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = CancelExecutionRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.pipeline.v1.CancelExecutionRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<CancelExecutionRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut pipeline_id__ = None;
                let mut execution_id__ = None;
                let mut reason__ = None;
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
                        GeneratedField::Reason => {
                            if reason__.is_some() {
                                return Err(serde::de::Error::duplicate_field("reason"));
                            }
                            reason__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(CancelExecutionRequest {
                    pipeline_id: pipeline_id__.unwrap_or_default(),
                    execution_id: execution_id__.unwrap_or_default(),
                    reason: reason__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.pipeline.v1.CancelExecutionRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for CancelExecutionResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.execution.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.pipeline.v1.CancelExecutionResponse", len)?;
        if let Some(v) = self.execution.as_ref() {
            struct_ser.serialize_field("execution", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for CancelExecutionResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "execution",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Execution,
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
                            "execution" => Ok(GeneratedField::Execution),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = CancelExecutionResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.pipeline.v1.CancelExecutionResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<CancelExecutionResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut execution__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Execution => {
                            if execution__.is_some() {
                                return Err(serde::de::Error::duplicate_field("execution"));
                            }
                            execution__ = map_.next_value()?;
                        }
                    }
                }
                Ok(CancelExecutionResponse {
                    execution: execution__,
                })
            }
        }
        deserializer.deserialize_struct("secureflow.pipeline.v1.CancelExecutionResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for Condition {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.branches.is_empty() {
            len += 1;
        }
        if !self.events.is_empty() {
            len += 1;
        }
        if self.outcome != 0 {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.pipeline.v1.Condition", len)?;
        if !self.branches.is_empty() {
            struct_ser.serialize_field("branches", &self.branches)?;
        }
        if !self.events.is_empty() {
            let v = self.events.iter().cloned().map(|v| {
                TriggerType::try_from(v)
                    .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", v)))
                }).collect::<std::result::Result<Vec<_>, _>>()?;
            struct_ser.serialize_field("events", &v)?;
        }
        if self.outcome != 0 {
            let v = ConditionOutcome::try_from(self.outcome)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.outcome)))?;
            struct_ser.serialize_field("outcome", &v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for Condition {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "branches",
            "events",
            "outcome",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Branches,
            Events,
            Outcome,
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
                            "branches" => Ok(GeneratedField::Branches),
                            "events" => Ok(GeneratedField::Events),
                            "outcome" => Ok(GeneratedField::Outcome),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = Condition;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.pipeline.v1.Condition")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<Condition, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut branches__ = None;
                let mut events__ = None;
                let mut outcome__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Branches => {
                            if branches__.is_some() {
                                return Err(serde::de::Error::duplicate_field("branches"));
                            }
                            branches__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Events => {
                            if events__.is_some() {
                                return Err(serde::de::Error::duplicate_field("events"));
                            }
                            events__ = Some(map_.next_value::<Vec<TriggerType>>()?.into_iter().map(|x| x as i32).collect());
                        }
                        GeneratedField::Outcome => {
                            if outcome__.is_some() {
                                return Err(serde::de::Error::duplicate_field("outcome"));
                            }
                            outcome__ = Some(map_.next_value::<ConditionOutcome>()? as i32);
                        }
                    }
                }
                Ok(Condition {
                    branches: branches__.unwrap_or_default(),
                    events: events__.unwrap_or_default(),
                    outcome: outcome__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.pipeline.v1.Condition", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ConditionOutcome {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "CONDITION_OUTCOME_UNSPECIFIED",
            Self::Success => "CONDITION_OUTCOME_SUCCESS",
            Self::Failure => "CONDITION_OUTCOME_FAILURE",
            Self::Always => "CONDITION_OUTCOME_ALWAYS",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for ConditionOutcome {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "CONDITION_OUTCOME_UNSPECIFIED",
            "CONDITION_OUTCOME_SUCCESS",
            "CONDITION_OUTCOME_FAILURE",
            "CONDITION_OUTCOME_ALWAYS",
        ];

        struct GeneratedVisitor;

        impl serde::de::Visitor<'_> for GeneratedVisitor {
            type Value = ConditionOutcome;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(formatter, "expected one of: {:?}", &FIELDS)
            }

            fn visit_i64<E>(self, v: i64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Signed(v), &self)
                    })
            }

            fn visit_u64<E>(self, v: u64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Unsigned(v), &self)
                    })
            }

            fn visit_str<E>(self, value: &str) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                match value {
                    "CONDITION_OUTCOME_UNSPECIFIED" => Ok(ConditionOutcome::Unspecified),
                    "CONDITION_OUTCOME_SUCCESS" => Ok(ConditionOutcome::Success),
                    "CONDITION_OUTCOME_FAILURE" => Ok(ConditionOutcome::Failure),
                    "CONDITION_OUTCOME_ALWAYS" => Ok(ConditionOutcome::Always),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for CreatePipelineRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.pipeline.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.pipeline.v1.CreatePipelineRequest", len)?;
        if let Some(v) = self.pipeline.as_ref() {
            struct_ser.serialize_field("pipeline", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for CreatePipelineRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "pipeline",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Pipeline,
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
                            "pipeline" => Ok(GeneratedField::Pipeline),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = CreatePipelineRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.pipeline.v1.CreatePipelineRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<CreatePipelineRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut pipeline__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Pipeline => {
                            if pipeline__.is_some() {
                                return Err(serde::de::Error::duplicate_field("pipeline"));
                            }
                            pipeline__ = map_.next_value()?;
                        }
                    }
                }
                Ok(CreatePipelineRequest {
                    pipeline: pipeline__,
                })
            }
        }
        deserializer.deserialize_struct("secureflow.pipeline.v1.CreatePipelineRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for CreatePipelineResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.pipeline.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.pipeline.v1.CreatePipelineResponse", len)?;
        if let Some(v) = self.pipeline.as_ref() {
            struct_ser.serialize_field("pipeline", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for CreatePipelineResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "pipeline",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Pipeline,
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
                            "pipeline" => Ok(GeneratedField::Pipeline),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = CreatePipelineResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.pipeline.v1.CreatePipelineResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<CreatePipelineResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut pipeline__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Pipeline => {
                            if pipeline__.is_some() {
                                return Err(serde::de::Error::duplicate_field("pipeline"));
                            }
                            pipeline__ = map_.next_value()?;
                        }
                    }
                }
                Ok(CreatePipelineResponse {
                    pipeline: pipeline__,
                })
            }
        }
        deserializer.deserialize_struct("secureflow.pipeline.v1.CreatePipelineResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for DeletePipelineRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.id.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.pipeline.v1.DeletePipelineRequest", len)?;
        if !self.id.is_empty() {
            struct_ser.serialize_field("id", &self.id)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for DeletePipelineRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "id",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Id,
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
                            "id" => Ok(GeneratedField::Id),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = DeletePipelineRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.pipeline.v1.DeletePipelineRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<DeletePipelineRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut id__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Id => {
                            if id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("id"));
                            }
                            id__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(DeletePipelineRequest {
                    id: id__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.pipeline.v1.DeletePipelineRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for DeletePipelineResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let len = 0;
        let struct_ser = serializer.serialize_struct("secureflow.pipeline.v1.DeletePipelineResponse", len)?;
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for DeletePipelineResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
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
                            Err(serde::de::Error::unknown_field(value, FIELDS))
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = DeletePipelineResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.pipeline.v1.DeletePipelineResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<DeletePipelineResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                while map_.next_key::<GeneratedField>()?.is_some() {
                    let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                }
                Ok(DeletePipelineResponse {
                })
            }
        }
        deserializer.deserialize_struct("secureflow.pipeline.v1.DeletePipelineResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for DeletePipelineSecretRequest {
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
        if !self.name.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.pipeline.v1.DeletePipelineSecretRequest", len)?;
        if !self.pipeline_id.is_empty() {
            struct_ser.serialize_field("pipelineId", &self.pipeline_id)?;
        }
        if !self.name.is_empty() {
            struct_ser.serialize_field("name", &self.name)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for DeletePipelineSecretRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "pipeline_id",
            "pipelineId",
            "name",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            PipelineId,
            Name,
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
                            "name" => Ok(GeneratedField::Name),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = DeletePipelineSecretRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.pipeline.v1.DeletePipelineSecretRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<DeletePipelineSecretRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut pipeline_id__ = None;
                let mut name__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::PipelineId => {
                            if pipeline_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("pipelineId"));
                            }
                            pipeline_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Name => {
                            if name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("name"));
                            }
                            name__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(DeletePipelineSecretRequest {
                    pipeline_id: pipeline_id__.unwrap_or_default(),
                    name: name__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.pipeline.v1.DeletePipelineSecretRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for DeletePipelineSecretResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let len = 0;
        let struct_ser = serializer.serialize_struct("secureflow.pipeline.v1.DeletePipelineSecretResponse", len)?;
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for DeletePipelineSecretResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
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
                            Err(serde::de::Error::unknown_field(value, FIELDS))
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = DeletePipelineSecretResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.pipeline.v1.DeletePipelineSecretResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<DeletePipelineSecretResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                while map_.next_key::<GeneratedField>()?.is_some() {
                    let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                }
                Ok(DeletePipelineSecretResponse {
                })
            }
        }
        deserializer.deserialize_struct("secureflow.pipeline.v1.DeletePipelineSecretResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for DownloadArtifactRequest {
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
        if !self.name.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.pipeline.v1.DownloadArtifactRequest", len)?;
        if !self.pipeline_id.is_empty() {
            struct_ser.serialize_field("pipelineId", &self.pipeline_id)?;
        }
        if !self.execution_id.is_empty() {
            struct_ser.serialize_field("executionId", &self.execution_id)?;
        }
        if !self.name.is_empty() {
            struct_ser.serialize_field("name", &self.name)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for DownloadArtifactRequest {
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
            "name",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            PipelineId,
            ExecutionId,
            Name,
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
                            "name" => Ok(GeneratedField::Name),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = DownloadArtifactRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.pipeline.v1.DownloadArtifactRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<DownloadArtifactRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut pipeline_id__ = None;
                let mut execution_id__ = None;
                let mut name__ = None;
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
                        GeneratedField::Name => {
                            if name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("name"));
                            }
                            name__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(DownloadArtifactRequest {
                    pipeline_id: pipeline_id__.unwrap_or_default(),
                    execution_id: execution_id__.unwrap_or_default(),
                    name: name__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.pipeline.v1.DownloadArtifactRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for DownloadArtifactResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.artifact.is_some() {
            len += 1;
        }
        if !self.chunk.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.pipeline.v1.DownloadArtifactResponse", len)?;
        if let Some(v) = self.artifact.as_ref() {
            struct_ser.serialize_field("artifact", v)?;
        }
        if !self.chunk.is_empty() {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("chunk", pbjson::private::base64::encode(&self.chunk).as_str())?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for DownloadArtifactResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "artifact",
            "chunk",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Artifact,
            Chunk,
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
                            "artifact" => Ok(GeneratedField::Artifact),
                            "chunk" => Ok(GeneratedField::Chunk),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = DownloadArtifactResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.pipeline.v1.DownloadArtifactResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<DownloadArtifactResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut artifact__ = None;
                let mut chunk__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Artifact => {
                            if artifact__.is_some() {
                                return Err(serde::de::Error::duplicate_field("artifact"));
                            }
                            artifact__ = map_.next_value()?;
                        }
                        GeneratedField::Chunk => {
                            if chunk__.is_some() {
                                return Err(serde::de::Error::duplicate_field("chunk"));
                            }
                            chunk__ = 
                                Some(map_.next_value::<::pbjson::private::BytesDeserialize<_>>()?.0)
                            ;
                        }
                    }
                }
                Ok(DownloadArtifactResponse {
                    artifact: artifact__,
                    chunk: chunk__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.pipeline.v1.DownloadArtifactResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ExecutePipelineRequest {
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
        if !self.branch.is_empty() {
            len += 1;
        }
        if !self.commit_sha.is_empty() {
            len += 1;
        }
        if !self.variables.is_empty() {
            len += 1;
        }
        if !self.request_id.is_empty() {
            len += 1;
        }
        if !self.rerun_of.is_empty() {
            len += 1;
        }
        if self.from_failed_stage {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.pipeline.v1.ExecutePipelineRequest", len)?;
        if !self.pipeline_id.is_empty() {
            struct_ser.serialize_field("pipelineId", &self.pipeline_id)?;
        }
        if !self.branch.is_empty() {
            struct_ser.serialize_field("branch", &self.branch)?;
        }
        if !self.commit_sha.is_empty() {
            struct_ser.serialize_field("commitSha", &self.commit_sha)?;
        }
        if !self.variables.is_empty() {
            struct_ser.serialize_field("variables", &self.variables)?;
        }
        if !self.request_id.is_empty() {
            struct_ser.serialize_field("requestId", &self.request_id)?;
        }
        if !self.rerun_of.is_empty() {
            struct_ser.serialize_field("rerunOf", &self.rerun_of)?;
        }
        if self.from_failed_stage {
            struct_ser.serialize_field("fromFailedStage", &self.from_failed_stage)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ExecutePipelineRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "pipeline_id",
            "pipelineId",
            "branch",
            "commit_sha",
            "commitSha",
            "variables",
            "request_id",
            "requestId",
            "rerun_of",
            "rerunOf",
            "from_failed_stage",
            "fromFailedStage",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            PipelineId,
            Branch,
            CommitSha,
            Variables,
            RequestId,
            RerunOf,
            FromFailedStage,
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
                            "branch" => Ok(GeneratedField::Branch),
                            "commitSha" | "commit_sha" => Ok(GeneratedField::CommitSha),
                            "variables" => Ok(GeneratedField::Variables),
                            "requestId" | "request_id" => Ok(GeneratedField::RequestId),
                            "rerunOf" | "rerun_of" => Ok(GeneratedField::RerunOf),
                            "fromFailedStage" | "from_failed_stage" => Ok(GeneratedField::FromFailedStage),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ExecutePipelineRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.pipeline.v1.ExecutePipelineRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ExecutePipelineRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut pipeline_id__ = None;
                let mut branch__ = None;
                let mut commit_sha__ = None;
                let mut variables__ = None;
                let mut request_id__ = None;
                let mut rerun_of__ = None;
                let mut from_failed_stage__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::PipelineId => {
                            if pipeline_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("pipelineId"));
                            }
                            pipeline_id__ = Some(map_.next_value()?);
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
                        GeneratedField::Variables => {
                            if variables__.is_some() {
                                return Err(serde::de::Error::duplicate_field("variables"));
                            }
                            variables__ = Some(
                                map_.next_value::<std::collections::HashMap<_, _>>()?
                            );
                        }
                        GeneratedField::RequestId => {
                            if request_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("requestId"));
                            }
                            request_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::RerunOf => {
                            if rerun_of__.is_some() {
                                return Err(serde::de::Error::duplicate_field("rerunOf"));
                            }
                            rerun_of__ = Some(map_.next_value()?);
                        }
                        GeneratedField::FromFailedStage => {
                            if from_failed_stage__.is_some() {
                                return Err(serde::de::Error::duplicate_field("fromFailedStage"));
                            }
                            from_failed_stage__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(ExecutePipelineRequest {
                    pipeline_id: pipeline_id__.unwrap_or_default(),
                    branch: branch__.unwrap_or_default(),
                    commit_sha: commit_sha__.unwrap_or_default(),
                    variables: variables__.unwrap_or_default(),
                    request_id: request_id__.unwrap_or_default(),
                    rerun_of: rerun_of__.unwrap_or_default(),
                    from_failed_stage: from_failed_stage__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.pipeline.v1.ExecutePipelineRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ExecutePipelineResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.execution.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.pipeline.v1.ExecutePipelineResponse", len)?;
        if let Some(v) = self.execution.as_ref() {
            struct_ser.serialize_field("execution", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ExecutePipelineResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "execution",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Execution,
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
                            "execution" => Ok(GeneratedField::Execution),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ExecutePipelineResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.pipeline.v1.ExecutePipelineResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ExecutePipelineResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut execution__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Execution => {
                            if execution__.is_some() {
                                return Err(serde::de::Error::duplicate_field("execution"));
                            }
                            execution__ = map_.next_value()?;
                        }
                    }
                }
                Ok(ExecutePipelineResponse {
                    execution: execution__,
                })
            }
        }
        deserializer.deserialize_struct("secureflow.pipeline.v1.ExecutePipelineResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for Execution {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.id.is_empty() {
            len += 1;
        }
        if !self.pipeline_id.is_empty() {
            len += 1;
        }
        if !self.organization_id.is_empty() {
            len += 1;
        }
        if self.number != 0 {
            len += 1;
        }
        if self.status != 0 {
            len += 1;
        }
        if self.trigger != 0 {
            len += 1;
        }
        if !self.triggered_by.is_empty() {
            len += 1;
        }
        if !self.branch.is_empty() {
            len += 1;
        }
        if !self.commit_sha.is_empty() {
            len += 1;
        }
        if self.pull_request_number != 0 {
            len += 1;
        }
        if !self.stages.is_empty() {
            len += 1;
        }
        if self.create_time.is_some() {
            len += 1;
        }
        if self.start_time.is_some() {
            len += 1;
        }
        if self.end_time.is_some() {
            len += 1;
        }
        if !self.variables.is_empty() {
            len += 1;
        }
        if !self.failure_reason.is_empty() {
            len += 1;
        }
        if self.pipeline_version != 0 {
            len += 1;
        }
        if !self.rerun_of.is_empty() {
            len += 1;
        }
        if !self.artifacts.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.pipeline.v1.Execution", len)?;
        if !self.id.is_empty() {
            struct_ser.serialize_field("id", &self.id)?;
        }
        if !self.pipeline_id.is_empty() {
            struct_ser.serialize_field("pipelineId", &self.pipeline_id)?;
        }
        if !self.organization_id.is_empty() {
            struct_ser.serialize_field("organizationId", &self.organization_id)?;
        }
        if self.number != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("number", ToString::to_string(&self.number).as_str())?;
        }
        if self.status != 0 {
            let v = ExecutionStatus::try_from(self.status)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.status)))?;
            struct_ser.serialize_field("status", &v)?;
        }
        if self.trigger != 0 {
            let v = TriggerType::try_from(self.trigger)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.trigger)))?;
            struct_ser.serialize_field("trigger", &v)?;
        }
        if !self.triggered_by.is_empty() {
            struct_ser.serialize_field("triggeredBy", &self.triggered_by)?;
        }
        if !self.branch.is_empty() {
            struct_ser.serialize_field("branch", &self.branch)?;
        }
        if !self.commit_sha.is_empty() {
            struct_ser.serialize_field("commitSha", &self.commit_sha)?;
        }
        if self.pull_request_number != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("pullRequestNumber", ToString::to_string(&self.pull_request_number).as_str())?;
        }
        if !self.stages.is_empty() {
            struct_ser.serialize_field("stages", &self.stages)?;
        }
        if let Some(v) = self.create_time.as_ref() {
            struct_ser.serialize_field("createTime", v)?;
        }
        if let Some(v) = self.start_time.as_ref() {
            struct_ser.serialize_field("startTime", v)?;
        }
        if let Some(v) = self.end_time.as_ref() {
            struct_ser.serialize_field("endTime", v)?;
        }
        if !self.variables.is_empty() {
            struct_ser.serialize_field("variables", &self.variables)?;
        }
        if !self.failure_reason.is_empty() {
            struct_ser.serialize_field("failureReason", &self.failure_reason)?;
        }
        if self.pipeline_version != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("pipelineVersion", ToString::to_string(&self.pipeline_version).as_str())?;
        }
        if !self.rerun_of.is_empty() {
            struct_ser.serialize_field("rerunOf", &self.rerun_of)?;
        }
        if !self.artifacts.is_empty() {
            struct_ser.serialize_field("artifacts", &self.artifacts)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for Execution {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "id",
            "pipeline_id",
            "pipelineId",
            "organization_id",
            "organizationId",
            "number",
            "status",
            "trigger",
            "triggered_by",
            "triggeredBy",
            "branch",
            "commit_sha",
            "commitSha",
            "pull_request_number",
            "pullRequestNumber",
            "stages",
            "create_time",
            "createTime",
            "start_time",
            "startTime",
            "end_time",
            "endTime",
            "variables",
            "failure_reason",
            "failureReason",
            "pipeline_version",
            "pipelineVersion",
            "rerun_of",
            "rerunOf",
            "artifacts",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Id,
            PipelineId,
            OrganizationId,
            Number,
            Status,
            Trigger,
            TriggeredBy,
            Branch,
            CommitSha,
            PullRequestNumber,
            Stages,
            CreateTime,
            StartTime,
            EndTime,
            Variables,
            FailureReason,
            PipelineVersion,
            RerunOf,
            Artifacts,
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
                            "id" => Ok(GeneratedField::Id),
                            "pipelineId" | "pipeline_id" => Ok(GeneratedField::PipelineId),
                            "organizationId" | "organization_id" => Ok(GeneratedField::OrganizationId),
                            "number" => Ok(GeneratedField::Number),
                            "status" => Ok(GeneratedField::Status),
                            "trigger" => Ok(GeneratedField::Trigger),
                            "triggeredBy" | "triggered_by" => Ok(GeneratedField::TriggeredBy),
                            "branch" => Ok(GeneratedField::Branch),
                            "commitSha" | "commit_sha" => Ok(GeneratedField::CommitSha),
                            "pullRequestNumber" | "pull_request_number" => Ok(GeneratedField::PullRequestNumber),
                            "stages" => Ok(GeneratedField::Stages),
                            "createTime" | "create_time" => Ok(GeneratedField::CreateTime),
                            "startTime" | "start_time" => Ok(GeneratedField::StartTime),
                            "endTime" | "end_time" => Ok(GeneratedField::EndTime),
                            "variables" => Ok(GeneratedField::Variables),
                            "failureReason" | "failure_reason" => Ok(GeneratedField::FailureReason),
                            "pipelineVersion" | "pipeline_version" => Ok(GeneratedField::PipelineVersion),
                            "rerunOf" | "rerun_of" => Ok(GeneratedField::RerunOf),
                            "artifacts" => Ok(GeneratedField::Artifacts),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = Execution;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.pipeline.v1.Execution")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<Execution, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut id__ = None;
                let mut pipeline_id__ = None;
                let mut organization_id__ = None;
                let mut number__ = None;
                let mut status__ = None;
                let mut trigger__ = None;
                let mut triggered_by__ = None;
                let mut branch__ = None;
                let mut commit_sha__ = None;
                let mut pull_request_number__ = None;
                let mut stages__ = None;
                let mut create_time__ = None;
                let mut start_time__ = None;
                let mut end_time__ = None;
                let mut variables__ = None;
                let mut failure_reason__ = None;
                let mut pipeline_version__ = None;
                let mut rerun_of__ = None;
                let mut artifacts__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Id => {
                            if id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("id"));
                            }
                            id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::PipelineId => {
                            if pipeline_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("pipelineId"));
                            }
                            pipeline_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::OrganizationId => {
                            if organization_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("organizationId"));
                            }
                            organization_id__ = Some(map_.next_value()?);
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
                            status__ = Some(map_.next_value::<ExecutionStatus>()? as i32);
                        }
                        GeneratedField::Trigger => {
                            if trigger__.is_some() {
                                return Err(serde::de::Error::duplicate_field("trigger"));
                            }
                            trigger__ = Some(map_.next_value::<TriggerType>()? as i32);
                        }
                        GeneratedField::TriggeredBy => {
                            if triggered_by__.is_some() {
                                return Err(serde::de::Error::duplicate_field("triggeredBy"));
                            }
                            triggered_by__ = Some(map_.next_value()?);
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
                        GeneratedField::PullRequestNumber => {
                            if pull_request_number__.is_some() {
                                return Err(serde::de::Error::duplicate_field("pullRequestNumber"));
                            }
                            pull_request_number__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::Stages => {
                            if stages__.is_some() {
                                return Err(serde::de::Error::duplicate_field("stages"));
                            }
                            stages__ = Some(map_.next_value()?);
                        }
                        GeneratedField::CreateTime => {
                            if create_time__.is_some() {
                                return Err(serde::de::Error::duplicate_field("createTime"));
                            }
                            create_time__ = map_.next_value()?;
                        }
                        GeneratedField::StartTime => {
                            if start_time__.is_some() {
                                return Err(serde::de::Error::duplicate_field("startTime"));
                            }
                            start_time__ = map_.next_value()?;
                        }
                        GeneratedField::EndTime => {
                            if end_time__.is_some() {
                                return Err(serde::de::Error::duplicate_field("endTime"));
                            }
                            end_time__ = map_.next_value()?;
                        }
                        GeneratedField::Variables => {
                            if variables__.is_some() {
                                return Err(serde::de::Error::duplicate_field("variables"));
                            }
                            variables__ = Some(
                                map_.next_value::<std::collections::HashMap<_, _>>()?
                            );
                        }
                        GeneratedField::FailureReason => {
                            if failure_reason__.is_some() {
                                return Err(serde::de::Error::duplicate_field("failureReason"));
                            }
                            failure_reason__ = Some(map_.next_value()?);
                        }
                        GeneratedField::PipelineVersion => {
                            if pipeline_version__.is_some() {
                                return Err(serde::de::Error::duplicate_field("pipelineVersion"));
                            }
                            pipeline_version__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::RerunOf => {
                            if rerun_of__.is_some() {
                                return Err(serde::de::Error::duplicate_field("rerunOf"));
                            }
                            rerun_of__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Artifacts => {
                            if artifacts__.is_some() {
                                return Err(serde::de::Error::duplicate_field("artifacts"));
                            }
                            artifacts__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(Execution {
                    id: id__.unwrap_or_default(),
                    pipeline_id: pipeline_id__.unwrap_or_default(),
                    organization_id: organization_id__.unwrap_or_default(),
                    number: number__.unwrap_or_default(),
                    status: status__.unwrap_or_default(),
                    trigger: trigger__.unwrap_or_default(),
                    triggered_by: triggered_by__.unwrap_or_default(),
                    branch: branch__.unwrap_or_default(),
                    commit_sha: commit_sha__.unwrap_or_default(),
                    pull_request_number: pull_request_number__.unwrap_or_default(),
                    stages: stages__.unwrap_or_default(),
                    create_time: create_time__,
                    start_time: start_time__,
                    end_time: end_time__,
                    variables: variables__.unwrap_or_default(),
                    failure_reason: failure_reason__.unwrap_or_default(),
                    pipeline_version: pipeline_version__.unwrap_or_default(),
                    rerun_of: rerun_of__.unwrap_or_default(),
                    artifacts: artifacts__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.pipeline.v1.Execution", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ExecutionStatus {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "EXECUTION_STATUS_UNSPECIFIED",
            Self::Queued => "EXECUTION_STATUS_QUEUED",
            Self::Running => "EXECUTION_STATUS_RUNNING",
            Self::Succeeded => "EXECUTION_STATUS_SUCCEEDED",
            Self::Failed => "EXECUTION_STATUS_FAILED",
            Self::Cancelled => "EXECUTION_STATUS_CANCELLED",
            Self::TimedOut => "EXECUTION_STATUS_TIMED_OUT",
            Self::Skipped => "EXECUTION_STATUS_SKIPPED",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for ExecutionStatus {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "EXECUTION_STATUS_UNSPECIFIED",
            "EXECUTION_STATUS_QUEUED",
            "EXECUTION_STATUS_RUNNING",
            "EXECUTION_STATUS_SUCCEEDED",
            "EXECUTION_STATUS_FAILED",
            "EXECUTION_STATUS_CANCELLED",
            "EXECUTION_STATUS_TIMED_OUT",
            "EXECUTION_STATUS_SKIPPED",
        ];

        struct GeneratedVisitor;

        impl serde::de::Visitor<'_> for GeneratedVisitor {
            type Value = ExecutionStatus;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(formatter, "expected one of: {:?}", &FIELDS)
            }

            fn visit_i64<E>(self, v: i64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Signed(v), &self)
                    })
            }

            fn visit_u64<E>(self, v: u64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Unsigned(v), &self)
                    })
            }

            fn visit_str<E>(self, value: &str) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                match value {
                    "EXECUTION_STATUS_UNSPECIFIED" => Ok(ExecutionStatus::Unspecified),
                    "EXECUTION_STATUS_QUEUED" => Ok(ExecutionStatus::Queued),
                    "EXECUTION_STATUS_RUNNING" => Ok(ExecutionStatus::Running),
                    "EXECUTION_STATUS_SUCCEEDED" => Ok(ExecutionStatus::Succeeded),
                    "EXECUTION_STATUS_FAILED" => Ok(ExecutionStatus::Failed),
                    "EXECUTION_STATUS_CANCELLED" => Ok(ExecutionStatus::Cancelled),
                    "EXECUTION_STATUS_TIMED_OUT" => Ok(ExecutionStatus::TimedOut),
                    "EXECUTION_STATUS_SKIPPED" => Ok(ExecutionStatus::Skipped),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for GetExecutionLogsRequest {
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
        if !self.stage.is_empty() {
            len += 1;
        }
        if !self.step.is_empty() {
            len += 1;
        }
        if self.page_size != 0 {
            len += 1;
        }
        if !self.page_token.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.pipeline.v1.GetExecutionLogsRequest", len)?;
        if !self.pipeline_id.is_empty() {
            struct_ser.serialize_field("pipelineId", &self.pipeline_id)?;
        }
        if !self.execution_id.is_empty() {
            struct_ser.serialize_field("executionId", &self.execution_id)?;
        }
        if !self.stage.is_empty() {
            struct_ser.serialize_field("stage", &self.stage)?;
        }
        if !self.step.is_empty() {
            struct_ser.serialize_field("step", &self.step)?;
        }
        if self.page_size != 0 {
            struct_ser.serialize_field("pageSize", &self.page_size)?;
        }
        if !self.page_token.is_empty() {
            struct_ser.serialize_field("pageToken", &self.page_token)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetExecutionLogsRequest {
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
            "stage",
            "step",
            "page_size",
            "pageSize",
            "page_token",
            "pageToken",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            PipelineId,
            ExecutionId,
            Stage,
            Step,
            PageSize,
            PageToken,
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
                            "stage" => Ok(GeneratedField::Stage),
                            "step" => Ok(GeneratedField::Step),
                            "pageSize" | "page_size" => Ok(GeneratedField::PageSize),
                            "pageToken" | "page_token" => Ok(GeneratedField::PageToken),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetExecutionLogsRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.pipeline.v1.GetExecutionLogsRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetExecutionLogsRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut pipeline_id__ = None;
                let mut execution_id__ = None;
                let mut stage__ = None;
                let mut step__ = None;
                let mut page_size__ = None;
                let mut page_token__ = None;
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
                        GeneratedField::PageSize => {
                            if page_size__.is_some() {
                                return Err(serde::de::Error::duplicate_field("pageSize"));
                            }
                            page_size__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::PageToken => {
                            if page_token__.is_some() {
                                return Err(serde::de::Error::duplicate_field("pageToken"));
                            }
                            page_token__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(GetExecutionLogsRequest {
                    pipeline_id: pipeline_id__.unwrap_or_default(),
                    execution_id: execution_id__.unwrap_or_default(),
                    stage: stage__.unwrap_or_default(),
                    step: step__.unwrap_or_default(),
                    page_size: page_size__.unwrap_or_default(),
                    page_token: page_token__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.pipeline.v1.GetExecutionLogsRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetExecutionLogsResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.lines.is_empty() {
            len += 1;
        }
        if !self.next_page_token.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.pipeline.v1.GetExecutionLogsResponse", len)?;
        if !self.lines.is_empty() {
            struct_ser.serialize_field("lines", &self.lines)?;
        }
        if !self.next_page_token.is_empty() {
            struct_ser.serialize_field("nextPageToken", &self.next_page_token)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetExecutionLogsResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "lines",
            "next_page_token",
            "nextPageToken",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Lines,
            NextPageToken,
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
                            "lines" => Ok(GeneratedField::Lines),
                            "nextPageToken" | "next_page_token" => Ok(GeneratedField::NextPageToken),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetExecutionLogsResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.pipeline.v1.GetExecutionLogsResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetExecutionLogsResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut lines__ = None;
                let mut next_page_token__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Lines => {
                            if lines__.is_some() {
                                return Err(serde::de::Error::duplicate_field("lines"));
                            }
                            lines__ = Some(map_.next_value()?);
                        }
                        GeneratedField::NextPageToken => {
                            if next_page_token__.is_some() {
                                return Err(serde::de::Error::duplicate_field("nextPageToken"));
                            }
                            next_page_token__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(GetExecutionLogsResponse {
                    lines: lines__.unwrap_or_default(),
                    next_page_token: next_page_token__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.pipeline.v1.GetExecutionLogsResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetExecutionRequest {
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
        let mut struct_ser = serializer.serialize_struct("secureflow.pipeline.v1.GetExecutionRequest", len)?;
        if !self.pipeline_id.is_empty() {
            struct_ser.serialize_field("pipelineId", &self.pipeline_id)?;
        }
        if !self.execution_id.is_empty() {
            struct_ser.serialize_field("executionId", &self.execution_id)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetExecutionRequest {
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
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            PipelineId,
            ExecutionId,
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
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetExecutionRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.pipeline.v1.GetExecutionRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetExecutionRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut pipeline_id__ = None;
                let mut execution_id__ = None;
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
                    }
                }
                Ok(GetExecutionRequest {
                    pipeline_id: pipeline_id__.unwrap_or_default(),
                    execution_id: execution_id__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.pipeline.v1.GetExecutionRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetExecutionResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.execution.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.pipeline.v1.GetExecutionResponse", len)?;
        if let Some(v) = self.execution.as_ref() {
            struct_ser.serialize_field("execution", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetExecutionResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "execution",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Execution,
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
                            "execution" => Ok(GeneratedField::Execution),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetExecutionResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.pipeline.v1.GetExecutionResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetExecutionResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut execution__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Execution => {
                            if execution__.is_some() {
                                return Err(serde::de::Error::duplicate_field("execution"));
                            }
                            execution__ = map_.next_value()?;
                        }
                    }
                }
                Ok(GetExecutionResponse {
                    execution: execution__,
                })
            }
        }
        deserializer.deserialize_struct("secureflow.pipeline.v1.GetExecutionResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetPipelineRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.id.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.pipeline.v1.GetPipelineRequest", len)?;
        if !self.id.is_empty() {
            struct_ser.serialize_field("id", &self.id)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetPipelineRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "id",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Id,
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
                            "id" => Ok(GeneratedField::Id),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetPipelineRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.pipeline.v1.GetPipelineRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetPipelineRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut id__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Id => {
                            if id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("id"));
                            }
                            id__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(GetPipelineRequest {
                    id: id__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.pipeline.v1.GetPipelineRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetPipelineResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.pipeline.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.pipeline.v1.GetPipelineResponse", len)?;
        if let Some(v) = self.pipeline.as_ref() {
            struct_ser.serialize_field("pipeline", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetPipelineResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "pipeline",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Pipeline,
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
                            "pipeline" => Ok(GeneratedField::Pipeline),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetPipelineResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.pipeline.v1.GetPipelineResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetPipelineResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut pipeline__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Pipeline => {
                            if pipeline__.is_some() {
                                return Err(serde::de::Error::duplicate_field("pipeline"));
                            }
                            pipeline__ = map_.next_value()?;
                        }
                    }
                }
                Ok(GetPipelineResponse {
                    pipeline: pipeline__,
                })
            }
        }
        deserializer.deserialize_struct("secureflow.pipeline.v1.GetPipelineResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ListExecutionsRequest {
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
        if self.page_size != 0 {
            len += 1;
        }
        if !self.page_token.is_empty() {
            len += 1;
        }
        if self.status != 0 {
            len += 1;
        }
        if !self.branch.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.pipeline.v1.ListExecutionsRequest", len)?;
        if !self.pipeline_id.is_empty() {
            struct_ser.serialize_field("pipelineId", &self.pipeline_id)?;
        }
        if self.page_size != 0 {
            struct_ser.serialize_field("pageSize", &self.page_size)?;
        }
        if !self.page_token.is_empty() {
            struct_ser.serialize_field("pageToken", &self.page_token)?;
        }
        if self.status != 0 {
            let v = ExecutionStatus::try_from(self.status)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.status)))?;
            struct_ser.serialize_field("status", &v)?;
        }
        if !self.branch.is_empty() {
            struct_ser.serialize_field("branch", &self.branch)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ListExecutionsRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "pipeline_id",
            "pipelineId",
            "page_size",
            "pageSize",
            "page_token",
            "pageToken",
            "status",
            "branch",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            PipelineId,
            PageSize,
            PageToken,
            Status,
            Branch,
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
                            "pageSize" | "page_size" => Ok(GeneratedField::PageSize),
                            "pageToken" | "page_token" => Ok(GeneratedField::PageToken),
                            "status" => Ok(GeneratedField::Status),
                            "branch" => Ok(GeneratedField::Branch),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ListExecutionsRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.pipeline.v1.ListExecutionsRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ListExecutionsRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut pipeline_id__ = None;
                let mut page_size__ = None;
                let mut page_token__ = None;
                let mut status__ = None;
                let mut branch__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::PipelineId => {
                            if pipeline_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("pipelineId"));
                            }
                            pipeline_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::PageSize => {
                            if page_size__.is_some() {
                                return Err(serde::de::Error::duplicate_field("pageSize"));
                            }
                            page_size__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::PageToken => {
                            if page_token__.is_some() {
                                return Err(serde::de::Error::duplicate_field("pageToken"));
                            }
                            page_token__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Status => {
                            if status__.is_some() {
                                return Err(serde::de::Error::duplicate_field("status"));
                            }
                            status__ = Some(map_.next_value::<ExecutionStatus>()? as i32);
                        }
                        GeneratedField::Branch => {
                            if branch__.is_some() {
                                return Err(serde::de::Error::duplicate_field("branch"));
                            }
                            branch__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(ListExecutionsRequest {
                    pipeline_id: pipeline_id__.unwrap_or_default(),
                    page_size: page_size__.unwrap_or_default(),
                    page_token: page_token__.unwrap_or_default(),
                    status: status__.unwrap_or_default(),
                    branch: branch__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.pipeline.v1.ListExecutionsRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ListExecutionsResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.executions.is_empty() {
            len += 1;
        }
        if !self.next_page_token.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.pipeline.v1.ListExecutionsResponse", len)?;
        if !self.executions.is_empty() {
            struct_ser.serialize_field("executions", &self.executions)?;
        }
        if !self.next_page_token.is_empty() {
            struct_ser.serialize_field("nextPageToken", &self.next_page_token)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ListExecutionsResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "executions",
            "next_page_token",
            "nextPageToken",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Executions,
            NextPageToken,
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
                            "executions" => Ok(GeneratedField::Executions),
                            "nextPageToken" | "next_page_token" => Ok(GeneratedField::NextPageToken),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ListExecutionsResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.pipeline.v1.ListExecutionsResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ListExecutionsResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut executions__ = None;
                let mut next_page_token__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Executions => {
                            if executions__.is_some() {
                                return Err(serde::de::Error::duplicate_field("executions"));
                            }
                            executions__ = Some(map_.next_value()?);
                        }
                        GeneratedField::NextPageToken => {
                            if next_page_token__.is_some() {
                                return Err(serde::de::Error::duplicate_field("nextPageToken"));
                            }
                            next_page_token__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(ListExecutionsResponse {
                    executions: executions__.unwrap_or_default(),
                    next_page_token: next_page_token__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.pipeline.v1.ListExecutionsResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ListPipelinesRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.page_size != 0 {
            len += 1;
        }
        if !self.page_token.is_empty() {
            len += 1;
        }
        if !self.repository_id.is_empty() {
            len += 1;
        }
        if self.latest_executions != 0 {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.pipeline.v1.ListPipelinesRequest", len)?;
        if self.page_size != 0 {
            struct_ser.serialize_field("pageSize", &self.page_size)?;
        }
        if !self.page_token.is_empty() {
            struct_ser.serialize_field("pageToken", &self.page_token)?;
        }
        if !self.repository_id.is_empty() {
            struct_ser.serialize_field("repositoryId", &self.repository_id)?;
        }
        if self.latest_executions != 0 {
            struct_ser.serialize_field("latestExecutions", &self.latest_executions)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ListPipelinesRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "page_size",
            "pageSize",
            "page_token",
            "pageToken",
            "repository_id",
            "repositoryId",
            "latest_executions",
            "latestExecutions",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            PageSize,
            PageToken,
            RepositoryId,
            LatestExecutions,
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
                            "pageSize" | "page_size" => Ok(GeneratedField::PageSize),
                            "pageToken" | "page_token" => Ok(GeneratedField::PageToken),
                            "repositoryId" | "repository_id" => Ok(GeneratedField::RepositoryId),
                            "latestExecutions" | "latest_executions" => Ok(GeneratedField::LatestExecutions),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ListPipelinesRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.pipeline.v1.ListPipelinesRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ListPipelinesRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut page_size__ = None;
                let mut page_token__ = None;
                let mut repository_id__ = None;
                let mut latest_executions__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::PageSize => {
                            if page_size__.is_some() {
                                return Err(serde::de::Error::duplicate_field("pageSize"));
                            }
                            page_size__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::PageToken => {
                            if page_token__.is_some() {
                                return Err(serde::de::Error::duplicate_field("pageToken"));
                            }
                            page_token__ = Some(map_.next_value()?);
                        }
                        GeneratedField::RepositoryId => {
                            if repository_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("repositoryId"));
                            }
                            repository_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::LatestExecutions => {
                            if latest_executions__.is_some() {
                                return Err(serde::de::Error::duplicate_field("latestExecutions"));
                            }
                            latest_executions__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                    }
                }
                Ok(ListPipelinesRequest {
                    page_size: page_size__.unwrap_or_default(),
                    page_token: page_token__.unwrap_or_default(),
                    repository_id: repository_id__.unwrap_or_default(),
                    latest_executions: latest_executions__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.pipeline.v1.ListPipelinesRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ListPipelinesResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.pipelines.is_empty() {
            len += 1;
        }
        if !self.next_page_token.is_empty() {
            len += 1;
        }
        if !self.latest_executions.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.pipeline.v1.ListPipelinesResponse", len)?;
        if !self.pipelines.is_empty() {
            struct_ser.serialize_field("pipelines", &self.pipelines)?;
        }
        if !self.next_page_token.is_empty() {
            struct_ser.serialize_field("nextPageToken", &self.next_page_token)?;
        }
        if !self.latest_executions.is_empty() {
            struct_ser.serialize_field("latestExecutions", &self.latest_executions)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ListPipelinesResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "pipelines",
            "next_page_token",
            "nextPageToken",
            "latest_executions",
            "latestExecutions",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Pipelines,
            NextPageToken,
            LatestExecutions,
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
                            "pipelines" => Ok(GeneratedField::Pipelines),
                            "nextPageToken" | "next_page_token" => Ok(GeneratedField::NextPageToken),
                            "latestExecutions" | "latest_executions" => Ok(GeneratedField::LatestExecutions),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ListPipelinesResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.pipeline.v1.ListPipelinesResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ListPipelinesResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut pipelines__ = None;
                let mut next_page_token__ = None;
                let mut latest_executions__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Pipelines => {
                            if pipelines__.is_some() {
                                return Err(serde::de::Error::duplicate_field("pipelines"));
                            }
                            pipelines__ = Some(map_.next_value()?);
                        }
                        GeneratedField::NextPageToken => {
                            if next_page_token__.is_some() {
                                return Err(serde::de::Error::duplicate_field("nextPageToken"));
                            }
                            next_page_token__ = Some(map_.next_value()?);
                        }
                        GeneratedField::LatestExecutions => {
                            if latest_executions__.is_some() {
                                return Err(serde::de::Error::duplicate_field("latestExecutions"));
                            }
                            latest_executions__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(ListPipelinesResponse {
                    pipelines: pipelines__.unwrap_or_default(),
                    next_page_token: next_page_token__.unwrap_or_default(),
                    latest_executions: latest_executions__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.pipeline.v1.ListPipelinesResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for LogLine {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.stage.is_empty() {
            len += 1;
        }
        if !self.step.is_empty() {
            len += 1;
        }
        if self.number != 0 {
            len += 1;
        }
        if self.time.is_some() {
            len += 1;
        }
        if !self.text.is_empty() {
            len += 1;
        }
        if self.stream != 0 {
            len += 1;
        }
        if self.sequence != 0 {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.pipeline.v1.LogLine", len)?;
        if !self.stage.is_empty() {
            struct_ser.serialize_field("stage", &self.stage)?;
        }
        if !self.step.is_empty() {
            struct_ser.serialize_field("step", &self.step)?;
        }
        if self.number != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("number", ToString::to_string(&self.number).as_str())?;
        }
        if let Some(v) = self.time.as_ref() {
            struct_ser.serialize_field("time", v)?;
        }
        if !self.text.is_empty() {
            struct_ser.serialize_field("text", &self.text)?;
        }
        if self.stream != 0 {
            let v = LogStream::try_from(self.stream)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.stream)))?;
            struct_ser.serialize_field("stream", &v)?;
        }
        if self.sequence != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("sequence", ToString::to_string(&self.sequence).as_str())?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for LogLine {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "stage",
            "step",
            "number",
            "time",
            "text",
            "stream",
            "sequence",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Stage,
            Step,
            Number,
            Time,
            Text,
            Stream,
            Sequence,
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
                            "stage" => Ok(GeneratedField::Stage),
                            "step" => Ok(GeneratedField::Step),
                            "number" => Ok(GeneratedField::Number),
                            "time" => Ok(GeneratedField::Time),
                            "text" => Ok(GeneratedField::Text),
                            "stream" => Ok(GeneratedField::Stream),
                            "sequence" => Ok(GeneratedField::Sequence),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = LogLine;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.pipeline.v1.LogLine")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<LogLine, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut stage__ = None;
                let mut step__ = None;
                let mut number__ = None;
                let mut time__ = None;
                let mut text__ = None;
                let mut stream__ = None;
                let mut sequence__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
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
                        GeneratedField::Number => {
                            if number__.is_some() {
                                return Err(serde::de::Error::duplicate_field("number"));
                            }
                            number__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::Time => {
                            if time__.is_some() {
                                return Err(serde::de::Error::duplicate_field("time"));
                            }
                            time__ = map_.next_value()?;
                        }
                        GeneratedField::Text => {
                            if text__.is_some() {
                                return Err(serde::de::Error::duplicate_field("text"));
                            }
                            text__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Stream => {
                            if stream__.is_some() {
                                return Err(serde::de::Error::duplicate_field("stream"));
                            }
                            stream__ = Some(map_.next_value::<LogStream>()? as i32);
                        }
                        GeneratedField::Sequence => {
                            if sequence__.is_some() {
                                return Err(serde::de::Error::duplicate_field("sequence"));
                            }
                            sequence__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                    }
                }
                Ok(LogLine {
                    stage: stage__.unwrap_or_default(),
                    step: step__.unwrap_or_default(),
                    number: number__.unwrap_or_default(),
                    time: time__,
                    text: text__.unwrap_or_default(),
                    stream: stream__.unwrap_or_default(),
                    sequence: sequence__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.pipeline.v1.LogLine", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for LogStream {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "LOG_STREAM_UNSPECIFIED",
            Self::Stdout => "LOG_STREAM_STDOUT",
            Self::Stderr => "LOG_STREAM_STDERR",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for LogStream {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "LOG_STREAM_UNSPECIFIED",
            "LOG_STREAM_STDOUT",
            "LOG_STREAM_STDERR",
        ];

        struct GeneratedVisitor;

        impl serde::de::Visitor<'_> for GeneratedVisitor {
            type Value = LogStream;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(formatter, "expected one of: {:?}", &FIELDS)
            }

            fn visit_i64<E>(self, v: i64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Signed(v), &self)
                    })
            }

            fn visit_u64<E>(self, v: u64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Unsigned(v), &self)
                    })
            }

            fn visit_str<E>(self, value: &str) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                match value {
                    "LOG_STREAM_UNSPECIFIED" => Ok(LogStream::Unspecified),
                    "LOG_STREAM_STDOUT" => Ok(LogStream::Stdout),
                    "LOG_STREAM_STDERR" => Ok(LogStream::Stderr),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for Pipeline {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.id.is_empty() {
            len += 1;
        }
        if !self.organization_id.is_empty() {
            len += 1;
        }
        if !self.repository_id.is_empty() {
            len += 1;
        }
        if !self.name.is_empty() {
            len += 1;
        }
        if !self.description.is_empty() {
            len += 1;
        }
        if !self.triggers.is_empty() {
            len += 1;
        }
        if !self.stages.is_empty() {
            len += 1;
        }
        if !self.variables.is_empty() {
            len += 1;
        }
        if self.enabled {
            len += 1;
        }
        if self.timeout.is_some() {
            len += 1;
        }
        if self.create_time.is_some() {
            len += 1;
        }
        if self.update_time.is_some() {
            len += 1;
        }
        if !self.definition.is_empty() {
            len += 1;
        }
        if self.version != 0 {
            len += 1;
        }
        if !self.secrets.is_empty() {
            len += 1;
        }
        if self.finally.is_some() {
            len += 1;
        }
        if !self.secrets_set.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.pipeline.v1.Pipeline", len)?;
        if !self.id.is_empty() {
            struct_ser.serialize_field("id", &self.id)?;
        }
        if !self.organization_id.is_empty() {
            struct_ser.serialize_field("organizationId", &self.organization_id)?;
        }
        if !self.repository_id.is_empty() {
            struct_ser.serialize_field("repositoryId", &self.repository_id)?;
        }
        if !self.name.is_empty() {
            struct_ser.serialize_field("name", &self.name)?;
        }
        if !self.description.is_empty() {
            struct_ser.serialize_field("description", &self.description)?;
        }
        if !self.triggers.is_empty() {
            struct_ser.serialize_field("triggers", &self.triggers)?;
        }
        if !self.stages.is_empty() {
            struct_ser.serialize_field("stages", &self.stages)?;
        }
        if !self.variables.is_empty() {
            struct_ser.serialize_field("variables", &self.variables)?;
        }
        if self.enabled {
            struct_ser.serialize_field("enabled", &self.enabled)?;
        }
        if let Some(v) = self.timeout.as_ref() {
            struct_ser.serialize_field("timeout", v)?;
        }
        if let Some(v) = self.create_time.as_ref() {
            struct_ser.serialize_field("createTime", v)?;
        }
        if let Some(v) = self.update_time.as_ref() {
            struct_ser.serialize_field("updateTime", v)?;
        }
        if !self.definition.is_empty() {
            struct_ser.serialize_field("definition", &self.definition)?;
        }
        if self.version != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("version", ToString::to_string(&self.version).as_str())?;
        }
        if !self.secrets.is_empty() {
            struct_ser.serialize_field("secrets", &self.secrets)?;
        }
        if let Some(v) = self.finally.as_ref() {
            struct_ser.serialize_field("finally", v)?;
        }
        if !self.secrets_set.is_empty() {
            struct_ser.serialize_field("secretsSet", &self.secrets_set)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for Pipeline {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "id",
            "organization_id",
            "organizationId",
            "repository_id",
            "repositoryId",
            "name",
            "description",
            "triggers",
            "stages",
            "variables",
            "enabled",
            "timeout",
            "create_time",
            "createTime",
            "update_time",
            "updateTime",
            "definition",
            "version",
            "secrets",
            "finally",
            "secrets_set",
            "secretsSet",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Id,
            OrganizationId,
            RepositoryId,
            Name,
            Description,
            Triggers,
            Stages,
            Variables,
            Enabled,
            Timeout,
            CreateTime,
            UpdateTime,
            Definition,
            Version,
            Secrets,
            Finally,
            SecretsSet,
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
                            "id" => Ok(GeneratedField::Id),
                            "organizationId" | "organization_id" => Ok(GeneratedField::OrganizationId),
                            "repositoryId" | "repository_id" => Ok(GeneratedField::RepositoryId),
                            "name" => Ok(GeneratedField::Name),
                            "description" => Ok(GeneratedField::Description),
                            "triggers" => Ok(GeneratedField::Triggers),
                            "stages" => Ok(GeneratedField::Stages),
                            "variables" => Ok(GeneratedField::Variables),
                            "enabled" => Ok(GeneratedField::Enabled),
                            "timeout" => Ok(GeneratedField::Timeout),
                            "createTime" | "create_time" => Ok(GeneratedField::CreateTime),
                            "updateTime" | "update_time" => Ok(GeneratedField::UpdateTime),
                            "definition" => Ok(GeneratedField::Definition),
                            "version" => Ok(GeneratedField::Version),
                            "secrets" => Ok(GeneratedField::Secrets),
                            "finally" => Ok(GeneratedField::Finally),
                            "secretsSet" | "secrets_set" => Ok(GeneratedField::SecretsSet),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = Pipeline;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.pipeline.v1.Pipeline")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<Pipeline, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut id__ = None;
                let mut organization_id__ = None;
                let mut repository_id__ = None;
                let mut name__ = None;
                let mut description__ = None;
                let mut triggers__ = None;
                let mut stages__ = None;
                let mut variables__ = None;
                let mut enabled__ = None;
                let mut timeout__ = None;
                let mut create_time__ = None;
                let mut update_time__ = None;
                let mut definition__ = None;
                let mut version__ = None;
                let mut secrets__ = None;
                let mut finally__ = None;
                let mut secrets_set__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Id => {
                            if id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("id"));
                            }
                            id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::OrganizationId => {
                            if organization_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("organizationId"));
                            }
                            organization_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::RepositoryId => {
                            if repository_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("repositoryId"));
                            }
                            repository_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Name => {
                            if name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("name"));
                            }
                            name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Description => {
                            if description__.is_some() {
                                return Err(serde::de::Error::duplicate_field("description"));
                            }
                            description__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Triggers => {
                            if triggers__.is_some() {
                                return Err(serde::de::Error::duplicate_field("triggers"));
                            }
                            triggers__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Stages => {
                            if stages__.is_some() {
                                return Err(serde::de::Error::duplicate_field("stages"));
                            }
                            stages__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Variables => {
                            if variables__.is_some() {
                                return Err(serde::de::Error::duplicate_field("variables"));
                            }
                            variables__ = Some(
                                map_.next_value::<std::collections::HashMap<_, _>>()?
                            );
                        }
                        GeneratedField::Enabled => {
                            if enabled__.is_some() {
                                return Err(serde::de::Error::duplicate_field("enabled"));
                            }
                            enabled__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Timeout => {
                            if timeout__.is_some() {
                                return Err(serde::de::Error::duplicate_field("timeout"));
                            }
                            timeout__ = map_.next_value()?;
                        }
                        GeneratedField::CreateTime => {
                            if create_time__.is_some() {
                                return Err(serde::de::Error::duplicate_field("createTime"));
                            }
                            create_time__ = map_.next_value()?;
                        }
                        GeneratedField::UpdateTime => {
                            if update_time__.is_some() {
                                return Err(serde::de::Error::duplicate_field("updateTime"));
                            }
                            update_time__ = map_.next_value()?;
                        }
                        GeneratedField::Definition => {
                            if definition__.is_some() {
                                return Err(serde::de::Error::duplicate_field("definition"));
                            }
                            definition__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Version => {
                            if version__.is_some() {
                                return Err(serde::de::Error::duplicate_field("version"));
                            }
                            version__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::Secrets => {
                            if secrets__.is_some() {
                                return Err(serde::de::Error::duplicate_field("secrets"));
                            }
                            secrets__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Finally => {
                            if finally__.is_some() {
                                return Err(serde::de::Error::duplicate_field("finally"));
                            }
                            finally__ = map_.next_value()?;
                        }
                        GeneratedField::SecretsSet => {
                            if secrets_set__.is_some() {
                                return Err(serde::de::Error::duplicate_field("secretsSet"));
                            }
                            secrets_set__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(Pipeline {
                    id: id__.unwrap_or_default(),
                    organization_id: organization_id__.unwrap_or_default(),
                    repository_id: repository_id__.unwrap_or_default(),
                    name: name__.unwrap_or_default(),
                    description: description__.unwrap_or_default(),
                    triggers: triggers__.unwrap_or_default(),
                    stages: stages__.unwrap_or_default(),
                    variables: variables__.unwrap_or_default(),
                    enabled: enabled__.unwrap_or_default(),
                    timeout: timeout__,
                    create_time: create_time__,
                    update_time: update_time__,
                    definition: definition__.unwrap_or_default(),
                    version: version__.unwrap_or_default(),
                    secrets: secrets__.unwrap_or_default(),
                    finally: finally__,
                    secrets_set: secrets_set__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.pipeline.v1.Pipeline", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for PipelineExecutions {
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
        if !self.executions.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.pipeline.v1.PipelineExecutions", len)?;
        if !self.pipeline_id.is_empty() {
            struct_ser.serialize_field("pipelineId", &self.pipeline_id)?;
        }
        if !self.executions.is_empty() {
            struct_ser.serialize_field("executions", &self.executions)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for PipelineExecutions {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "pipeline_id",
            "pipelineId",
            "executions",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            PipelineId,
            Executions,
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
                            "executions" => Ok(GeneratedField::Executions),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = PipelineExecutions;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.pipeline.v1.PipelineExecutions")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<PipelineExecutions, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut pipeline_id__ = None;
                let mut executions__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::PipelineId => {
                            if pipeline_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("pipelineId"));
                            }
                            pipeline_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Executions => {
                            if executions__.is_some() {
                                return Err(serde::de::Error::duplicate_field("executions"));
                            }
                            executions__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(PipelineExecutions {
                    pipeline_id: pipeline_id__.unwrap_or_default(),
                    executions: executions__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.pipeline.v1.PipelineExecutions", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for SetPipelineSecretRequest {
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
        if !self.name.is_empty() {
            len += 1;
        }
        if !self.value.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.pipeline.v1.SetPipelineSecretRequest", len)?;
        if !self.pipeline_id.is_empty() {
            struct_ser.serialize_field("pipelineId", &self.pipeline_id)?;
        }
        if !self.name.is_empty() {
            struct_ser.serialize_field("name", &self.name)?;
        }
        if !self.value.is_empty() {
            struct_ser.serialize_field("value", &self.value)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for SetPipelineSecretRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "pipeline_id",
            "pipelineId",
            "name",
            "value",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            PipelineId,
            Name,
            Value,
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
                            "name" => Ok(GeneratedField::Name),
                            "value" => Ok(GeneratedField::Value),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = SetPipelineSecretRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.pipeline.v1.SetPipelineSecretRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<SetPipelineSecretRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut pipeline_id__ = None;
                let mut name__ = None;
                let mut value__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::PipelineId => {
                            if pipeline_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("pipelineId"));
                            }
                            pipeline_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Name => {
                            if name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("name"));
                            }
                            name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Value => {
                            if value__.is_some() {
                                return Err(serde::de::Error::duplicate_field("value"));
                            }
                            value__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(SetPipelineSecretRequest {
                    pipeline_id: pipeline_id__.unwrap_or_default(),
                    name: name__.unwrap_or_default(),
                    value: value__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.pipeline.v1.SetPipelineSecretRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for SetPipelineSecretResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.pipeline.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.pipeline.v1.SetPipelineSecretResponse", len)?;
        if let Some(v) = self.pipeline.as_ref() {
            struct_ser.serialize_field("pipeline", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for SetPipelineSecretResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "pipeline",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Pipeline,
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
                            "pipeline" => Ok(GeneratedField::Pipeline),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = SetPipelineSecretResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.pipeline.v1.SetPipelineSecretResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<SetPipelineSecretResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut pipeline__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Pipeline => {
                            if pipeline__.is_some() {
                                return Err(serde::de::Error::duplicate_field("pipeline"));
                            }
                            pipeline__ = map_.next_value()?;
                        }
                    }
                }
                Ok(SetPipelineSecretResponse {
                    pipeline: pipeline__,
                })
            }
        }
        deserializer.deserialize_struct("secureflow.pipeline.v1.SetPipelineSecretResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for Stage {
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
        if !self.steps.is_empty() {
            len += 1;
        }
        if !self.needs.is_empty() {
            len += 1;
        }
        if self.parallel {
            len += 1;
        }
        if !self.env.is_empty() {
            len += 1;
        }
        if self.when.is_some() {
            len += 1;
        }
        if self.independent {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.pipeline.v1.Stage", len)?;
        if !self.name.is_empty() {
            struct_ser.serialize_field("name", &self.name)?;
        }
        if !self.steps.is_empty() {
            struct_ser.serialize_field("steps", &self.steps)?;
        }
        if !self.needs.is_empty() {
            struct_ser.serialize_field("needs", &self.needs)?;
        }
        if self.parallel {
            struct_ser.serialize_field("parallel", &self.parallel)?;
        }
        if !self.env.is_empty() {
            struct_ser.serialize_field("env", &self.env)?;
        }
        if let Some(v) = self.when.as_ref() {
            struct_ser.serialize_field("when", v)?;
        }
        if self.independent {
            struct_ser.serialize_field("independent", &self.independent)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for Stage {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "name",
            "steps",
            "needs",
            "parallel",
            "env",
            "when",
            "independent",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Name,
            Steps,
            Needs,
            Parallel,
            Env,
            When,
            Independent,
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
                            "steps" => Ok(GeneratedField::Steps),
                            "needs" => Ok(GeneratedField::Needs),
                            "parallel" => Ok(GeneratedField::Parallel),
                            "env" => Ok(GeneratedField::Env),
                            "when" => Ok(GeneratedField::When),
                            "independent" => Ok(GeneratedField::Independent),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = Stage;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.pipeline.v1.Stage")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<Stage, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut name__ = None;
                let mut steps__ = None;
                let mut needs__ = None;
                let mut parallel__ = None;
                let mut env__ = None;
                let mut when__ = None;
                let mut independent__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Name => {
                            if name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("name"));
                            }
                            name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Steps => {
                            if steps__.is_some() {
                                return Err(serde::de::Error::duplicate_field("steps"));
                            }
                            steps__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Needs => {
                            if needs__.is_some() {
                                return Err(serde::de::Error::duplicate_field("needs"));
                            }
                            needs__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Parallel => {
                            if parallel__.is_some() {
                                return Err(serde::de::Error::duplicate_field("parallel"));
                            }
                            parallel__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Env => {
                            if env__.is_some() {
                                return Err(serde::de::Error::duplicate_field("env"));
                            }
                            env__ = Some(
                                map_.next_value::<std::collections::HashMap<_, _>>()?
                            );
                        }
                        GeneratedField::When => {
                            if when__.is_some() {
                                return Err(serde::de::Error::duplicate_field("when"));
                            }
                            when__ = map_.next_value()?;
                        }
                        GeneratedField::Independent => {
                            if independent__.is_some() {
                                return Err(serde::de::Error::duplicate_field("independent"));
                            }
                            independent__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(Stage {
                    name: name__.unwrap_or_default(),
                    steps: steps__.unwrap_or_default(),
                    needs: needs__.unwrap_or_default(),
                    parallel: parallel__.unwrap_or_default(),
                    env: env__.unwrap_or_default(),
                    when: when__,
                    independent: independent__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.pipeline.v1.Stage", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for StageRun {
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
        if self.status != 0 {
            len += 1;
        }
        if !self.steps.is_empty() {
            len += 1;
        }
        if self.start_time.is_some() {
            len += 1;
        }
        if self.end_time.is_some() {
            len += 1;
        }
        if !self.failure_reason.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.pipeline.v1.StageRun", len)?;
        if !self.name.is_empty() {
            struct_ser.serialize_field("name", &self.name)?;
        }
        if self.status != 0 {
            let v = ExecutionStatus::try_from(self.status)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.status)))?;
            struct_ser.serialize_field("status", &v)?;
        }
        if !self.steps.is_empty() {
            struct_ser.serialize_field("steps", &self.steps)?;
        }
        if let Some(v) = self.start_time.as_ref() {
            struct_ser.serialize_field("startTime", v)?;
        }
        if let Some(v) = self.end_time.as_ref() {
            struct_ser.serialize_field("endTime", v)?;
        }
        if !self.failure_reason.is_empty() {
            struct_ser.serialize_field("failureReason", &self.failure_reason)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for StageRun {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "name",
            "status",
            "steps",
            "start_time",
            "startTime",
            "end_time",
            "endTime",
            "failure_reason",
            "failureReason",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Name,
            Status,
            Steps,
            StartTime,
            EndTime,
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
                            "name" => Ok(GeneratedField::Name),
                            "status" => Ok(GeneratedField::Status),
                            "steps" => Ok(GeneratedField::Steps),
                            "startTime" | "start_time" => Ok(GeneratedField::StartTime),
                            "endTime" | "end_time" => Ok(GeneratedField::EndTime),
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
            type Value = StageRun;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.pipeline.v1.StageRun")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<StageRun, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut name__ = None;
                let mut status__ = None;
                let mut steps__ = None;
                let mut start_time__ = None;
                let mut end_time__ = None;
                let mut failure_reason__ = None;
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
                            status__ = Some(map_.next_value::<ExecutionStatus>()? as i32);
                        }
                        GeneratedField::Steps => {
                            if steps__.is_some() {
                                return Err(serde::de::Error::duplicate_field("steps"));
                            }
                            steps__ = Some(map_.next_value()?);
                        }
                        GeneratedField::StartTime => {
                            if start_time__.is_some() {
                                return Err(serde::de::Error::duplicate_field("startTime"));
                            }
                            start_time__ = map_.next_value()?;
                        }
                        GeneratedField::EndTime => {
                            if end_time__.is_some() {
                                return Err(serde::de::Error::duplicate_field("endTime"));
                            }
                            end_time__ = map_.next_value()?;
                        }
                        GeneratedField::FailureReason => {
                            if failure_reason__.is_some() {
                                return Err(serde::de::Error::duplicate_field("failureReason"));
                            }
                            failure_reason__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(StageRun {
                    name: name__.unwrap_or_default(),
                    status: status__.unwrap_or_default(),
                    steps: steps__.unwrap_or_default(),
                    start_time: start_time__,
                    end_time: end_time__,
                    failure_reason: failure_reason__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.pipeline.v1.StageRun", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for Step {
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
        if self.kind != 0 {
            len += 1;
        }
        if !self.image.is_empty() {
            len += 1;
        }
        if !self.command.is_empty() {
            len += 1;
        }
        if !self.env.is_empty() {
            len += 1;
        }
        if self.timeout.is_some() {
            len += 1;
        }
        if self.allow_failure {
            len += 1;
        }
        if !self.report_path.is_empty() {
            len += 1;
        }
        if !self.report_format.is_empty() {
            len += 1;
        }
        if !self.environment.is_empty() {
            len += 1;
        }
        if !self.tool.is_empty() {
            len += 1;
        }
        if self.config.is_some() {
            len += 1;
        }
        if !self.script.is_empty() {
            len += 1;
        }
        if self.retries != 0 {
            len += 1;
        }
        if self.retry_backoff.is_some() {
            len += 1;
        }
        if self.when.is_some() {
            len += 1;
        }
        if !self.artifacts.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.pipeline.v1.Step", len)?;
        if !self.name.is_empty() {
            struct_ser.serialize_field("name", &self.name)?;
        }
        if self.kind != 0 {
            let v = StepKind::try_from(self.kind)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.kind)))?;
            struct_ser.serialize_field("kind", &v)?;
        }
        if !self.image.is_empty() {
            struct_ser.serialize_field("image", &self.image)?;
        }
        if !self.command.is_empty() {
            struct_ser.serialize_field("command", &self.command)?;
        }
        if !self.env.is_empty() {
            struct_ser.serialize_field("env", &self.env)?;
        }
        if let Some(v) = self.timeout.as_ref() {
            struct_ser.serialize_field("timeout", v)?;
        }
        if self.allow_failure {
            struct_ser.serialize_field("allowFailure", &self.allow_failure)?;
        }
        if !self.report_path.is_empty() {
            struct_ser.serialize_field("reportPath", &self.report_path)?;
        }
        if !self.report_format.is_empty() {
            struct_ser.serialize_field("reportFormat", &self.report_format)?;
        }
        if !self.environment.is_empty() {
            struct_ser.serialize_field("environment", &self.environment)?;
        }
        if !self.tool.is_empty() {
            struct_ser.serialize_field("tool", &self.tool)?;
        }
        if let Some(v) = self.config.as_ref() {
            struct_ser.serialize_field("config", v)?;
        }
        if !self.script.is_empty() {
            struct_ser.serialize_field("script", &self.script)?;
        }
        if self.retries != 0 {
            struct_ser.serialize_field("retries", &self.retries)?;
        }
        if let Some(v) = self.retry_backoff.as_ref() {
            struct_ser.serialize_field("retryBackoff", v)?;
        }
        if let Some(v) = self.when.as_ref() {
            struct_ser.serialize_field("when", v)?;
        }
        if !self.artifacts.is_empty() {
            struct_ser.serialize_field("artifacts", &self.artifacts)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for Step {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "name",
            "kind",
            "image",
            "command",
            "env",
            "timeout",
            "allow_failure",
            "allowFailure",
            "report_path",
            "reportPath",
            "report_format",
            "reportFormat",
            "environment",
            "tool",
            "config",
            "script",
            "retries",
            "retry_backoff",
            "retryBackoff",
            "when",
            "artifacts",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Name,
            Kind,
            Image,
            Command,
            Env,
            Timeout,
            AllowFailure,
            ReportPath,
            ReportFormat,
            Environment,
            Tool,
            Config,
            Script,
            Retries,
            RetryBackoff,
            When,
            Artifacts,
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
                            "kind" => Ok(GeneratedField::Kind),
                            "image" => Ok(GeneratedField::Image),
                            "command" => Ok(GeneratedField::Command),
                            "env" => Ok(GeneratedField::Env),
                            "timeout" => Ok(GeneratedField::Timeout),
                            "allowFailure" | "allow_failure" => Ok(GeneratedField::AllowFailure),
                            "reportPath" | "report_path" => Ok(GeneratedField::ReportPath),
                            "reportFormat" | "report_format" => Ok(GeneratedField::ReportFormat),
                            "environment" => Ok(GeneratedField::Environment),
                            "tool" => Ok(GeneratedField::Tool),
                            "config" => Ok(GeneratedField::Config),
                            "script" => Ok(GeneratedField::Script),
                            "retries" => Ok(GeneratedField::Retries),
                            "retryBackoff" | "retry_backoff" => Ok(GeneratedField::RetryBackoff),
                            "when" => Ok(GeneratedField::When),
                            "artifacts" => Ok(GeneratedField::Artifacts),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = Step;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.pipeline.v1.Step")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<Step, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut name__ = None;
                let mut kind__ = None;
                let mut image__ = None;
                let mut command__ = None;
                let mut env__ = None;
                let mut timeout__ = None;
                let mut allow_failure__ = None;
                let mut report_path__ = None;
                let mut report_format__ = None;
                let mut environment__ = None;
                let mut tool__ = None;
                let mut config__ = None;
                let mut script__ = None;
                let mut retries__ = None;
                let mut retry_backoff__ = None;
                let mut when__ = None;
                let mut artifacts__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Name => {
                            if name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("name"));
                            }
                            name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Kind => {
                            if kind__.is_some() {
                                return Err(serde::de::Error::duplicate_field("kind"));
                            }
                            kind__ = Some(map_.next_value::<StepKind>()? as i32);
                        }
                        GeneratedField::Image => {
                            if image__.is_some() {
                                return Err(serde::de::Error::duplicate_field("image"));
                            }
                            image__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Command => {
                            if command__.is_some() {
                                return Err(serde::de::Error::duplicate_field("command"));
                            }
                            command__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Env => {
                            if env__.is_some() {
                                return Err(serde::de::Error::duplicate_field("env"));
                            }
                            env__ = Some(
                                map_.next_value::<std::collections::HashMap<_, _>>()?
                            );
                        }
                        GeneratedField::Timeout => {
                            if timeout__.is_some() {
                                return Err(serde::de::Error::duplicate_field("timeout"));
                            }
                            timeout__ = map_.next_value()?;
                        }
                        GeneratedField::AllowFailure => {
                            if allow_failure__.is_some() {
                                return Err(serde::de::Error::duplicate_field("allowFailure"));
                            }
                            allow_failure__ = Some(map_.next_value()?);
                        }
                        GeneratedField::ReportPath => {
                            if report_path__.is_some() {
                                return Err(serde::de::Error::duplicate_field("reportPath"));
                            }
                            report_path__ = Some(map_.next_value()?);
                        }
                        GeneratedField::ReportFormat => {
                            if report_format__.is_some() {
                                return Err(serde::de::Error::duplicate_field("reportFormat"));
                            }
                            report_format__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Environment => {
                            if environment__.is_some() {
                                return Err(serde::de::Error::duplicate_field("environment"));
                            }
                            environment__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Tool => {
                            if tool__.is_some() {
                                return Err(serde::de::Error::duplicate_field("tool"));
                            }
                            tool__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Config => {
                            if config__.is_some() {
                                return Err(serde::de::Error::duplicate_field("config"));
                            }
                            config__ = map_.next_value()?;
                        }
                        GeneratedField::Script => {
                            if script__.is_some() {
                                return Err(serde::de::Error::duplicate_field("script"));
                            }
                            script__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Retries => {
                            if retries__.is_some() {
                                return Err(serde::de::Error::duplicate_field("retries"));
                            }
                            retries__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::RetryBackoff => {
                            if retry_backoff__.is_some() {
                                return Err(serde::de::Error::duplicate_field("retryBackoff"));
                            }
                            retry_backoff__ = map_.next_value()?;
                        }
                        GeneratedField::When => {
                            if when__.is_some() {
                                return Err(serde::de::Error::duplicate_field("when"));
                            }
                            when__ = map_.next_value()?;
                        }
                        GeneratedField::Artifacts => {
                            if artifacts__.is_some() {
                                return Err(serde::de::Error::duplicate_field("artifacts"));
                            }
                            artifacts__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(Step {
                    name: name__.unwrap_or_default(),
                    kind: kind__.unwrap_or_default(),
                    image: image__.unwrap_or_default(),
                    command: command__.unwrap_or_default(),
                    env: env__.unwrap_or_default(),
                    timeout: timeout__,
                    allow_failure: allow_failure__.unwrap_or_default(),
                    report_path: report_path__.unwrap_or_default(),
                    report_format: report_format__.unwrap_or_default(),
                    environment: environment__.unwrap_or_default(),
                    tool: tool__.unwrap_or_default(),
                    config: config__,
                    script: script__.unwrap_or_default(),
                    retries: retries__.unwrap_or_default(),
                    retry_backoff: retry_backoff__,
                    when: when__,
                    artifacts: artifacts__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.pipeline.v1.Step", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for StepKind {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "STEP_KIND_UNSPECIFIED",
            Self::Script => "STEP_KIND_SCRIPT",
            Self::Build => "STEP_KIND_BUILD",
            Self::Test => "STEP_KIND_TEST",
            Self::Scan => "STEP_KIND_SCAN",
            Self::Deploy => "STEP_KIND_DEPLOY",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for StepKind {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "STEP_KIND_UNSPECIFIED",
            "STEP_KIND_SCRIPT",
            "STEP_KIND_BUILD",
            "STEP_KIND_TEST",
            "STEP_KIND_SCAN",
            "STEP_KIND_DEPLOY",
        ];

        struct GeneratedVisitor;

        impl serde::de::Visitor<'_> for GeneratedVisitor {
            type Value = StepKind;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(formatter, "expected one of: {:?}", &FIELDS)
            }

            fn visit_i64<E>(self, v: i64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Signed(v), &self)
                    })
            }

            fn visit_u64<E>(self, v: u64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Unsigned(v), &self)
                    })
            }

            fn visit_str<E>(self, value: &str) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                match value {
                    "STEP_KIND_UNSPECIFIED" => Ok(StepKind::Unspecified),
                    "STEP_KIND_SCRIPT" => Ok(StepKind::Script),
                    "STEP_KIND_BUILD" => Ok(StepKind::Build),
                    "STEP_KIND_TEST" => Ok(StepKind::Test),
                    "STEP_KIND_SCAN" => Ok(StepKind::Scan),
                    "STEP_KIND_DEPLOY" => Ok(StepKind::Deploy),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for StepRun {
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
        if self.status != 0 {
            len += 1;
        }
        if self.exit_code != 0 {
            len += 1;
        }
        if self.start_time.is_some() {
            len += 1;
        }
        if self.end_time.is_some() {
            len += 1;
        }
        if !self.scan_id.is_empty() {
            len += 1;
        }
        if !self.test_execution_id.is_empty() {
            len += 1;
        }
        if !self.failure_reason.is_empty() {
            len += 1;
        }
        if self.attempts != 0 {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.pipeline.v1.StepRun", len)?;
        if !self.name.is_empty() {
            struct_ser.serialize_field("name", &self.name)?;
        }
        if self.status != 0 {
            let v = ExecutionStatus::try_from(self.status)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.status)))?;
            struct_ser.serialize_field("status", &v)?;
        }
        if self.exit_code != 0 {
            struct_ser.serialize_field("exitCode", &self.exit_code)?;
        }
        if let Some(v) = self.start_time.as_ref() {
            struct_ser.serialize_field("startTime", v)?;
        }
        if let Some(v) = self.end_time.as_ref() {
            struct_ser.serialize_field("endTime", v)?;
        }
        if !self.scan_id.is_empty() {
            struct_ser.serialize_field("scanId", &self.scan_id)?;
        }
        if !self.test_execution_id.is_empty() {
            struct_ser.serialize_field("testExecutionId", &self.test_execution_id)?;
        }
        if !self.failure_reason.is_empty() {
            struct_ser.serialize_field("failureReason", &self.failure_reason)?;
        }
        if self.attempts != 0 {
            struct_ser.serialize_field("attempts", &self.attempts)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for StepRun {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "name",
            "status",
            "exit_code",
            "exitCode",
            "start_time",
            "startTime",
            "end_time",
            "endTime",
            "scan_id",
            "scanId",
            "test_execution_id",
            "testExecutionId",
            "failure_reason",
            "failureReason",
            "attempts",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Name,
            Status,
            ExitCode,
            StartTime,
            EndTime,
            ScanId,
            TestExecutionId,
            FailureReason,
            Attempts,
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
                            "exitCode" | "exit_code" => Ok(GeneratedField::ExitCode),
                            "startTime" | "start_time" => Ok(GeneratedField::StartTime),
                            "endTime" | "end_time" => Ok(GeneratedField::EndTime),
                            "scanId" | "scan_id" => Ok(GeneratedField::ScanId),
                            "testExecutionId" | "test_execution_id" => Ok(GeneratedField::TestExecutionId),
                            "failureReason" | "failure_reason" => Ok(GeneratedField::FailureReason),
                            "attempts" => Ok(GeneratedField::Attempts),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = StepRun;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.pipeline.v1.StepRun")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<StepRun, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut name__ = None;
                let mut status__ = None;
                let mut exit_code__ = None;
                let mut start_time__ = None;
                let mut end_time__ = None;
                let mut scan_id__ = None;
                let mut test_execution_id__ = None;
                let mut failure_reason__ = None;
                let mut attempts__ = None;
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
                            status__ = Some(map_.next_value::<ExecutionStatus>()? as i32);
                        }
                        GeneratedField::ExitCode => {
                            if exit_code__.is_some() {
                                return Err(serde::de::Error::duplicate_field("exitCode"));
                            }
                            exit_code__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::StartTime => {
                            if start_time__.is_some() {
                                return Err(serde::de::Error::duplicate_field("startTime"));
                            }
                            start_time__ = map_.next_value()?;
                        }
                        GeneratedField::EndTime => {
                            if end_time__.is_some() {
                                return Err(serde::de::Error::duplicate_field("endTime"));
                            }
                            end_time__ = map_.next_value()?;
                        }
                        GeneratedField::ScanId => {
                            if scan_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("scanId"));
                            }
                            scan_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::TestExecutionId => {
                            if test_execution_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("testExecutionId"));
                            }
                            test_execution_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::FailureReason => {
                            if failure_reason__.is_some() {
                                return Err(serde::de::Error::duplicate_field("failureReason"));
                            }
                            failure_reason__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Attempts => {
                            if attempts__.is_some() {
                                return Err(serde::de::Error::duplicate_field("attempts"));
                            }
                            attempts__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                    }
                }
                Ok(StepRun {
                    name: name__.unwrap_or_default(),
                    status: status__.unwrap_or_default(),
                    exit_code: exit_code__.unwrap_or_default(),
                    start_time: start_time__,
                    end_time: end_time__,
                    scan_id: scan_id__.unwrap_or_default(),
                    test_execution_id: test_execution_id__.unwrap_or_default(),
                    failure_reason: failure_reason__.unwrap_or_default(),
                    attempts: attempts__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.pipeline.v1.StepRun", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for StepStatusChange {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.stage.is_empty() {
            len += 1;
        }
        if self.step.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.pipeline.v1.StepStatusChange", len)?;
        if !self.stage.is_empty() {
            struct_ser.serialize_field("stage", &self.stage)?;
        }
        if let Some(v) = self.step.as_ref() {
            struct_ser.serialize_field("step", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for StepStatusChange {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "stage",
            "step",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Stage,
            Step,
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
                            "stage" => Ok(GeneratedField::Stage),
                            "step" => Ok(GeneratedField::Step),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = StepStatusChange;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.pipeline.v1.StepStatusChange")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<StepStatusChange, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut stage__ = None;
                let mut step__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
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
                            step__ = map_.next_value()?;
                        }
                    }
                }
                Ok(StepStatusChange {
                    stage: stage__.unwrap_or_default(),
                    step: step__,
                })
            }
        }
        deserializer.deserialize_struct("secureflow.pipeline.v1.StepStatusChange", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for Trigger {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.r#type != 0 {
            len += 1;
        }
        if !self.branches.is_empty() {
            len += 1;
        }
        if !self.schedule.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.pipeline.v1.Trigger", len)?;
        if self.r#type != 0 {
            let v = TriggerType::try_from(self.r#type)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.r#type)))?;
            struct_ser.serialize_field("type", &v)?;
        }
        if !self.branches.is_empty() {
            struct_ser.serialize_field("branches", &self.branches)?;
        }
        if !self.schedule.is_empty() {
            struct_ser.serialize_field("schedule", &self.schedule)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for Trigger {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "type",
            "branches",
            "schedule",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Type,
            Branches,
            Schedule,
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
                            "type" => Ok(GeneratedField::Type),
                            "branches" => Ok(GeneratedField::Branches),
                            "schedule" => Ok(GeneratedField::Schedule),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = Trigger;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.pipeline.v1.Trigger")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<Trigger, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut r#type__ = None;
                let mut branches__ = None;
                let mut schedule__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Type => {
                            if r#type__.is_some() {
                                return Err(serde::de::Error::duplicate_field("type"));
                            }
                            r#type__ = Some(map_.next_value::<TriggerType>()? as i32);
                        }
                        GeneratedField::Branches => {
                            if branches__.is_some() {
                                return Err(serde::de::Error::duplicate_field("branches"));
                            }
                            branches__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Schedule => {
                            if schedule__.is_some() {
                                return Err(serde::de::Error::duplicate_field("schedule"));
                            }
                            schedule__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(Trigger {
                    r#type: r#type__.unwrap_or_default(),
                    branches: branches__.unwrap_or_default(),
                    schedule: schedule__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.pipeline.v1.Trigger", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for TriggerType {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "TRIGGER_TYPE_UNSPECIFIED",
            Self::Manual => "TRIGGER_TYPE_MANUAL",
            Self::Push => "TRIGGER_TYPE_PUSH",
            Self::PullRequest => "TRIGGER_TYPE_PULL_REQUEST",
            Self::Schedule => "TRIGGER_TYPE_SCHEDULE",
            Self::Workflow => "TRIGGER_TYPE_WORKFLOW",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for TriggerType {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "TRIGGER_TYPE_UNSPECIFIED",
            "TRIGGER_TYPE_MANUAL",
            "TRIGGER_TYPE_PUSH",
            "TRIGGER_TYPE_PULL_REQUEST",
            "TRIGGER_TYPE_SCHEDULE",
            "TRIGGER_TYPE_WORKFLOW",
        ];

        struct GeneratedVisitor;

        impl serde::de::Visitor<'_> for GeneratedVisitor {
            type Value = TriggerType;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(formatter, "expected one of: {:?}", &FIELDS)
            }

            fn visit_i64<E>(self, v: i64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Signed(v), &self)
                    })
            }

            fn visit_u64<E>(self, v: u64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Unsigned(v), &self)
                    })
            }

            fn visit_str<E>(self, value: &str) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                match value {
                    "TRIGGER_TYPE_UNSPECIFIED" => Ok(TriggerType::Unspecified),
                    "TRIGGER_TYPE_MANUAL" => Ok(TriggerType::Manual),
                    "TRIGGER_TYPE_PUSH" => Ok(TriggerType::Push),
                    "TRIGGER_TYPE_PULL_REQUEST" => Ok(TriggerType::PullRequest),
                    "TRIGGER_TYPE_SCHEDULE" => Ok(TriggerType::Schedule),
                    "TRIGGER_TYPE_WORKFLOW" => Ok(TriggerType::Workflow),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for UpdatePipelineRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.pipeline.is_some() {
            len += 1;
        }
        if self.update_mask.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.pipeline.v1.UpdatePipelineRequest", len)?;
        if let Some(v) = self.pipeline.as_ref() {
            struct_ser.serialize_field("pipeline", v)?;
        }
        if let Some(v) = self.update_mask.as_ref() {
            struct_ser.serialize_field("updateMask", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for UpdatePipelineRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "pipeline",
            "update_mask",
            "updateMask",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Pipeline,
            UpdateMask,
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
                            "pipeline" => Ok(GeneratedField::Pipeline),
                            "updateMask" | "update_mask" => Ok(GeneratedField::UpdateMask),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = UpdatePipelineRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.pipeline.v1.UpdatePipelineRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<UpdatePipelineRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut pipeline__ = None;
                let mut update_mask__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Pipeline => {
                            if pipeline__.is_some() {
                                return Err(serde::de::Error::duplicate_field("pipeline"));
                            }
                            pipeline__ = map_.next_value()?;
                        }
                        GeneratedField::UpdateMask => {
                            if update_mask__.is_some() {
                                return Err(serde::de::Error::duplicate_field("updateMask"));
                            }
                            update_mask__ = map_.next_value()?;
                        }
                    }
                }
                Ok(UpdatePipelineRequest {
                    pipeline: pipeline__,
                    update_mask: update_mask__,
                })
            }
        }
        deserializer.deserialize_struct("secureflow.pipeline.v1.UpdatePipelineRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for UpdatePipelineResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.pipeline.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.pipeline.v1.UpdatePipelineResponse", len)?;
        if let Some(v) = self.pipeline.as_ref() {
            struct_ser.serialize_field("pipeline", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for UpdatePipelineResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "pipeline",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Pipeline,
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
                            "pipeline" => Ok(GeneratedField::Pipeline),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = UpdatePipelineResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.pipeline.v1.UpdatePipelineResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<UpdatePipelineResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut pipeline__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Pipeline => {
                            if pipeline__.is_some() {
                                return Err(serde::de::Error::duplicate_field("pipeline"));
                            }
                            pipeline__ = map_.next_value()?;
                        }
                    }
                }
                Ok(UpdatePipelineResponse {
                    pipeline: pipeline__,
                })
            }
        }
        deserializer.deserialize_struct("secureflow.pipeline.v1.UpdatePipelineResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for WatchExecutionRequest {
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
        if self.after_log_line != 0 {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.pipeline.v1.WatchExecutionRequest", len)?;
        if !self.pipeline_id.is_empty() {
            struct_ser.serialize_field("pipelineId", &self.pipeline_id)?;
        }
        if !self.execution_id.is_empty() {
            struct_ser.serialize_field("executionId", &self.execution_id)?;
        }
        if self.after_log_line != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("afterLogLine", ToString::to_string(&self.after_log_line).as_str())?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for WatchExecutionRequest {
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
            "after_log_line",
            "afterLogLine",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            PipelineId,
            ExecutionId,
            AfterLogLine,
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
                            "afterLogLine" | "after_log_line" => Ok(GeneratedField::AfterLogLine),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = WatchExecutionRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.pipeline.v1.WatchExecutionRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<WatchExecutionRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut pipeline_id__ = None;
                let mut execution_id__ = None;
                let mut after_log_line__ = None;
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
                        GeneratedField::AfterLogLine => {
                            if after_log_line__.is_some() {
                                return Err(serde::de::Error::duplicate_field("afterLogLine"));
                            }
                            after_log_line__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                    }
                }
                Ok(WatchExecutionRequest {
                    pipeline_id: pipeline_id__.unwrap_or_default(),
                    execution_id: execution_id__.unwrap_or_default(),
                    after_log_line: after_log_line__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.pipeline.v1.WatchExecutionRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for WatchExecutionResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.update.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.pipeline.v1.WatchExecutionResponse", len)?;
        if let Some(v) = self.update.as_ref() {
            match v {
                watch_execution_response::Update::Snapshot(v) => {
                    struct_ser.serialize_field("snapshot", v)?;
                }
                watch_execution_response::Update::Stage(v) => {
                    struct_ser.serialize_field("stage", v)?;
                }
                watch_execution_response::Update::Step(v) => {
                    struct_ser.serialize_field("step", v)?;
                }
                watch_execution_response::Update::LogLine(v) => {
                    struct_ser.serialize_field("logLine", v)?;
                }
            }
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for WatchExecutionResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "snapshot",
            "stage",
            "step",
            "log_line",
            "logLine",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Snapshot,
            Stage,
            Step,
            LogLine,
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
                            "snapshot" => Ok(GeneratedField::Snapshot),
                            "stage" => Ok(GeneratedField::Stage),
                            "step" => Ok(GeneratedField::Step),
                            "logLine" | "log_line" => Ok(GeneratedField::LogLine),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = WatchExecutionResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.pipeline.v1.WatchExecutionResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<WatchExecutionResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut update__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Snapshot => {
                            if update__.is_some() {
                                return Err(serde::de::Error::duplicate_field("snapshot"));
                            }
                            update__ = map_.next_value::<::std::option::Option<_>>()?.map(watch_execution_response::Update::Snapshot)
;
                        }
                        GeneratedField::Stage => {
                            if update__.is_some() {
                                return Err(serde::de::Error::duplicate_field("stage"));
                            }
                            update__ = map_.next_value::<::std::option::Option<_>>()?.map(watch_execution_response::Update::Stage)
;
                        }
                        GeneratedField::Step => {
                            if update__.is_some() {
                                return Err(serde::de::Error::duplicate_field("step"));
                            }
                            update__ = map_.next_value::<::std::option::Option<_>>()?.map(watch_execution_response::Update::Step)
;
                        }
                        GeneratedField::LogLine => {
                            if update__.is_some() {
                                return Err(serde::de::Error::duplicate_field("logLine"));
                            }
                            update__ = map_.next_value::<::std::option::Option<_>>()?.map(watch_execution_response::Update::LogLine)
;
                        }
                    }
                }
                Ok(WatchExecutionResponse {
                    update: update__,
                })
            }
        }
        deserializer.deserialize_struct("secureflow.pipeline.v1.WatchExecutionResponse", FIELDS, GeneratedVisitor)
    }
}
