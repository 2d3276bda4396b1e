impl serde::Serialize for Benchmark {
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
        if !self.population.is_empty() {
            len += 1;
        }
        if self.sample_size != 0 {
            len += 1;
        }
        if self.p25 != 0. {
            len += 1;
        }
        if self.p50 != 0. {
            len += 1;
        }
        if self.p75 != 0. {
            len += 1;
        }
        if self.p90 != 0. {
            len += 1;
        }
        if self.mean != 0. {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.hr.v1.Benchmark", len)?;
        if !self.metric.is_empty() {
            struct_ser.serialize_field("metric", &self.metric)?;
        }
        if !self.population.is_empty() {
            struct_ser.serialize_field("population", &self.population)?;
        }
        if self.sample_size != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("sampleSize", ToString::to_string(&self.sample_size).as_str())?;
        }
        if self.p25 != 0. {
            struct_ser.serialize_field("p25", &self.p25)?;
        }
        if self.p50 != 0. {
            struct_ser.serialize_field("p50", &self.p50)?;
        }
        if self.p75 != 0. {
            struct_ser.serialize_field("p75", &self.p75)?;
        }
        if self.p90 != 0. {
            struct_ser.serialize_field("p90", &self.p90)?;
        }
        if self.mean != 0. {
            struct_ser.serialize_field("mean", &self.mean)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for Benchmark {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "metric",
            "population",
            "sample_size",
            "sampleSize",
            "p25",
            "p50",
            "p75",
            "p90",
            "mean",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Metric,
            Population,
            SampleSize,
            P25,
            P50,
            P75,
            P90,
            Mean,
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
                            "population" => Ok(GeneratedField::Population),
                            "sampleSize" | "sample_size" => Ok(GeneratedField::SampleSize),
                            "p25" => Ok(GeneratedField::P25),
                            "p50" => Ok(GeneratedField::P50),
                            "p75" => Ok(GeneratedField::P75),
                            "p90" => Ok(GeneratedField::P90),
                            "mean" => Ok(GeneratedField::Mean),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = Benchmark;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.hr.v1.Benchmark")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<Benchmark, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut metric__ = None;
                let mut population__ = None;
                let mut sample_size__ = None;
                let mut p25__ = None;
                let mut p50__ = None;
                let mut p75__ = None;
                let mut p90__ = None;
                let mut mean__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Metric => {
                            if metric__.is_some() {
                                return Err(serde::de::Error::duplicate_field("metric"));
                            }
                            metric__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Population => {
                            if population__.is_some() {
                                return Err(serde::de::Error::duplicate_field("population"));
                            }
                            population__ = Some(map_.next_value()?);
                        }
                        GeneratedField::SampleSize => {
                            if sample_size__.is_some() {
                                return Err(serde::de::Error::duplicate_field("sampleSize"));
                            }
                            sample_size__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::P25 => {
                            if p25__.is_some() {
                                return Err(serde::de::Error::duplicate_field("p25"));
                            }
                            p25__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::P50 => {
                            if p50__.is_some() {
                                return Err(serde::de::Error::duplicate_field("p50"));
                            }
                            p50__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::P75 => {
                            if p75__.is_some() {
                                return Err(serde::de::Error::duplicate_field("p75"));
                            }
                            p75__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::P90 => {
                            if p90__.is_some() {
                                return Err(serde::de::Error::duplicate_field("p90"));
                            }
                            p90__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::Mean => {
                            if mean__.is_some() {
                                return Err(serde::de::Error::duplicate_field("mean"));
                            }
                            mean__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                    }
                }
                Ok(Benchmark {
                    metric: metric__.unwrap_or_default(),
                    population: population__.unwrap_or_default(),
                    sample_size: sample_size__.unwrap_or_default(),
                    p25: p25__.unwrap_or_default(),
                    p50: p50__.unwrap_or_default(),
                    p75: p75__.unwrap_or_default(),
                    p90: p90__.unwrap_or_default(),
                    mean: mean__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.hr.v1.Benchmark", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for CreatePerformanceReviewRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.review.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.hr.v1.CreatePerformanceReviewRequest", len)?;
        if let Some(v) = self.review.as_ref() {
            struct_ser.serialize_field("review", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for CreatePerformanceReviewRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "review",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Review,
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
                            "review" => Ok(GeneratedField::Review),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = CreatePerformanceReviewRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.hr.v1.CreatePerformanceReviewRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<CreatePerformanceReviewRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut review__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Review => {
                            if review__.is_some() {
                                return Err(serde::de::Error::duplicate_field("review"));
                            }
                            review__ = map_.next_value()?;
                        }
                    }
                }
                Ok(CreatePerformanceReviewRequest {
                    review: review__,
                })
            }
        }
        deserializer.deserialize_struct("secureflow.hr.v1.CreatePerformanceReviewRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for CreatePerformanceReviewResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.review.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.hr.v1.CreatePerformanceReviewResponse", len)?;
        if let Some(v) = self.review.as_ref() {
            struct_ser.serialize_field("review", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for CreatePerformanceReviewResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "review",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Review,
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
                            "review" => Ok(GeneratedField::Review),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = CreatePerformanceReviewResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.hr.v1.CreatePerformanceReviewResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<CreatePerformanceReviewResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut review__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Review => {
                            if review__.is_some() {
                                return Err(serde::de::Error::duplicate_field("review"));
                            }
                            review__ = map_.next_value()?;
                        }
                    }
                }
                Ok(CreatePerformanceReviewResponse {
                    review: review__,
                })
            }
        }
        deserializer.deserialize_struct("secureflow.hr.v1.CreatePerformanceReviewResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for Employee {
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
        if !self.external_id.is_empty() {
            len += 1;
        }
        if !self.user_id.is_empty() {
            len += 1;
        }
        if !self.email.is_empty() {
            len += 1;
        }
        if !self.full_name.is_empty() {
            len += 1;
        }
        if !self.title.is_empty() {
            len += 1;
        }
        if !self.department.is_empty() {
            len += 1;
        }
        if !self.manager_id.is_empty() {
            len += 1;
        }
        if !self.level.is_empty() {
            len += 1;
        }
        if self.start_time.is_some() {
            len += 1;
        }
        if self.active {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.hr.v1.Employee", len)?;
        if !self.id.is_empty() {
            struct_ser.serialize_field("id", &self.id)?;
        }
        if !self.organization_id.is_empty() {
            struct_ser.serialize_field("organizationId", &self.organization_id)?;
        }
        if !self.external_id.is_empty() {
            struct_ser.serialize_field("externalId", &self.external_id)?;
        }
        if !self.user_id.is_empty() {
            struct_ser.serialize_field("userId", &self.user_id)?;
        }
        if !self.email.is_empty() {
            struct_ser.serialize_field("email", &self.email)?;
        }
        if !self.full_name.is_empty() {
            struct_ser.serialize_field("fullName", &self.full_name)?;
        }
        if !self.title.is_empty() {
            struct_ser.serialize_field("title", &self.title)?;
        }
        if !self.department.is_empty() {
            struct_ser.serialize_field("department", &self.department)?;
        }
        if !self.manager_id.is_empty() {
            struct_ser.serialize_field("managerId", &self.manager_id)?;
        }
        if !self.level.is_empty() {
            struct_ser.serialize_field("level", &self.level)?;
        }
        if let Some(v) = self.start_time.as_ref() {
            struct_ser.serialize_field("startTime", v)?;
        }
        if self.active {
            struct_ser.serialize_field("active", &self.active)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for Employee {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "id",
            "organization_id",
            "organizationId",
            "external_id",
            "externalId",
            "user_id",
            "userId",
            "email",
            "full_name",
            "fullName",
            "title",
            "department",
            "manager_id",
            "managerId",
            "level",
            "start_time",
            "startTime",
            "active",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Id,
            OrganizationId,
            ExternalId,
            UserId,
            Email,
            FullName,
            Title,
            Department,
            ManagerId,
            Level,
            StartTime,
            Active,
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
                            "externalId" | "external_id" => Ok(GeneratedField::ExternalId),
                            "userId" | "user_id" => Ok(GeneratedField::UserId),
                            "email" => Ok(GeneratedField::Email),
                            "fullName" | "full_name" => Ok(GeneratedField::FullName),
                            "title" => Ok(GeneratedField::Title),
                            "department" => Ok(GeneratedField::Department),
                            "managerId" | "manager_id" => Ok(GeneratedField::ManagerId),
                            "level" => Ok(GeneratedField::Level),
                            "startTime" | "start_time" => Ok(GeneratedField::StartTime),
                            "active" => Ok(GeneratedField::Active),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = Employee;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.hr.v1.Employee")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<Employee, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut id__ = None;
                let mut organization_id__ = None;
                let mut external_id__ = None;
                let mut user_id__ = None;
                let mut email__ = None;
                let mut full_name__ = None;
                let mut title__ = None;
                let mut department__ = None;
                let mut manager_id__ = None;
                let mut level__ = None;
                let mut start_time__ = None;
                let mut active__ = None;
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
                        GeneratedField::ExternalId => {
                            if external_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("externalId"));
                            }
                            external_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::UserId => {
                            if user_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("userId"));
                            }
                            user_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Email => {
                            if email__.is_some() {
                                return Err(serde::de::Error::duplicate_field("email"));
                            }
                            email__ = Some(map_.next_value()?);
                        }
                        GeneratedField::FullName => {
                            if full_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("fullName"));
                            }
                            full_name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Title => {
                            if title__.is_some() {
                                return Err(serde::de::Error::duplicate_field("title"));
                            }
                            title__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Department => {
                            if department__.is_some() {
                                return Err(serde::de::Error::duplicate_field("department"));
                            }
                            department__ = Some(map_.next_value()?);
                        }
                        GeneratedField::ManagerId => {
                            if manager_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("managerId"));
                            }
                            manager_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Level => {
                            if level__.is_some() {
                                return Err(serde::de::Error::duplicate_field("level"));
                            }
                            level__ = Some(map_.next_value()?);
                        }
                        GeneratedField::StartTime => {
                            if start_time__.is_some() {
                                return Err(serde::de::Error::duplicate_field("startTime"));
                            }
                            start_time__ = map_.next_value()?;
                        }
                        GeneratedField::Active => {
                            if active__.is_some() {
                                return Err(serde::de::Error::duplicate_field("active"));
                            }
                            active__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(Employee {
                    id: id__.unwrap_or_default(),
                    organization_id: organization_id__.unwrap_or_default(),
                    external_id: external_id__.unwrap_or_default(),
                    user_id: user_id__.unwrap_or_default(),
                    email: email__.unwrap_or_default(),
                    full_name: full_name__.unwrap_or_default(),
                    title: title__.unwrap_or_default(),
                    department: department__.unwrap_or_default(),
                    manager_id: manager_id__.unwrap_or_default(),
                    level: level__.unwrap_or_default(),
                    start_time: start_time__,
                    active: active__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.hr.v1.Employee", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetBenchmarksRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.metrics.is_empty() {
            len += 1;
        }
        if !self.population.is_empty() {
            len += 1;
        }
        if self.start_time.is_some() {
            len += 1;
        }
        if self.end_time.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.hr.v1.GetBenchmarksRequest", len)?;
        if !self.metrics.is_empty() {
            struct_ser.serialize_field("metrics", &self.metrics)?;
        }
        if !self.population.is_empty() {
            struct_ser.serialize_field("population", &self.population)?;
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
impl<'de> serde::Deserialize<'de> for GetBenchmarksRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "metrics",
            "population",
            "start_time",
            "startTime",
            "end_time",
            "endTime",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Metrics,
            Population,
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
                            "metrics" => Ok(GeneratedField::Metrics),
                            "population" => Ok(GeneratedField::Population),
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
            type Value = GetBenchmarksRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.hr.v1.GetBenchmarksRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetBenchmarksRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut metrics__ = None;
                let mut population__ = None;
                let mut start_time__ = None;
                let mut end_time__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Metrics => {
                            if metrics__.is_some() {
                                return Err(serde::de::Error::duplicate_field("metrics"));
                            }
                            metrics__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Population => {
                            if population__.is_some() {
                                return Err(serde::de::Error::duplicate_field("population"));
                            }
                            population__ = Some(map_.next_value()?);
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
                Ok(GetBenchmarksRequest {
                    metrics: metrics__.unwrap_or_default(),
                    population: population__.unwrap_or_default(),
                    start_time: start_time__,
                    end_time: end_time__,
                })
            }
        }
        deserializer.deserialize_struct("secureflow.hr.v1.GetBenchmarksRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetBenchmarksResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.benchmarks.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.hr.v1.GetBenchmarksResponse", len)?;
        if !self.benchmarks.is_empty() {
            struct_ser.serialize_field("benchmarks", &self.benchmarks)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetBenchmarksResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "benchmarks",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Benchmarks,
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
                            "benchmarks" => Ok(GeneratedField::Benchmarks),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetBenchmarksResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.hr.v1.GetBenchmarksResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetBenchmarksResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut benchmarks__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Benchmarks => {
                            if benchmarks__.is_some() {
                                return Err(serde::de::Error::duplicate_field("benchmarks"));
                            }
                            benchmarks__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(GetBenchmarksResponse {
                    benchmarks: benchmarks__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.hr.v1.GetBenchmarksResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetSyncRunRequest {
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
        let mut struct_ser = serializer.serialize_struct("secureflow.hr.v1.GetSyncRunRequest", len)?;
        if !self.id.is_empty() {
            struct_ser.serialize_field("id", &self.id)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetSyncRunRequest {
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
            type Value = GetSyncRunRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.hr.v1.GetSyncRunRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetSyncRunRequest, V::Error>
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
                Ok(GetSyncRunRequest {
                    id: id__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.hr.v1.GetSyncRunRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetSyncRunResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.sync_run.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.hr.v1.GetSyncRunResponse", len)?;
        if let Some(v) = self.sync_run.as_ref() {
            struct_ser.serialize_field("syncRun", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetSyncRunResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "sync_run",
            "syncRun",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            SyncRun,
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
                            "syncRun" | "sync_run" => Ok(GeneratedField::SyncRun),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetSyncRunResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.hr.v1.GetSyncRunResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetSyncRunResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut sync_run__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::SyncRun => {
                            if sync_run__.is_some() {
                                return Err(serde::de::Error::duplicate_field("syncRun"));
                            }
                            sync_run__ = map_.next_value()?;
                        }
                    }
                }
                Ok(GetSyncRunResponse {
                    sync_run: sync_run__,
                })
            }
        }
        deserializer.deserialize_struct("secureflow.hr.v1.GetSyncRunResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ListEmployeesRequest {
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
        if !self.department.is_empty() {
            len += 1;
        }
        if !self.manager_id.is_empty() {
            len += 1;
        }
        if self.include_inactive {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.hr.v1.ListEmployeesRequest", len)?;
        if self.page_size != 0 {
            struct_ser.serialize_field("pageSize", &self.page_size)?;
        }
        if !self.page_token.is_empty() {
            struct_ser.serialize_field("pageToken", &self.page_token)?;
        }
        if !self.department.is_empty() {
            struct_ser.serialize_field("department", &self.department)?;
        }
        if !self.manager_id.is_empty() {
            struct_ser.serialize_field("managerId", &self.manager_id)?;
        }
        if self.include_inactive {
            struct_ser.serialize_field("includeInactive", &self.include_inactive)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ListEmployeesRequest {
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
            "department",
            "manager_id",
            "managerId",
            "include_inactive",
            "includeInactive",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            PageSize,
            PageToken,
            Department,
            ManagerId,
            IncludeInactive,
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
                            "department" => Ok(GeneratedField::Department),
                            "managerId" | "manager_id" => Ok(GeneratedField::ManagerId),
                            "includeInactive" | "include_inactive" => Ok(GeneratedField::IncludeInactive),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ListEmployeesRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.hr.v1.ListEmployeesRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ListEmployeesRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut page_size__ = None;
                let mut page_token__ = None;
                let mut department__ = None;
                let mut manager_id__ = None;
                let mut include_inactive__ = None;
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
                        GeneratedField::Department => {
                            if department__.is_some() {
                                return Err(serde::de::Error::duplicate_field("department"));
                            }
                            department__ = Some(map_.next_value()?);
                        }
                        GeneratedField::ManagerId => {
                            if manager_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("managerId"));
                            }
                            manager_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::IncludeInactive => {
                            if include_inactive__.is_some() {
                                return Err(serde::de::Error::duplicate_field("includeInactive"));
                            }
                            include_inactive__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(ListEmployeesRequest {
                    page_size: page_size__.unwrap_or_default(),
                    page_token: page_token__.unwrap_or_default(),
                    department: department__.unwrap_or_default(),
                    manager_id: manager_id__.unwrap_or_default(),
                    include_inactive: include_inactive__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.hr.v1.ListEmployeesRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ListEmployeesResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.employees.is_empty() {
            len += 1;
        }
        if !self.next_page_token.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.hr.v1.ListEmployeesResponse", len)?;
        if !self.employees.is_empty() {
            struct_ser.serialize_field("employees", &self.employees)?;
        }
        if !self.next_page_token.is_empty() {
            struct_ser.serialize_field("nextPageToken", &self.next_page_token)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ListEmployeesResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "employees",
            "next_page_token",
            "nextPageToken",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Employees,
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
                            "employees" => Ok(GeneratedField::Employees),
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
            type Value = ListEmployeesResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.hr.v1.ListEmployeesResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ListEmployeesResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut employees__ = None;
                let mut next_page_token__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Employees => {
                            if employees__.is_some() {
                                return Err(serde::de::Error::duplicate_field("employees"));
                            }
                            employees__ = Some(map_.next_value()?);
                        }
                        GeneratedField::NextPageToken => {
                            if next_page_token__.is_some() {
                                return Err(serde::de::Error::duplicate_field("nextPageToken"));
                            }
                            next_page_token__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(ListEmployeesResponse {
                    employees: employees__.unwrap_or_default(),
                    next_page_token: next_page_token__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.hr.v1.ListEmployeesResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ListPerformanceReviewsRequest {
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
        if !self.employee_id.is_empty() {
            len += 1;
        }
        if !self.reviewer_id.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.hr.v1.ListPerformanceReviewsRequest", len)?;
        if self.page_size != 0 {
            struct_ser.serialize_field("pageSize", &self.page_size)?;
        }
        if !self.page_token.is_empty() {
            struct_ser.serialize_field("pageToken", &self.page_token)?;
        }
        if !self.employee_id.is_empty() {
            struct_ser.serialize_field("employeeId", &self.employee_id)?;
        }
        if !self.reviewer_id.is_empty() {
            struct_ser.serialize_field("reviewerId", &self.reviewer_id)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ListPerformanceReviewsRequest {
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
            "employee_id",
            "employeeId",
            "reviewer_id",
            "reviewerId",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            PageSize,
            PageToken,
            EmployeeId,
            ReviewerId,
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
                            "employeeId" | "employee_id" => Ok(GeneratedField::EmployeeId),
                            "reviewerId" | "reviewer_id" => Ok(GeneratedField::ReviewerId),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ListPerformanceReviewsRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.hr.v1.ListPerformanceReviewsRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ListPerformanceReviewsRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut page_size__ = None;
                let mut page_token__ = None;
                let mut employee_id__ = None;
                let mut reviewer_id__ = None;
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
                        GeneratedField::EmployeeId => {
                            if employee_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("employeeId"));
                            }
                            employee_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::ReviewerId => {
                            if reviewer_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("reviewerId"));
                            }
                            reviewer_id__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(ListPerformanceReviewsRequest {
                    page_size: page_size__.unwrap_or_default(),
                    page_token: page_token__.unwrap_or_default(),
                    employee_id: employee_id__.unwrap_or_default(),
                    reviewer_id: reviewer_id__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.hr.v1.ListPerformanceReviewsRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ListPerformanceReviewsResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.reviews.is_empty() {
            len += 1;
        }
        if !self.next_page_token.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.hr.v1.ListPerformanceReviewsResponse", len)?;
        if !self.reviews.is_empty() {
            struct_ser.serialize_field("reviews", &self.reviews)?;
        }
        if !self.next_page_token.is_empty() {
            struct_ser.serialize_field("nextPageToken", &self.next_page_token)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ListPerformanceReviewsResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "reviews",
            "next_page_token",
            "nextPageToken",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Reviews,
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
                            "reviews" => Ok(GeneratedField::Reviews),
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
            type Value = ListPerformanceReviewsResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.hr.v1.ListPerformanceReviewsResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ListPerformanceReviewsResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut reviews__ = None;
                let mut next_page_token__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Reviews => {
                            if reviews__.is_some() {
                                return Err(serde::de::Error::duplicate_field("reviews"));
                            }
                            reviews__ = Some(map_.next_value()?);
                        }
                        GeneratedField::NextPageToken => {
                            if next_page_token__.is_some() {
                                return Err(serde::de::Error::duplicate_field("nextPageToken"));
                            }
                            next_page_token__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(ListPerformanceReviewsResponse {
                    reviews: reviews__.unwrap_or_default(),
                    next_page_token: next_page_token__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.hr.v1.ListPerformanceReviewsResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for PerformanceReview {
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
        if !self.employee_id.is_empty() {
            len += 1;
        }
        if !self.reviewer_id.is_empty() {
            len += 1;
        }
        if self.period_start_time.is_some() {
            len += 1;
        }
        if self.period_end_time.is_some() {
            len += 1;
        }
        if self.rating != 0 {
            len += 1;
        }
        if !self.goals.is_empty() {
            len += 1;
        }
        if !self.summary.is_empty() {
            len += 1;
        }
        if !self.metrics.is_empty() {
            len += 1;
        }
        if self.status != 0 {
            len += 1;
        }
        if self.create_time.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.hr.v1.PerformanceReview", len)?;
        if !self.id.is_empty() {
            struct_ser.serialize_field("id", &self.id)?;
        }
        if !self.organization_id.is_empty() {
            struct_ser.serialize_field("organizationId", &self.organization_id)?;
        }
        if !self.employee_id.is_empty() {
            struct_ser.serialize_field("employeeId", &self.employee_id)?;
        }
        if !self.reviewer_id.is_empty() {
            struct_ser.serialize_field("reviewerId", &self.reviewer_id)?;
        }
        if let Some(v) = self.period_start_time.as_ref() {
            struct_ser.serialize_field("periodStartTime", v)?;
        }
        if let Some(v) = self.period_end_time.as_ref() {
            struct_ser.serialize_field("periodEndTime", v)?;
        }
        if self.rating != 0 {
            struct_ser.serialize_field("rating", &self.rating)?;
        }
        if !self.goals.is_empty() {
            struct_ser.serialize_field("goals", &self.goals)?;
        }
        if !self.summary.is_empty() {
            struct_ser.serialize_field("summary", &self.summary)?;
        }
        if !self.metrics.is_empty() {
            struct_ser.serialize_field("metrics", &self.metrics)?;
        }
        if self.status != 0 {
            let v = ReviewStatus::try_from(self.status)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.status)))?;
            struct_ser.serialize_field("status", &v)?;
        }
        if let Some(v) = self.create_time.as_ref() {
            struct_ser.serialize_field("createTime", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for PerformanceReview {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "id",
            "organization_id",
            "organizationId",
            "employee_id",
            "employeeId",
            "reviewer_id",
            "reviewerId",
            "period_start_time",
            "periodStartTime",
            "period_end_time",
            "periodEndTime",
            "rating",
            "goals",
            "summary",
            "metrics",
            "status",
            "create_time",
            "createTime",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Id,
            OrganizationId,
            EmployeeId,
            ReviewerId,
            PeriodStartTime,
            PeriodEndTime,
            Rating,
            Goals,
            Summary,
            Metrics,
            Status,
            CreateTime,
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
                            "employeeId" | "employee_id" => Ok(GeneratedField::EmployeeId),
                            "reviewerId" | "reviewer_id" => Ok(GeneratedField::ReviewerId),
                            "periodStartTime" | "period_start_time" => Ok(GeneratedField::PeriodStartTime),
                            "periodEndTime" | "period_end_time" => Ok(GeneratedField::PeriodEndTime),
                            "rating" => Ok(GeneratedField::Rating),
                            "goals" => Ok(GeneratedField::Goals),
                            "summary" => Ok(GeneratedField::Summary),
                            "metrics" => Ok(GeneratedField::Metrics),
                            "status" => Ok(GeneratedField::Status),
                            "createTime" | "create_time" => Ok(GeneratedField::CreateTime),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = PerformanceReview;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.hr.v1.PerformanceReview")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<PerformanceReview, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut id__ = None;
                let mut organization_id__ = None;
                let mut employee_id__ = None;
                let mut reviewer_id__ = None;
                let mut period_start_time__ = None;
                let mut period_end_time__ = None;
                let mut rating__ = None;
                let mut goals__ = None;
                let mut summary__ = None;
                let mut metrics__ = None;
                let mut status__ = None;
                let mut create_time__ = None;
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
                        GeneratedField::EmployeeId => {
                            if employee_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("employeeId"));
                            }
                            employee_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::ReviewerId => {
                            if reviewer_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("reviewerId"));
                            }
                            reviewer_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::PeriodStartTime => {
                            if period_start_time__.is_some() {
                                return Err(serde::de::Error::duplicate_field("periodStartTime"));
                            }
                            period_start_time__ = map_.next_value()?;
                        }
                        GeneratedField::PeriodEndTime => {
                            if period_end_time__.is_some() {
                                return Err(serde::de::Error::duplicate_field("periodEndTime"));
                            }
                            period_end_time__ = map_.next_value()?;
                        }
                        GeneratedField::Rating => {
                            if rating__.is_some() {
                                return Err(serde::de::Error::duplicate_field("rating"));
                            }
                            rating__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::Goals => {
                            if goals__.is_some() {
                                return Err(serde::de::Error::duplicate_field("goals"));
                            }
                            goals__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Summary => {
                            if summary__.is_some() {
                                return Err(serde::de::Error::duplicate_field("summary"));
                            }
                            summary__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Metrics => {
                            if metrics__.is_some() {
                                return Err(serde::de::Error::duplicate_field("metrics"));
                            }
                            metrics__ = Some(
                                map_.next_value::<std::collections::HashMap<_, ::pbjson::private::NumberDeserialize<f64>>>()?
                                    .into_iter().map(|(k,v)| (k, v.0)).collect()
                            );
                        }
                        GeneratedField::Status => {
                            if status__.is_some() {
                                return Err(serde::de::Error::duplicate_field("status"));
                            }
                            status__ = Some(map_.next_value::<ReviewStatus>()? as i32);
                        }
                        GeneratedField::CreateTime => {
                            if create_time__.is_some() {
                                return Err(serde::de::Error::duplicate_field("createTime"));
                            }
                            create_time__ = map_.next_value()?;
                        }
                    }
                }
                Ok(PerformanceReview {
                    id: id__.unwrap_or_default(),
                    organization_id: organization_id__.unwrap_or_default(),
                    employee_id: employee_id__.unwrap_or_default(),
                    reviewer_id: reviewer_id__.unwrap_or_default(),
                    period_start_time: period_start_time__,
                    period_end_time: period_end_time__,
                    rating: rating__.unwrap_or_default(),
                    goals: goals__.unwrap_or_default(),
                    summary: summary__.unwrap_or_default(),
                    metrics: metrics__.unwrap_or_default(),
                    status: status__.unwrap_or_default(),
                    create_time: create_time__,
                })
            }
        }
        deserializer.deserialize_struct("secureflow.hr.v1.PerformanceReview", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ReviewGoal {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.description.is_empty() {
            len += 1;
        }
        if self.achievement_percent != 0 {
            len += 1;
        }
        if !self.comment.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.hr.v1.ReviewGoal", len)?;
        if !self.description.is_empty() {
            struct_ser.serialize_field("description", &self.description)?;
        }
        if self.achievement_percent != 0 {
            struct_ser.serialize_field("achievementPercent", &self.achievement_percent)?;
        }
        if !self.comment.is_empty() {
            struct_ser.serialize_field("comment", &self.comment)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ReviewGoal {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "description",
            "achievement_percent",
            "achievementPercent",
            "comment",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Description,
            AchievementPercent,
            Comment,
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
                            "description" => Ok(GeneratedField::Description),
                            "achievementPercent" | "achievement_percent" => Ok(GeneratedField::AchievementPercent),
                            "comment" => Ok(GeneratedField::Comment),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ReviewGoal;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.hr.v1.ReviewGoal")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ReviewGoal, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut description__ = None;
                let mut achievement_percent__ = None;
                let mut comment__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Description => {
                            if description__.is_some() {
                                return Err(serde::de::Error::duplicate_field("description"));
                            }
                            description__ = Some(map_.next_value()?);
                        }
                        GeneratedField::AchievementPercent => {
                            if achievement_percent__.is_some() {
                                return Err(serde::de::Error::duplicate_field("achievementPercent"));
                            }
                            achievement_percent__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::Comment => {
                            if comment__.is_some() {
                                return Err(serde::de::Error::duplicate_field("comment"));
                            }
                            comment__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(ReviewGoal {
                    description: description__.unwrap_or_default(),
                    achievement_percent: achievement_percent__.unwrap_or_default(),
                    comment: comment__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.hr.v1.ReviewGoal", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ReviewStatus {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "REVIEW_STATUS_UNSPECIFIED",
            Self::Draft => "REVIEW_STATUS_DRAFT",
            Self::Submitted => "REVIEW_STATUS_SUBMITTED",
            Self::Acknowledged => "REVIEW_STATUS_ACKNOWLEDGED",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for ReviewStatus {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "REVIEW_STATUS_UNSPECIFIED",
            "REVIEW_STATUS_DRAFT",
            "REVIEW_STATUS_SUBMITTED",
            "REVIEW_STATUS_ACKNOWLEDGED",
        ];

        struct GeneratedVisitor;

        impl serde::de::Visitor<'_> for GeneratedVisitor {
            type Value = ReviewStatus;

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
                    "REVIEW_STATUS_UNSPECIFIED" => Ok(ReviewStatus::Unspecified),
                    "REVIEW_STATUS_DRAFT" => Ok(ReviewStatus::Draft),
                    "REVIEW_STATUS_SUBMITTED" => Ok(ReviewStatus::Submitted),
                    "REVIEW_STATUS_ACKNOWLEDGED" => Ok(ReviewStatus::Acknowledged),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for SyncEmployeesRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.provider.is_empty() {
            len += 1;
        }
        if !self.csv.is_empty() {
            len += 1;
        }
        if self.dry_run {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.hr.v1.SyncEmployeesRequest", len)?;
        if !self.provider.is_empty() {
            struct_ser.serialize_field("provider", &self.provider)?;
        }
        if !self.csv.is_empty() {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("csv", pbjson::private::base64::encode(&self.csv).as_str())?;
        }
        if self.dry_run {
            struct_ser.serialize_field("dryRun", &self.dry_run)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for SyncEmployeesRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "provider",
            "csv",
            "dry_run",
            "dryRun",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Provider,
            Csv,
            DryRun,
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
                            "provider" => Ok(GeneratedField::Provider),
                            "csv" => Ok(GeneratedField::Csv),
                            "dryRun" | "dry_run" => Ok(GeneratedField::DryRun),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = SyncEmployeesRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.hr.v1.SyncEmployeesRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<SyncEmployeesRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut provider__ = None;
                let mut csv__ = None;
                let mut dry_run__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Provider => {
                            if provider__.is_some() {
                                return Err(serde::de::Error::duplicate_field("provider"));
                            }
                            provider__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Csv => {
                            if csv__.is_some() {
                                return Err(serde::de::Error::duplicate_field("csv"));
                            }
                            csv__ = 
                                Some(map_.next_value::<::pbjson::private::BytesDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::DryRun => {
                            if dry_run__.is_some() {
                                return Err(serde::de::Error::duplicate_field("dryRun"));
                            }
                            dry_run__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(SyncEmployeesRequest {
                    provider: provider__.unwrap_or_default(),
                    csv: csv__.unwrap_or_default(),
                    dry_run: dry_run__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.hr.v1.SyncEmployeesRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for SyncEmployeesResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.sync_run.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.hr.v1.SyncEmployeesResponse", len)?;
        if let Some(v) = self.sync_run.as_ref() {
            struct_ser.serialize_field("syncRun", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for SyncEmployeesResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "sync_run",
            "syncRun",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            SyncRun,
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
                            "syncRun" | "sync_run" => Ok(GeneratedField::SyncRun),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = SyncEmployeesResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.hr.v1.SyncEmployeesResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<SyncEmployeesResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut sync_run__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::SyncRun => {
                            if sync_run__.is_some() {
                                return Err(serde::de::Error::duplicate_field("syncRun"));
                            }
                            sync_run__ = map_.next_value()?;
                        }
                    }
                }
                Ok(SyncEmployeesResponse {
                    sync_run: sync_run__,
                })
            }
        }
        deserializer.deserialize_struct("secureflow.hr.v1.SyncEmployeesResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for SyncRun {
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
        if !self.provider.is_empty() {
            len += 1;
        }
        if self.status != 0 {
            len += 1;
        }
        if self.created != 0 {
            len += 1;
        }
        if self.updated != 0 {
            len += 1;
        }
        if self.deactivated != 0 {
            len += 1;
        }
        if !self.errors.is_empty() {
            len += 1;
        }
        if self.start_time.is_some() {
            len += 1;
        }
        if self.end_time.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.hr.v1.SyncRun", len)?;
        if !self.id.is_empty() {
            struct_ser.serialize_field("id", &self.id)?;
        }
        if !self.organization_id.is_empty() {
            struct_ser.serialize_field("organizationId", &self.organization_id)?;
        }
        if !self.provider.is_empty() {
            struct_ser.serialize_field("provider", &self.provider)?;
        }
        if self.status != 0 {
            let v = SyncStatus::try_from(self.status)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.status)))?;
            struct_ser.serialize_field("status", &v)?;
        }
        if self.created != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("created", ToString::to_string(&self.created).as_str())?;
        }
        if self.updated != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("updated", ToString::to_string(&self.updated).as_str())?;
        }
        if self.deactivated != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("deactivated", ToString::to_string(&self.deactivated).as_str())?;
        }
        if !self.errors.is_empty() {
            struct_ser.serialize_field("errors", &self.errors)?;
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
impl<'de> serde::Deserialize<'de> for SyncRun {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "id",
            "organization_id",
            "organizationId",
            "provider",
            "status",
            "created",
            "updated",
            "deactivated",
            "errors",
            "start_time",
            "startTime",
            "end_time",
            "endTime",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Id,
            OrganizationId,
            Provider,
            Status,
            Created,
            Updated,
            Deactivated,
            Errors,
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
                            "id" => Ok(GeneratedField::Id),
                            "organizationId" | "organization_id" => Ok(GeneratedField::OrganizationId),
                            "provider" => Ok(GeneratedField::Provider),
                            "status" => Ok(GeneratedField::Status),
                            "created" => Ok(GeneratedField::Created),
                            "updated" => Ok(GeneratedField::Updated),
                            "deactivated" => Ok(GeneratedField::Deactivated),
                            "errors" => Ok(GeneratedField::Errors),
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
            type Value = SyncRun;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.hr.v1.SyncRun")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<SyncRun, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut id__ = None;
                let mut organization_id__ = None;
                let mut provider__ = None;
                let mut status__ = None;
                let mut created__ = None;
                let mut updated__ = None;
                let mut deactivated__ = None;
                let mut errors__ = None;
                let mut start_time__ = None;
                let mut end_time__ = None;
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
                        GeneratedField::Provider => {
                            if provider__.is_some() {
                                return Err(serde::de::Error::duplicate_field("provider"));
                            }
                            provider__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Status => {
                            if status__.is_some() {
                                return Err(serde::de::Error::duplicate_field("status"));
                            }
                            status__ = Some(map_.next_value::<SyncStatus>()? as i32);
                        }
                        GeneratedField::Created => {
                            if created__.is_some() {
                                return Err(serde::de::Error::duplicate_field("created"));
                            }
                            created__ = 
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
                        GeneratedField::Deactivated => {
                            if deactivated__.is_some() {
                                return Err(serde::de::Error::duplicate_field("deactivated"));
                            }
                            deactivated__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::Errors => {
                            if errors__.is_some() {
                                return Err(serde::de::Error::duplicate_field("errors"));
                            }
                            errors__ = Some(map_.next_value()?);
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
                Ok(SyncRun {
                    id: id__.unwrap_or_default(),
                    organization_id: organization_id__.unwrap_or_default(),
                    provider: provider__.unwrap_or_default(),
                    status: status__.unwrap_or_default(),
                    created: created__.unwrap_or_default(),
                    updated: updated__.unwrap_or_default(),
                    deactivated: deactivated__.unwrap_or_default(),
                    errors: errors__.unwrap_or_default(),
                    start_time: start_time__,
                    end_time: end_time__,
                })
            }
        }
        deserializer.deserialize_struct("secureflow.hr.v1.SyncRun", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for SyncStatus {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "SYNC_STATUS_UNSPECIFIED",
            Self::Running => "SYNC_STATUS_RUNNING",
            Self::Succeeded => "SYNC_STATUS_SUCCEEDED",
            Self::Failed => "SYNC_STATUS_FAILED",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for SyncStatus {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "SYNC_STATUS_UNSPECIFIED",
            "SYNC_STATUS_RUNNING",
            "SYNC_STATUS_SUCCEEDED",
            "SYNC_STATUS_FAILED",
        ];

        struct GeneratedVisitor;

        impl serde::de::Visitor<'_> for GeneratedVisitor {
            type Value = SyncStatus;

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
                    "SYNC_STATUS_UNSPECIFIED" => Ok(SyncStatus::Unspecified),
                    "SYNC_STATUS_RUNNING" => Ok(SyncStatus::Running),
                    "SYNC_STATUS_SUCCEEDED" => Ok(SyncStatus::Succeeded),
                    "SYNC_STATUS_FAILED" => Ok(SyncStatus::Failed),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
