impl serde::Serialize for AnalyticsReport {
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
        if !self.kind.is_empty() {
            len += 1;
        }
        if !self.subject_id.is_empty() {
            len += 1;
        }
        if self.period.is_some() {
            len += 1;
        }
        if !self.format.is_empty() {
            len += 1;
        }
        if self.status != 0 {
            len += 1;
        }
        if !self.content.is_empty() {
            len += 1;
        }
        if !self.content_type.is_empty() {
            len += 1;
        }
        if self.create_time.is_some() {
            len += 1;
        }
        if self.complete_time.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.analytics.v1.AnalyticsReport", len)?;
        if !self.id.is_empty() {
            struct_ser.serialize_field("id", &self.id)?;
        }
        if !self.organization_id.is_empty() {
            struct_ser.serialize_field("organizationId", &self.organization_id)?;
        }
        if !self.kind.is_empty() {
            struct_ser.serialize_field("kind", &self.kind)?;
        }
        if !self.subject_id.is_empty() {
            struct_ser.serialize_field("subjectId", &self.subject_id)?;
        }
        if let Some(v) = self.period.as_ref() {
            struct_ser.serialize_field("period", v)?;
        }
        if !self.format.is_empty() {
            struct_ser.serialize_field("format", &self.format)?;
        }
        if self.status != 0 {
            let v = AnalyticsReportStatus::try_from(self.status)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.status)))?;
            struct_ser.serialize_field("status", &v)?;
        }
        if !self.content.is_empty() {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("content", pbjson::private::base64::encode(&self.content).as_str())?;
        }
        if !self.content_type.is_empty() {
            struct_ser.serialize_field("contentType", &self.content_type)?;
        }
        if let Some(v) = self.create_time.as_ref() {
            struct_ser.serialize_field("createTime", v)?;
        }
        if let Some(v) = self.complete_time.as_ref() {
            struct_ser.serialize_field("completeTime", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for AnalyticsReport {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "id",
            "organization_id",
            "organizationId",
            "kind",
            "subject_id",
            "subjectId",
            "period",
            "format",
            "status",
            "content",
            "content_type",
            "contentType",
            "create_time",
            "createTime",
            "complete_time",
            "completeTime",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Id,
            OrganizationId,
            Kind,
            SubjectId,
            Period,
            Format,
            Status,
            Content,
            ContentType,
            CreateTime,
            CompleteTime,
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
                            "kind" => Ok(GeneratedField::Kind),
                            "subjectId" | "subject_id" => Ok(GeneratedField::SubjectId),
                            "period" => Ok(GeneratedField::Period),
                            "format" => Ok(GeneratedField::Format),
                            "status" => Ok(GeneratedField::Status),
                            "content" => Ok(GeneratedField::Content),
                            "contentType" | "content_type" => Ok(GeneratedField::ContentType),
                            "createTime" | "create_time" => Ok(GeneratedField::CreateTime),
                            "completeTime" | "complete_time" => Ok(GeneratedField::CompleteTime),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = AnalyticsReport;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.analytics.v1.AnalyticsReport")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<AnalyticsReport, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut id__ = None;
                let mut organization_id__ = None;
                let mut kind__ = None;
                let mut subject_id__ = None;
                let mut period__ = None;
                let mut format__ = None;
                let mut status__ = None;
                let mut content__ = None;
                let mut content_type__ = None;
                let mut create_time__ = None;
                let mut complete_time__ = None;
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
                        GeneratedField::Kind => {
                            if kind__.is_some() {
                                return Err(serde::de::Error::duplicate_field("kind"));
                            }
                            kind__ = Some(map_.next_value()?);
                        }
                        GeneratedField::SubjectId => {
                            if subject_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("subjectId"));
                            }
                            subject_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Period => {
                            if period__.is_some() {
                                return Err(serde::de::Error::duplicate_field("period"));
                            }
                            period__ = map_.next_value()?;
                        }
                        GeneratedField::Format => {
                            if format__.is_some() {
                                return Err(serde::de::Error::duplicate_field("format"));
                            }
                            format__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Status => {
                            if status__.is_some() {
                                return Err(serde::de::Error::duplicate_field("status"));
                            }
                            status__ = Some(map_.next_value::<AnalyticsReportStatus>()? as i32);
                        }
                        GeneratedField::Content => {
                            if content__.is_some() {
                                return Err(serde::de::Error::duplicate_field("content"));
                            }
                            content__ = 
                                Some(map_.next_value::<::pbjson::private::BytesDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::ContentType => {
                            if content_type__.is_some() {
                                return Err(serde::de::Error::duplicate_field("contentType"));
                            }
                            content_type__ = Some(map_.next_value()?);
                        }
                        GeneratedField::CreateTime => {
                            if create_time__.is_some() {
                                return Err(serde::de::Error::duplicate_field("createTime"));
                            }
                            create_time__ = map_.next_value()?;
                        }
                        GeneratedField::CompleteTime => {
                            if complete_time__.is_some() {
                                return Err(serde::de::Error::duplicate_field("completeTime"));
                            }
                            complete_time__ = map_.next_value()?;
                        }
                    }
                }
                Ok(AnalyticsReport {
                    id: id__.unwrap_or_default(),
                    organization_id: organization_id__.unwrap_or_default(),
                    kind: kind__.unwrap_or_default(),
                    subject_id: subject_id__.unwrap_or_default(),
                    period: period__,
                    format: format__.unwrap_or_default(),
                    status: status__.unwrap_or_default(),
                    content: content__.unwrap_or_default(),
                    content_type: content_type__.unwrap_or_default(),
                    create_time: create_time__,
                    complete_time: complete_time__,
                })
            }
        }
        deserializer.deserialize_struct("secureflow.analytics.v1.AnalyticsReport", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for AnalyticsReportStatus {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "ANALYTICS_REPORT_STATUS_UNSPECIFIED",
            Self::Pending => "ANALYTICS_REPORT_STATUS_PENDING",
            Self::Ready => "ANALYTICS_REPORT_STATUS_READY",
            Self::Failed => "ANALYTICS_REPORT_STATUS_FAILED",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for AnalyticsReportStatus {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "ANALYTICS_REPORT_STATUS_UNSPECIFIED",
            "ANALYTICS_REPORT_STATUS_PENDING",
            "ANALYTICS_REPORT_STATUS_READY",
            "ANALYTICS_REPORT_STATUS_FAILED",
        ];

        struct GeneratedVisitor;

        impl serde::de::Visitor<'_> for GeneratedVisitor {
            type Value = AnalyticsReportStatus;

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
                    "ANALYTICS_REPORT_STATUS_UNSPECIFIED" => Ok(AnalyticsReportStatus::Unspecified),
                    "ANALYTICS_REPORT_STATUS_PENDING" => Ok(AnalyticsReportStatus::Pending),
                    "ANALYTICS_REPORT_STATUS_READY" => Ok(AnalyticsReportStatus::Ready),
                    "ANALYTICS_REPORT_STATUS_FAILED" => Ok(AnalyticsReportStatus::Failed),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for ConfigurationWarning {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.key.is_empty() {
            len += 1;
        }
        if !self.message.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.analytics.v1.ConfigurationWarning", len)?;
        if !self.key.is_empty() {
            struct_ser.serialize_field("key", &self.key)?;
        }
        if !self.message.is_empty() {
            struct_ser.serialize_field("message", &self.message)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ConfigurationWarning {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "key",
            "message",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Key,
            Message,
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
                            "key" => Ok(GeneratedField::Key),
                            "message" => Ok(GeneratedField::Message),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ConfigurationWarning;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.analytics.v1.ConfigurationWarning")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ConfigurationWarning, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut key__ = None;
                let mut message__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Key => {
                            if key__.is_some() {
                                return Err(serde::de::Error::duplicate_field("key"));
                            }
                            key__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Message => {
                            if message__.is_some() {
                                return Err(serde::de::Error::duplicate_field("message"));
                            }
                            message__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(ConfigurationWarning {
                    key: key__.unwrap_or_default(),
                    message: message__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.analytics.v1.ConfigurationWarning", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for CreateAnalyticsReportRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.report.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.analytics.v1.CreateAnalyticsReportRequest", len)?;
        if let Some(v) = self.report.as_ref() {
            struct_ser.serialize_field("report", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for CreateAnalyticsReportRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "report",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Report,
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
                            "report" => Ok(GeneratedField::Report),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = CreateAnalyticsReportRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.analytics.v1.CreateAnalyticsReportRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<CreateAnalyticsReportRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut report__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Report => {
                            if report__.is_some() {
                                return Err(serde::de::Error::duplicate_field("report"));
                            }
                            report__ = map_.next_value()?;
                        }
                    }
                }
                Ok(CreateAnalyticsReportRequest {
                    report: report__,
                })
            }
        }
        deserializer.deserialize_struct("secureflow.analytics.v1.CreateAnalyticsReportRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for CreateAnalyticsReportResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.report.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.analytics.v1.CreateAnalyticsReportResponse", len)?;
        if let Some(v) = self.report.as_ref() {
            struct_ser.serialize_field("report", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for CreateAnalyticsReportResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "report",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Report,
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
                            "report" => Ok(GeneratedField::Report),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = CreateAnalyticsReportResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.analytics.v1.CreateAnalyticsReportResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<CreateAnalyticsReportResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut report__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Report => {
                            if report__.is_some() {
                                return Err(serde::de::Error::duplicate_field("report"));
                            }
                            report__ = map_.next_value()?;
                        }
                    }
                }
                Ok(CreateAnalyticsReportResponse {
                    report: report__,
                })
            }
        }
        deserializer.deserialize_struct("secureflow.analytics.v1.CreateAnalyticsReportResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for DeveloperMetrics {
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
        if self.period.is_some() {
            len += 1;
        }
        if self.commits != 0 {
            len += 1;
        }
        if self.lines_added != 0 {
            len += 1;
        }
        if self.lines_deleted != 0 {
            len += 1;
        }
        if self.pull_requests_opened != 0 {
            len += 1;
        }
        if self.pull_requests_merged != 0 {
            len += 1;
        }
        if self.reviews_given != 0 {
            len += 1;
        }
        if self.review_turnaround_hours != 0. {
            len += 1;
        }
        if self.pull_request_cycle_time_hours != 0. {
            len += 1;
        }
        if self.first_pass_approval_rate != 0. {
            len += 1;
        }
        if self.vulnerabilities_introduced != 0 {
            len += 1;
        }
        if self.vulnerabilities_fixed != 0 {
            len += 1;
        }
        if self.build_failure_rate != 0. {
            len += 1;
        }
        if self.test_coverage_percent != 0. {
            len += 1;
        }
        if self.active_days != 0 {
            len += 1;
        }
        if self.code_quality_score != 0. {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.analytics.v1.DeveloperMetrics", len)?;
        if !self.user_id.is_empty() {
            struct_ser.serialize_field("userId", &self.user_id)?;
        }
        if let Some(v) = self.period.as_ref() {
            struct_ser.serialize_field("period", v)?;
        }
        if self.commits != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("commits", ToString::to_string(&self.commits).as_str())?;
        }
        if self.lines_added != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("linesAdded", ToString::to_string(&self.lines_added).as_str())?;
        }
        if self.lines_deleted != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("linesDeleted", ToString::to_string(&self.lines_deleted).as_str())?;
        }
        if self.pull_requests_opened != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("pullRequestsOpened", ToString::to_string(&self.pull_requests_opened).as_str())?;
        }
        if self.pull_requests_merged != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("pullRequestsMerged", ToString::to_string(&self.pull_requests_merged).as_str())?;
        }
        if self.reviews_given != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("reviewsGiven", ToString::to_string(&self.reviews_given).as_str())?;
        }
        if self.review_turnaround_hours != 0. {
            struct_ser.serialize_field("reviewTurnaroundHours", &self.review_turnaround_hours)?;
        }
        if self.pull_request_cycle_time_hours != 0. {
            struct_ser.serialize_field("pullRequestCycleTimeHours", &self.pull_request_cycle_time_hours)?;
        }
        if self.first_pass_approval_rate != 0. {
            struct_ser.serialize_field("firstPassApprovalRate", &self.first_pass_approval_rate)?;
        }
        if self.vulnerabilities_introduced != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("vulnerabilitiesIntroduced", ToString::to_string(&self.vulnerabilities_introduced).as_str())?;
        }
        if self.vulnerabilities_fixed != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("vulnerabilitiesFixed", ToString::to_string(&self.vulnerabilities_fixed).as_str())?;
        }
        if self.build_failure_rate != 0. {
            struct_ser.serialize_field("buildFailureRate", &self.build_failure_rate)?;
        }
        if self.test_coverage_percent != 0. {
            struct_ser.serialize_field("testCoveragePercent", &self.test_coverage_percent)?;
        }
        if self.active_days != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("activeDays", ToString::to_string(&self.active_days).as_str())?;
        }
        if self.code_quality_score != 0. {
            struct_ser.serialize_field("codeQualityScore", &self.code_quality_score)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for DeveloperMetrics {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "user_id",
            "userId",
            "period",
            "commits",
            "lines_added",
            "linesAdded",
            "lines_deleted",
            "linesDeleted",
            "pull_requests_opened",
            "pullRequestsOpened",
            "pull_requests_merged",
            "pullRequestsMerged",
            "reviews_given",
            "reviewsGiven",
            "review_turnaround_hours",
            "reviewTurnaroundHours",
            "pull_request_cycle_time_hours",
            "pullRequestCycleTimeHours",
            "first_pass_approval_rate",
            "firstPassApprovalRate",
            "vulnerabilities_introduced",
            "vulnerabilitiesIntroduced",
            "vulnerabilities_fixed",
            "vulnerabilitiesFixed",
            "build_failure_rate",
            "buildFailureRate",
            "test_coverage_percent",
            "testCoveragePercent",
            "active_days",
            "activeDays",
            "code_quality_score",
            "codeQualityScore",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            UserId,
            Period,
            Commits,
            LinesAdded,
            LinesDeleted,
            PullRequestsOpened,
            PullRequestsMerged,
            ReviewsGiven,
            ReviewTurnaroundHours,
            PullRequestCycleTimeHours,
            FirstPassApprovalRate,
            VulnerabilitiesIntroduced,
            VulnerabilitiesFixed,
            BuildFailureRate,
            TestCoveragePercent,
            ActiveDays,
            CodeQualityScore,
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
                            "period" => Ok(GeneratedField::Period),
                            "commits" => Ok(GeneratedField::Commits),
                            "linesAdded" | "lines_added" => Ok(GeneratedField::LinesAdded),
                            "linesDeleted" | "lines_deleted" => Ok(GeneratedField::LinesDeleted),
                            "pullRequestsOpened" | "pull_requests_opened" => Ok(GeneratedField::PullRequestsOpened),
                            "pullRequestsMerged" | "pull_requests_merged" => Ok(GeneratedField::PullRequestsMerged),
                            "reviewsGiven" | "reviews_given" => Ok(GeneratedField::ReviewsGiven),
                            "reviewTurnaroundHours" | "review_turnaround_hours" => Ok(GeneratedField::ReviewTurnaroundHours),
                            "pullRequestCycleTimeHours" | "pull_request_cycle_time_hours" => Ok(GeneratedField::PullRequestCycleTimeHours),
                            "firstPassApprovalRate" | "first_pass_approval_rate" => Ok(GeneratedField::FirstPassApprovalRate),
                            "vulnerabilitiesIntroduced" | "vulnerabilities_introduced" => Ok(GeneratedField::VulnerabilitiesIntroduced),
                            "vulnerabilitiesFixed" | "vulnerabilities_fixed" => Ok(GeneratedField::VulnerabilitiesFixed),
                            "buildFailureRate" | "build_failure_rate" => Ok(GeneratedField::BuildFailureRate),
                            "testCoveragePercent" | "test_coverage_percent" => Ok(GeneratedField::TestCoveragePercent),
                            "activeDays" | "active_days" => Ok(GeneratedField::ActiveDays),
                            "codeQualityScore" | "code_quality_score" => Ok(GeneratedField::CodeQualityScore),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = DeveloperMetrics;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.analytics.v1.DeveloperMetrics")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<DeveloperMetrics, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut user_id__ = None;
                let mut period__ = None;
                let mut commits__ = None;
                let mut lines_added__ = None;
                let mut lines_deleted__ = None;
                let mut pull_requests_opened__ = None;
                let mut pull_requests_merged__ = None;
                let mut reviews_given__ = None;
                let mut review_turnaround_hours__ = None;
                let mut pull_request_cycle_time_hours__ = None;
                let mut first_pass_approval_rate__ = None;
                let mut vulnerabilities_introduced__ = None;
                let mut vulnerabilities_fixed__ = None;
                let mut build_failure_rate__ = None;
                let mut test_coverage_percent__ = None;
                let mut active_days__ = None;
                let mut code_quality_score__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::UserId => {
                            if user_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("userId"));
                            }
                            user_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Period => {
                            if period__.is_some() {
                                return Err(serde::de::Error::duplicate_field("period"));
                            }
                            period__ = map_.next_value()?;
                        }
                        GeneratedField::Commits => {
                            if commits__.is_some() {
                                return Err(serde::de::Error::duplicate_field("commits"));
                            }
                            commits__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::LinesAdded => {
                            if lines_added__.is_some() {
                                return Err(serde::de::Error::duplicate_field("linesAdded"));
                            }
                            lines_added__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::LinesDeleted => {
                            if lines_deleted__.is_some() {
                                return Err(serde::de::Error::duplicate_field("linesDeleted"));
                            }
                            lines_deleted__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::PullRequestsOpened => {
                            if pull_requests_opened__.is_some() {
                                return Err(serde::de::Error::duplicate_field("pullRequestsOpened"));
                            }
                            pull_requests_opened__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::PullRequestsMerged => {
                            if pull_requests_merged__.is_some() {
                                return Err(serde::de::Error::duplicate_field("pullRequestsMerged"));
                            }
                            pull_requests_merged__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::ReviewsGiven => {
                            if reviews_given__.is_some() {
                                return Err(serde::de::Error::duplicate_field("reviewsGiven"));
                            }
                            reviews_given__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::ReviewTurnaroundHours => {
                            if review_turnaround_hours__.is_some() {
                                return Err(serde::de::Error::duplicate_field("reviewTurnaroundHours"));
                            }
                            review_turnaround_hours__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::PullRequestCycleTimeHours => {
                            if pull_request_cycle_time_hours__.is_some() {
                                return Err(serde::de::Error::duplicate_field("pullRequestCycleTimeHours"));
                            }
                            pull_request_cycle_time_hours__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::FirstPassApprovalRate => {
                            if first_pass_approval_rate__.is_some() {
                                return Err(serde::de::Error::duplicate_field("firstPassApprovalRate"));
                            }
                            first_pass_approval_rate__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::VulnerabilitiesIntroduced => {
                            if vulnerabilities_introduced__.is_some() {
                                return Err(serde::de::Error::duplicate_field("vulnerabilitiesIntroduced"));
                            }
                            vulnerabilities_introduced__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::VulnerabilitiesFixed => {
                            if vulnerabilities_fixed__.is_some() {
                                return Err(serde::de::Error::duplicate_field("vulnerabilitiesFixed"));
                            }
                            vulnerabilities_fixed__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::BuildFailureRate => {
                            if build_failure_rate__.is_some() {
                                return Err(serde::de::Error::duplicate_field("buildFailureRate"));
                            }
                            build_failure_rate__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::TestCoveragePercent => {
                            if test_coverage_percent__.is_some() {
                                return Err(serde::de::Error::duplicate_field("testCoveragePercent"));
                            }
                            test_coverage_percent__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::ActiveDays => {
                            if active_days__.is_some() {
                                return Err(serde::de::Error::duplicate_field("activeDays"));
                            }
                            active_days__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::CodeQualityScore => {
                            if code_quality_score__.is_some() {
                                return Err(serde::de::Error::duplicate_field("codeQualityScore"));
                            }
                            code_quality_score__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                    }
                }
                Ok(DeveloperMetrics {
                    user_id: user_id__.unwrap_or_default(),
                    period: period__,
                    commits: commits__.unwrap_or_default(),
                    lines_added: lines_added__.unwrap_or_default(),
                    lines_deleted: lines_deleted__.unwrap_or_default(),
                    pull_requests_opened: pull_requests_opened__.unwrap_or_default(),
                    pull_requests_merged: pull_requests_merged__.unwrap_or_default(),
                    reviews_given: reviews_given__.unwrap_or_default(),
                    review_turnaround_hours: review_turnaround_hours__.unwrap_or_default(),
                    pull_request_cycle_time_hours: pull_request_cycle_time_hours__.unwrap_or_default(),
                    first_pass_approval_rate: first_pass_approval_rate__.unwrap_or_default(),
                    vulnerabilities_introduced: vulnerabilities_introduced__.unwrap_or_default(),
                    vulnerabilities_fixed: vulnerabilities_fixed__.unwrap_or_default(),
                    build_failure_rate: build_failure_rate__.unwrap_or_default(),
                    test_coverage_percent: test_coverage_percent__.unwrap_or_default(),
                    active_days: active_days__.unwrap_or_default(),
                    code_quality_score: code_quality_score__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.analytics.v1.DeveloperMetrics", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetAnalyticsReportRequest {
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
        let mut struct_ser = serializer.serialize_struct("secureflow.analytics.v1.GetAnalyticsReportRequest", len)?;
        if !self.id.is_empty() {
            struct_ser.serialize_field("id", &self.id)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetAnalyticsReportRequest {
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
            type Value = GetAnalyticsReportRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.analytics.v1.GetAnalyticsReportRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetAnalyticsReportRequest, V::Error>
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
                Ok(GetAnalyticsReportRequest {
                    id: id__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.analytics.v1.GetAnalyticsReportRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetAnalyticsReportResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.report.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.analytics.v1.GetAnalyticsReportResponse", len)?;
        if let Some(v) = self.report.as_ref() {
            struct_ser.serialize_field("report", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetAnalyticsReportResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "report",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Report,
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
                            "report" => Ok(GeneratedField::Report),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetAnalyticsReportResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.analytics.v1.GetAnalyticsReportResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetAnalyticsReportResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut report__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Report => {
                            if report__.is_some() {
                                return Err(serde::de::Error::duplicate_field("report"));
                            }
                            report__ = map_.next_value()?;
                        }
                    }
                }
                Ok(GetAnalyticsReportResponse {
                    report: report__,
                })
            }
        }
        deserializer.deserialize_struct("secureflow.analytics.v1.GetAnalyticsReportResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetDeveloperMetricsRequest {
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
        if self.start_time.is_some() {
            len += 1;
        }
        if self.end_time.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.analytics.v1.GetDeveloperMetricsRequest", len)?;
        if !self.user_id.is_empty() {
            struct_ser.serialize_field("userId", &self.user_id)?;
        }
        if let Some(v) = self.start_time.as_ref() {
            struct_ser.serialize_field("startTime", v)?;
        }
        if let Some(v) = self.end_time.as_ref() {
            struct_ser.serialize_field("endTime", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetDeveloperMetricsRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "user_id",
            "userId",
            "start_time",
            "startTime",
            "end_time",
            "endTime",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            UserId,
            StartTime,
            EndTime,
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
                            "startTime" | "start_time" => Ok(GeneratedField::StartTime),
                            "endTime" | "end_time" => Ok(GeneratedField::EndTime),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetDeveloperMetricsRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.analytics.v1.GetDeveloperMetricsRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetDeveloperMetricsRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut user_id__ = None;
                let mut start_time__ = None;
                let mut end_time__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::UserId => {
                            if user_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("userId"));
                            }
                            user_id__ = Some(map_.next_value()?);
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
                    }
                }
                Ok(GetDeveloperMetricsRequest {
                    user_id: user_id__.unwrap_or_default(),
                    start_time: start_time__,
                    end_time: end_time__,
                })
            }
        }
        deserializer.deserialize_struct("secureflow.analytics.v1.GetDeveloperMetricsRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetDeveloperMetricsResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.metrics.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.analytics.v1.GetDeveloperMetricsResponse", len)?;
        if let Some(v) = self.metrics.as_ref() {
            struct_ser.serialize_field("metrics", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetDeveloperMetricsResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "metrics",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Metrics,
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
                            "metrics" => Ok(GeneratedField::Metrics),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetDeveloperMetricsResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.analytics.v1.GetDeveloperMetricsResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetDeveloperMetricsResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut metrics__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Metrics => {
                            if metrics__.is_some() {
                                return Err(serde::de::Error::duplicate_field("metrics"));
                            }
                            metrics__ = map_.next_value()?;
                        }
                    }
                }
                Ok(GetDeveloperMetricsResponse {
                    metrics: metrics__,
                })
            }
        }
        deserializer.deserialize_struct("secureflow.analytics.v1.GetDeveloperMetricsResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetMetricSeriesRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.metric.is_empty() {
            len += 1;
        }
        if !self.subject_type.is_empty() {
            len += 1;
        }
        if !self.subject_id.is_empty() {
            len += 1;
        }
        if self.start_time.is_some() {
            len += 1;
        }
        if self.end_time.is_some() {
            len += 1;
        }
        if !self.interval.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.analytics.v1.GetMetricSeriesRequest", len)?;
        if !self.metric.is_empty() {
            struct_ser.serialize_field("metric", &self.metric)?;
        }
        if !self.subject_type.is_empty() {
            struct_ser.serialize_field("subjectType", &self.subject_type)?;
        }
        if !self.subject_id.is_empty() {
            struct_ser.serialize_field("subjectId", &self.subject_id)?;
        }
        if let Some(v) = self.start_time.as_ref() {
            struct_ser.serialize_field("startTime", v)?;
        }
        if let Some(v) = self.end_time.as_ref() {
            struct_ser.serialize_field("endTime", v)?;
        }
        if !self.interval.is_empty() {
            struct_ser.serialize_field("interval", &self.interval)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetMetricSeriesRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "metric",
            "subject_type",
            "subjectType",
            "subject_id",
            "subjectId",
            "start_time",
            "startTime",
            "end_time",
            "endTime",
            "interval",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Metric,
            SubjectType,
            SubjectId,
            StartTime,
            EndTime,
            Interval,
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
                            "metric" => Ok(GeneratedField::Metric),
                            "subjectType" | "subject_type" => Ok(GeneratedField::SubjectType),
                            "subjectId" | "subject_id" => Ok(GeneratedField::SubjectId),
                            "startTime" | "start_time" => Ok(GeneratedField::StartTime),
                            "endTime" | "end_time" => Ok(GeneratedField::EndTime),
                            "interval" => Ok(GeneratedField::Interval),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetMetricSeriesRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.analytics.v1.GetMetricSeriesRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetMetricSeriesRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut metric__ = None;
                let mut subject_type__ = None;
                let mut subject_id__ = None;
                let mut start_time__ = None;
                let mut end_time__ = None;
                let mut interval__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Metric => {
                            if metric__.is_some() {
                                return Err(serde::de::Error::duplicate_field("metric"));
                            }
                            metric__ = Some(map_.next_value()?);
                        }
                        GeneratedField::SubjectType => {
                            if subject_type__.is_some() {
                                return Err(serde::de::Error::duplicate_field("subjectType"));
                            }
                            subject_type__ = Some(map_.next_value()?);
                        }
                        GeneratedField::SubjectId => {
                            if subject_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("subjectId"));
                            }
                            subject_id__ = Some(map_.next_value()?);
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
                        GeneratedField::Interval => {
                            if interval__.is_some() {
                                return Err(serde::de::Error::duplicate_field("interval"));
                            }
                            interval__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(GetMetricSeriesRequest {
                    metric: metric__.unwrap_or_default(),
                    subject_type: subject_type__.unwrap_or_default(),
                    subject_id: subject_id__.unwrap_or_default(),
                    start_time: start_time__,
                    end_time: end_time__,
                    interval: interval__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.analytics.v1.GetMetricSeriesRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetMetricSeriesResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.points.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.analytics.v1.GetMetricSeriesResponse", len)?;
        if !self.points.is_empty() {
            struct_ser.serialize_field("points", &self.points)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetMetricSeriesResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "points",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Points,
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
                            "points" => Ok(GeneratedField::Points),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetMetricSeriesResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.analytics.v1.GetMetricSeriesResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetMetricSeriesResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut points__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Points => {
                            if points__.is_some() {
                                return Err(serde::de::Error::duplicate_field("points"));
                            }
                            points__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(GetMetricSeriesResponse {
                    points: points__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.analytics.v1.GetMetricSeriesResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetRepositoryMetricsRequest {
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
        if self.start_time.is_some() {
            len += 1;
        }
        if self.end_time.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.analytics.v1.GetRepositoryMetricsRequest", len)?;
        if !self.repository_id.is_empty() {
            struct_ser.serialize_field("repositoryId", &self.repository_id)?;
        }
        if let Some(v) = self.start_time.as_ref() {
            struct_ser.serialize_field("startTime", v)?;
        }
        if let Some(v) = self.end_time.as_ref() {
            struct_ser.serialize_field("endTime", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetRepositoryMetricsRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "repository_id",
            "repositoryId",
            "start_time",
            "startTime",
            "end_time",
            "endTime",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            RepositoryId,
            StartTime,
            EndTime,
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
                            "startTime" | "start_time" => Ok(GeneratedField::StartTime),
                            "endTime" | "end_time" => Ok(GeneratedField::EndTime),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetRepositoryMetricsRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.analytics.v1.GetRepositoryMetricsRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetRepositoryMetricsRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut repository_id__ = None;
                let mut start_time__ = None;
                let mut end_time__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::RepositoryId => {
                            if repository_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("repositoryId"));
                            }
                            repository_id__ = Some(map_.next_value()?);
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
                    }
                }
                Ok(GetRepositoryMetricsRequest {
                    repository_id: repository_id__.unwrap_or_default(),
                    start_time: start_time__,
                    end_time: end_time__,
                })
            }
        }
        deserializer.deserialize_struct("secureflow.analytics.v1.GetRepositoryMetricsRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetRepositoryMetricsResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.metrics.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.analytics.v1.GetRepositoryMetricsResponse", len)?;
        if let Some(v) = self.metrics.as_ref() {
            struct_ser.serialize_field("metrics", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetRepositoryMetricsResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "metrics",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Metrics,
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
                            "metrics" => Ok(GeneratedField::Metrics),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetRepositoryMetricsResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.analytics.v1.GetRepositoryMetricsResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetRepositoryMetricsResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut metrics__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Metrics => {
                            if metrics__.is_some() {
                                return Err(serde::de::Error::duplicate_field("metrics"));
                            }
                            metrics__ = map_.next_value()?;
                        }
                    }
                }
                Ok(GetRepositoryMetricsResponse {
                    metrics: metrics__,
                })
            }
        }
        deserializer.deserialize_struct("secureflow.analytics.v1.GetRepositoryMetricsResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetSystemStatusRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let len = 0;
        let struct_ser = serializer.serialize_struct("secureflow.analytics.v1.GetSystemStatusRequest", len)?;
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetSystemStatusRequest {
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
            type Value = GetSystemStatusRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.analytics.v1.GetSystemStatusRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetSystemStatusRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                while map_.next_key::<GeneratedField>()?.is_some() {
                    let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                }
                Ok(GetSystemStatusRequest {
                })
            }
        }
        deserializer.deserialize_struct("secureflow.analytics.v1.GetSystemStatusRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetSystemStatusResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.version.is_empty() {
            len += 1;
        }
        if self.start_time.is_some() {
            len += 1;
        }
        if !self.database.is_empty() {
            len += 1;
        }
        if !self.services.is_empty() {
            len += 1;
        }
        if !self.warnings.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.analytics.v1.GetSystemStatusResponse", len)?;
        if !self.version.is_empty() {
            struct_ser.serialize_field("version", &self.version)?;
        }
        if let Some(v) = self.start_time.as_ref() {
            struct_ser.serialize_field("startTime", v)?;
        }
        if !self.database.is_empty() {
            struct_ser.serialize_field("database", &self.database)?;
        }
        if !self.services.is_empty() {
            struct_ser.serialize_field("services", &self.services)?;
        }
        if !self.warnings.is_empty() {
            struct_ser.serialize_field("warnings", &self.warnings)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetSystemStatusResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "version",
            "start_time",
            "startTime",
            "database",
            "services",
            "warnings",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Version,
            StartTime,
            Database,
            Services,
            Warnings,
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
                            "version" => Ok(GeneratedField::Version),
                            "startTime" | "start_time" => Ok(GeneratedField::StartTime),
                            "database" => Ok(GeneratedField::Database),
                            "services" => Ok(GeneratedField::Services),
                            "warnings" => Ok(GeneratedField::Warnings),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetSystemStatusResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.analytics.v1.GetSystemStatusResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetSystemStatusResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut version__ = None;
                let mut start_time__ = None;
                let mut database__ = None;
                let mut services__ = None;
                let mut warnings__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Version => {
                            if version__.is_some() {
                                return Err(serde::de::Error::duplicate_field("version"));
                            }
                            version__ = Some(map_.next_value()?);
                        }
                        GeneratedField::StartTime => {
                            if start_time__.is_some() {
                                return Err(serde::de::Error::duplicate_field("startTime"));
                            }
                            start_time__ = map_.next_value()?;
                        }
                        GeneratedField::Database => {
                            if database__.is_some() {
                                return Err(serde::de::Error::duplicate_field("database"));
                            }
                            database__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Services => {
                            if services__.is_some() {
                                return Err(serde::de::Error::duplicate_field("services"));
                            }
                            services__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Warnings => {
                            if warnings__.is_some() {
                                return Err(serde::de::Error::duplicate_field("warnings"));
                            }
                            warnings__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(GetSystemStatusResponse {
                    version: version__.unwrap_or_default(),
                    start_time: start_time__,
                    database: database__.unwrap_or_default(),
                    services: services__.unwrap_or_default(),
                    warnings: warnings__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.analytics.v1.GetSystemStatusResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetTeamMetricsRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.team_id.is_empty() {
            len += 1;
        }
        if self.start_time.is_some() {
            len += 1;
        }
        if self.end_time.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.analytics.v1.GetTeamMetricsRequest", len)?;
        if !self.team_id.is_empty() {
            struct_ser.serialize_field("teamId", &self.team_id)?;
        }
        if let Some(v) = self.start_time.as_ref() {
            struct_ser.serialize_field("startTime", v)?;
        }
        if let Some(v) = self.end_time.as_ref() {
            struct_ser.serialize_field("endTime", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetTeamMetricsRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "team_id",
            "teamId",
            "start_time",
            "startTime",
            "end_time",
            "endTime",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            TeamId,
            StartTime,
            EndTime,
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
                            "teamId" | "team_id" => Ok(GeneratedField::TeamId),
                            "startTime" | "start_time" => Ok(GeneratedField::StartTime),
                            "endTime" | "end_time" => Ok(GeneratedField::EndTime),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetTeamMetricsRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.analytics.v1.GetTeamMetricsRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetTeamMetricsRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut team_id__ = None;
                let mut start_time__ = None;
                let mut end_time__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::TeamId => {
                            if team_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("teamId"));
                            }
                            team_id__ = Some(map_.next_value()?);
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
                    }
                }
                Ok(GetTeamMetricsRequest {
                    team_id: team_id__.unwrap_or_default(),
                    start_time: start_time__,
                    end_time: end_time__,
                })
            }
        }
        deserializer.deserialize_struct("secureflow.analytics.v1.GetTeamMetricsRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetTeamMetricsResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.metrics.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.analytics.v1.GetTeamMetricsResponse", len)?;
        if let Some(v) = self.metrics.as_ref() {
            struct_ser.serialize_field("metrics", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetTeamMetricsResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "metrics",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Metrics,
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
                            "metrics" => Ok(GeneratedField::Metrics),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetTeamMetricsResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.analytics.v1.GetTeamMetricsResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetTeamMetricsResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut metrics__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Metrics => {
                            if metrics__.is_some() {
                                return Err(serde::de::Error::duplicate_field("metrics"));
                            }
                            metrics__ = map_.next_value()?;
                        }
                    }
                }
                Ok(GetTeamMetricsResponse {
                    metrics: metrics__,
                })
            }
        }
        deserializer.deserialize_struct("secureflow.analytics.v1.GetTeamMetricsResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for Period {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.start_time.is_some() {
            len += 1;
        }
        if self.end_time.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.analytics.v1.Period", len)?;
        if let Some(v) = self.start_time.as_ref() {
            struct_ser.serialize_field("startTime", v)?;
        }
        if let Some(v) = self.end_time.as_ref() {
            struct_ser.serialize_field("endTime", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for Period {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "start_time",
            "startTime",
            "end_time",
            "endTime",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            StartTime,
            EndTime,
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
                            "startTime" | "start_time" => Ok(GeneratedField::StartTime),
                            "endTime" | "end_time" => Ok(GeneratedField::EndTime),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = Period;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.analytics.v1.Period")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<Period, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut start_time__ = None;
                let mut end_time__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
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
                    }
                }
                Ok(Period {
                    start_time: start_time__,
                    end_time: end_time__,
                })
            }
        }
        deserializer.deserialize_struct("secureflow.analytics.v1.Period", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for RepositoryMetrics {
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
        if self.period.is_some() {
            len += 1;
        }
        if self.commits != 0 {
            len += 1;
        }
        if self.contributors != 0 {
            len += 1;
        }
        if self.pull_requests_merged != 0 {
            len += 1;
        }
        if self.deployment_frequency_per_day != 0. {
            len += 1;
        }
        if self.lead_time_for_changes_hours != 0. {
            len += 1;
        }
        if self.change_failure_rate != 0. {
            len += 1;
        }
        if self.pipeline_success_rate != 0. {
            len += 1;
        }
        if self.pipeline_duration_seconds != 0. {
            len += 1;
        }
        if self.test_pass_rate != 0. {
            len += 1;
        }
        if self.test_coverage_percent != 0. {
            len += 1;
        }
        if !self.open_vulnerabilities_by_severity.is_empty() {
            len += 1;
        }
        if self.vulnerability_mttr_days != 0. {
            len += 1;
        }
        if self.security_posture_score != 0. {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.analytics.v1.RepositoryMetrics", len)?;
        if !self.repository_id.is_empty() {
            struct_ser.serialize_field("repositoryId", &self.repository_id)?;
        }
        if let Some(v) = self.period.as_ref() {
            struct_ser.serialize_field("period", v)?;
        }
        if self.commits != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("commits", ToString::to_string(&self.commits).as_str())?;
        }
        if self.contributors != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("contributors", ToString::to_string(&self.contributors).as_str())?;
        }
        if self.pull_requests_merged != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("pullRequestsMerged", ToString::to_string(&self.pull_requests_merged).as_str())?;
        }
        if self.deployment_frequency_per_day != 0. {
            struct_ser.serialize_field("deploymentFrequencyPerDay", &self.deployment_frequency_per_day)?;
        }
        if self.lead_time_for_changes_hours != 0. {
            struct_ser.serialize_field("leadTimeForChangesHours", &self.lead_time_for_changes_hours)?;
        }
        if self.change_failure_rate != 0. {
            struct_ser.serialize_field("changeFailureRate", &self.change_failure_rate)?;
        }
        if self.pipeline_success_rate != 0. {
            struct_ser.serialize_field("pipelineSuccessRate", &self.pipeline_success_rate)?;
        }
        if self.pipeline_duration_seconds != 0. {
            struct_ser.serialize_field("pipelineDurationSeconds", &self.pipeline_duration_seconds)?;
        }
        if self.test_pass_rate != 0. {
            struct_ser.serialize_field("testPassRate", &self.test_pass_rate)?;
        }
        if self.test_coverage_percent != 0. {
            struct_ser.serialize_field("testCoveragePercent", &self.test_coverage_percent)?;
        }
        if !self.open_vulnerabilities_by_severity.is_empty() {
            let v: std::collections::HashMap<_, _> = self.open_vulnerabilities_by_severity.iter()
                .map(|(k, v)| (k, v.to_string())).collect();
            struct_ser.serialize_field("openVulnerabilitiesBySeverity", &v)?;
        }
        if self.vulnerability_mttr_days != 0. {
            struct_ser.serialize_field("vulnerabilityMttrDays", &self.vulnerability_mttr_days)?;
        }
        if self.security_posture_score != 0. {
            struct_ser.serialize_field("securityPostureScore", &self.security_posture_score)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for RepositoryMetrics {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "repository_id",
            "repositoryId",
            "period",
            "commits",
            "contributors",
            "pull_requests_merged",
            "pullRequestsMerged",
            "deployment_frequency_per_day",
            "deploymentFrequencyPerDay",
            "lead_time_for_changes_hours",
            "leadTimeForChangesHours",
            "change_failure_rate",
            "changeFailureRate",
            "pipeline_success_rate",
            "pipelineSuccessRate",
            "pipeline_duration_seconds",
            "pipelineDurationSeconds",
            "test_pass_rate",
            "testPassRate",
            "test_coverage_percent",
            "testCoveragePercent",
            "open_vulnerabilities_by_severity",
            "openVulnerabilitiesBySeverity",
            "vulnerability_mttr_days",
            "vulnerabilityMttrDays",
            "security_posture_score",
            "securityPostureScore",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            RepositoryId,
            Period,
            Commits,
            Contributors,
            PullRequestsMerged,
            DeploymentFrequencyPerDay,
            LeadTimeForChangesHours,
            ChangeFailureRate,
            PipelineSuccessRate,
            PipelineDurationSeconds,
            TestPassRate,
            TestCoveragePercent,
            OpenVulnerabilitiesBySeverity,
            VulnerabilityMttrDays,
            SecurityPostureScore,
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
                            "period" => Ok(GeneratedField::Period),
                            "commits" => Ok(GeneratedField::Commits),
                            "contributors" => Ok(GeneratedField::Contributors),
                            "pullRequestsMerged" | "pull_requests_merged" => Ok(GeneratedField::PullRequestsMerged),
                            "deploymentFrequencyPerDay" | "deployment_frequency_per_day" => Ok(GeneratedField::DeploymentFrequencyPerDay),
                            "leadTimeForChangesHours" | "lead_time_for_changes_hours" => Ok(GeneratedField::LeadTimeForChangesHours),
                            "changeFailureRate" | "change_failure_rate" => Ok(GeneratedField::ChangeFailureRate),
                            "pipelineSuccessRate" | "pipeline_success_rate" => Ok(GeneratedField::PipelineSuccessRate),
                            "pipelineDurationSeconds" | "pipeline_duration_seconds" => Ok(GeneratedField::PipelineDurationSeconds),
                            "testPassRate" | "test_pass_rate" => Ok(GeneratedField::TestPassRate),
                            "testCoveragePercent" | "test_coverage_percent" => Ok(GeneratedField::TestCoveragePercent),
                            "openVulnerabilitiesBySeverity" | "open_vulnerabilities_by_severity" => Ok(GeneratedField::OpenVulnerabilitiesBySeverity),
                            "vulnerabilityMttrDays" | "vulnerability_mttr_days" => Ok(GeneratedField::VulnerabilityMttrDays),
                            "securityPostureScore" | "security_posture_score" => Ok(GeneratedField::SecurityPostureScore),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = RepositoryMetrics;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.analytics.v1.RepositoryMetrics")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<RepositoryMetrics, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut repository_id__ = None;
                let mut period__ = None;
                let mut commits__ = None;
                let mut contributors__ = None;
                let mut pull_requests_merged__ = None;
                let mut deployment_frequency_per_day__ = None;
                let mut lead_time_for_changes_hours__ = None;
                let mut change_failure_rate__ = None;
                let mut pipeline_success_rate__ = None;
                let mut pipeline_duration_seconds__ = None;
                let mut test_pass_rate__ = None;
                let mut test_coverage_percent__ = None;
                let mut open_vulnerabilities_by_severity__ = None;
                let mut vulnerability_mttr_days__ = None;
                let mut security_posture_score__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::RepositoryId => {
                            if repository_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("repositoryId"));
                            }
                            repository_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Period => {
                            if period__.is_some() {
                                return Err(serde::de::Error::duplicate_field("period"));
                            }
                            period__ = map_.next_value()?;
                        }
                        GeneratedField::Commits => {
                            if commits__.is_some() {
                                return Err(serde::de::Error::duplicate_field("commits"));
                            }
                            commits__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::Contributors => {
                            if contributors__.is_some() {
                                return Err(serde::de::Error::duplicate_field("contributors"));
                            }
                            contributors__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::PullRequestsMerged => {
                            if pull_requests_merged__.is_some() {
                                return Err(serde::de::Error::duplicate_field("pullRequestsMerged"));
                            }
                            pull_requests_merged__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::DeploymentFrequencyPerDay => {
                            if deployment_frequency_per_day__.is_some() {
                                return Err(serde::de::Error::duplicate_field("deploymentFrequencyPerDay"));
                            }
                            deployment_frequency_per_day__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::LeadTimeForChangesHours => {
                            if lead_time_for_changes_hours__.is_some() {
                                return Err(serde::de::Error::duplicate_field("leadTimeForChangesHours"));
                            }
                            lead_time_for_changes_hours__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::ChangeFailureRate => {
                            if change_failure_rate__.is_some() {
                                return Err(serde::de::Error::duplicate_field("changeFailureRate"));
                            }
                            change_failure_rate__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::PipelineSuccessRate => {
                            if pipeline_success_rate__.is_some() {
                                return Err(serde::de::Error::duplicate_field("pipelineSuccessRate"));
                            }
                            pipeline_success_rate__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::PipelineDurationSeconds => {
                            if pipeline_duration_seconds__.is_some() {
                                return Err(serde::de::Error::duplicate_field("pipelineDurationSeconds"));
                            }
                            pipeline_duration_seconds__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::TestPassRate => {
                            if test_pass_rate__.is_some() {
                                return Err(serde::de::Error::duplicate_field("testPassRate"));
                            }
                            test_pass_rate__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::TestCoveragePercent => {
                            if test_coverage_percent__.is_some() {
                                return Err(serde::de::Error::duplicate_field("testCoveragePercent"));
                            }
                            test_coverage_percent__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::OpenVulnerabilitiesBySeverity => {
                            if open_vulnerabilities_by_severity__.is_some() {
                                return Err(serde::de::Error::duplicate_field("openVulnerabilitiesBySeverity"));
                            }
                            open_vulnerabilities_by_severity__ = Some(
                                map_.next_value::<std::collections::HashMap<_, ::pbjson::private::NumberDeserialize<i64>>>()?
                                    .into_iter().map(|(k,v)| (k, v.0)).collect()
                            );
                        }
                        GeneratedField::VulnerabilityMttrDays => {
                            if vulnerability_mttr_days__.is_some() {
                                return Err(serde::de::Error::duplicate_field("vulnerabilityMttrDays"));
                            }
                            vulnerability_mttr_days__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::SecurityPostureScore => {
                            if security_posture_score__.is_some() {
                                return Err(serde::de::Error::duplicate_field("securityPostureScore"));
                            }
                            security_posture_score__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                    }
                }
                Ok(RepositoryMetrics {
                    repository_id: repository_id__.unwrap_or_default(),
                    period: period__,
                    commits: commits__.unwrap_or_default(),
                    contributors: contributors__.unwrap_or_default(),
                    pull_requests_merged: pull_requests_merged__.unwrap_or_default(),
                    deployment_frequency_per_day: deployment_frequency_per_day__.unwrap_or_default(),
                    lead_time_for_changes_hours: lead_time_for_changes_hours__.unwrap_or_default(),
                    change_failure_rate: change_failure_rate__.unwrap_or_default(),
                    pipeline_success_rate: pipeline_success_rate__.unwrap_or_default(),
                    pipeline_duration_seconds: pipeline_duration_seconds__.unwrap_or_default(),
                    test_pass_rate: test_pass_rate__.unwrap_or_default(),
                    test_coverage_percent: test_coverage_percent__.unwrap_or_default(),
                    open_vulnerabilities_by_severity: open_vulnerabilities_by_severity__.unwrap_or_default(),
                    vulnerability_mttr_days: vulnerability_mttr_days__.unwrap_or_default(),
                    security_posture_score: security_posture_score__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.analytics.v1.RepositoryMetrics", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ServiceStatus {
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
        if self.state != 0 {
            len += 1;
        }
        if !self.version.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.analytics.v1.ServiceStatus", len)?;
        if !self.name.is_empty() {
            struct_ser.serialize_field("name", &self.name)?;
        }
        if self.state != 0 {
            let v = ServingState::try_from(self.state)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.state)))?;
            struct_ser.serialize_field("state", &v)?;
        }
        if !self.version.is_empty() {
            struct_ser.serialize_field("version", &self.version)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ServiceStatus {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "name",
            "state",
            "version",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Name,
            State,
            Version,
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
                            "state" => Ok(GeneratedField::State),
                            "version" => Ok(GeneratedField::Version),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ServiceStatus;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.analytics.v1.ServiceStatus")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ServiceStatus, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut name__ = None;
                let mut state__ = None;
                let mut version__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Name => {
                            if name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("name"));
                            }
                            name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::State => {
                            if state__.is_some() {
                                return Err(serde::de::Error::duplicate_field("state"));
                            }
                            state__ = Some(map_.next_value::<ServingState>()? as i32);
                        }
                        GeneratedField::Version => {
                            if version__.is_some() {
                                return Err(serde::de::Error::duplicate_field("version"));
                            }
                            version__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(ServiceStatus {
                    name: name__.unwrap_or_default(),
                    state: state__.unwrap_or_default(),
                    version: version__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.analytics.v1.ServiceStatus", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ServingState {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "SERVING_STATE_UNSPECIFIED",
            Self::Serving => "SERVING_STATE_SERVING",
            Self::NotServing => "SERVING_STATE_NOT_SERVING",
            Self::OtherProcess => "SERVING_STATE_OTHER_PROCESS",
            Self::Absent => "SERVING_STATE_ABSENT",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for ServingState {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "SERVING_STATE_UNSPECIFIED",
            "SERVING_STATE_SERVING",
            "SERVING_STATE_NOT_SERVING",
            "SERVING_STATE_OTHER_PROCESS",
            "SERVING_STATE_ABSENT",
        ];

        struct GeneratedVisitor;

        impl serde::de::Visitor<'_> for GeneratedVisitor {
            type Value = ServingState;

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
                    "SERVING_STATE_UNSPECIFIED" => Ok(ServingState::Unspecified),
                    "SERVING_STATE_SERVING" => Ok(ServingState::Serving),
                    "SERVING_STATE_NOT_SERVING" => Ok(ServingState::NotServing),
                    "SERVING_STATE_OTHER_PROCESS" => Ok(ServingState::OtherProcess),
                    "SERVING_STATE_ABSENT" => Ok(ServingState::Absent),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for StreamEventsRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.event_types.is_empty() {
            len += 1;
        }
        if !self.after_event_id.is_empty() {
            len += 1;
        }
        if self.backlog != 0 {
            len += 1;
        }
        if self.omit_data {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.analytics.v1.StreamEventsRequest", len)?;
        if !self.event_types.is_empty() {
            struct_ser.serialize_field("eventTypes", &self.event_types)?;
        }
        if !self.after_event_id.is_empty() {
            struct_ser.serialize_field("afterEventId", &self.after_event_id)?;
        }
        if self.backlog != 0 {
            struct_ser.serialize_field("backlog", &self.backlog)?;
        }
        if self.omit_data {
            struct_ser.serialize_field("omitData", &self.omit_data)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for StreamEventsRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "event_types",
            "eventTypes",
            "after_event_id",
            "afterEventId",
            "backlog",
            "omit_data",
            "omitData",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            EventTypes,
            AfterEventId,
            Backlog,
            OmitData,
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
                            "eventTypes" | "event_types" => Ok(GeneratedField::EventTypes),
                            "afterEventId" | "after_event_id" => Ok(GeneratedField::AfterEventId),
                            "backlog" => Ok(GeneratedField::Backlog),
                            "omitData" | "omit_data" => Ok(GeneratedField::OmitData),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = StreamEventsRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.analytics.v1.StreamEventsRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<StreamEventsRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut event_types__ = None;
                let mut after_event_id__ = None;
                let mut backlog__ = None;
                let mut omit_data__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::EventTypes => {
                            if event_types__.is_some() {
                                return Err(serde::de::Error::duplicate_field("eventTypes"));
                            }
                            event_types__ = Some(map_.next_value()?);
                        }
                        GeneratedField::AfterEventId => {
                            if after_event_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("afterEventId"));
                            }
                            after_event_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Backlog => {
                            if backlog__.is_some() {
                                return Err(serde::de::Error::duplicate_field("backlog"));
                            }
                            backlog__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::OmitData => {
                            if omit_data__.is_some() {
                                return Err(serde::de::Error::duplicate_field("omitData"));
                            }
                            omit_data__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(StreamEventsRequest {
                    event_types: event_types__.unwrap_or_default(),
                    after_event_id: after_event_id__.unwrap_or_default(),
                    backlog: backlog__.unwrap_or_default(),
                    omit_data: omit_data__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.analytics.v1.StreamEventsRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for StreamEventsResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.event.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.analytics.v1.StreamEventsResponse", len)?;
        if let Some(v) = self.event.as_ref() {
            struct_ser.serialize_field("event", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for StreamEventsResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "event",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Event,
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
                            "event" => Ok(GeneratedField::Event),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = StreamEventsResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.analytics.v1.StreamEventsResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<StreamEventsResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut event__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Event => {
                            if event__.is_some() {
                                return Err(serde::de::Error::duplicate_field("event"));
                            }
                            event__ = map_.next_value()?;
                        }
                    }
                }
                Ok(StreamEventsResponse {
                    event: event__,
                })
            }
        }
        deserializer.deserialize_struct("secureflow.analytics.v1.StreamEventsResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for TeamMetrics {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.team_id.is_empty() {
            len += 1;
        }
        if self.period.is_some() {
            len += 1;
        }
        if self.member_count != 0 {
            len += 1;
        }
        if self.deployment_frequency_per_day != 0. {
            len += 1;
        }
        if self.lead_time_for_changes_hours != 0. {
            len += 1;
        }
        if self.change_failure_rate != 0. {
            len += 1;
        }
        if self.mean_time_to_restore_hours != 0. {
            len += 1;
        }
        if !self.dora_level.is_empty() {
            len += 1;
        }
        if self.commits != 0 {
            len += 1;
        }
        if self.pull_requests_merged != 0 {
            len += 1;
        }
        if self.pull_request_cycle_time_hours != 0. {
            len += 1;
        }
        if self.review_turnaround_hours != 0. {
            len += 1;
        }
        if self.pipeline_success_rate != 0. {
            len += 1;
        }
        if self.test_pass_rate != 0. {
            len += 1;
        }
        if self.test_coverage_percent != 0. {
            len += 1;
        }
        if self.open_vulnerabilities != 0 {
            len += 1;
        }
        if self.open_critical_high_vulnerabilities != 0 {
            len += 1;
        }
        if self.vulnerability_mttr_days != 0. {
            len += 1;
        }
        if self.sla_breaches != 0 {
            len += 1;
        }
        if self.security_posture_score != 0. {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.analytics.v1.TeamMetrics", len)?;
        if !self.team_id.is_empty() {
            struct_ser.serialize_field("teamId", &self.team_id)?;
        }
        if let Some(v) = self.period.as_ref() {
            struct_ser.serialize_field("period", v)?;
        }
        if self.member_count != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("memberCount", ToString::to_string(&self.member_count).as_str())?;
        }
        if self.deployment_frequency_per_day != 0. {
            struct_ser.serialize_field("deploymentFrequencyPerDay", &self.deployment_frequency_per_day)?;
        }
        if self.lead_time_for_changes_hours != 0. {
            struct_ser.serialize_field("leadTimeForChangesHours", &self.lead_time_for_changes_hours)?;
        }
        if self.change_failure_rate != 0. {
            struct_ser.serialize_field("changeFailureRate", &self.change_failure_rate)?;
        }
        if self.mean_time_to_restore_hours != 0. {
            struct_ser.serialize_field("meanTimeToRestoreHours", &self.mean_time_to_restore_hours)?;
        }
        if !self.dora_level.is_empty() {
            struct_ser.serialize_field("doraLevel", &self.dora_level)?;
        }
        if self.commits != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("commits", ToString::to_string(&self.commits).as_str())?;
        }
        if self.pull_requests_merged != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("pullRequestsMerged", ToString::to_string(&self.pull_requests_merged).as_str())?;
        }
        if self.pull_request_cycle_time_hours != 0. {
            struct_ser.serialize_field("pullRequestCycleTimeHours", &self.pull_request_cycle_time_hours)?;
        }
        if self.review_turnaround_hours != 0. {
            struct_ser.serialize_field("reviewTurnaroundHours", &self.review_turnaround_hours)?;
        }
        if self.pipeline_success_rate != 0. {
            struct_ser.serialize_field("pipelineSuccessRate", &self.pipeline_success_rate)?;
        }
        if self.test_pass_rate != 0. {
            struct_ser.serialize_field("testPassRate", &self.test_pass_rate)?;
        }
        if self.test_coverage_percent != 0. {
            struct_ser.serialize_field("testCoveragePercent", &self.test_coverage_percent)?;
        }
        if self.open_vulnerabilities != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("openVulnerabilities", ToString::to_string(&self.open_vulnerabilities).as_str())?;
        }
        if self.open_critical_high_vulnerabilities != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("openCriticalHighVulnerabilities", ToString::to_string(&self.open_critical_high_vulnerabilities).as_str())?;
        }
        if self.vulnerability_mttr_days != 0. {
            struct_ser.serialize_field("vulnerabilityMttrDays", &self.vulnerability_mttr_days)?;
        }
        if self.sla_breaches != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("slaBreaches", ToString::to_string(&self.sla_breaches).as_str())?;
        }
        if self.security_posture_score != 0. {
            struct_ser.serialize_field("securityPostureScore", &self.security_posture_score)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for TeamMetrics {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "team_id",
            "teamId",
            "period",
            "member_count",
            "memberCount",
            "deployment_frequency_per_day",
            "deploymentFrequencyPerDay",
            "lead_time_for_changes_hours",
            "leadTimeForChangesHours",
            "change_failure_rate",
            "changeFailureRate",
            "mean_time_to_restore_hours",
            "meanTimeToRestoreHours",
            "dora_level",
            "doraLevel",
            "commits",
            "pull_requests_merged",
            "pullRequestsMerged",
            "pull_request_cycle_time_hours",
            "pullRequestCycleTimeHours",
            "review_turnaround_hours",
            "reviewTurnaroundHours",
            "pipeline_success_rate",
            "pipelineSuccessRate",
            "test_pass_rate",
            "testPassRate",
            "test_coverage_percent",
            "testCoveragePercent",
            "open_vulnerabilities",
            "openVulnerabilities",
            "open_critical_high_vulnerabilities",
            "openCriticalHighVulnerabilities",
            "vulnerability_mttr_days",
            "vulnerabilityMttrDays",
            "sla_breaches",
            "slaBreaches",
            "security_posture_score",
            "securityPostureScore",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            TeamId,
            Period,
            MemberCount,
            DeploymentFrequencyPerDay,
            LeadTimeForChangesHours,
            ChangeFailureRate,
            MeanTimeToRestoreHours,
            DoraLevel,
            Commits,
            PullRequestsMerged,
            PullRequestCycleTimeHours,
            ReviewTurnaroundHours,
            PipelineSuccessRate,
            TestPassRate,
            TestCoveragePercent,
            OpenVulnerabilities,
            OpenCriticalHighVulnerabilities,
            VulnerabilityMttrDays,
            SlaBreaches,
            SecurityPostureScore,
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
                            "teamId" | "team_id" => Ok(GeneratedField::TeamId),
                            "period" => Ok(GeneratedField::Period),
                            "memberCount" | "member_count" => Ok(GeneratedField::MemberCount),
                            "deploymentFrequencyPerDay" | "deployment_frequency_per_day" => Ok(GeneratedField::DeploymentFrequencyPerDay),
                            "leadTimeForChangesHours" | "lead_time_for_changes_hours" => Ok(GeneratedField::LeadTimeForChangesHours),
                            "changeFailureRate" | "change_failure_rate" => Ok(GeneratedField::ChangeFailureRate),
                            "meanTimeToRestoreHours" | "mean_time_to_restore_hours" => Ok(GeneratedField::MeanTimeToRestoreHours),
                            "doraLevel" | "dora_level" => Ok(GeneratedField::DoraLevel),
                            "commits" => Ok(GeneratedField::Commits),
                            "pullRequestsMerged" | "pull_requests_merged" => Ok(GeneratedField::PullRequestsMerged),
                            "pullRequestCycleTimeHours" | "pull_request_cycle_time_hours" => Ok(GeneratedField::PullRequestCycleTimeHours),
                            "reviewTurnaroundHours" | "review_turnaround_hours" => Ok(GeneratedField::ReviewTurnaroundHours),
                            "pipelineSuccessRate" | "pipeline_success_rate" => Ok(GeneratedField::PipelineSuccessRate),
                            "testPassRate" | "test_pass_rate" => Ok(GeneratedField::TestPassRate),
                            "testCoveragePercent" | "test_coverage_percent" => Ok(GeneratedField::TestCoveragePercent),
                            "openVulnerabilities" | "open_vulnerabilities" => Ok(GeneratedField::OpenVulnerabilities),
                            "openCriticalHighVulnerabilities" | "open_critical_high_vulnerabilities" => Ok(GeneratedField::OpenCriticalHighVulnerabilities),
                            "vulnerabilityMttrDays" | "vulnerability_mttr_days" => Ok(GeneratedField::VulnerabilityMttrDays),
                            "slaBreaches" | "sla_breaches" => Ok(GeneratedField::SlaBreaches),
                            "securityPostureScore" | "security_posture_score" => Ok(GeneratedField::SecurityPostureScore),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = TeamMetrics;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.analytics.v1.TeamMetrics")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<TeamMetrics, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut team_id__ = None;
                let mut period__ = None;
                let mut member_count__ = None;
                let mut deployment_frequency_per_day__ = None;
                let mut lead_time_for_changes_hours__ = None;
                let mut change_failure_rate__ = None;
                let mut mean_time_to_restore_hours__ = None;
                let mut dora_level__ = None;
                let mut commits__ = None;
                let mut pull_requests_merged__ = None;
                let mut pull_request_cycle_time_hours__ = None;
                let mut review_turnaround_hours__ = None;
                let mut pipeline_success_rate__ = None;
                let mut test_pass_rate__ = None;
                let mut test_coverage_percent__ = None;
                let mut open_vulnerabilities__ = None;
                let mut open_critical_high_vulnerabilities__ = None;
                let mut vulnerability_mttr_days__ = None;
                let mut sla_breaches__ = None;
                let mut security_posture_score__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::TeamId => {
                            if team_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("teamId"));
                            }
                            team_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Period => {
                            if period__.is_some() {
                                return Err(serde::de::Error::duplicate_field("period"));
                            }
                            period__ = map_.next_value()?;
                        }
                        GeneratedField::MemberCount => {
                            if member_count__.is_some() {
                                return Err(serde::de::Error::duplicate_field("memberCount"));
                            }
                            member_count__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::DeploymentFrequencyPerDay => {
                            if deployment_frequency_per_day__.is_some() {
                                return Err(serde::de::Error::duplicate_field("deploymentFrequencyPerDay"));
                            }
                            deployment_frequency_per_day__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::LeadTimeForChangesHours => {
                            if lead_time_for_changes_hours__.is_some() {
                                return Err(serde::de::Error::duplicate_field("leadTimeForChangesHours"));
                            }
                            lead_time_for_changes_hours__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::ChangeFailureRate => {
                            if change_failure_rate__.is_some() {
                                return Err(serde::de::Error::duplicate_field("changeFailureRate"));
                            }
                            change_failure_rate__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::MeanTimeToRestoreHours => {
                            if mean_time_to_restore_hours__.is_some() {
                                return Err(serde::de::Error::duplicate_field("meanTimeToRestoreHours"));
                            }
                            mean_time_to_restore_hours__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::DoraLevel => {
                            if dora_level__.is_some() {
                                return Err(serde::de::Error::duplicate_field("doraLevel"));
                            }
                            dora_level__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Commits => {
                            if commits__.is_some() {
                                return Err(serde::de::Error::duplicate_field("commits"));
                            }
                            commits__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::PullRequestsMerged => {
                            if pull_requests_merged__.is_some() {
                                return Err(serde::de::Error::duplicate_field("pullRequestsMerged"));
                            }
                            pull_requests_merged__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::PullRequestCycleTimeHours => {
                            if pull_request_cycle_time_hours__.is_some() {
                                return Err(serde::de::Error::duplicate_field("pullRequestCycleTimeHours"));
                            }
                            pull_request_cycle_time_hours__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::ReviewTurnaroundHours => {
                            if review_turnaround_hours__.is_some() {
                                return Err(serde::de::Error::duplicate_field("reviewTurnaroundHours"));
                            }
                            review_turnaround_hours__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::PipelineSuccessRate => {
                            if pipeline_success_rate__.is_some() {
                                return Err(serde::de::Error::duplicate_field("pipelineSuccessRate"));
                            }
                            pipeline_success_rate__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::TestPassRate => {
                            if test_pass_rate__.is_some() {
                                return Err(serde::de::Error::duplicate_field("testPassRate"));
                            }
                            test_pass_rate__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::TestCoveragePercent => {
                            if test_coverage_percent__.is_some() {
                                return Err(serde::de::Error::duplicate_field("testCoveragePercent"));
                            }
                            test_coverage_percent__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::OpenVulnerabilities => {
                            if open_vulnerabilities__.is_some() {
                                return Err(serde::de::Error::duplicate_field("openVulnerabilities"));
                            }
                            open_vulnerabilities__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::OpenCriticalHighVulnerabilities => {
                            if open_critical_high_vulnerabilities__.is_some() {
                                return Err(serde::de::Error::duplicate_field("openCriticalHighVulnerabilities"));
                            }
                            open_critical_high_vulnerabilities__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::VulnerabilityMttrDays => {
                            if vulnerability_mttr_days__.is_some() {
                                return Err(serde::de::Error::duplicate_field("vulnerabilityMttrDays"));
                            }
                            vulnerability_mttr_days__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::SlaBreaches => {
                            if sla_breaches__.is_some() {
                                return Err(serde::de::Error::duplicate_field("slaBreaches"));
                            }
                            sla_breaches__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::SecurityPostureScore => {
                            if security_posture_score__.is_some() {
                                return Err(serde::de::Error::duplicate_field("securityPostureScore"));
                            }
                            security_posture_score__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                    }
                }
                Ok(TeamMetrics {
                    team_id: team_id__.unwrap_or_default(),
                    period: period__,
                    member_count: member_count__.unwrap_or_default(),
                    deployment_frequency_per_day: deployment_frequency_per_day__.unwrap_or_default(),
                    lead_time_for_changes_hours: lead_time_for_changes_hours__.unwrap_or_default(),
                    change_failure_rate: change_failure_rate__.unwrap_or_default(),
                    mean_time_to_restore_hours: mean_time_to_restore_hours__.unwrap_or_default(),
                    dora_level: dora_level__.unwrap_or_default(),
                    commits: commits__.unwrap_or_default(),
                    pull_requests_merged: pull_requests_merged__.unwrap_or_default(),
                    pull_request_cycle_time_hours: pull_request_cycle_time_hours__.unwrap_or_default(),
                    review_turnaround_hours: review_turnaround_hours__.unwrap_or_default(),
                    pipeline_success_rate: pipeline_success_rate__.unwrap_or_default(),
                    test_pass_rate: test_pass_rate__.unwrap_or_default(),
                    test_coverage_percent: test_coverage_percent__.unwrap_or_default(),
                    open_vulnerabilities: open_vulnerabilities__.unwrap_or_default(),
                    open_critical_high_vulnerabilities: open_critical_high_vulnerabilities__.unwrap_or_default(),
                    vulnerability_mttr_days: vulnerability_mttr_days__.unwrap_or_default(),
                    sla_breaches: sla_breaches__.unwrap_or_default(),
                    security_posture_score: security_posture_score__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.analytics.v1.TeamMetrics", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for TimeSeriesPoint {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.time.is_some() {
            len += 1;
        }
        if self.value != 0. {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.analytics.v1.TimeSeriesPoint", len)?;
        if let Some(v) = self.time.as_ref() {
            struct_ser.serialize_field("time", v)?;
        }
        if self.value != 0. {
            struct_ser.serialize_field("value", &self.value)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for TimeSeriesPoint {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "time",
            "value",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Time,
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
                            "time" => Ok(GeneratedField::Time),
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
            type Value = TimeSeriesPoint;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.analytics.v1.TimeSeriesPoint")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<TimeSeriesPoint, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut time__ = None;
                let mut value__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Time => {
                            if time__.is_some() {
                                return Err(serde::de::Error::duplicate_field("time"));
                            }
                            time__ = map_.next_value()?;
                        }
                        GeneratedField::Value => {
                            if value__.is_some() {
                                return Err(serde::de::Error::duplicate_field("value"));
                            }
                            value__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                    }
                }
                Ok(TimeSeriesPoint {
                    time: time__,
                    value: value__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.analytics.v1.TimeSeriesPoint", FIELDS, GeneratedVisitor)
    }
}
