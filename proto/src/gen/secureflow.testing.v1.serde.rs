impl serde::Serialize for Coverage {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.line_percent != 0. {
            len += 1;
        }
        if self.branch_percent != 0. {
            len += 1;
        }
        if self.function_percent != 0. {
            len += 1;
        }
        if self.lines_covered != 0 {
            len += 1;
        }
        if self.lines_total != 0 {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.testing.v1.Coverage", len)?;
        if self.line_percent != 0. {
            struct_ser.serialize_field("linePercent", &self.line_percent)?;
        }
        if self.branch_percent != 0. {
            struct_ser.serialize_field("branchPercent", &self.branch_percent)?;
        }
        if self.function_percent != 0. {
            struct_ser.serialize_field("functionPercent", &self.function_percent)?;
        }
        if self.lines_covered != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("linesCovered", ToString::to_string(&self.lines_covered).as_str())?;
        }
        if self.lines_total != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("linesTotal", ToString::to_string(&self.lines_total).as_str())?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for Coverage {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "line_percent",
            "linePercent",
            "branch_percent",
            "branchPercent",
            "function_percent",
            "functionPercent",
            "lines_covered",
            "linesCovered",
            "lines_total",
            "linesTotal",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            LinePercent,
            BranchPercent,
            FunctionPercent,
            LinesCovered,
            LinesTotal,
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
                            "linePercent" | "line_percent" => Ok(GeneratedField::LinePercent),
                            "branchPercent" | "branch_percent" => Ok(GeneratedField::BranchPercent),
                            "functionPercent" | "function_percent" => Ok(GeneratedField::FunctionPercent),
                            "linesCovered" | "lines_covered" => Ok(GeneratedField::LinesCovered),
                            "linesTotal" | "lines_total" => Ok(GeneratedField::LinesTotal),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = Coverage;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.testing.v1.Coverage")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<Coverage, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut line_percent__ = None;
                let mut branch_percent__ = None;
                let mut function_percent__ = None;
                let mut lines_covered__ = None;
                let mut lines_total__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::LinePercent => {
                            if line_percent__.is_some() {
                                return Err(serde::de::Error::duplicate_field("linePercent"));
                            }
                            line_percent__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::BranchPercent => {
                            if branch_percent__.is_some() {
                                return Err(serde::de::Error::duplicate_field("branchPercent"));
                            }
                            branch_percent__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::FunctionPercent => {
                            if function_percent__.is_some() {
                                return Err(serde::de::Error::duplicate_field("functionPercent"));
                            }
                            function_percent__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::LinesCovered => {
                            if lines_covered__.is_some() {
                                return Err(serde::de::Error::duplicate_field("linesCovered"));
                            }
                            lines_covered__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::LinesTotal => {
                            if lines_total__.is_some() {
                                return Err(serde::de::Error::duplicate_field("linesTotal"));
                            }
                            lines_total__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                    }
                }
                Ok(Coverage {
                    line_percent: line_percent__.unwrap_or_default(),
                    branch_percent: branch_percent__.unwrap_or_default(),
                    function_percent: function_percent__.unwrap_or_default(),
                    lines_covered: lines_covered__.unwrap_or_default(),
                    lines_total: lines_total__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.testing.v1.Coverage", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for CreateTestSuiteRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.test_suite.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.testing.v1.CreateTestSuiteRequest", len)?;
        if let Some(v) = self.test_suite.as_ref() {
            struct_ser.serialize_field("testSuite", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for CreateTestSuiteRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "test_suite",
            "testSuite",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            TestSuite,
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
                            "testSuite" | "test_suite" => Ok(GeneratedField::TestSuite),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = CreateTestSuiteRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.testing.v1.CreateTestSuiteRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<CreateTestSuiteRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut test_suite__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::TestSuite => {
                            if test_suite__.is_some() {
                                return Err(serde::de::Error::duplicate_field("testSuite"));
                            }
                            test_suite__ = map_.next_value()?;
                        }
                    }
                }
                Ok(CreateTestSuiteRequest {
                    test_suite: test_suite__,
                })
            }
        }
        deserializer.deserialize_struct("secureflow.testing.v1.CreateTestSuiteRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for CreateTestSuiteResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.test_suite.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.testing.v1.CreateTestSuiteResponse", len)?;
        if let Some(v) = self.test_suite.as_ref() {
            struct_ser.serialize_field("testSuite", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for CreateTestSuiteResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "test_suite",
            "testSuite",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            TestSuite,
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
                            "testSuite" | "test_suite" => Ok(GeneratedField::TestSuite),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = CreateTestSuiteResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.testing.v1.CreateTestSuiteResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<CreateTestSuiteResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut test_suite__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::TestSuite => {
                            if test_suite__.is_some() {
                                return Err(serde::de::Error::duplicate_field("testSuite"));
                            }
                            test_suite__ = map_.next_value()?;
                        }
                    }
                }
                Ok(CreateTestSuiteResponse {
                    test_suite: test_suite__,
                })
            }
        }
        deserializer.deserialize_struct("secureflow.testing.v1.CreateTestSuiteResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for DeleteTestSuiteRequest {
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
        let mut struct_ser = serializer.serialize_struct("secureflow.testing.v1.DeleteTestSuiteRequest", len)?;
        if !self.id.is_empty() {
            struct_ser.serialize_field("id", &self.id)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for DeleteTestSuiteRequest {
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
            type Value = DeleteTestSuiteRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.testing.v1.DeleteTestSuiteRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<DeleteTestSuiteRequest, V::Error>
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
                Ok(DeleteTestSuiteRequest {
                    id: id__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.testing.v1.DeleteTestSuiteRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for DeleteTestSuiteResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let len = 0;
        let struct_ser = serializer.serialize_struct("secureflow.testing.v1.DeleteTestSuiteResponse", len)?;
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for DeleteTestSuiteResponse {
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
            type Value = DeleteTestSuiteResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.testing.v1.DeleteTestSuiteResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<DeleteTestSuiteResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                while map_.next_key::<GeneratedField>()?.is_some() {
                    let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                }
                Ok(DeleteTestSuiteResponse {
                })
            }
        }
        deserializer.deserialize_struct("secureflow.testing.v1.DeleteTestSuiteResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ExecuteTestSuiteRequest {
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
        if !self.branch.is_empty() {
            len += 1;
        }
        if !self.commit_sha.is_empty() {
            len += 1;
        }
        if !self.request_id.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.testing.v1.ExecuteTestSuiteRequest", len)?;
        if !self.suite_id.is_empty() {
            struct_ser.serialize_field("suiteId", &self.suite_id)?;
        }
        if !self.branch.is_empty() {
            struct_ser.serialize_field("branch", &self.branch)?;
        }
        if !self.commit_sha.is_empty() {
            struct_ser.serialize_field("commitSha", &self.commit_sha)?;
        }
        if !self.request_id.is_empty() {
            struct_ser.serialize_field("requestId", &self.request_id)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ExecuteTestSuiteRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "suite_id",
            "suiteId",
            "branch",
            "commit_sha",
            "commitSha",
            "request_id",
            "requestId",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            SuiteId,
            Branch,
            CommitSha,
            RequestId,
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
                            "branch" => Ok(GeneratedField::Branch),
                            "commitSha" | "commit_sha" => Ok(GeneratedField::CommitSha),
                            "requestId" | "request_id" => Ok(GeneratedField::RequestId),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ExecuteTestSuiteRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.testing.v1.ExecuteTestSuiteRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ExecuteTestSuiteRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut suite_id__ = None;
                let mut branch__ = None;
                let mut commit_sha__ = None;
                let mut request_id__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::SuiteId => {
                            if suite_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("suiteId"));
                            }
                            suite_id__ = Some(map_.next_value()?);
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
                        GeneratedField::RequestId => {
                            if request_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("requestId"));
                            }
                            request_id__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(ExecuteTestSuiteRequest {
                    suite_id: suite_id__.unwrap_or_default(),
                    branch: branch__.unwrap_or_default(),
                    commit_sha: commit_sha__.unwrap_or_default(),
                    request_id: request_id__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.testing.v1.ExecuteTestSuiteRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ExecuteTestSuiteResponse {
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
        let mut struct_ser = serializer.serialize_struct("secureflow.testing.v1.ExecuteTestSuiteResponse", len)?;
        if let Some(v) = self.execution.as_ref() {
            struct_ser.serialize_field("execution", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ExecuteTestSuiteResponse {
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
            type Value = ExecuteTestSuiteResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.testing.v1.ExecuteTestSuiteResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ExecuteTestSuiteResponse, V::Error>
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
                Ok(ExecuteTestSuiteResponse {
                    execution: execution__,
                })
            }
        }
        deserializer.deserialize_struct("secureflow.testing.v1.ExecuteTestSuiteResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetCoverageRequest {
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
        if !self.suite_id.is_empty() {
            len += 1;
        }
        if !self.branch.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.testing.v1.GetCoverageRequest", len)?;
        if !self.repository_id.is_empty() {
            struct_ser.serialize_field("repositoryId", &self.repository_id)?;
        }
        if !self.suite_id.is_empty() {
            struct_ser.serialize_field("suiteId", &self.suite_id)?;
        }
        if !self.branch.is_empty() {
            struct_ser.serialize_field("branch", &self.branch)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetCoverageRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "repository_id",
            "repositoryId",
            "suite_id",
            "suiteId",
            "branch",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            RepositoryId,
            SuiteId,
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
                            "repositoryId" | "repository_id" => Ok(GeneratedField::RepositoryId),
                            "suiteId" | "suite_id" => Ok(GeneratedField::SuiteId),
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
            type Value = GetCoverageRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.testing.v1.GetCoverageRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetCoverageRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut repository_id__ = None;
                let mut suite_id__ = None;
                let mut branch__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::RepositoryId => {
                            if repository_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("repositoryId"));
                            }
                            repository_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::SuiteId => {
                            if suite_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("suiteId"));
                            }
                            suite_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Branch => {
                            if branch__.is_some() {
                                return Err(serde::de::Error::duplicate_field("branch"));
                            }
                            branch__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(GetCoverageRequest {
                    repository_id: repository_id__.unwrap_or_default(),
                    suite_id: suite_id__.unwrap_or_default(),
                    branch: branch__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.testing.v1.GetCoverageRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetCoverageResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.coverage.is_some() {
            len += 1;
        }
        if !self.execution_id.is_empty() {
            len += 1;
        }
        if !self.commit_sha.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.testing.v1.GetCoverageResponse", len)?;
        if let Some(v) = self.coverage.as_ref() {
            struct_ser.serialize_field("coverage", v)?;
        }
        if !self.execution_id.is_empty() {
            struct_ser.serialize_field("executionId", &self.execution_id)?;
        }
        if !self.commit_sha.is_empty() {
            struct_ser.serialize_field("commitSha", &self.commit_sha)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetCoverageResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "coverage",
            "execution_id",
            "executionId",
            "commit_sha",
            "commitSha",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Coverage,
            ExecutionId,
            CommitSha,
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
                            "coverage" => Ok(GeneratedField::Coverage),
                            "executionId" | "execution_id" => Ok(GeneratedField::ExecutionId),
                            "commitSha" | "commit_sha" => Ok(GeneratedField::CommitSha),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetCoverageResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.testing.v1.GetCoverageResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetCoverageResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut coverage__ = None;
                let mut execution_id__ = None;
                let mut commit_sha__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Coverage => {
                            if coverage__.is_some() {
                                return Err(serde::de::Error::duplicate_field("coverage"));
                            }
                            coverage__ = map_.next_value()?;
                        }
                        GeneratedField::ExecutionId => {
                            if execution_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("executionId"));
                            }
                            execution_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::CommitSha => {
                            if commit_sha__.is_some() {
                                return Err(serde::de::Error::duplicate_field("commitSha"));
                            }
                            commit_sha__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(GetCoverageResponse {
                    coverage: coverage__,
                    execution_id: execution_id__.unwrap_or_default(),
                    commit_sha: commit_sha__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.testing.v1.GetCoverageResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetTestExecutionRequest {
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
        let mut struct_ser = serializer.serialize_struct("secureflow.testing.v1.GetTestExecutionRequest", len)?;
        if !self.id.is_empty() {
            struct_ser.serialize_field("id", &self.id)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetTestExecutionRequest {
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
            type Value = GetTestExecutionRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.testing.v1.GetTestExecutionRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetTestExecutionRequest, V::Error>
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
                Ok(GetTestExecutionRequest {
                    id: id__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.testing.v1.GetTestExecutionRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetTestExecutionResponse {
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
        let mut struct_ser = serializer.serialize_struct("secureflow.testing.v1.GetTestExecutionResponse", len)?;
        if let Some(v) = self.execution.as_ref() {
            struct_ser.serialize_field("execution", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetTestExecutionResponse {
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
            type Value = GetTestExecutionResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.testing.v1.GetTestExecutionResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetTestExecutionResponse, V::Error>
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
                Ok(GetTestExecutionResponse {
                    execution: execution__,
                })
            }
        }
        deserializer.deserialize_struct("secureflow.testing.v1.GetTestExecutionResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetTestSuiteRequest {
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
        let mut struct_ser = serializer.serialize_struct("secureflow.testing.v1.GetTestSuiteRequest", len)?;
        if !self.id.is_empty() {
            struct_ser.serialize_field("id", &self.id)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetTestSuiteRequest {
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
            type Value = GetTestSuiteRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.testing.v1.GetTestSuiteRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetTestSuiteRequest, V::Error>
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
                Ok(GetTestSuiteRequest {
                    id: id__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.testing.v1.GetTestSuiteRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetTestSuiteResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.test_suite.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.testing.v1.GetTestSuiteResponse", len)?;
        if let Some(v) = self.test_suite.as_ref() {
            struct_ser.serialize_field("testSuite", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetTestSuiteResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "test_suite",
            "testSuite",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            TestSuite,
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
                            "testSuite" | "test_suite" => Ok(GeneratedField::TestSuite),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetTestSuiteResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.testing.v1.GetTestSuiteResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetTestSuiteResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut test_suite__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::TestSuite => {
                            if test_suite__.is_some() {
                                return Err(serde::de::Error::duplicate_field("testSuite"));
                            }
                            test_suite__ = map_.next_value()?;
                        }
                    }
                }
                Ok(GetTestSuiteResponse {
                    test_suite: test_suite__,
                })
            }
        }
        deserializer.deserialize_struct("secureflow.testing.v1.GetTestSuiteResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetTestTrendsRequest {
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
        if !self.suite_id.is_empty() {
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
        let mut struct_ser = serializer.serialize_struct("secureflow.testing.v1.GetTestTrendsRequest", len)?;
        if !self.repository_id.is_empty() {
            struct_ser.serialize_field("repositoryId", &self.repository_id)?;
        }
        if !self.suite_id.is_empty() {
            struct_ser.serialize_field("suiteId", &self.suite_id)?;
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
impl<'de> serde::Deserialize<'de> for GetTestTrendsRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "repository_id",
            "repositoryId",
            "suite_id",
            "suiteId",
            "start_time",
            "startTime",
            "end_time",
            "endTime",
            "interval",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            RepositoryId,
            SuiteId,
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
                            "repositoryId" | "repository_id" => Ok(GeneratedField::RepositoryId),
                            "suiteId" | "suite_id" => Ok(GeneratedField::SuiteId),
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
            type Value = GetTestTrendsRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.testing.v1.GetTestTrendsRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetTestTrendsRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut repository_id__ = None;
                let mut suite_id__ = None;
                let mut start_time__ = None;
                let mut end_time__ = None;
                let mut interval__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::RepositoryId => {
                            if repository_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("repositoryId"));
                            }
                            repository_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::SuiteId => {
                            if suite_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("suiteId"));
                            }
                            suite_id__ = Some(map_.next_value()?);
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
                Ok(GetTestTrendsRequest {
                    repository_id: repository_id__.unwrap_or_default(),
                    suite_id: suite_id__.unwrap_or_default(),
                    start_time: start_time__,
                    end_time: end_time__,
                    interval: interval__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.testing.v1.GetTestTrendsRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetTestTrendsResponse {
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
        let mut struct_ser = serializer.serialize_struct("secureflow.testing.v1.GetTestTrendsResponse", len)?;
        if !self.points.is_empty() {
            struct_ser.serialize_field("points", &self.points)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetTestTrendsResponse {
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
            type Value = GetTestTrendsResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.testing.v1.GetTestTrendsResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetTestTrendsResponse, V::Error>
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
                Ok(GetTestTrendsResponse {
                    points: points__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.testing.v1.GetTestTrendsResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ListTestExecutionsRequest {
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
        if !self.suite_id.is_empty() {
            len += 1;
        }
        if !self.repository_id.is_empty() {
            len += 1;
        }
        if !self.branch.is_empty() {
            len += 1;
        }
        if self.status != 0 {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.testing.v1.ListTestExecutionsRequest", len)?;
        if self.page_size != 0 {
            struct_ser.serialize_field("pageSize", &self.page_size)?;
        }
        if !self.page_token.is_empty() {
            struct_ser.serialize_field("pageToken", &self.page_token)?;
        }
        if !self.suite_id.is_empty() {
            struct_ser.serialize_field("suiteId", &self.suite_id)?;
        }
        if !self.repository_id.is_empty() {
            struct_ser.serialize_field("repositoryId", &self.repository_id)?;
        }
        if !self.branch.is_empty() {
            struct_ser.serialize_field("branch", &self.branch)?;
        }
        if self.status != 0 {
            let v = TestExecutionStatus::try_from(self.status)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.status)))?;
            struct_ser.serialize_field("status", &v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ListTestExecutionsRequest {
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
            "suite_id",
            "suiteId",
            "repository_id",
            "repositoryId",
            "branch",
            "status",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            PageSize,
            PageToken,
            SuiteId,
            RepositoryId,
            Branch,
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
                            "pageSize" | "page_size" => Ok(GeneratedField::PageSize),
                            "pageToken" | "page_token" => Ok(GeneratedField::PageToken),
                            "suiteId" | "suite_id" => Ok(GeneratedField::SuiteId),
                            "repositoryId" | "repository_id" => Ok(GeneratedField::RepositoryId),
                            "branch" => Ok(GeneratedField::Branch),
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
            type Value = ListTestExecutionsRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.testing.v1.ListTestExecutionsRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ListTestExecutionsRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut page_size__ = None;
                let mut page_token__ = None;
                let mut suite_id__ = None;
                let mut repository_id__ = None;
                let mut branch__ = None;
                let mut status__ = None;
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
                        GeneratedField::SuiteId => {
                            if suite_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("suiteId"));
                            }
                            suite_id__ = Some(map_.next_value()?);
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
                        GeneratedField::Status => {
                            if status__.is_some() {
                                return Err(serde::de::Error::duplicate_field("status"));
                            }
                            status__ = Some(map_.next_value::<TestExecutionStatus>()? as i32);
                        }
                    }
                }
                Ok(ListTestExecutionsRequest {
                    page_size: page_size__.unwrap_or_default(),
                    page_token: page_token__.unwrap_or_default(),
                    suite_id: suite_id__.unwrap_or_default(),
                    repository_id: repository_id__.unwrap_or_default(),
                    branch: branch__.unwrap_or_default(),
                    status: status__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.testing.v1.ListTestExecutionsRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ListTestExecutionsResponse {
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
        let mut struct_ser = serializer.serialize_struct("secureflow.testing.v1.ListTestExecutionsResponse", len)?;
        if !self.executions.is_empty() {
            struct_ser.serialize_field("executions", &self.executions)?;
        }
        if !self.next_page_token.is_empty() {
            struct_ser.serialize_field("nextPageToken", &self.next_page_token)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ListTestExecutionsResponse {
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
            type Value = ListTestExecutionsResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.testing.v1.ListTestExecutionsResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ListTestExecutionsResponse, V::Error>
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
                Ok(ListTestExecutionsResponse {
                    executions: executions__.unwrap_or_default(),
                    next_page_token: next_page_token__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.testing.v1.ListTestExecutionsResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ListTestSuitesRequest {
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
        if self.r#type != 0 {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.testing.v1.ListTestSuitesRequest", len)?;
        if self.page_size != 0 {
            struct_ser.serialize_field("pageSize", &self.page_size)?;
        }
        if !self.page_token.is_empty() {
            struct_ser.serialize_field("pageToken", &self.page_token)?;
        }
        if !self.repository_id.is_empty() {
            struct_ser.serialize_field("repositoryId", &self.repository_id)?;
        }
        if self.r#type != 0 {
            let v = TestType::try_from(self.r#type)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.r#type)))?;
            struct_ser.serialize_field("type", &v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ListTestSuitesRequest {
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
            "type",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            PageSize,
            PageToken,
            RepositoryId,
            Type,
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
                            "type" => Ok(GeneratedField::Type),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ListTestSuitesRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.testing.v1.ListTestSuitesRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ListTestSuitesRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut page_size__ = None;
                let mut page_token__ = None;
                let mut repository_id__ = None;
                let mut r#type__ = None;
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
                        GeneratedField::Type => {
                            if r#type__.is_some() {
                                return Err(serde::de::Error::duplicate_field("type"));
                            }
                            r#type__ = Some(map_.next_value::<TestType>()? as i32);
                        }
                    }
                }
                Ok(ListTestSuitesRequest {
                    page_size: page_size__.unwrap_or_default(),
                    page_token: page_token__.unwrap_or_default(),
                    repository_id: repository_id__.unwrap_or_default(),
                    r#type: r#type__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.testing.v1.ListTestSuitesRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ListTestSuitesResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.test_suites.is_empty() {
            len += 1;
        }
        if !self.next_page_token.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.testing.v1.ListTestSuitesResponse", len)?;
        if !self.test_suites.is_empty() {
            struct_ser.serialize_field("testSuites", &self.test_suites)?;
        }
        if !self.next_page_token.is_empty() {
            struct_ser.serialize_field("nextPageToken", &self.next_page_token)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ListTestSuitesResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "test_suites",
            "testSuites",
            "next_page_token",
            "nextPageToken",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            TestSuites,
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
                            "testSuites" | "test_suites" => Ok(GeneratedField::TestSuites),
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
            type Value = ListTestSuitesResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.testing.v1.ListTestSuitesResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ListTestSuitesResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut test_suites__ = None;
                let mut next_page_token__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::TestSuites => {
                            if test_suites__.is_some() {
                                return Err(serde::de::Error::duplicate_field("testSuites"));
                            }
                            test_suites__ = Some(map_.next_value()?);
                        }
                        GeneratedField::NextPageToken => {
                            if next_page_token__.is_some() {
                                return Err(serde::de::Error::duplicate_field("nextPageToken"));
                            }
                            next_page_token__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(ListTestSuitesResponse {
                    test_suites: test_suites__.unwrap_or_default(),
                    next_page_token: next_page_token__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.testing.v1.ListTestSuitesResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for TestCase {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.class_name.is_empty() {
            len += 1;
        }
        if !self.name.is_empty() {
            len += 1;
        }
        if self.result != 0 {
            len += 1;
        }
        if self.duration_ms != 0 {
            len += 1;
        }
        if !self.message.is_empty() {
            len += 1;
        }
        if !self.details.is_empty() {
            len += 1;
        }
        if self.flaky {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.testing.v1.TestCase", len)?;
        if !self.class_name.is_empty() {
            struct_ser.serialize_field("className", &self.class_name)?;
        }
        if !self.name.is_empty() {
            struct_ser.serialize_field("name", &self.name)?;
        }
        if self.result != 0 {
            let v = TestCaseResult::try_from(self.result)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.result)))?;
            struct_ser.serialize_field("result", &v)?;
        }
        if self.duration_ms != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("durationMs", ToString::to_string(&self.duration_ms).as_str())?;
        }
        if !self.message.is_empty() {
            struct_ser.serialize_field("message", &self.message)?;
        }
        if !self.details.is_empty() {
            struct_ser.serialize_field("details", &self.details)?;
        }
        if self.flaky {
            struct_ser.serialize_field("flaky", &self.flaky)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for TestCase {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "class_name",
            "className",
            "name",
            "result",
            "duration_ms",
            "durationMs",
            "message",
            "details",
            "flaky",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ClassName,
            Name,
            Result,
            DurationMs,
            Message,
            Details,
            Flaky,
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
                            "className" | "class_name" => Ok(GeneratedField::ClassName),
                            "name" => Ok(GeneratedField::Name),
                            "result" => Ok(GeneratedField::Result),
                            "durationMs" | "duration_ms" => Ok(GeneratedField::DurationMs),
                            "message" => Ok(GeneratedField::Message),
                            "details" => Ok(GeneratedField::Details),
                            "flaky" => Ok(GeneratedField::Flaky),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = TestCase;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.testing.v1.TestCase")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<TestCase, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut class_name__ = None;
                let mut name__ = None;
                let mut result__ = None;
                let mut duration_ms__ = None;
                let mut message__ = None;
                let mut details__ = None;
                let mut flaky__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ClassName => {
                            if class_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("className"));
                            }
                            class_name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Name => {
                            if name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("name"));
                            }
                            name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Result => {
                            if result__.is_some() {
                                return Err(serde::de::Error::duplicate_field("result"));
                            }
                            result__ = Some(map_.next_value::<TestCaseResult>()? as i32);
                        }
                        GeneratedField::DurationMs => {
                            if duration_ms__.is_some() {
                                return Err(serde::de::Error::duplicate_field("durationMs"));
                            }
                            duration_ms__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::Message => {
                            if message__.is_some() {
                                return Err(serde::de::Error::duplicate_field("message"));
                            }
                            message__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Details => {
                            if details__.is_some() {
                                return Err(serde::de::Error::duplicate_field("details"));
                            }
                            details__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Flaky => {
                            if flaky__.is_some() {
                                return Err(serde::de::Error::duplicate_field("flaky"));
                            }
                            flaky__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(TestCase {
                    class_name: class_name__.unwrap_or_default(),
                    name: name__.unwrap_or_default(),
                    result: result__.unwrap_or_default(),
                    duration_ms: duration_ms__.unwrap_or_default(),
                    message: message__.unwrap_or_default(),
                    details: details__.unwrap_or_default(),
                    flaky: flaky__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.testing.v1.TestCase", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for TestCaseResult {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "TEST_CASE_RESULT_UNSPECIFIED",
            Self::Passed => "TEST_CASE_RESULT_PASSED",
            Self::Failed => "TEST_CASE_RESULT_FAILED",
            Self::Skipped => "TEST_CASE_RESULT_SKIPPED",
            Self::Error => "TEST_CASE_RESULT_ERROR",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for TestCaseResult {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "TEST_CASE_RESULT_UNSPECIFIED",
            "TEST_CASE_RESULT_PASSED",
            "TEST_CASE_RESULT_FAILED",
            "TEST_CASE_RESULT_SKIPPED",
            "TEST_CASE_RESULT_ERROR",
        ];

        struct GeneratedVisitor;

        impl serde::de::Visitor<'_> for GeneratedVisitor {
            type Value = TestCaseResult;

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
                    "TEST_CASE_RESULT_UNSPECIFIED" => Ok(TestCaseResult::Unspecified),
                    "TEST_CASE_RESULT_PASSED" => Ok(TestCaseResult::Passed),
                    "TEST_CASE_RESULT_FAILED" => Ok(TestCaseResult::Failed),
                    "TEST_CASE_RESULT_SKIPPED" => Ok(TestCaseResult::Skipped),
                    "TEST_CASE_RESULT_ERROR" => Ok(TestCaseResult::Error),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for TestExecution {
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
        if !self.suite_id.is_empty() {
            len += 1;
        }
        if !self.organization_id.is_empty() {
            len += 1;
        }
        if self.status != 0 {
            len += 1;
        }
        if !self.branch.is_empty() {
            len += 1;
        }
        if !self.commit_sha.is_empty() {
            len += 1;
        }
        if !self.pipeline_execution_id.is_empty() {
            len += 1;
        }
        if self.total != 0 {
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
        if self.errored != 0 {
            len += 1;
        }
        if self.duration_ms != 0 {
            len += 1;
        }
        if self.coverage.is_some() {
            len += 1;
        }
        if !self.failures.is_empty() {
            len += 1;
        }
        if self.start_time.is_some() {
            len += 1;
        }
        if self.end_time.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.testing.v1.TestExecution", len)?;
        if !self.id.is_empty() {
            struct_ser.serialize_field("id", &self.id)?;
        }
        if !self.suite_id.is_empty() {
            struct_ser.serialize_field("suiteId", &self.suite_id)?;
        }
        if !self.organization_id.is_empty() {
            struct_ser.serialize_field("organizationId", &self.organization_id)?;
        }
        if self.status != 0 {
            let v = TestExecutionStatus::try_from(self.status)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.status)))?;
            struct_ser.serialize_field("status", &v)?;
        }
        if !self.branch.is_empty() {
            struct_ser.serialize_field("branch", &self.branch)?;
        }
        if !self.commit_sha.is_empty() {
            struct_ser.serialize_field("commitSha", &self.commit_sha)?;
        }
        if !self.pipeline_execution_id.is_empty() {
            struct_ser.serialize_field("pipelineExecutionId", &self.pipeline_execution_id)?;
        }
        if self.total != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("total", ToString::to_string(&self.total).as_str())?;
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
        if self.errored != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("errored", ToString::to_string(&self.errored).as_str())?;
        }
        if self.duration_ms != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("durationMs", ToString::to_string(&self.duration_ms).as_str())?;
        }
        if let Some(v) = self.coverage.as_ref() {
            struct_ser.serialize_field("coverage", v)?;
        }
        if !self.failures.is_empty() {
            struct_ser.serialize_field("failures", &self.failures)?;
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
impl<'de> serde::Deserialize<'de> for TestExecution {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "id",
            "suite_id",
            "suiteId",
            "organization_id",
            "organizationId",
            "status",
            "branch",
            "commit_sha",
            "commitSha",
            "pipeline_execution_id",
            "pipelineExecutionId",
            "total",
            "passed",
            "failed",
            "skipped",
            "errored",
            "duration_ms",
            "durationMs",
            "coverage",
            "failures",
            "start_time",
            "startTime",
            "end_time",
            "endTime",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Id,
            SuiteId,
            OrganizationId,
            Status,
            Branch,
            CommitSha,
            PipelineExecutionId,
            Total,
            Passed,
            Failed,
            Skipped,
            Errored,
            DurationMs,
            Coverage,
            Failures,
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
                            "suiteId" | "suite_id" => Ok(GeneratedField::SuiteId),
                            "organizationId" | "organization_id" => Ok(GeneratedField::OrganizationId),
                            "status" => Ok(GeneratedField::Status),
                            "branch" => Ok(GeneratedField::Branch),
                            "commitSha" | "commit_sha" => Ok(GeneratedField::CommitSha),
                            "pipelineExecutionId" | "pipeline_execution_id" => Ok(GeneratedField::PipelineExecutionId),
                            "total" => Ok(GeneratedField::Total),
                            "passed" => Ok(GeneratedField::Passed),
                            "failed" => Ok(GeneratedField::Failed),
                            "skipped" => Ok(GeneratedField::Skipped),
                            "errored" => Ok(GeneratedField::Errored),
                            "durationMs" | "duration_ms" => Ok(GeneratedField::DurationMs),
                            "coverage" => Ok(GeneratedField::Coverage),
                            "failures" => Ok(GeneratedField::Failures),
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
            type Value = TestExecution;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.testing.v1.TestExecution")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<TestExecution, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut id__ = None;
                let mut suite_id__ = None;
                let mut organization_id__ = None;
                let mut status__ = None;
                let mut branch__ = None;
                let mut commit_sha__ = None;
                let mut pipeline_execution_id__ = None;
                let mut total__ = None;
                let mut passed__ = None;
                let mut failed__ = None;
                let mut skipped__ = None;
                let mut errored__ = None;
                let mut duration_ms__ = None;
                let mut coverage__ = None;
                let mut failures__ = None;
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
                        GeneratedField::SuiteId => {
                            if suite_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("suiteId"));
                            }
                            suite_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::OrganizationId => {
                            if organization_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("organizationId"));
                            }
                            organization_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Status => {
                            if status__.is_some() {
                                return Err(serde::de::Error::duplicate_field("status"));
                            }
                            status__ = Some(map_.next_value::<TestExecutionStatus>()? as i32);
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
                        GeneratedField::PipelineExecutionId => {
                            if pipeline_execution_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("pipelineExecutionId"));
                            }
                            pipeline_execution_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Total => {
                            if total__.is_some() {
                                return Err(serde::de::Error::duplicate_field("total"));
                            }
                            total__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
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
                        GeneratedField::Errored => {
                            if errored__.is_some() {
                                return Err(serde::de::Error::duplicate_field("errored"));
                            }
                            errored__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::DurationMs => {
                            if duration_ms__.is_some() {
                                return Err(serde::de::Error::duplicate_field("durationMs"));
                            }
                            duration_ms__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::Coverage => {
                            if coverage__.is_some() {
                                return Err(serde::de::Error::duplicate_field("coverage"));
                            }
                            coverage__ = map_.next_value()?;
                        }
                        GeneratedField::Failures => {
                            if failures__.is_some() {
                                return Err(serde::de::Error::duplicate_field("failures"));
                            }
                            failures__ = Some(map_.next_value()?);
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
                Ok(TestExecution {
                    id: id__.unwrap_or_default(),
                    suite_id: suite_id__.unwrap_or_default(),
                    organization_id: organization_id__.unwrap_or_default(),
                    status: status__.unwrap_or_default(),
                    branch: branch__.unwrap_or_default(),
                    commit_sha: commit_sha__.unwrap_or_default(),
                    pipeline_execution_id: pipeline_execution_id__.unwrap_or_default(),
                    total: total__.unwrap_or_default(),
                    passed: passed__.unwrap_or_default(),
                    failed: failed__.unwrap_or_default(),
                    skipped: skipped__.unwrap_or_default(),
                    errored: errored__.unwrap_or_default(),
                    duration_ms: duration_ms__.unwrap_or_default(),
                    coverage: coverage__,
                    failures: failures__.unwrap_or_default(),
                    start_time: start_time__,
                    end_time: end_time__,
                })
            }
        }
        deserializer.deserialize_struct("secureflow.testing.v1.TestExecution", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for TestExecutionStatus {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "TEST_EXECUTION_STATUS_UNSPECIFIED",
            Self::Queued => "TEST_EXECUTION_STATUS_QUEUED",
            Self::Running => "TEST_EXECUTION_STATUS_RUNNING",
            Self::Passed => "TEST_EXECUTION_STATUS_PASSED",
            Self::Failed => "TEST_EXECUTION_STATUS_FAILED",
            Self::Error => "TEST_EXECUTION_STATUS_ERROR",
            Self::Cancelled => "TEST_EXECUTION_STATUS_CANCELLED",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for TestExecutionStatus {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "TEST_EXECUTION_STATUS_UNSPECIFIED",
            "TEST_EXECUTION_STATUS_QUEUED",
            "TEST_EXECUTION_STATUS_RUNNING",
            "TEST_EXECUTION_STATUS_PASSED",
            "TEST_EXECUTION_STATUS_FAILED",
            "TEST_EXECUTION_STATUS_ERROR",
            "TEST_EXECUTION_STATUS_CANCELLED",
        ];

        struct GeneratedVisitor;

        impl serde::de::Visitor<'_> for GeneratedVisitor {
            type Value = TestExecutionStatus;

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
                    "TEST_EXECUTION_STATUS_UNSPECIFIED" => Ok(TestExecutionStatus::Unspecified),
                    "TEST_EXECUTION_STATUS_QUEUED" => Ok(TestExecutionStatus::Queued),
                    "TEST_EXECUTION_STATUS_RUNNING" => Ok(TestExecutionStatus::Running),
                    "TEST_EXECUTION_STATUS_PASSED" => Ok(TestExecutionStatus::Passed),
                    "TEST_EXECUTION_STATUS_FAILED" => Ok(TestExecutionStatus::Failed),
                    "TEST_EXECUTION_STATUS_ERROR" => Ok(TestExecutionStatus::Error),
                    "TEST_EXECUTION_STATUS_CANCELLED" => Ok(TestExecutionStatus::Cancelled),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for TestSuite {
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
        if self.r#type != 0 {
            len += 1;
        }
        if !self.framework.is_empty() {
            len += 1;
        }
        if !self.command.is_empty() {
            len += 1;
        }
        if !self.report_path.is_empty() {
            len += 1;
        }
        if !self.coverage_path.is_empty() {
            len += 1;
        }
        if self.create_time.is_some() {
            len += 1;
        }
        if self.update_time.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.testing.v1.TestSuite", len)?;
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
        if self.r#type != 0 {
            let v = TestType::try_from(self.r#type)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.r#type)))?;
            struct_ser.serialize_field("type", &v)?;
        }
        if !self.framework.is_empty() {
            struct_ser.serialize_field("framework", &self.framework)?;
        }
        if !self.command.is_empty() {
            struct_ser.serialize_field("command", &self.command)?;
        }
        if !self.report_path.is_empty() {
            struct_ser.serialize_field("reportPath", &self.report_path)?;
        }
        if !self.coverage_path.is_empty() {
            struct_ser.serialize_field("coveragePath", &self.coverage_path)?;
        }
        if let Some(v) = self.create_time.as_ref() {
            struct_ser.serialize_field("createTime", v)?;
        }
        if let Some(v) = self.update_time.as_ref() {
            struct_ser.serialize_field("updateTime", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for TestSuite {
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
            "type",
            "framework",
            "command",
            "report_path",
            "reportPath",
            "coverage_path",
            "coveragePath",
            "create_time",
            "createTime",
            "update_time",
            "updateTime",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Id,
            OrganizationId,
            RepositoryId,
            Name,
            Type,
            Framework,
            Command,
            ReportPath,
            CoveragePath,
            CreateTime,
            UpdateTime,
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
                            "type" => Ok(GeneratedField::Type),
                            "framework" => Ok(GeneratedField::Framework),
                            "command" => Ok(GeneratedField::Command),
                            "reportPath" | "report_path" => Ok(GeneratedField::ReportPath),
                            "coveragePath" | "coverage_path" => Ok(GeneratedField::CoveragePath),
                            "createTime" | "create_time" => Ok(GeneratedField::CreateTime),
                            "updateTime" | "update_time" => Ok(GeneratedField::UpdateTime),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = TestSuite;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.testing.v1.TestSuite")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<TestSuite, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut id__ = None;
                let mut organization_id__ = None;
                let mut repository_id__ = None;
                let mut name__ = None;
                let mut r#type__ = None;
                let mut framework__ = None;
                let mut command__ = None;
                let mut report_path__ = None;
                let mut coverage_path__ = None;
                let mut create_time__ = None;
                let mut update_time__ = None;
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
                        GeneratedField::Type => {
                            if r#type__.is_some() {
                                return Err(serde::de::Error::duplicate_field("type"));
                            }
                            r#type__ = Some(map_.next_value::<TestType>()? as i32);
                        }
                        GeneratedField::Framework => {
                            if framework__.is_some() {
                                return Err(serde::de::Error::duplicate_field("framework"));
                            }
                            framework__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Command => {
                            if command__.is_some() {
                                return Err(serde::de::Error::duplicate_field("command"));
                            }
                            command__ = Some(map_.next_value()?);
                        }
                        GeneratedField::ReportPath => {
                            if report_path__.is_some() {
                                return Err(serde::de::Error::duplicate_field("reportPath"));
                            }
                            report_path__ = Some(map_.next_value()?);
                        }
                        GeneratedField::CoveragePath => {
                            if coverage_path__.is_some() {
                                return Err(serde::de::Error::duplicate_field("coveragePath"));
                            }
                            coverage_path__ = Some(map_.next_value()?);
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
                    }
                }
                Ok(TestSuite {
                    id: id__.unwrap_or_default(),
                    organization_id: organization_id__.unwrap_or_default(),
                    repository_id: repository_id__.unwrap_or_default(),
                    name: name__.unwrap_or_default(),
                    r#type: r#type__.unwrap_or_default(),
                    framework: framework__.unwrap_or_default(),
                    command: command__.unwrap_or_default(),
                    report_path: report_path__.unwrap_or_default(),
                    coverage_path: coverage_path__.unwrap_or_default(),
                    create_time: create_time__,
                    update_time: update_time__,
                })
            }
        }
        deserializer.deserialize_struct("secureflow.testing.v1.TestSuite", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for TestType {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "TEST_TYPE_UNSPECIFIED",
            Self::Unit => "TEST_TYPE_UNIT",
            Self::Integration => "TEST_TYPE_INTEGRATION",
            Self::E2e => "TEST_TYPE_E2E",
            Self::Performance => "TEST_TYPE_PERFORMANCE",
            Self::Security => "TEST_TYPE_SECURITY",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for TestType {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "TEST_TYPE_UNSPECIFIED",
            "TEST_TYPE_UNIT",
            "TEST_TYPE_INTEGRATION",
            "TEST_TYPE_E2E",
            "TEST_TYPE_PERFORMANCE",
            "TEST_TYPE_SECURITY",
        ];

        struct GeneratedVisitor;

        impl serde::de::Visitor<'_> for GeneratedVisitor {
            type Value = TestType;

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
                    "TEST_TYPE_UNSPECIFIED" => Ok(TestType::Unspecified),
                    "TEST_TYPE_UNIT" => Ok(TestType::Unit),
                    "TEST_TYPE_INTEGRATION" => Ok(TestType::Integration),
                    "TEST_TYPE_E2E" => Ok(TestType::E2e),
                    "TEST_TYPE_PERFORMANCE" => Ok(TestType::Performance),
                    "TEST_TYPE_SECURITY" => Ok(TestType::Security),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for TrendPoint {
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
        if self.executions != 0 {
            len += 1;
        }
        if self.pass_rate != 0. {
            len += 1;
        }
        if self.line_coverage != 0. {
            len += 1;
        }
        if self.average_duration_ms != 0 {
            len += 1;
        }
        if self.flaky_tests != 0 {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.testing.v1.TrendPoint", len)?;
        if let Some(v) = self.time.as_ref() {
            struct_ser.serialize_field("time", v)?;
        }
        if self.executions != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("executions", ToString::to_string(&self.executions).as_str())?;
        }
        if self.pass_rate != 0. {
            struct_ser.serialize_field("passRate", &self.pass_rate)?;
        }
        if self.line_coverage != 0. {
            struct_ser.serialize_field("lineCoverage", &self.line_coverage)?;
        }
        if self.average_duration_ms != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("averageDurationMs", ToString::to_string(&self.average_duration_ms).as_str())?;
        }
        if self.flaky_tests != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("flakyTests", ToString::to_string(&self.flaky_tests).as_str())?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for TrendPoint {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "time",
            "executions",
            "pass_rate",
            "passRate",
            "line_coverage",
            "lineCoverage",
            "average_duration_ms",
            "averageDurationMs",
            "flaky_tests",
            "flakyTests",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Time,
            Executions,
            PassRate,
            LineCoverage,
            AverageDurationMs,
            FlakyTests,
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
                            "executions" => Ok(GeneratedField::Executions),
                            "passRate" | "pass_rate" => Ok(GeneratedField::PassRate),
                            "lineCoverage" | "line_coverage" => Ok(GeneratedField::LineCoverage),
                            "averageDurationMs" | "average_duration_ms" => Ok(GeneratedField::AverageDurationMs),
                            "flakyTests" | "flaky_tests" => Ok(GeneratedField::FlakyTests),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = TrendPoint;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.testing.v1.TrendPoint")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<TrendPoint, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut time__ = None;
                let mut executions__ = None;
                let mut pass_rate__ = None;
                let mut line_coverage__ = None;
                let mut average_duration_ms__ = None;
                let mut flaky_tests__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Time => {
                            if time__.is_some() {
                                return Err(serde::de::Error::duplicate_field("time"));
                            }
                            time__ = map_.next_value()?;
                        }
                        GeneratedField::Executions => {
                            if executions__.is_some() {
                                return Err(serde::de::Error::duplicate_field("executions"));
                            }
                            executions__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::PassRate => {
                            if pass_rate__.is_some() {
                                return Err(serde::de::Error::duplicate_field("passRate"));
                            }
                            pass_rate__ = 
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
                        GeneratedField::AverageDurationMs => {
                            if average_duration_ms__.is_some() {
                                return Err(serde::de::Error::duplicate_field("averageDurationMs"));
                            }
                            average_duration_ms__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::FlakyTests => {
                            if flaky_tests__.is_some() {
                                return Err(serde::de::Error::duplicate_field("flakyTests"));
                            }
                            flaky_tests__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                    }
                }
                Ok(TrendPoint {
                    time: time__,
                    executions: executions__.unwrap_or_default(),
                    pass_rate: pass_rate__.unwrap_or_default(),
                    line_coverage: line_coverage__.unwrap_or_default(),
                    average_duration_ms: average_duration_ms__.unwrap_or_default(),
                    flaky_tests: flaky_tests__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.testing.v1.TrendPoint", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for UpdateTestSuiteRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.test_suite.is_some() {
            len += 1;
        }
        if self.update_mask.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.testing.v1.UpdateTestSuiteRequest", len)?;
        if let Some(v) = self.test_suite.as_ref() {
            struct_ser.serialize_field("testSuite", v)?;
        }
        if let Some(v) = self.update_mask.as_ref() {
            struct_ser.serialize_field("updateMask", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for UpdateTestSuiteRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "test_suite",
            "testSuite",
            "update_mask",
            "updateMask",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            TestSuite,
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
                            "testSuite" | "test_suite" => Ok(GeneratedField::TestSuite),
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
            type Value = UpdateTestSuiteRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.testing.v1.UpdateTestSuiteRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<UpdateTestSuiteRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut test_suite__ = None;
                let mut update_mask__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::TestSuite => {
                            if test_suite__.is_some() {
                                return Err(serde::de::Error::duplicate_field("testSuite"));
                            }
                            test_suite__ = map_.next_value()?;
                        }
                        GeneratedField::UpdateMask => {
                            if update_mask__.is_some() {
                                return Err(serde::de::Error::duplicate_field("updateMask"));
                            }
                            update_mask__ = map_.next_value()?;
                        }
                    }
                }
                Ok(UpdateTestSuiteRequest {
                    test_suite: test_suite__,
                    update_mask: update_mask__,
                })
            }
        }
        deserializer.deserialize_struct("secureflow.testing.v1.UpdateTestSuiteRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for UpdateTestSuiteResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.test_suite.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.testing.v1.UpdateTestSuiteResponse", len)?;
        if let Some(v) = self.test_suite.as_ref() {
            struct_ser.serialize_field("testSuite", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for UpdateTestSuiteResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "test_suite",
            "testSuite",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            TestSuite,
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
                            "testSuite" | "test_suite" => Ok(GeneratedField::TestSuite),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = UpdateTestSuiteResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.testing.v1.UpdateTestSuiteResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<UpdateTestSuiteResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut test_suite__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::TestSuite => {
                            if test_suite__.is_some() {
                                return Err(serde::de::Error::duplicate_field("testSuite"));
                            }
                            test_suite__ = map_.next_value()?;
                        }
                    }
                }
                Ok(UpdateTestSuiteResponse {
                    test_suite: test_suite__,
                })
            }
        }
        deserializer.deserialize_struct("secureflow.testing.v1.UpdateTestSuiteResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for UploadTestResultsRequest {
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
        if !self.branch.is_empty() {
            len += 1;
        }
        if !self.commit_sha.is_empty() {
            len += 1;
        }
        if !self.pipeline_execution_id.is_empty() {
            len += 1;
        }
        if self.report.is_some() {
            len += 1;
        }
        if !self.coverage_report.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.testing.v1.UploadTestResultsRequest", len)?;
        if !self.suite_id.is_empty() {
            struct_ser.serialize_field("suiteId", &self.suite_id)?;
        }
        if !self.branch.is_empty() {
            struct_ser.serialize_field("branch", &self.branch)?;
        }
        if !self.commit_sha.is_empty() {
            struct_ser.serialize_field("commitSha", &self.commit_sha)?;
        }
        if !self.pipeline_execution_id.is_empty() {
            struct_ser.serialize_field("pipelineExecutionId", &self.pipeline_execution_id)?;
        }
        if let Some(v) = self.report.as_ref() {
            struct_ser.serialize_field("report", v)?;
        }
        if !self.coverage_report.is_empty() {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("coverageReport", pbjson::private::base64::encode(&self.coverage_report).as_str())?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for UploadTestResultsRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "suite_id",
            "suiteId",
            "branch",
            "commit_sha",
            "commitSha",
            "pipeline_execution_id",
            "pipelineExecutionId",
            "report",
            "coverage_report",
            "coverageReport",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            SuiteId,
            Branch,
            CommitSha,
            PipelineExecutionId,
            Report,
            CoverageReport,
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
                            "branch" => Ok(GeneratedField::Branch),
                            "commitSha" | "commit_sha" => Ok(GeneratedField::CommitSha),
                            "pipelineExecutionId" | "pipeline_execution_id" => Ok(GeneratedField::PipelineExecutionId),
                            "report" => Ok(GeneratedField::Report),
                            "coverageReport" | "coverage_report" => Ok(GeneratedField::CoverageReport),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = UploadTestResultsRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.testing.v1.UploadTestResultsRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<UploadTestResultsRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut suite_id__ = None;
                let mut branch__ = None;
                let mut commit_sha__ = None;
                let mut pipeline_execution_id__ = None;
                let mut report__ = None;
                let mut coverage_report__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::SuiteId => {
                            if suite_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("suiteId"));
                            }
                            suite_id__ = Some(map_.next_value()?);
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
                        GeneratedField::PipelineExecutionId => {
                            if pipeline_execution_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("pipelineExecutionId"));
                            }
                            pipeline_execution_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Report => {
                            if report__.is_some() {
                                return Err(serde::de::Error::duplicate_field("report"));
                            }
                            report__ = map_.next_value()?;
                        }
                        GeneratedField::CoverageReport => {
                            if coverage_report__.is_some() {
                                return Err(serde::de::Error::duplicate_field("coverageReport"));
                            }
                            coverage_report__ = 
                                Some(map_.next_value::<::pbjson::private::BytesDeserialize<_>>()?.0)
                            ;
                        }
                    }
                }
                Ok(UploadTestResultsRequest {
                    suite_id: suite_id__.unwrap_or_default(),
                    branch: branch__.unwrap_or_default(),
                    commit_sha: commit_sha__.unwrap_or_default(),
                    pipeline_execution_id: pipeline_execution_id__.unwrap_or_default(),
                    report: report__,
                    coverage_report: coverage_report__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.testing.v1.UploadTestResultsRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for UploadTestResultsResponse {
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
        let mut struct_ser = serializer.serialize_struct("secureflow.testing.v1.UploadTestResultsResponse", len)?;
        if let Some(v) = self.execution.as_ref() {
            struct_ser.serialize_field("execution", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for UploadTestResultsResponse {
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
            type Value = UploadTestResultsResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.testing.v1.UploadTestResultsResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<UploadTestResultsResponse, V::Error>
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
                Ok(UploadTestResultsResponse {
                    execution: execution__,
                })
            }
        }
        deserializer.deserialize_struct("secureflow.testing.v1.UploadTestResultsResponse", FIELDS, GeneratedVisitor)
    }
}
