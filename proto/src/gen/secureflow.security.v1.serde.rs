impl serde::Serialize for AnySecretRule {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.finding_set != 0 {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.security.v1.AnySecretRule", len)?;
        if self.finding_set != 0 {
            let v = FindingSet::try_from(self.finding_set)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.finding_set)))?;
            struct_ser.serialize_field("findingSet", &v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for AnySecretRule {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "finding_set",
            "findingSet",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            FindingSet,
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
                            "findingSet" | "finding_set" => Ok(GeneratedField::FindingSet),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = AnySecretRule;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.security.v1.AnySecretRule")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<AnySecretRule, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut finding_set__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::FindingSet => {
                            if finding_set__.is_some() {
                                return Err(serde::de::Error::duplicate_field("findingSet"));
                            }
                            finding_set__ = Some(map_.next_value::<FindingSet>()? as i32);
                        }
                    }
                }
                Ok(AnySecretRule {
                    finding_set: finding_set__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.security.v1.AnySecretRule", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for AssignVulnerabilityRequest {
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
        if !self.assigned_to.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.security.v1.AssignVulnerabilityRequest", len)?;
        if !self.id.is_empty() {
            struct_ser.serialize_field("id", &self.id)?;
        }
        if !self.assigned_to.is_empty() {
            struct_ser.serialize_field("assignedTo", &self.assigned_to)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for AssignVulnerabilityRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "id",
            "assigned_to",
            "assignedTo",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Id,
            AssignedTo,
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
                            "assignedTo" | "assigned_to" => Ok(GeneratedField::AssignedTo),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = AssignVulnerabilityRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.security.v1.AssignVulnerabilityRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<AssignVulnerabilityRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut id__ = None;
                let mut assigned_to__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Id => {
                            if id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("id"));
                            }
                            id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::AssignedTo => {
                            if assigned_to__.is_some() {
                                return Err(serde::de::Error::duplicate_field("assignedTo"));
                            }
                            assigned_to__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(AssignVulnerabilityRequest {
                    id: id__.unwrap_or_default(),
                    assigned_to: assigned_to__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.security.v1.AssignVulnerabilityRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for AssignVulnerabilityResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.vulnerability.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.security.v1.AssignVulnerabilityResponse", len)?;
        if let Some(v) = self.vulnerability.as_ref() {
            struct_ser.serialize_field("vulnerability", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for AssignVulnerabilityResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "vulnerability",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Vulnerability,
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
                            "vulnerability" => Ok(GeneratedField::Vulnerability),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = AssignVulnerabilityResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.security.v1.AssignVulnerabilityResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<AssignVulnerabilityResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut vulnerability__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Vulnerability => {
                            if vulnerability__.is_some() {
                                return Err(serde::de::Error::duplicate_field("vulnerability"));
                            }
                            vulnerability__ = map_.next_value()?;
                        }
                    }
                }
                Ok(AssignVulnerabilityResponse {
                    vulnerability: vulnerability__,
                })
            }
        }
        deserializer.deserialize_struct("secureflow.security.v1.AssignVulnerabilityResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for CelRule {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.expression.is_empty() {
            len += 1;
        }
        if !self.message.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.security.v1.CelRule", len)?;
        if !self.expression.is_empty() {
            struct_ser.serialize_field("expression", &self.expression)?;
        }
        if !self.message.is_empty() {
            struct_ser.serialize_field("message", &self.message)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for CelRule {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "expression",
            "message",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Expression,
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
                            "expression" => Ok(GeneratedField::Expression),
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
            type Value = CelRule;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.security.v1.CelRule")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<CelRule, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut expression__ = None;
                let mut message__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Expression => {
                            if expression__.is_some() {
                                return Err(serde::de::Error::duplicate_field("expression"));
                            }
                            expression__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Message => {
                            if message__.is_some() {
                                return Err(serde::de::Error::duplicate_field("message"));
                            }
                            message__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(CelRule {
                    expression: expression__.unwrap_or_default(),
                    message: message__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.security.v1.CelRule", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ComplianceFramework {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "COMPLIANCE_FRAMEWORK_UNSPECIFIED",
            Self::OwaspTop102021 => "COMPLIANCE_FRAMEWORK_OWASP_TOP10_2021",
            Self::PciDss4 => "COMPLIANCE_FRAMEWORK_PCI_DSS_4",
            Self::Soc2 => "COMPLIANCE_FRAMEWORK_SOC2",
            Self::Hipaa => "COMPLIANCE_FRAMEWORK_HIPAA",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for ComplianceFramework {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "COMPLIANCE_FRAMEWORK_UNSPECIFIED",
            "COMPLIANCE_FRAMEWORK_OWASP_TOP10_2021",
            "COMPLIANCE_FRAMEWORK_PCI_DSS_4",
            "COMPLIANCE_FRAMEWORK_SOC2",
            "COMPLIANCE_FRAMEWORK_HIPAA",
        ];

        struct GeneratedVisitor;

        impl serde::de::Visitor<'_> for GeneratedVisitor {
            type Value = ComplianceFramework;

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
                    "COMPLIANCE_FRAMEWORK_UNSPECIFIED" => Ok(ComplianceFramework::Unspecified),
                    "COMPLIANCE_FRAMEWORK_OWASP_TOP10_2021" => Ok(ComplianceFramework::OwaspTop102021),
                    "COMPLIANCE_FRAMEWORK_PCI_DSS_4" => Ok(ComplianceFramework::PciDss4),
                    "COMPLIANCE_FRAMEWORK_SOC2" => Ok(ComplianceFramework::Soc2),
                    "COMPLIANCE_FRAMEWORK_HIPAA" => Ok(ComplianceFramework::Hipaa),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for Component {
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
        if !self.version.is_empty() {
            len += 1;
        }
        if !self.fixed_version.is_empty() {
            len += 1;
        }
        if !self.ecosystem.is_empty() {
            len += 1;
        }
        if !self.purl.is_empty() {
            len += 1;
        }
        if !self.licenses.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.security.v1.Component", len)?;
        if !self.name.is_empty() {
            struct_ser.serialize_field("name", &self.name)?;
        }
        if !self.version.is_empty() {
            struct_ser.serialize_field("version", &self.version)?;
        }
        if !self.fixed_version.is_empty() {
            struct_ser.serialize_field("fixedVersion", &self.fixed_version)?;
        }
        if !self.ecosystem.is_empty() {
            struct_ser.serialize_field("ecosystem", &self.ecosystem)?;
        }
        if !self.purl.is_empty() {
            struct_ser.serialize_field("purl", &self.purl)?;
        }
        if !self.licenses.is_empty() {
            struct_ser.serialize_field("licenses", &self.licenses)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for Component {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "name",
            "version",
            "fixed_version",
            "fixedVersion",
            "ecosystem",
            "purl",
            "licenses",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Name,
            Version,
            FixedVersion,
            Ecosystem,
            Purl,
            Licenses,
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
                            "version" => Ok(GeneratedField::Version),
                            "fixedVersion" | "fixed_version" => Ok(GeneratedField::FixedVersion),
                            "ecosystem" => Ok(GeneratedField::Ecosystem),
                            "purl" => Ok(GeneratedField::Purl),
                            "licenses" => Ok(GeneratedField::Licenses),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = Component;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.security.v1.Component")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<Component, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut name__ = None;
                let mut version__ = None;
                let mut fixed_version__ = None;
                let mut ecosystem__ = None;
                let mut purl__ = None;
                let mut licenses__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Name => {
                            if name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("name"));
                            }
                            name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Version => {
                            if version__.is_some() {
                                return Err(serde::de::Error::duplicate_field("version"));
                            }
                            version__ = Some(map_.next_value()?);
                        }
                        GeneratedField::FixedVersion => {
                            if fixed_version__.is_some() {
                                return Err(serde::de::Error::duplicate_field("fixedVersion"));
                            }
                            fixed_version__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Ecosystem => {
                            if ecosystem__.is_some() {
                                return Err(serde::de::Error::duplicate_field("ecosystem"));
                            }
                            ecosystem__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Purl => {
                            if purl__.is_some() {
                                return Err(serde::de::Error::duplicate_field("purl"));
                            }
                            purl__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Licenses => {
                            if licenses__.is_some() {
                                return Err(serde::de::Error::duplicate_field("licenses"));
                            }
                            licenses__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(Component {
                    name: name__.unwrap_or_default(),
                    version: version__.unwrap_or_default(),
                    fixed_version: fixed_version__.unwrap_or_default(),
                    ecosystem: ecosystem__.unwrap_or_default(),
                    purl: purl__.unwrap_or_default(),
                    licenses: licenses__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.security.v1.Component", FIELDS, GeneratedVisitor)
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
        if self.on_violation != 0 {
            len += 1;
        }
        if self.rule.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.security.v1.Condition", len)?;
        if self.on_violation != 0 {
            let v = Verdict::try_from(self.on_violation)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.on_violation)))?;
            struct_ser.serialize_field("onViolation", &v)?;
        }
        if let Some(v) = self.rule.as_ref() {
            match v {
                condition::Rule::Threshold(v) => {
                    struct_ser.serialize_field("threshold", v)?;
                }
                condition::Rule::AnySecret(v) => {
                    struct_ser.serialize_field("anySecret", v)?;
                }
                condition::Rule::KnownExploited(v) => {
                    struct_ser.serialize_field("knownExploited", v)?;
                }
                condition::Rule::RiskScore(v) => {
                    struct_ser.serialize_field("riskScore", v)?;
                }
                condition::Rule::SlaBreach(v) => {
                    struct_ser.serialize_field("slaBreach", v)?;
                }
                condition::Rule::LicenseDeny(v) => {
                    struct_ser.serialize_field("licenseDeny", v)?;
                }
                condition::Rule::Cel(v) => {
                    struct_ser.serialize_field("cel", v)?;
                }
            }
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
            "on_violation",
            "onViolation",
            "threshold",
            "any_secret",
            "anySecret",
            "known_exploited",
            "knownExploited",
            "risk_score",
            "riskScore",
            "sla_breach",
            "slaBreach",
            "license_deny",
            "licenseDeny",
            "cel",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            OnViolation,
            Threshold,
            AnySecret,
            KnownExploited,
            RiskScore,
            SlaBreach,
            LicenseDeny,
            Cel,
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
                            "onViolation" | "on_violation" => Ok(GeneratedField::OnViolation),
                            "threshold" => Ok(GeneratedField::Threshold),
                            "anySecret" | "any_secret" => Ok(GeneratedField::AnySecret),
                            "knownExploited" | "known_exploited" => Ok(GeneratedField::KnownExploited),
                            "riskScore" | "risk_score" => Ok(GeneratedField::RiskScore),
                            "slaBreach" | "sla_breach" => Ok(GeneratedField::SlaBreach),
                            "licenseDeny" | "license_deny" => Ok(GeneratedField::LicenseDeny),
                            "cel" => Ok(GeneratedField::Cel),
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
                formatter.write_str("struct secureflow.security.v1.Condition")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<Condition, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut on_violation__ = None;
                let mut rule__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::OnViolation => {
                            if on_violation__.is_some() {
                                return Err(serde::de::Error::duplicate_field("onViolation"));
                            }
                            on_violation__ = Some(map_.next_value::<Verdict>()? as i32);
                        }
                        GeneratedField::Threshold => {
                            if rule__.is_some() {
                                return Err(serde::de::Error::duplicate_field("threshold"));
                            }
                            rule__ = map_.next_value::<::std::option::Option<_>>()?.map(condition::Rule::Threshold)
;
                        }
                        GeneratedField::AnySecret => {
                            if rule__.is_some() {
                                return Err(serde::de::Error::duplicate_field("anySecret"));
                            }
                            rule__ = map_.next_value::<::std::option::Option<_>>()?.map(condition::Rule::AnySecret)
;
                        }
                        GeneratedField::KnownExploited => {
                            if rule__.is_some() {
                                return Err(serde::de::Error::duplicate_field("knownExploited"));
                            }
                            rule__ = map_.next_value::<::std::option::Option<_>>()?.map(condition::Rule::KnownExploited)
;
                        }
                        GeneratedField::RiskScore => {
                            if rule__.is_some() {
                                return Err(serde::de::Error::duplicate_field("riskScore"));
                            }
                            rule__ = map_.next_value::<::std::option::Option<_>>()?.map(condition::Rule::RiskScore)
;
                        }
                        GeneratedField::SlaBreach => {
                            if rule__.is_some() {
                                return Err(serde::de::Error::duplicate_field("slaBreach"));
                            }
                            rule__ = map_.next_value::<::std::option::Option<_>>()?.map(condition::Rule::SlaBreach)
;
                        }
                        GeneratedField::LicenseDeny => {
                            if rule__.is_some() {
                                return Err(serde::de::Error::duplicate_field("licenseDeny"));
                            }
                            rule__ = map_.next_value::<::std::option::Option<_>>()?.map(condition::Rule::LicenseDeny)
;
                        }
                        GeneratedField::Cel => {
                            if rule__.is_some() {
                                return Err(serde::de::Error::duplicate_field("cel"));
                            }
                            rule__ = map_.next_value::<::std::option::Option<_>>()?.map(condition::Rule::Cel)
;
                        }
                    }
                }
                Ok(Condition {
                    on_violation: on_violation__.unwrap_or_default(),
                    rule: rule__,
                })
            }
        }
        deserializer.deserialize_struct("secureflow.security.v1.Condition", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ConditionResult {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.condition_index != 0 {
            len += 1;
        }
        if self.verdict != 0 {
            len += 1;
        }
        if !self.message.is_empty() {
            len += 1;
        }
        if !self.vulnerability_ids.is_empty() {
            len += 1;
        }
        if self.evaluation_error {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.security.v1.ConditionResult", len)?;
        if self.condition_index != 0 {
            struct_ser.serialize_field("conditionIndex", &self.condition_index)?;
        }
        if self.verdict != 0 {
            let v = Verdict::try_from(self.verdict)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.verdict)))?;
            struct_ser.serialize_field("verdict", &v)?;
        }
        if !self.message.is_empty() {
            struct_ser.serialize_field("message", &self.message)?;
        }
        if !self.vulnerability_ids.is_empty() {
            struct_ser.serialize_field("vulnerabilityIds", &self.vulnerability_ids)?;
        }
        if self.evaluation_error {
            struct_ser.serialize_field("evaluationError", &self.evaluation_error)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ConditionResult {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "condition_index",
            "conditionIndex",
            "verdict",
            "message",
            "vulnerability_ids",
            "vulnerabilityIds",
            "evaluation_error",
            "evaluationError",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ConditionIndex,
            Verdict,
            Message,
            VulnerabilityIds,
            EvaluationError,
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
                            "conditionIndex" | "condition_index" => Ok(GeneratedField::ConditionIndex),
                            "verdict" => Ok(GeneratedField::Verdict),
                            "message" => Ok(GeneratedField::Message),
                            "vulnerabilityIds" | "vulnerability_ids" => Ok(GeneratedField::VulnerabilityIds),
                            "evaluationError" | "evaluation_error" => Ok(GeneratedField::EvaluationError),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ConditionResult;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.security.v1.ConditionResult")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ConditionResult, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut condition_index__ = None;
                let mut verdict__ = None;
                let mut message__ = None;
                let mut vulnerability_ids__ = None;
                let mut evaluation_error__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ConditionIndex => {
                            if condition_index__.is_some() {
                                return Err(serde::de::Error::duplicate_field("conditionIndex"));
                            }
                            condition_index__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::Verdict => {
                            if verdict__.is_some() {
                                return Err(serde::de::Error::duplicate_field("verdict"));
                            }
                            verdict__ = Some(map_.next_value::<Verdict>()? as i32);
                        }
                        GeneratedField::Message => {
                            if message__.is_some() {
                                return Err(serde::de::Error::duplicate_field("message"));
                            }
                            message__ = Some(map_.next_value()?);
                        }
                        GeneratedField::VulnerabilityIds => {
                            if vulnerability_ids__.is_some() {
                                return Err(serde::de::Error::duplicate_field("vulnerabilityIds"));
                            }
                            vulnerability_ids__ = Some(map_.next_value()?);
                        }
                        GeneratedField::EvaluationError => {
                            if evaluation_error__.is_some() {
                                return Err(serde::de::Error::duplicate_field("evaluationError"));
                            }
                            evaluation_error__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(ConditionResult {
                    condition_index: condition_index__.unwrap_or_default(),
                    verdict: verdict__.unwrap_or_default(),
                    message: message__.unwrap_or_default(),
                    vulnerability_ids: vulnerability_ids__.unwrap_or_default(),
                    evaluation_error: evaluation_error__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.security.v1.ConditionResult", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for Confidence {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "CONFIDENCE_UNSPECIFIED",
            Self::Low => "CONFIDENCE_LOW",
            Self::Medium => "CONFIDENCE_MEDIUM",
            Self::High => "CONFIDENCE_HIGH",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for Confidence {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "CONFIDENCE_UNSPECIFIED",
            "CONFIDENCE_LOW",
            "CONFIDENCE_MEDIUM",
            "CONFIDENCE_HIGH",
        ];

        struct GeneratedVisitor;

        impl serde::de::Visitor<'_> for GeneratedVisitor {
            type Value = Confidence;

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
                    "CONFIDENCE_UNSPECIFIED" => Ok(Confidence::Unspecified),
                    "CONFIDENCE_LOW" => Ok(Confidence::Low),
                    "CONFIDENCE_MEDIUM" => Ok(Confidence::Medium),
                    "CONFIDENCE_HIGH" => Ok(Confidence::High),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for CreatePolicyRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.policy.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.security.v1.CreatePolicyRequest", len)?;
        if let Some(v) = self.policy.as_ref() {
            struct_ser.serialize_field("policy", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for CreatePolicyRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "policy",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Policy,
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
                            "policy" => Ok(GeneratedField::Policy),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = CreatePolicyRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.security.v1.CreatePolicyRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<CreatePolicyRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut policy__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Policy => {
                            if policy__.is_some() {
                                return Err(serde::de::Error::duplicate_field("policy"));
                            }
                            policy__ = map_.next_value()?;
                        }
                    }
                }
                Ok(CreatePolicyRequest {
                    policy: policy__,
                })
            }
        }
        deserializer.deserialize_struct("secureflow.security.v1.CreatePolicyRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for CreatePolicyResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.policy.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.security.v1.CreatePolicyResponse", len)?;
        if let Some(v) = self.policy.as_ref() {
            struct_ser.serialize_field("policy", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for CreatePolicyResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "policy",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Policy,
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
                            "policy" => Ok(GeneratedField::Policy),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = CreatePolicyResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.security.v1.CreatePolicyResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<CreatePolicyResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut policy__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Policy => {
                            if policy__.is_some() {
                                return Err(serde::de::Error::duplicate_field("policy"));
                            }
                            policy__ = map_.next_value()?;
                        }
                    }
                }
                Ok(CreatePolicyResponse {
                    policy: policy__,
                })
            }
        }
        deserializer.deserialize_struct("secureflow.security.v1.CreatePolicyResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for CreateReportRequest {
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
        if self.reuse_within.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.security.v1.CreateReportRequest", len)?;
        if let Some(v) = self.report.as_ref() {
            struct_ser.serialize_field("report", v)?;
        }
        if let Some(v) = self.reuse_within.as_ref() {
            struct_ser.serialize_field("reuseWithin", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for CreateReportRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "report",
            "reuse_within",
            "reuseWithin",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Report,
            ReuseWithin,
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
                            "reuseWithin" | "reuse_within" => Ok(GeneratedField::ReuseWithin),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = CreateReportRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.security.v1.CreateReportRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<CreateReportRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut report__ = None;
                let mut reuse_within__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Report => {
                            if report__.is_some() {
                                return Err(serde::de::Error::duplicate_field("report"));
                            }
                            report__ = map_.next_value()?;
                        }
                        GeneratedField::ReuseWithin => {
                            if reuse_within__.is_some() {
                                return Err(serde::de::Error::duplicate_field("reuseWithin"));
                            }
                            reuse_within__ = map_.next_value()?;
                        }
                    }
                }
                Ok(CreateReportRequest {
                    report: report__,
                    reuse_within: reuse_within__,
                })
            }
        }
        deserializer.deserialize_struct("secureflow.security.v1.CreateReportRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for CreateReportResponse {
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
        let mut struct_ser = serializer.serialize_struct("secureflow.security.v1.CreateReportResponse", len)?;
        if let Some(v) = self.report.as_ref() {
            struct_ser.serialize_field("report", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for CreateReportResponse {
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
            type Value = CreateReportResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.security.v1.CreateReportResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<CreateReportResponse, V::Error>
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
                Ok(CreateReportResponse {
                    report: report__,
                })
            }
        }
        deserializer.deserialize_struct("secureflow.security.v1.CreateReportResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for CreateScanRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.scope.is_some() {
            len += 1;
        }
        if !self.format.is_empty() {
            len += 1;
        }
        if self.report.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.security.v1.CreateScanRequest", len)?;
        if let Some(v) = self.scope.as_ref() {
            struct_ser.serialize_field("scope", v)?;
        }
        if !self.format.is_empty() {
            struct_ser.serialize_field("format", &self.format)?;
        }
        if let Some(v) = self.report.as_ref() {
            struct_ser.serialize_field("report", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for CreateScanRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "scope",
            "format",
            "report",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Scope,
            Format,
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
                            "scope" => Ok(GeneratedField::Scope),
                            "format" => Ok(GeneratedField::Format),
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
            type Value = CreateScanRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.security.v1.CreateScanRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<CreateScanRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut scope__ = None;
                let mut format__ = None;
                let mut report__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Scope => {
                            if scope__.is_some() {
                                return Err(serde::de::Error::duplicate_field("scope"));
                            }
                            scope__ = map_.next_value()?;
                        }
                        GeneratedField::Format => {
                            if format__.is_some() {
                                return Err(serde::de::Error::duplicate_field("format"));
                            }
                            format__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Report => {
                            if report__.is_some() {
                                return Err(serde::de::Error::duplicate_field("report"));
                            }
                            report__ = map_.next_value()?;
                        }
                    }
                }
                Ok(CreateScanRequest {
                    scope: scope__,
                    format: format__.unwrap_or_default(),
                    report: report__,
                })
            }
        }
        deserializer.deserialize_struct("secureflow.security.v1.CreateScanRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for CreateScanResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.scan.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.security.v1.CreateScanResponse", len)?;
        if let Some(v) = self.scan.as_ref() {
            struct_ser.serialize_field("scan", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for CreateScanResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "scan",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Scan,
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
                            "scan" => Ok(GeneratedField::Scan),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = CreateScanResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.security.v1.CreateScanResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<CreateScanResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut scan__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Scan => {
                            if scan__.is_some() {
                                return Err(serde::de::Error::duplicate_field("scan"));
                            }
                            scan__ = map_.next_value()?;
                        }
                    }
                }
                Ok(CreateScanResponse {
                    scan: scan__,
                })
            }
        }
        deserializer.deserialize_struct("secureflow.security.v1.CreateScanResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for Cvss {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.vector.is_empty() {
            len += 1;
        }
        if self.score != 0. {
            len += 1;
        }
        if !self.version.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.security.v1.Cvss", len)?;
        if !self.vector.is_empty() {
            struct_ser.serialize_field("vector", &self.vector)?;
        }
        if self.score != 0. {
            struct_ser.serialize_field("score", &self.score)?;
        }
        if !self.version.is_empty() {
            struct_ser.serialize_field("version", &self.version)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for Cvss {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "vector",
            "score",
            "version",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Vector,
            Score,
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
                            "vector" => Ok(GeneratedField::Vector),
                            "score" => Ok(GeneratedField::Score),
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
            type Value = Cvss;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.security.v1.Cvss")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<Cvss, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut vector__ = None;
                let mut score__ = None;
                let mut version__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Vector => {
                            if vector__.is_some() {
                                return Err(serde::de::Error::duplicate_field("vector"));
                            }
                            vector__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Score => {
                            if score__.is_some() {
                                return Err(serde::de::Error::duplicate_field("score"));
                            }
                            score__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::Version => {
                            if version__.is_some() {
                                return Err(serde::de::Error::duplicate_field("version"));
                            }
                            version__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(Cvss {
                    vector: vector__.unwrap_or_default(),
                    score: score__.unwrap_or_default(),
                    version: version__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.security.v1.Cvss", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for DeletePolicyRequest {
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
        let mut struct_ser = serializer.serialize_struct("secureflow.security.v1.DeletePolicyRequest", len)?;
        if !self.id.is_empty() {
            struct_ser.serialize_field("id", &self.id)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for DeletePolicyRequest {
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
            type Value = DeletePolicyRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.security.v1.DeletePolicyRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<DeletePolicyRequest, V::Error>
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
                Ok(DeletePolicyRequest {
                    id: id__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.security.v1.DeletePolicyRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for DeletePolicyResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let len = 0;
        let struct_ser = serializer.serialize_struct("secureflow.security.v1.DeletePolicyResponse", len)?;
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for DeletePolicyResponse {
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
            type Value = DeletePolicyResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.security.v1.DeletePolicyResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<DeletePolicyResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                while map_.next_key::<GeneratedField>()?.is_some() {
                    let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                }
                Ok(DeletePolicyResponse {
                })
            }
        }
        deserializer.deserialize_struct("secureflow.security.v1.DeletePolicyResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for EvaluateGateRequest {
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
        if !self.base_branch.is_empty() {
            len += 1;
        }
        if self.target.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.security.v1.EvaluateGateRequest", len)?;
        if !self.repository_id.is_empty() {
            struct_ser.serialize_field("repositoryId", &self.repository_id)?;
        }
        if !self.branch.is_empty() {
            struct_ser.serialize_field("branch", &self.branch)?;
        }
        if !self.base_branch.is_empty() {
            struct_ser.serialize_field("baseBranch", &self.base_branch)?;
        }
        if let Some(v) = self.target.as_ref() {
            match v {
                evaluate_gate_request::Target::CommitSha(v) => {
                    struct_ser.serialize_field("commitSha", v)?;
                }
                evaluate_gate_request::Target::ScanId(v) => {
                    struct_ser.serialize_field("scanId", v)?;
                }
            }
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for EvaluateGateRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "repository_id",
            "repositoryId",
            "branch",
            "base_branch",
            "baseBranch",
            "commit_sha",
            "commitSha",
            "scan_id",
            "scanId",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            RepositoryId,
            Branch,
            BaseBranch,
            CommitSha,
            ScanId,
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
                            "baseBranch" | "base_branch" => Ok(GeneratedField::BaseBranch),
                            "commitSha" | "commit_sha" => Ok(GeneratedField::CommitSha),
                            "scanId" | "scan_id" => Ok(GeneratedField::ScanId),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = EvaluateGateRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.security.v1.EvaluateGateRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<EvaluateGateRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut repository_id__ = None;
                let mut branch__ = None;
                let mut base_branch__ = None;
                let mut target__ = None;
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
                        GeneratedField::BaseBranch => {
                            if base_branch__.is_some() {
                                return Err(serde::de::Error::duplicate_field("baseBranch"));
                            }
                            base_branch__ = Some(map_.next_value()?);
                        }
                        GeneratedField::CommitSha => {
                            if target__.is_some() {
                                return Err(serde::de::Error::duplicate_field("commitSha"));
                            }
                            target__ = map_.next_value::<::std::option::Option<_>>()?.map(evaluate_gate_request::Target::CommitSha);
                        }
                        GeneratedField::ScanId => {
                            if target__.is_some() {
                                return Err(serde::de::Error::duplicate_field("scanId"));
                            }
                            target__ = map_.next_value::<::std::option::Option<_>>()?.map(evaluate_gate_request::Target::ScanId);
                        }
                    }
                }
                Ok(EvaluateGateRequest {
                    repository_id: repository_id__.unwrap_or_default(),
                    branch: branch__.unwrap_or_default(),
                    base_branch: base_branch__.unwrap_or_default(),
                    target: target__,
                })
            }
        }
        deserializer.deserialize_struct("secureflow.security.v1.EvaluateGateRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for EvaluateGateResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.evaluation.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.security.v1.EvaluateGateResponse", len)?;
        if let Some(v) = self.evaluation.as_ref() {
            struct_ser.serialize_field("evaluation", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for EvaluateGateResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "evaluation",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Evaluation,
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
                            "evaluation" => Ok(GeneratedField::Evaluation),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = EvaluateGateResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.security.v1.EvaluateGateResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<EvaluateGateResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut evaluation__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Evaluation => {
                            if evaluation__.is_some() {
                                return Err(serde::de::Error::duplicate_field("evaluation"));
                            }
                            evaluation__ = map_.next_value()?;
                        }
                    }
                }
                Ok(EvaluateGateResponse {
                    evaluation: evaluation__,
                })
            }
        }
        deserializer.deserialize_struct("secureflow.security.v1.EvaluateGateResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for FindingKind {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "FINDING_KIND_UNSPECIFIED",
            Self::Sast => "FINDING_KIND_SAST",
            Self::Dependency => "FINDING_KIND_DEPENDENCY",
            Self::Secret => "FINDING_KIND_SECRET",
            Self::Iac => "FINDING_KIND_IAC",
            Self::Dast => "FINDING_KIND_DAST",
            Self::Container => "FINDING_KIND_CONTAINER",
            Self::License => "FINDING_KIND_LICENSE",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for FindingKind {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "FINDING_KIND_UNSPECIFIED",
            "FINDING_KIND_SAST",
            "FINDING_KIND_DEPENDENCY",
            "FINDING_KIND_SECRET",
            "FINDING_KIND_IAC",
            "FINDING_KIND_DAST",
            "FINDING_KIND_CONTAINER",
            "FINDING_KIND_LICENSE",
        ];

        struct GeneratedVisitor;

        impl serde::de::Visitor<'_> for GeneratedVisitor {
            type Value = FindingKind;

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
                    "FINDING_KIND_UNSPECIFIED" => Ok(FindingKind::Unspecified),
                    "FINDING_KIND_SAST" => Ok(FindingKind::Sast),
                    "FINDING_KIND_DEPENDENCY" => Ok(FindingKind::Dependency),
                    "FINDING_KIND_SECRET" => Ok(FindingKind::Secret),
                    "FINDING_KIND_IAC" => Ok(FindingKind::Iac),
                    "FINDING_KIND_DAST" => Ok(FindingKind::Dast),
                    "FINDING_KIND_CONTAINER" => Ok(FindingKind::Container),
                    "FINDING_KIND_LICENSE" => Ok(FindingKind::License),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for FindingSet {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "FINDING_SET_UNSPECIFIED",
            Self::New => "FINDING_SET_NEW",
            Self::Total => "FINDING_SET_TOTAL",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for FindingSet {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "FINDING_SET_UNSPECIFIED",
            "FINDING_SET_NEW",
            "FINDING_SET_TOTAL",
        ];

        struct GeneratedVisitor;

        impl serde::de::Visitor<'_> for GeneratedVisitor {
            type Value = FindingSet;

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
                    "FINDING_SET_UNSPECIFIED" => Ok(FindingSet::Unspecified),
                    "FINDING_SET_NEW" => Ok(FindingSet::New),
                    "FINDING_SET_TOTAL" => Ok(FindingSet::Total),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for GateEvaluation {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.verdict != 0 {
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
        if !self.base_branch.is_empty() {
            len += 1;
        }
        if !self.policies.is_empty() {
            len += 1;
        }
        if self.evaluate_time.is_some() {
            len += 1;
        }
        if self.unavailable {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.security.v1.GateEvaluation", len)?;
        if self.verdict != 0 {
            let v = Verdict::try_from(self.verdict)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.verdict)))?;
            struct_ser.serialize_field("verdict", &v)?;
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
        if !self.base_branch.is_empty() {
            struct_ser.serialize_field("baseBranch", &self.base_branch)?;
        }
        if !self.policies.is_empty() {
            struct_ser.serialize_field("policies", &self.policies)?;
        }
        if let Some(v) = self.evaluate_time.as_ref() {
            struct_ser.serialize_field("evaluateTime", v)?;
        }
        if self.unavailable {
            struct_ser.serialize_field("unavailable", &self.unavailable)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GateEvaluation {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "verdict",
            "repository_id",
            "repositoryId",
            "branch",
            "commit_sha",
            "commitSha",
            "base_branch",
            "baseBranch",
            "policies",
            "evaluate_time",
            "evaluateTime",
            "unavailable",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Verdict,
            RepositoryId,
            Branch,
            CommitSha,
            BaseBranch,
            Policies,
            EvaluateTime,
            Unavailable,
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
                            "verdict" => Ok(GeneratedField::Verdict),
                            "repositoryId" | "repository_id" => Ok(GeneratedField::RepositoryId),
                            "branch" => Ok(GeneratedField::Branch),
                            "commitSha" | "commit_sha" => Ok(GeneratedField::CommitSha),
                            "baseBranch" | "base_branch" => Ok(GeneratedField::BaseBranch),
                            "policies" => Ok(GeneratedField::Policies),
                            "evaluateTime" | "evaluate_time" => Ok(GeneratedField::EvaluateTime),
                            "unavailable" => Ok(GeneratedField::Unavailable),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GateEvaluation;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.security.v1.GateEvaluation")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GateEvaluation, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut verdict__ = None;
                let mut repository_id__ = None;
                let mut branch__ = None;
                let mut commit_sha__ = None;
                let mut base_branch__ = None;
                let mut policies__ = None;
                let mut evaluate_time__ = None;
                let mut unavailable__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Verdict => {
                            if verdict__.is_some() {
                                return Err(serde::de::Error::duplicate_field("verdict"));
                            }
                            verdict__ = Some(map_.next_value::<Verdict>()? as i32);
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
                        GeneratedField::BaseBranch => {
                            if base_branch__.is_some() {
                                return Err(serde::de::Error::duplicate_field("baseBranch"));
                            }
                            base_branch__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Policies => {
                            if policies__.is_some() {
                                return Err(serde::de::Error::duplicate_field("policies"));
                            }
                            policies__ = Some(map_.next_value()?);
                        }
                        GeneratedField::EvaluateTime => {
                            if evaluate_time__.is_some() {
                                return Err(serde::de::Error::duplicate_field("evaluateTime"));
                            }
                            evaluate_time__ = map_.next_value()?;
                        }
                        GeneratedField::Unavailable => {
                            if unavailable__.is_some() {
                                return Err(serde::de::Error::duplicate_field("unavailable"));
                            }
                            unavailable__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(GateEvaluation {
                    verdict: verdict__.unwrap_or_default(),
                    repository_id: repository_id__.unwrap_or_default(),
                    branch: branch__.unwrap_or_default(),
                    commit_sha: commit_sha__.unwrap_or_default(),
                    base_branch: base_branch__.unwrap_or_default(),
                    policies: policies__.unwrap_or_default(),
                    evaluate_time: evaluate_time__,
                    unavailable: unavailable__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.security.v1.GateEvaluation", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetPolicyRequest {
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
        let mut struct_ser = serializer.serialize_struct("secureflow.security.v1.GetPolicyRequest", len)?;
        if !self.id.is_empty() {
            struct_ser.serialize_field("id", &self.id)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetPolicyRequest {
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
            type Value = GetPolicyRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.security.v1.GetPolicyRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetPolicyRequest, V::Error>
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
                Ok(GetPolicyRequest {
                    id: id__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.security.v1.GetPolicyRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetPolicyResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.policy.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.security.v1.GetPolicyResponse", len)?;
        if let Some(v) = self.policy.as_ref() {
            struct_ser.serialize_field("policy", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetPolicyResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "policy",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Policy,
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
                            "policy" => Ok(GeneratedField::Policy),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetPolicyResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.security.v1.GetPolicyResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetPolicyResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut policy__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Policy => {
                            if policy__.is_some() {
                                return Err(serde::de::Error::duplicate_field("policy"));
                            }
                            policy__ = map_.next_value()?;
                        }
                    }
                }
                Ok(GetPolicyResponse {
                    policy: policy__,
                })
            }
        }
        deserializer.deserialize_struct("secureflow.security.v1.GetPolicyResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetPostureRequest {
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
        let mut struct_ser = serializer.serialize_struct("secureflow.security.v1.GetPostureRequest", len)?;
        if !self.repository_id.is_empty() {
            struct_ser.serialize_field("repositoryId", &self.repository_id)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetPostureRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "repository_id",
            "repositoryId",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            RepositoryId,
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
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetPostureRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.security.v1.GetPostureRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetPostureRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut repository_id__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::RepositoryId => {
                            if repository_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("repositoryId"));
                            }
                            repository_id__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(GetPostureRequest {
                    repository_id: repository_id__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.security.v1.GetPostureRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetPostureResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.score != 0. {
            len += 1;
        }
        if !self.open_by_severity.is_empty() {
            len += 1;
        }
        if self.sla_breached != 0 {
            len += 1;
        }
        if !self.explanation.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.security.v1.GetPostureResponse", len)?;
        if self.score != 0. {
            struct_ser.serialize_field("score", &self.score)?;
        }
        if !self.open_by_severity.is_empty() {
            let v: std::collections::HashMap<_, _> = self.open_by_severity.iter()
                .map(|(k, v)| (k, v.to_string())).collect();
            struct_ser.serialize_field("openBySeverity", &v)?;
        }
        if self.sla_breached != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("slaBreached", ToString::to_string(&self.sla_breached).as_str())?;
        }
        if !self.explanation.is_empty() {
            struct_ser.serialize_field("explanation", &self.explanation)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetPostureResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "score",
            "open_by_severity",
            "openBySeverity",
            "sla_breached",
            "slaBreached",
            "explanation",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Score,
            OpenBySeverity,
            SlaBreached,
            Explanation,
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
                            "score" => Ok(GeneratedField::Score),
                            "openBySeverity" | "open_by_severity" => Ok(GeneratedField::OpenBySeverity),
                            "slaBreached" | "sla_breached" => Ok(GeneratedField::SlaBreached),
                            "explanation" => Ok(GeneratedField::Explanation),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetPostureResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.security.v1.GetPostureResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetPostureResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut score__ = None;
                let mut open_by_severity__ = None;
                let mut sla_breached__ = None;
                let mut explanation__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Score => {
                            if score__.is_some() {
                                return Err(serde::de::Error::duplicate_field("score"));
                            }
                            score__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::OpenBySeverity => {
                            if open_by_severity__.is_some() {
                                return Err(serde::de::Error::duplicate_field("openBySeverity"));
                            }
                            open_by_severity__ = Some(
                                map_.next_value::<std::collections::HashMap<_, ::pbjson::private::NumberDeserialize<i64>>>()?
                                    .into_iter().map(|(k,v)| (k, v.0)).collect()
                            );
                        }
                        GeneratedField::SlaBreached => {
                            if sla_breached__.is_some() {
                                return Err(serde::de::Error::duplicate_field("slaBreached"));
                            }
                            sla_breached__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::Explanation => {
                            if explanation__.is_some() {
                                return Err(serde::de::Error::duplicate_field("explanation"));
                            }
                            explanation__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(GetPostureResponse {
                    score: score__.unwrap_or_default(),
                    open_by_severity: open_by_severity__.unwrap_or_default(),
                    sla_breached: sla_breached__.unwrap_or_default(),
                    explanation: explanation__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.security.v1.GetPostureResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetReportContentRequest {
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
        let mut struct_ser = serializer.serialize_struct("secureflow.security.v1.GetReportContentRequest", len)?;
        if !self.id.is_empty() {
            struct_ser.serialize_field("id", &self.id)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetReportContentRequest {
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
            type Value = GetReportContentRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.security.v1.GetReportContentRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetReportContentRequest, V::Error>
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
                Ok(GetReportContentRequest {
                    id: id__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.security.v1.GetReportContentRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetReportContentResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.content.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.security.v1.GetReportContentResponse", len)?;
        if let Some(v) = self.content.as_ref() {
            struct_ser.serialize_field("content", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetReportContentResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "content",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Content,
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
                            "content" => Ok(GeneratedField::Content),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetReportContentResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.security.v1.GetReportContentResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetReportContentResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut content__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Content => {
                            if content__.is_some() {
                                return Err(serde::de::Error::duplicate_field("content"));
                            }
                            content__ = map_.next_value()?;
                        }
                    }
                }
                Ok(GetReportContentResponse {
                    content: content__,
                })
            }
        }
        deserializer.deserialize_struct("secureflow.security.v1.GetReportContentResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetReportRequest {
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
        let mut struct_ser = serializer.serialize_struct("secureflow.security.v1.GetReportRequest", len)?;
        if !self.id.is_empty() {
            struct_ser.serialize_field("id", &self.id)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetReportRequest {
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
            type Value = GetReportRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.security.v1.GetReportRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetReportRequest, V::Error>
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
                Ok(GetReportRequest {
                    id: id__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.security.v1.GetReportRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetReportResponse {
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
        let mut struct_ser = serializer.serialize_struct("secureflow.security.v1.GetReportResponse", len)?;
        if let Some(v) = self.report.as_ref() {
            struct_ser.serialize_field("report", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetReportResponse {
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
            type Value = GetReportResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.security.v1.GetReportResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetReportResponse, V::Error>
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
                Ok(GetReportResponse {
                    report: report__,
                })
            }
        }
        deserializer.deserialize_struct("secureflow.security.v1.GetReportResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetScanReportRequest {
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
        let mut struct_ser = serializer.serialize_struct("secureflow.security.v1.GetScanReportRequest", len)?;
        if !self.id.is_empty() {
            struct_ser.serialize_field("id", &self.id)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetScanReportRequest {
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
            type Value = GetScanReportRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.security.v1.GetScanReportRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetScanReportRequest, V::Error>
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
                Ok(GetScanReportRequest {
                    id: id__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.security.v1.GetScanReportRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetScanReportResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.content.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.security.v1.GetScanReportResponse", len)?;
        if let Some(v) = self.content.as_ref() {
            struct_ser.serialize_field("content", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetScanReportResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "content",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Content,
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
                            "content" => Ok(GeneratedField::Content),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetScanReportResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.security.v1.GetScanReportResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetScanReportResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut content__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Content => {
                            if content__.is_some() {
                                return Err(serde::de::Error::duplicate_field("content"));
                            }
                            content__ = map_.next_value()?;
                        }
                    }
                }
                Ok(GetScanReportResponse {
                    content: content__,
                })
            }
        }
        deserializer.deserialize_struct("secureflow.security.v1.GetScanReportResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetScanRequest {
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
        let mut struct_ser = serializer.serialize_struct("secureflow.security.v1.GetScanRequest", len)?;
        if !self.id.is_empty() {
            struct_ser.serialize_field("id", &self.id)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetScanRequest {
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
            type Value = GetScanRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.security.v1.GetScanRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetScanRequest, V::Error>
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
                Ok(GetScanRequest {
                    id: id__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.security.v1.GetScanRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetScanResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.scan.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.security.v1.GetScanResponse", len)?;
        if let Some(v) = self.scan.as_ref() {
            struct_ser.serialize_field("scan", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetScanResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "scan",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Scan,
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
                            "scan" => Ok(GeneratedField::Scan),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetScanResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.security.v1.GetScanResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetScanResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut scan__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Scan => {
                            if scan__.is_some() {
                                return Err(serde::de::Error::duplicate_field("scan"));
                            }
                            scan__ = map_.next_value()?;
                        }
                    }
                }
                Ok(GetScanResponse {
                    scan: scan__,
                })
            }
        }
        deserializer.deserialize_struct("secureflow.security.v1.GetScanResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetVulnerabilityRequest {
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
        let mut struct_ser = serializer.serialize_struct("secureflow.security.v1.GetVulnerabilityRequest", len)?;
        if !self.id.is_empty() {
            struct_ser.serialize_field("id", &self.id)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetVulnerabilityRequest {
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
            type Value = GetVulnerabilityRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.security.v1.GetVulnerabilityRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetVulnerabilityRequest, V::Error>
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
                Ok(GetVulnerabilityRequest {
                    id: id__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.security.v1.GetVulnerabilityRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetVulnerabilityResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.vulnerability.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.security.v1.GetVulnerabilityResponse", len)?;
        if let Some(v) = self.vulnerability.as_ref() {
            struct_ser.serialize_field("vulnerability", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetVulnerabilityResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "vulnerability",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Vulnerability,
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
                            "vulnerability" => Ok(GeneratedField::Vulnerability),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetVulnerabilityResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.security.v1.GetVulnerabilityResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetVulnerabilityResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut vulnerability__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Vulnerability => {
                            if vulnerability__.is_some() {
                                return Err(serde::de::Error::duplicate_field("vulnerability"));
                            }
                            vulnerability__ = map_.next_value()?;
                        }
                    }
                }
                Ok(GetVulnerabilityResponse {
                    vulnerability: vulnerability__,
                })
            }
        }
        deserializer.deserialize_struct("secureflow.security.v1.GetVulnerabilityResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ImportThreatIntelRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.source != 0 {
            len += 1;
        }
        if self.content.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.security.v1.ImportThreatIntelRequest", len)?;
        if self.source != 0 {
            let v = ThreatIntelSource::try_from(self.source)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.source)))?;
            struct_ser.serialize_field("source", &v)?;
        }
        if let Some(v) = self.content.as_ref() {
            struct_ser.serialize_field("content", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ImportThreatIntelRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "source",
            "content",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Source,
            Content,
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
                            "source" => Ok(GeneratedField::Source),
                            "content" => Ok(GeneratedField::Content),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ImportThreatIntelRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.security.v1.ImportThreatIntelRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ImportThreatIntelRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut source__ = None;
                let mut content__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Source => {
                            if source__.is_some() {
                                return Err(serde::de::Error::duplicate_field("source"));
                            }
                            source__ = Some(map_.next_value::<ThreatIntelSource>()? as i32);
                        }
                        GeneratedField::Content => {
                            if content__.is_some() {
                                return Err(serde::de::Error::duplicate_field("content"));
                            }
                            content__ = map_.next_value()?;
                        }
                    }
                }
                Ok(ImportThreatIntelRequest {
                    source: source__.unwrap_or_default(),
                    content: content__,
                })
            }
        }
        deserializer.deserialize_struct("secureflow.security.v1.ImportThreatIntelRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ImportThreatIntelResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.entries != 0 {
            len += 1;
        }
        if self.vulnerabilities_rescored != 0 {
            len += 1;
        }
        if self.gates_reevaluated != 0 {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.security.v1.ImportThreatIntelResponse", len)?;
        if self.entries != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("entries", ToString::to_string(&self.entries).as_str())?;
        }
        if self.vulnerabilities_rescored != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("vulnerabilitiesRescored", ToString::to_string(&self.vulnerabilities_rescored).as_str())?;
        }
        if self.gates_reevaluated != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("gatesReevaluated", ToString::to_string(&self.gates_reevaluated).as_str())?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ImportThreatIntelResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "entries",
            "vulnerabilities_rescored",
            "vulnerabilitiesRescored",
            "gates_reevaluated",
            "gatesReevaluated",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Entries,
            VulnerabilitiesRescored,
            GatesReevaluated,
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
                            "entries" => Ok(GeneratedField::Entries),
                            "vulnerabilitiesRescored" | "vulnerabilities_rescored" => Ok(GeneratedField::VulnerabilitiesRescored),
                            "gatesReevaluated" | "gates_reevaluated" => Ok(GeneratedField::GatesReevaluated),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ImportThreatIntelResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.security.v1.ImportThreatIntelResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ImportThreatIntelResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut entries__ = None;
                let mut vulnerabilities_rescored__ = None;
                let mut gates_reevaluated__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Entries => {
                            if entries__.is_some() {
                                return Err(serde::de::Error::duplicate_field("entries"));
                            }
                            entries__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::VulnerabilitiesRescored => {
                            if vulnerabilities_rescored__.is_some() {
                                return Err(serde::de::Error::duplicate_field("vulnerabilitiesRescored"));
                            }
                            vulnerabilities_rescored__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::GatesReevaluated => {
                            if gates_reevaluated__.is_some() {
                                return Err(serde::de::Error::duplicate_field("gatesReevaluated"));
                            }
                            gates_reevaluated__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                    }
                }
                Ok(ImportThreatIntelResponse {
                    entries: entries__.unwrap_or_default(),
                    vulnerabilities_rescored: vulnerabilities_rescored__.unwrap_or_default(),
                    gates_reevaluated: gates_reevaluated__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.security.v1.ImportThreatIntelResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for IngestReportHeader {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.scope.is_some() {
            len += 1;
        }
        if !self.format.is_empty() {
            len += 1;
        }
        if !self.file_name.is_empty() {
            len += 1;
        }
        if self.size_bytes != 0 {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.security.v1.IngestReportHeader", len)?;
        if let Some(v) = self.scope.as_ref() {
            struct_ser.serialize_field("scope", v)?;
        }
        if !self.format.is_empty() {
            struct_ser.serialize_field("format", &self.format)?;
        }
        if !self.file_name.is_empty() {
            struct_ser.serialize_field("fileName", &self.file_name)?;
        }
        if self.size_bytes != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("sizeBytes", ToString::to_string(&self.size_bytes).as_str())?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for IngestReportHeader {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "scope",
            "format",
            "file_name",
            "fileName",
            "size_bytes",
            "sizeBytes",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Scope,
            Format,
            FileName,
            SizeBytes,
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
                            "scope" => Ok(GeneratedField::Scope),
                            "format" => Ok(GeneratedField::Format),
                            "fileName" | "file_name" => Ok(GeneratedField::FileName),
                            "sizeBytes" | "size_bytes" => Ok(GeneratedField::SizeBytes),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = IngestReportHeader;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.security.v1.IngestReportHeader")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<IngestReportHeader, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut scope__ = None;
                let mut format__ = None;
                let mut file_name__ = None;
                let mut size_bytes__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Scope => {
                            if scope__.is_some() {
                                return Err(serde::de::Error::duplicate_field("scope"));
                            }
                            scope__ = map_.next_value()?;
                        }
                        GeneratedField::Format => {
                            if format__.is_some() {
                                return Err(serde::de::Error::duplicate_field("format"));
                            }
                            format__ = Some(map_.next_value()?);
                        }
                        GeneratedField::FileName => {
                            if file_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("fileName"));
                            }
                            file_name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::SizeBytes => {
                            if size_bytes__.is_some() {
                                return Err(serde::de::Error::duplicate_field("sizeBytes"));
                            }
                            size_bytes__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                    }
                }
                Ok(IngestReportHeader {
                    scope: scope__,
                    format: format__.unwrap_or_default(),
                    file_name: file_name__.unwrap_or_default(),
                    size_bytes: size_bytes__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.security.v1.IngestReportHeader", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for IngestReportRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.part.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.security.v1.IngestReportRequest", len)?;
        if let Some(v) = self.part.as_ref() {
            match v {
                ingest_report_request::Part::Header(v) => {
                    struct_ser.serialize_field("header", v)?;
                }
                ingest_report_request::Part::Chunk(v) => {
                    #[allow(clippy::needless_borrow)]
                    #[allow(clippy::needless_borrows_for_generic_args)]
                    struct_ser.serialize_field("chunk", pbjson::private::base64::encode(&v).as_str())?;
                }
            }
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for IngestReportRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "header",
            "chunk",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Header,
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
                            "header" => Ok(GeneratedField::Header),
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
            type Value = IngestReportRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.security.v1.IngestReportRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<IngestReportRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut part__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Header => {
                            if part__.is_some() {
                                return Err(serde::de::Error::duplicate_field("header"));
                            }
                            part__ = map_.next_value::<::std::option::Option<_>>()?.map(ingest_report_request::Part::Header)
;
                        }
                        GeneratedField::Chunk => {
                            if part__.is_some() {
                                return Err(serde::de::Error::duplicate_field("chunk"));
                            }
                            part__ = map_.next_value::<::std::option::Option<::pbjson::private::BytesDeserialize<_>>>()?.map(|x| ingest_report_request::Part::Chunk(x.0));
                        }
                    }
                }
                Ok(IngestReportRequest {
                    part: part__,
                })
            }
        }
        deserializer.deserialize_struct("secureflow.security.v1.IngestReportRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for IngestReportResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.progress.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.security.v1.IngestReportResponse", len)?;
        if let Some(v) = self.progress.as_ref() {
            struct_ser.serialize_field("progress", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for IngestReportResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "progress",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Progress,
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
                            "progress" => Ok(GeneratedField::Progress),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = IngestReportResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.security.v1.IngestReportResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<IngestReportResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut progress__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Progress => {
                            if progress__.is_some() {
                                return Err(serde::de::Error::duplicate_field("progress"));
                            }
                            progress__ = map_.next_value()?;
                        }
                    }
                }
                Ok(IngestReportResponse {
                    progress: progress__,
                })
            }
        }
        deserializer.deserialize_struct("secureflow.security.v1.IngestReportResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for IngestionSummary {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
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
        let mut struct_ser = serializer.serialize_struct("secureflow.security.v1.IngestionSummary", len)?;
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
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for IngestionSummary {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "findings_parsed",
            "findingsParsed",
            "duplicates_in_report",
            "duplicatesInReport",
            "new",
            "updated",
            "reopened",
            "resolved",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            FindingsParsed,
            DuplicatesInReport,
            New,
            Updated,
            Reopened,
            Resolved,
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
                            "findingsParsed" | "findings_parsed" => Ok(GeneratedField::FindingsParsed),
                            "duplicatesInReport" | "duplicates_in_report" => Ok(GeneratedField::DuplicatesInReport),
                            "new" => Ok(GeneratedField::New),
                            "updated" => Ok(GeneratedField::Updated),
                            "reopened" => Ok(GeneratedField::Reopened),
                            "resolved" => Ok(GeneratedField::Resolved),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = IngestionSummary;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.security.v1.IngestionSummary")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<IngestionSummary, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut findings_parsed__ = None;
                let mut duplicates_in_report__ = None;
                let mut new__ = None;
                let mut updated__ = None;
                let mut reopened__ = None;
                let mut resolved__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
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
                    }
                }
                Ok(IngestionSummary {
                    findings_parsed: findings_parsed__.unwrap_or_default(),
                    duplicates_in_report: duplicates_in_report__.unwrap_or_default(),
                    new: new__.unwrap_or_default(),
                    updated: updated__.unwrap_or_default(),
                    reopened: reopened__.unwrap_or_default(),
                    resolved: resolved__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.security.v1.IngestionSummary", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for KnownExploitedRule {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.finding_set != 0 {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.security.v1.KnownExploitedRule", len)?;
        if self.finding_set != 0 {
            let v = FindingSet::try_from(self.finding_set)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.finding_set)))?;
            struct_ser.serialize_field("findingSet", &v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for KnownExploitedRule {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "finding_set",
            "findingSet",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            FindingSet,
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
                            "findingSet" | "finding_set" => Ok(GeneratedField::FindingSet),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = KnownExploitedRule;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.security.v1.KnownExploitedRule")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<KnownExploitedRule, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut finding_set__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::FindingSet => {
                            if finding_set__.is_some() {
                                return Err(serde::de::Error::duplicate_field("findingSet"));
                            }
                            finding_set__ = Some(map_.next_value::<FindingSet>()? as i32);
                        }
                    }
                }
                Ok(KnownExploitedRule {
                    finding_set: finding_set__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.security.v1.KnownExploitedRule", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for LicenseDenyRule {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.denied_licenses.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.security.v1.LicenseDenyRule", len)?;
        if !self.denied_licenses.is_empty() {
            struct_ser.serialize_field("deniedLicenses", &self.denied_licenses)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for LicenseDenyRule {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "denied_licenses",
            "deniedLicenses",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            DeniedLicenses,
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
                            "deniedLicenses" | "denied_licenses" => Ok(GeneratedField::DeniedLicenses),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = LicenseDenyRule;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.security.v1.LicenseDenyRule")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<LicenseDenyRule, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut denied_licenses__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::DeniedLicenses => {
                            if denied_licenses__.is_some() {
                                return Err(serde::de::Error::duplicate_field("deniedLicenses"));
                            }
                            denied_licenses__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(LicenseDenyRule {
                    denied_licenses: denied_licenses__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.security.v1.LicenseDenyRule", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ListPoliciesRequest {
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
        let mut struct_ser = serializer.serialize_struct("secureflow.security.v1.ListPoliciesRequest", len)?;
        if self.page_size != 0 {
            struct_ser.serialize_field("pageSize", &self.page_size)?;
        }
        if !self.page_token.is_empty() {
            struct_ser.serialize_field("pageToken", &self.page_token)?;
        }
        if !self.repository_id.is_empty() {
            struct_ser.serialize_field("repositoryId", &self.repository_id)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ListPoliciesRequest {
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
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            PageSize,
            PageToken,
            RepositoryId,
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
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ListPoliciesRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.security.v1.ListPoliciesRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ListPoliciesRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut page_size__ = None;
                let mut page_token__ = None;
                let mut repository_id__ = None;
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
                    }
                }
                Ok(ListPoliciesRequest {
                    page_size: page_size__.unwrap_or_default(),
                    page_token: page_token__.unwrap_or_default(),
                    repository_id: repository_id__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.security.v1.ListPoliciesRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ListPoliciesResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.policies.is_empty() {
            len += 1;
        }
        if !self.next_page_token.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.security.v1.ListPoliciesResponse", len)?;
        if !self.policies.is_empty() {
            struct_ser.serialize_field("policies", &self.policies)?;
        }
        if !self.next_page_token.is_empty() {
            struct_ser.serialize_field("nextPageToken", &self.next_page_token)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ListPoliciesResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "policies",
            "next_page_token",
            "nextPageToken",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Policies,
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
                            "policies" => Ok(GeneratedField::Policies),
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
            type Value = ListPoliciesResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.security.v1.ListPoliciesResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ListPoliciesResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut policies__ = None;
                let mut next_page_token__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Policies => {
                            if policies__.is_some() {
                                return Err(serde::de::Error::duplicate_field("policies"));
                            }
                            policies__ = Some(map_.next_value()?);
                        }
                        GeneratedField::NextPageToken => {
                            if next_page_token__.is_some() {
                                return Err(serde::de::Error::duplicate_field("nextPageToken"));
                            }
                            next_page_token__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(ListPoliciesResponse {
                    policies: policies__.unwrap_or_default(),
                    next_page_token: next_page_token__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.security.v1.ListPoliciesResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ListReportsRequest {
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
        let mut struct_ser = serializer.serialize_struct("secureflow.security.v1.ListReportsRequest", len)?;
        if self.page_size != 0 {
            struct_ser.serialize_field("pageSize", &self.page_size)?;
        }
        if !self.page_token.is_empty() {
            struct_ser.serialize_field("pageToken", &self.page_token)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ListReportsRequest {
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
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
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
            type Value = ListReportsRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.security.v1.ListReportsRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ListReportsRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut page_size__ = None;
                let mut page_token__ = None;
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
                    }
                }
                Ok(ListReportsRequest {
                    page_size: page_size__.unwrap_or_default(),
                    page_token: page_token__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.security.v1.ListReportsRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ListReportsResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.reports.is_empty() {
            len += 1;
        }
        if !self.next_page_token.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.security.v1.ListReportsResponse", len)?;
        if !self.reports.is_empty() {
            struct_ser.serialize_field("reports", &self.reports)?;
        }
        if !self.next_page_token.is_empty() {
            struct_ser.serialize_field("nextPageToken", &self.next_page_token)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ListReportsResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "reports",
            "next_page_token",
            "nextPageToken",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Reports,
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
                            "reports" => Ok(GeneratedField::Reports),
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
            type Value = ListReportsResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.security.v1.ListReportsResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ListReportsResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut reports__ = None;
                let mut next_page_token__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Reports => {
                            if reports__.is_some() {
                                return Err(serde::de::Error::duplicate_field("reports"));
                            }
                            reports__ = Some(map_.next_value()?);
                        }
                        GeneratedField::NextPageToken => {
                            if next_page_token__.is_some() {
                                return Err(serde::de::Error::duplicate_field("nextPageToken"));
                            }
                            next_page_token__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(ListReportsResponse {
                    reports: reports__.unwrap_or_default(),
                    next_page_token: next_page_token__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.security.v1.ListReportsResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ListScansRequest {
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
        if !self.branch.is_empty() {
            len += 1;
        }
        if !self.tool.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.security.v1.ListScansRequest", len)?;
        if self.page_size != 0 {
            struct_ser.serialize_field("pageSize", &self.page_size)?;
        }
        if !self.page_token.is_empty() {
            struct_ser.serialize_field("pageToken", &self.page_token)?;
        }
        if !self.repository_id.is_empty() {
            struct_ser.serialize_field("repositoryId", &self.repository_id)?;
        }
        if !self.branch.is_empty() {
            struct_ser.serialize_field("branch", &self.branch)?;
        }
        if !self.tool.is_empty() {
            struct_ser.serialize_field("tool", &self.tool)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ListScansRequest {
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
            "branch",
            "tool",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            PageSize,
            PageToken,
            RepositoryId,
            Branch,
            Tool,
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
                            "branch" => Ok(GeneratedField::Branch),
                            "tool" => Ok(GeneratedField::Tool),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ListScansRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.security.v1.ListScansRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ListScansRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut page_size__ = None;
                let mut page_token__ = None;
                let mut repository_id__ = None;
                let mut branch__ = None;
                let mut tool__ = None;
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
                        GeneratedField::Branch => {
                            if branch__.is_some() {
                                return Err(serde::de::Error::duplicate_field("branch"));
                            }
                            branch__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Tool => {
                            if tool__.is_some() {
                                return Err(serde::de::Error::duplicate_field("tool"));
                            }
                            tool__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(ListScansRequest {
                    page_size: page_size__.unwrap_or_default(),
                    page_token: page_token__.unwrap_or_default(),
                    repository_id: repository_id__.unwrap_or_default(),
                    branch: branch__.unwrap_or_default(),
                    tool: tool__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.security.v1.ListScansRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ListScansResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.scans.is_empty() {
            len += 1;
        }
        if !self.next_page_token.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.security.v1.ListScansResponse", len)?;
        if !self.scans.is_empty() {
            struct_ser.serialize_field("scans", &self.scans)?;
        }
        if !self.next_page_token.is_empty() {
            struct_ser.serialize_field("nextPageToken", &self.next_page_token)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ListScansResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "scans",
            "next_page_token",
            "nextPageToken",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Scans,
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
                            "scans" => Ok(GeneratedField::Scans),
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
            type Value = ListScansResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.security.v1.ListScansResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ListScansResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut scans__ = None;
                let mut next_page_token__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Scans => {
                            if scans__.is_some() {
                                return Err(serde::de::Error::duplicate_field("scans"));
                            }
                            scans__ = Some(map_.next_value()?);
                        }
                        GeneratedField::NextPageToken => {
                            if next_page_token__.is_some() {
                                return Err(serde::de::Error::duplicate_field("nextPageToken"));
                            }
                            next_page_token__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(ListScansResponse {
                    scans: scans__.unwrap_or_default(),
                    next_page_token: next_page_token__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.security.v1.ListScansResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ListVulnerabilitiesRequest {
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
        if !self.severities.is_empty() {
            len += 1;
        }
        if !self.statuses.is_empty() {
            len += 1;
        }
        if !self.tools.is_empty() {
            len += 1;
        }
        if !self.repository_id.is_empty() {
            len += 1;
        }
        if !self.branch.is_empty() {
            len += 1;
        }
        if !self.cwe_id.is_empty() {
            len += 1;
        }
        if !self.cve_id.is_empty() {
            len += 1;
        }
        if !self.component.is_empty() {
            len += 1;
        }
        if !self.assigned_to.is_empty() {
            len += 1;
        }
        if !self.query.is_empty() {
            len += 1;
        }
        if !self.kinds.is_empty() {
            len += 1;
        }
        if !self.order_by.is_empty() {
            len += 1;
        }
        if self.view != 0 {
            len += 1;
        }
        if !self.repository_ids.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.security.v1.ListVulnerabilitiesRequest", len)?;
        if self.page_size != 0 {
            struct_ser.serialize_field("pageSize", &self.page_size)?;
        }
        if !self.page_token.is_empty() {
            struct_ser.serialize_field("pageToken", &self.page_token)?;
        }
        if !self.severities.is_empty() {
            let v = self.severities.iter().cloned().map(|v| {
                Severity::try_from(v)
                    .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", v)))
                }).collect::<std::result::Result<Vec<_>, _>>()?;
            struct_ser.serialize_field("severities", &v)?;
        }
        if !self.statuses.is_empty() {
            let v = self.statuses.iter().cloned().map(|v| {
                VulnerabilityStatus::try_from(v)
                    .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", v)))
                }).collect::<std::result::Result<Vec<_>, _>>()?;
            struct_ser.serialize_field("statuses", &v)?;
        }
        if !self.tools.is_empty() {
            struct_ser.serialize_field("tools", &self.tools)?;
        }
        if !self.repository_id.is_empty() {
            struct_ser.serialize_field("repositoryId", &self.repository_id)?;
        }
        if !self.branch.is_empty() {
            struct_ser.serialize_field("branch", &self.branch)?;
        }
        if !self.cwe_id.is_empty() {
            struct_ser.serialize_field("cweId", &self.cwe_id)?;
        }
        if !self.cve_id.is_empty() {
            struct_ser.serialize_field("cveId", &self.cve_id)?;
        }
        if !self.component.is_empty() {
            struct_ser.serialize_field("component", &self.component)?;
        }
        if !self.assigned_to.is_empty() {
            struct_ser.serialize_field("assignedTo", &self.assigned_to)?;
        }
        if !self.query.is_empty() {
            struct_ser.serialize_field("query", &self.query)?;
        }
        if !self.kinds.is_empty() {
            let v = self.kinds.iter().cloned().map(|v| {
                FindingKind::try_from(v)
                    .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", v)))
                }).collect::<std::result::Result<Vec<_>, _>>()?;
            struct_ser.serialize_field("kinds", &v)?;
        }
        if !self.order_by.is_empty() {
            struct_ser.serialize_field("orderBy", &self.order_by)?;
        }
        if self.view != 0 {
            let v = VulnerabilityView::try_from(self.view)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.view)))?;
            struct_ser.serialize_field("view", &v)?;
        }
        if !self.repository_ids.is_empty() {
            struct_ser.serialize_field("repositoryIds", &self.repository_ids)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ListVulnerabilitiesRequest {
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
            "severities",
            "statuses",
            "tools",
            "repository_id",
            "repositoryId",
            "branch",
            "cwe_id",
            "cweId",
            "cve_id",
            "cveId",
            "component",
            "assigned_to",
            "assignedTo",
            "query",
            "kinds",
            "order_by",
            "orderBy",
            "view",
            "repository_ids",
            "repositoryIds",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            PageSize,
            PageToken,
            Severities,
            Statuses,
            Tools,
            RepositoryId,
            Branch,
            CweId,
            CveId,
            Component,
            AssignedTo,
            Query,
            Kinds,
            OrderBy,
            View,
            RepositoryIds,
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
                            "severities" => Ok(GeneratedField::Severities),
                            "statuses" => Ok(GeneratedField::Statuses),
                            "tools" => Ok(GeneratedField::Tools),
                            "repositoryId" | "repository_id" => Ok(GeneratedField::RepositoryId),
                            "branch" => Ok(GeneratedField::Branch),
                            "cweId" | "cwe_id" => Ok(GeneratedField::CweId),
                            "cveId" | "cve_id" => Ok(GeneratedField::CveId),
                            "component" => Ok(GeneratedField::Component),
                            "assignedTo" | "assigned_to" => Ok(GeneratedField::AssignedTo),
                            "query" => Ok(GeneratedField::Query),
                            "kinds" => Ok(GeneratedField::Kinds),
                            "orderBy" | "order_by" => Ok(GeneratedField::OrderBy),
                            "view" => Ok(GeneratedField::View),
                            "repositoryIds" | "repository_ids" => Ok(GeneratedField::RepositoryIds),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ListVulnerabilitiesRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.security.v1.ListVulnerabilitiesRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ListVulnerabilitiesRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut page_size__ = None;
                let mut page_token__ = None;
                let mut severities__ = None;
                let mut statuses__ = None;
                let mut tools__ = None;
                let mut repository_id__ = None;
                let mut branch__ = None;
                let mut cwe_id__ = None;
                let mut cve_id__ = None;
                let mut component__ = None;
                let mut assigned_to__ = None;
                let mut query__ = None;
                let mut kinds__ = None;
                let mut order_by__ = None;
                let mut view__ = None;
                let mut repository_ids__ = None;
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
                        GeneratedField::Severities => {
                            if severities__.is_some() {
                                return Err(serde::de::Error::duplicate_field("severities"));
                            }
                            severities__ = Some(map_.next_value::<Vec<Severity>>()?.into_iter().map(|x| x as i32).collect());
                        }
                        GeneratedField::Statuses => {
                            if statuses__.is_some() {
                                return Err(serde::de::Error::duplicate_field("statuses"));
                            }
                            statuses__ = Some(map_.next_value::<Vec<VulnerabilityStatus>>()?.into_iter().map(|x| x as i32).collect());
                        }
                        GeneratedField::Tools => {
                            if tools__.is_some() {
                                return Err(serde::de::Error::duplicate_field("tools"));
                            }
                            tools__ = Some(map_.next_value()?);
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
                        GeneratedField::CweId => {
                            if cwe_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("cweId"));
                            }
                            cwe_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::CveId => {
                            if cve_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("cveId"));
                            }
                            cve_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Component => {
                            if component__.is_some() {
                                return Err(serde::de::Error::duplicate_field("component"));
                            }
                            component__ = Some(map_.next_value()?);
                        }
                        GeneratedField::AssignedTo => {
                            if assigned_to__.is_some() {
                                return Err(serde::de::Error::duplicate_field("assignedTo"));
                            }
                            assigned_to__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Query => {
                            if query__.is_some() {
                                return Err(serde::de::Error::duplicate_field("query"));
                            }
                            query__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Kinds => {
                            if kinds__.is_some() {
                                return Err(serde::de::Error::duplicate_field("kinds"));
                            }
                            kinds__ = Some(map_.next_value::<Vec<FindingKind>>()?.into_iter().map(|x| x as i32).collect());
                        }
                        GeneratedField::OrderBy => {
                            if order_by__.is_some() {
                                return Err(serde::de::Error::duplicate_field("orderBy"));
                            }
                            order_by__ = Some(map_.next_value()?);
                        }
                        GeneratedField::View => {
                            if view__.is_some() {
                                return Err(serde::de::Error::duplicate_field("view"));
                            }
                            view__ = Some(map_.next_value::<VulnerabilityView>()? as i32);
                        }
                        GeneratedField::RepositoryIds => {
                            if repository_ids__.is_some() {
                                return Err(serde::de::Error::duplicate_field("repositoryIds"));
                            }
                            repository_ids__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(ListVulnerabilitiesRequest {
                    page_size: page_size__.unwrap_or_default(),
                    page_token: page_token__.unwrap_or_default(),
                    severities: severities__.unwrap_or_default(),
                    statuses: statuses__.unwrap_or_default(),
                    tools: tools__.unwrap_or_default(),
                    repository_id: repository_id__.unwrap_or_default(),
                    branch: branch__.unwrap_or_default(),
                    cwe_id: cwe_id__.unwrap_or_default(),
                    cve_id: cve_id__.unwrap_or_default(),
                    component: component__.unwrap_or_default(),
                    assigned_to: assigned_to__.unwrap_or_default(),
                    query: query__.unwrap_or_default(),
                    kinds: kinds__.unwrap_or_default(),
                    order_by: order_by__.unwrap_or_default(),
                    view: view__.unwrap_or_default(),
                    repository_ids: repository_ids__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.security.v1.ListVulnerabilitiesRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ListVulnerabilitiesResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.vulnerabilities.is_empty() {
            len += 1;
        }
        if !self.next_page_token.is_empty() {
            len += 1;
        }
        if self.total_size != 0 {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.security.v1.ListVulnerabilitiesResponse", len)?;
        if !self.vulnerabilities.is_empty() {
            struct_ser.serialize_field("vulnerabilities", &self.vulnerabilities)?;
        }
        if !self.next_page_token.is_empty() {
            struct_ser.serialize_field("nextPageToken", &self.next_page_token)?;
        }
        if self.total_size != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("totalSize", ToString::to_string(&self.total_size).as_str())?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ListVulnerabilitiesResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "vulnerabilities",
            "next_page_token",
            "nextPageToken",
            "total_size",
            "totalSize",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Vulnerabilities,
            NextPageToken,
            TotalSize,
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
                            "vulnerabilities" => Ok(GeneratedField::Vulnerabilities),
                            "nextPageToken" | "next_page_token" => Ok(GeneratedField::NextPageToken),
                            "totalSize" | "total_size" => Ok(GeneratedField::TotalSize),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ListVulnerabilitiesResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.security.v1.ListVulnerabilitiesResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ListVulnerabilitiesResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut vulnerabilities__ = None;
                let mut next_page_token__ = None;
                let mut total_size__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Vulnerabilities => {
                            if vulnerabilities__.is_some() {
                                return Err(serde::de::Error::duplicate_field("vulnerabilities"));
                            }
                            vulnerabilities__ = Some(map_.next_value()?);
                        }
                        GeneratedField::NextPageToken => {
                            if next_page_token__.is_some() {
                                return Err(serde::de::Error::duplicate_field("nextPageToken"));
                            }
                            next_page_token__ = Some(map_.next_value()?);
                        }
                        GeneratedField::TotalSize => {
                            if total_size__.is_some() {
                                return Err(serde::de::Error::duplicate_field("totalSize"));
                            }
                            total_size__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                    }
                }
                Ok(ListVulnerabilitiesResponse {
                    vulnerabilities: vulnerabilities__.unwrap_or_default(),
                    next_page_token: next_page_token__.unwrap_or_default(),
                    total_size: total_size__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.security.v1.ListVulnerabilitiesResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for Occurrence {
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
        if !self.tool.is_empty() {
            len += 1;
        }
        if !self.rule_id.is_empty() {
            len += 1;
        }
        if !self.file_path.is_empty() {
            len += 1;
        }
        if self.line_number != 0 {
            len += 1;
        }
        if !self.commit_sha.is_empty() {
            len += 1;
        }
        if self.seen_time.is_some() {
            len += 1;
        }
        if !self.merge_reason.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.security.v1.Occurrence", len)?;
        if !self.scan_id.is_empty() {
            struct_ser.serialize_field("scanId", &self.scan_id)?;
        }
        if !self.tool.is_empty() {
            struct_ser.serialize_field("tool", &self.tool)?;
        }
        if !self.rule_id.is_empty() {
            struct_ser.serialize_field("ruleId", &self.rule_id)?;
        }
        if !self.file_path.is_empty() {
            struct_ser.serialize_field("filePath", &self.file_path)?;
        }
        if self.line_number != 0 {
            struct_ser.serialize_field("lineNumber", &self.line_number)?;
        }
        if !self.commit_sha.is_empty() {
            struct_ser.serialize_field("commitSha", &self.commit_sha)?;
        }
        if let Some(v) = self.seen_time.as_ref() {
            struct_ser.serialize_field("seenTime", v)?;
        }
        if !self.merge_reason.is_empty() {
            struct_ser.serialize_field("mergeReason", &self.merge_reason)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for Occurrence {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "scan_id",
            "scanId",
            "tool",
            "rule_id",
            "ruleId",
            "file_path",
            "filePath",
            "line_number",
            "lineNumber",
            "commit_sha",
            "commitSha",
            "seen_time",
            "seenTime",
            "merge_reason",
            "mergeReason",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ScanId,
            Tool,
            RuleId,
            FilePath,
            LineNumber,
            CommitSha,
            SeenTime,
            MergeReason,
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
                            "tool" => Ok(GeneratedField::Tool),
                            "ruleId" | "rule_id" => Ok(GeneratedField::RuleId),
                            "filePath" | "file_path" => Ok(GeneratedField::FilePath),
                            "lineNumber" | "line_number" => Ok(GeneratedField::LineNumber),
                            "commitSha" | "commit_sha" => Ok(GeneratedField::CommitSha),
                            "seenTime" | "seen_time" => Ok(GeneratedField::SeenTime),
                            "mergeReason" | "merge_reason" => Ok(GeneratedField::MergeReason),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = Occurrence;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.security.v1.Occurrence")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<Occurrence, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut scan_id__ = None;
                let mut tool__ = None;
                let mut rule_id__ = None;
                let mut file_path__ = None;
                let mut line_number__ = None;
                let mut commit_sha__ = None;
                let mut seen_time__ = None;
                let mut merge_reason__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ScanId => {
                            if scan_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("scanId"));
                            }
                            scan_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Tool => {
                            if tool__.is_some() {
                                return Err(serde::de::Error::duplicate_field("tool"));
                            }
                            tool__ = Some(map_.next_value()?);
                        }
                        GeneratedField::RuleId => {
                            if rule_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("ruleId"));
                            }
                            rule_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::FilePath => {
                            if file_path__.is_some() {
                                return Err(serde::de::Error::duplicate_field("filePath"));
                            }
                            file_path__ = Some(map_.next_value()?);
                        }
                        GeneratedField::LineNumber => {
                            if line_number__.is_some() {
                                return Err(serde::de::Error::duplicate_field("lineNumber"));
                            }
                            line_number__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::CommitSha => {
                            if commit_sha__.is_some() {
                                return Err(serde::de::Error::duplicate_field("commitSha"));
                            }
                            commit_sha__ = Some(map_.next_value()?);
                        }
                        GeneratedField::SeenTime => {
                            if seen_time__.is_some() {
                                return Err(serde::de::Error::duplicate_field("seenTime"));
                            }
                            seen_time__ = map_.next_value()?;
                        }
                        GeneratedField::MergeReason => {
                            if merge_reason__.is_some() {
                                return Err(serde::de::Error::duplicate_field("mergeReason"));
                            }
                            merge_reason__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(Occurrence {
                    scan_id: scan_id__.unwrap_or_default(),
                    tool: tool__.unwrap_or_default(),
                    rule_id: rule_id__.unwrap_or_default(),
                    file_path: file_path__.unwrap_or_default(),
                    line_number: line_number__.unwrap_or_default(),
                    commit_sha: commit_sha__.unwrap_or_default(),
                    seen_time: seen_time__,
                    merge_reason: merge_reason__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.security.v1.Occurrence", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for Policy {
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
        if !self.name.is_empty() {
            len += 1;
        }
        if !self.description.is_empty() {
            len += 1;
        }
        if self.scope.is_some() {
            len += 1;
        }
        if !self.conditions.is_empty() {
            len += 1;
        }
        if self.enabled {
            len += 1;
        }
        if self.create_time.is_some() {
            len += 1;
        }
        if self.update_time.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.security.v1.Policy", len)?;
        if !self.id.is_empty() {
            struct_ser.serialize_field("id", &self.id)?;
        }
        if !self.organization_id.is_empty() {
            struct_ser.serialize_field("organizationId", &self.organization_id)?;
        }
        if !self.name.is_empty() {
            struct_ser.serialize_field("name", &self.name)?;
        }
        if !self.description.is_empty() {
            struct_ser.serialize_field("description", &self.description)?;
        }
        if let Some(v) = self.scope.as_ref() {
            struct_ser.serialize_field("scope", v)?;
        }
        if !self.conditions.is_empty() {
            struct_ser.serialize_field("conditions", &self.conditions)?;
        }
        if self.enabled {
            struct_ser.serialize_field("enabled", &self.enabled)?;
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
impl<'de> serde::Deserialize<'de> for Policy {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "id",
            "organization_id",
            "organizationId",
            "name",
            "description",
            "scope",
            "conditions",
            "enabled",
            "create_time",
            "createTime",
            "update_time",
            "updateTime",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Id,
            OrganizationId,
            Name,
            Description,
            Scope,
            Conditions,
            Enabled,
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
                            "name" => Ok(GeneratedField::Name),
                            "description" => Ok(GeneratedField::Description),
                            "scope" => Ok(GeneratedField::Scope),
                            "conditions" => Ok(GeneratedField::Conditions),
                            "enabled" => Ok(GeneratedField::Enabled),
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
            type Value = Policy;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.security.v1.Policy")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<Policy, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut id__ = None;
                let mut organization_id__ = None;
                let mut name__ = None;
                let mut description__ = None;
                let mut scope__ = None;
                let mut conditions__ = None;
                let mut enabled__ = None;
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
                        GeneratedField::Scope => {
                            if scope__.is_some() {
                                return Err(serde::de::Error::duplicate_field("scope"));
                            }
                            scope__ = map_.next_value()?;
                        }
                        GeneratedField::Conditions => {
                            if conditions__.is_some() {
                                return Err(serde::de::Error::duplicate_field("conditions"));
                            }
                            conditions__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Enabled => {
                            if enabled__.is_some() {
                                return Err(serde::de::Error::duplicate_field("enabled"));
                            }
                            enabled__ = Some(map_.next_value()?);
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
                Ok(Policy {
                    id: id__.unwrap_or_default(),
                    organization_id: organization_id__.unwrap_or_default(),
                    name: name__.unwrap_or_default(),
                    description: description__.unwrap_or_default(),
                    scope: scope__,
                    conditions: conditions__.unwrap_or_default(),
                    enabled: enabled__.unwrap_or_default(),
                    create_time: create_time__,
                    update_time: update_time__,
                })
            }
        }
        deserializer.deserialize_struct("secureflow.security.v1.Policy", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for PolicyResult {
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
        if !self.policy_name.is_empty() {
            len += 1;
        }
        if self.verdict != 0 {
            len += 1;
        }
        if !self.violations.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.security.v1.PolicyResult", len)?;
        if !self.policy_id.is_empty() {
            struct_ser.serialize_field("policyId", &self.policy_id)?;
        }
        if !self.policy_name.is_empty() {
            struct_ser.serialize_field("policyName", &self.policy_name)?;
        }
        if self.verdict != 0 {
            let v = Verdict::try_from(self.verdict)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.verdict)))?;
            struct_ser.serialize_field("verdict", &v)?;
        }
        if !self.violations.is_empty() {
            struct_ser.serialize_field("violations", &self.violations)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for PolicyResult {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "policy_id",
            "policyId",
            "policy_name",
            "policyName",
            "verdict",
            "violations",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            PolicyId,
            PolicyName,
            Verdict,
            Violations,
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
                            "policyName" | "policy_name" => Ok(GeneratedField::PolicyName),
                            "verdict" => Ok(GeneratedField::Verdict),
                            "violations" => Ok(GeneratedField::Violations),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = PolicyResult;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.security.v1.PolicyResult")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<PolicyResult, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut policy_id__ = None;
                let mut policy_name__ = None;
                let mut verdict__ = None;
                let mut violations__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::PolicyId => {
                            if policy_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("policyId"));
                            }
                            policy_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::PolicyName => {
                            if policy_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("policyName"));
                            }
                            policy_name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Verdict => {
                            if verdict__.is_some() {
                                return Err(serde::de::Error::duplicate_field("verdict"));
                            }
                            verdict__ = Some(map_.next_value::<Verdict>()? as i32);
                        }
                        GeneratedField::Violations => {
                            if violations__.is_some() {
                                return Err(serde::de::Error::duplicate_field("violations"));
                            }
                            violations__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(PolicyResult {
                    policy_id: policy_id__.unwrap_or_default(),
                    policy_name: policy_name__.unwrap_or_default(),
                    verdict: verdict__.unwrap_or_default(),
                    violations: violations__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.security.v1.PolicyResult", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for PolicyScope {
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
        if !self.branch_patterns.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.security.v1.PolicyScope", len)?;
        if !self.repository_id.is_empty() {
            struct_ser.serialize_field("repositoryId", &self.repository_id)?;
        }
        if !self.branch_patterns.is_empty() {
            struct_ser.serialize_field("branchPatterns", &self.branch_patterns)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for PolicyScope {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "repository_id",
            "repositoryId",
            "branch_patterns",
            "branchPatterns",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            RepositoryId,
            BranchPatterns,
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
                            "branchPatterns" | "branch_patterns" => Ok(GeneratedField::BranchPatterns),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = PolicyScope;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.security.v1.PolicyScope")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<PolicyScope, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut repository_id__ = None;
                let mut branch_patterns__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::RepositoryId => {
                            if repository_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("repositoryId"));
                            }
                            repository_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::BranchPatterns => {
                            if branch_patterns__.is_some() {
                                return Err(serde::de::Error::duplicate_field("branchPatterns"));
                            }
                            branch_patterns__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(PolicyScope {
                    repository_id: repository_id__.unwrap_or_default(),
                    branch_patterns: branch_patterns__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.security.v1.PolicyScope", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for Report {
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
        if self.kind != 0 {
            len += 1;
        }
        if self.framework != 0 {
            len += 1;
        }
        if self.format != 0 {
            len += 1;
        }
        if !self.repository_id.is_empty() {
            len += 1;
        }
        if self.start_time.is_some() {
            len += 1;
        }
        if self.end_time.is_some() {
            len += 1;
        }
        if self.status != 0 {
            len += 1;
        }
        if !self.content_type.is_empty() {
            len += 1;
        }
        if !self.content.is_empty() {
            len += 1;
        }
        if self.create_time.is_some() {
            len += 1;
        }
        if self.complete_time.is_some() {
            len += 1;
        }
        if !self.error.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.security.v1.Report", len)?;
        if !self.id.is_empty() {
            struct_ser.serialize_field("id", &self.id)?;
        }
        if !self.organization_id.is_empty() {
            struct_ser.serialize_field("organizationId", &self.organization_id)?;
        }
        if self.kind != 0 {
            let v = ReportKind::try_from(self.kind)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.kind)))?;
            struct_ser.serialize_field("kind", &v)?;
        }
        if self.framework != 0 {
            let v = ComplianceFramework::try_from(self.framework)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.framework)))?;
            struct_ser.serialize_field("framework", &v)?;
        }
        if self.format != 0 {
            let v = ReportFormat::try_from(self.format)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.format)))?;
            struct_ser.serialize_field("format", &v)?;
        }
        if !self.repository_id.is_empty() {
            struct_ser.serialize_field("repositoryId", &self.repository_id)?;
        }
        if let Some(v) = self.start_time.as_ref() {
            struct_ser.serialize_field("startTime", v)?;
        }
        if let Some(v) = self.end_time.as_ref() {
            struct_ser.serialize_field("endTime", v)?;
        }
        if self.status != 0 {
            let v = ReportStatus::try_from(self.status)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.status)))?;
            struct_ser.serialize_field("status", &v)?;
        }
        if !self.content_type.is_empty() {
            struct_ser.serialize_field("contentType", &self.content_type)?;
        }
        if !self.content.is_empty() {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("content", pbjson::private::base64::encode(&self.content).as_str())?;
        }
        if let Some(v) = self.create_time.as_ref() {
            struct_ser.serialize_field("createTime", v)?;
        }
        if let Some(v) = self.complete_time.as_ref() {
            struct_ser.serialize_field("completeTime", v)?;
        }
        if !self.error.is_empty() {
            struct_ser.serialize_field("error", &self.error)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for Report {
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
            "framework",
            "format",
            "repository_id",
            "repositoryId",
            "start_time",
            "startTime",
            "end_time",
            "endTime",
            "status",
            "content_type",
            "contentType",
            "content",
            "create_time",
            "createTime",
            "complete_time",
            "completeTime",
            "error",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Id,
            OrganizationId,
            Kind,
            Framework,
            Format,
            RepositoryId,
            StartTime,
            EndTime,
            Status,
            ContentType,
            Content,
            CreateTime,
            CompleteTime,
            Error,
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
                            "framework" => Ok(GeneratedField::Framework),
                            "format" => Ok(GeneratedField::Format),
                            "repositoryId" | "repository_id" => Ok(GeneratedField::RepositoryId),
                            "startTime" | "start_time" => Ok(GeneratedField::StartTime),
                            "endTime" | "end_time" => Ok(GeneratedField::EndTime),
                            "status" => Ok(GeneratedField::Status),
                            "contentType" | "content_type" => Ok(GeneratedField::ContentType),
                            "content" => Ok(GeneratedField::Content),
                            "createTime" | "create_time" => Ok(GeneratedField::CreateTime),
                            "completeTime" | "complete_time" => Ok(GeneratedField::CompleteTime),
                            "error" => Ok(GeneratedField::Error),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = Report;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.security.v1.Report")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<Report, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut id__ = None;
                let mut organization_id__ = None;
                let mut kind__ = None;
                let mut framework__ = None;
                let mut format__ = None;
                let mut repository_id__ = None;
                let mut start_time__ = None;
                let mut end_time__ = None;
                let mut status__ = None;
                let mut content_type__ = None;
                let mut content__ = None;
                let mut create_time__ = None;
                let mut complete_time__ = None;
                let mut error__ = None;
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
                            kind__ = Some(map_.next_value::<ReportKind>()? as i32);
                        }
                        GeneratedField::Framework => {
                            if framework__.is_some() {
                                return Err(serde::de::Error::duplicate_field("framework"));
                            }
                            framework__ = Some(map_.next_value::<ComplianceFramework>()? as i32);
                        }
                        GeneratedField::Format => {
                            if format__.is_some() {
                                return Err(serde::de::Error::duplicate_field("format"));
                            }
                            format__ = Some(map_.next_value::<ReportFormat>()? as i32);
                        }
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
                        GeneratedField::Status => {
                            if status__.is_some() {
                                return Err(serde::de::Error::duplicate_field("status"));
                            }
                            status__ = Some(map_.next_value::<ReportStatus>()? as i32);
                        }
                        GeneratedField::ContentType => {
                            if content_type__.is_some() {
                                return Err(serde::de::Error::duplicate_field("contentType"));
                            }
                            content_type__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Content => {
                            if content__.is_some() {
                                return Err(serde::de::Error::duplicate_field("content"));
                            }
                            content__ = 
                                Some(map_.next_value::<::pbjson::private::BytesDeserialize<_>>()?.0)
                            ;
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
                        GeneratedField::Error => {
                            if error__.is_some() {
                                return Err(serde::de::Error::duplicate_field("error"));
                            }
                            error__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(Report {
                    id: id__.unwrap_or_default(),
                    organization_id: organization_id__.unwrap_or_default(),
                    kind: kind__.unwrap_or_default(),
                    framework: framework__.unwrap_or_default(),
                    format: format__.unwrap_or_default(),
                    repository_id: repository_id__.unwrap_or_default(),
                    start_time: start_time__,
                    end_time: end_time__,
                    status: status__.unwrap_or_default(),
                    content_type: content_type__.unwrap_or_default(),
                    content: content__.unwrap_or_default(),
                    create_time: create_time__,
                    complete_time: complete_time__,
                    error: error__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.security.v1.Report", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ReportFormat {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "REPORT_FORMAT_UNSPECIFIED",
            Self::Json => "REPORT_FORMAT_JSON",
            Self::Csv => "REPORT_FORMAT_CSV",
            Self::Sarif => "REPORT_FORMAT_SARIF",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for ReportFormat {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "REPORT_FORMAT_UNSPECIFIED",
            "REPORT_FORMAT_JSON",
            "REPORT_FORMAT_CSV",
            "REPORT_FORMAT_SARIF",
        ];

        struct GeneratedVisitor;

        impl serde::de::Visitor<'_> for GeneratedVisitor {
            type Value = ReportFormat;

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
                    "REPORT_FORMAT_UNSPECIFIED" => Ok(ReportFormat::Unspecified),
                    "REPORT_FORMAT_JSON" => Ok(ReportFormat::Json),
                    "REPORT_FORMAT_CSV" => Ok(ReportFormat::Csv),
                    "REPORT_FORMAT_SARIF" => Ok(ReportFormat::Sarif),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for ReportKind {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "REPORT_KIND_UNSPECIFIED",
            Self::Posture => "REPORT_KIND_POSTURE",
            Self::OpenVulnerabilities => "REPORT_KIND_OPEN_VULNERABILITIES",
            Self::Mttr => "REPORT_KIND_MTTR",
            Self::PerTool => "REPORT_KIND_PER_TOOL",
            Self::Compliance => "REPORT_KIND_COMPLIANCE",
            Self::Findings => "REPORT_KIND_FINDINGS",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for ReportKind {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "REPORT_KIND_UNSPECIFIED",
            "REPORT_KIND_POSTURE",
            "REPORT_KIND_OPEN_VULNERABILITIES",
            "REPORT_KIND_MTTR",
            "REPORT_KIND_PER_TOOL",
            "REPORT_KIND_COMPLIANCE",
            "REPORT_KIND_FINDINGS",
        ];

        struct GeneratedVisitor;

        impl serde::de::Visitor<'_> for GeneratedVisitor {
            type Value = ReportKind;

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
                    "REPORT_KIND_UNSPECIFIED" => Ok(ReportKind::Unspecified),
                    "REPORT_KIND_POSTURE" => Ok(ReportKind::Posture),
                    "REPORT_KIND_OPEN_VULNERABILITIES" => Ok(ReportKind::OpenVulnerabilities),
                    "REPORT_KIND_MTTR" => Ok(ReportKind::Mttr),
                    "REPORT_KIND_PER_TOOL" => Ok(ReportKind::PerTool),
                    "REPORT_KIND_COMPLIANCE" => Ok(ReportKind::Compliance),
                    "REPORT_KIND_FINDINGS" => Ok(ReportKind::Findings),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for ReportStatus {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "REPORT_STATUS_UNSPECIFIED",
            Self::Pending => "REPORT_STATUS_PENDING",
            Self::Ready => "REPORT_STATUS_READY",
            Self::Failed => "REPORT_STATUS_FAILED",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for ReportStatus {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "REPORT_STATUS_UNSPECIFIED",
            "REPORT_STATUS_PENDING",
            "REPORT_STATUS_READY",
            "REPORT_STATUS_FAILED",
        ];

        struct GeneratedVisitor;

        impl serde::de::Visitor<'_> for GeneratedVisitor {
            type Value = ReportStatus;

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
                    "REPORT_STATUS_UNSPECIFIED" => Ok(ReportStatus::Unspecified),
                    "REPORT_STATUS_PENDING" => Ok(ReportStatus::Pending),
                    "REPORT_STATUS_READY" => Ok(ReportStatus::Ready),
                    "REPORT_STATUS_FAILED" => Ok(ReportStatus::Failed),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for RiskFactor {
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
        if !self.value.is_empty() {
            len += 1;
        }
        if self.weight != 0. {
            len += 1;
        }
        if self.contribution != 0. {
            len += 1;
        }
        if !self.explanation.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.security.v1.RiskFactor", len)?;
        if !self.name.is_empty() {
            struct_ser.serialize_field("name", &self.name)?;
        }
        if !self.value.is_empty() {
            struct_ser.serialize_field("value", &self.value)?;
        }
        if self.weight != 0. {
            struct_ser.serialize_field("weight", &self.weight)?;
        }
        if self.contribution != 0. {
            struct_ser.serialize_field("contribution", &self.contribution)?;
        }
        if !self.explanation.is_empty() {
            struct_ser.serialize_field("explanation", &self.explanation)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for RiskFactor {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "name",
            "value",
            "weight",
            "contribution",
            "explanation",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Name,
            Value,
            Weight,
            Contribution,
            Explanation,
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
                            "value" => Ok(GeneratedField::Value),
                            "weight" => Ok(GeneratedField::Weight),
                            "contribution" => Ok(GeneratedField::Contribution),
                            "explanation" => Ok(GeneratedField::Explanation),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = RiskFactor;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.security.v1.RiskFactor")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<RiskFactor, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut name__ = None;
                let mut value__ = None;
                let mut weight__ = None;
                let mut contribution__ = None;
                let mut explanation__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
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
                        GeneratedField::Weight => {
                            if weight__.is_some() {
                                return Err(serde::de::Error::duplicate_field("weight"));
                            }
                            weight__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::Contribution => {
                            if contribution__.is_some() {
                                return Err(serde::de::Error::duplicate_field("contribution"));
                            }
                            contribution__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::Explanation => {
                            if explanation__.is_some() {
                                return Err(serde::de::Error::duplicate_field("explanation"));
                            }
                            explanation__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(RiskFactor {
                    name: name__.unwrap_or_default(),
                    value: value__.unwrap_or_default(),
                    weight: weight__.unwrap_or_default(),
                    contribution: contribution__.unwrap_or_default(),
                    explanation: explanation__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.security.v1.RiskFactor", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for RiskScore {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.score != 0. {
            len += 1;
        }
        if !self.factors.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.security.v1.RiskScore", len)?;
        if self.score != 0. {
            struct_ser.serialize_field("score", &self.score)?;
        }
        if !self.factors.is_empty() {
            struct_ser.serialize_field("factors", &self.factors)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for RiskScore {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "score",
            "factors",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Score,
            Factors,
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
                            "score" => Ok(GeneratedField::Score),
                            "factors" => Ok(GeneratedField::Factors),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = RiskScore;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.security.v1.RiskScore")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<RiskScore, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut score__ = None;
                let mut factors__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Score => {
                            if score__.is_some() {
                                return Err(serde::de::Error::duplicate_field("score"));
                            }
                            score__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::Factors => {
                            if factors__.is_some() {
                                return Err(serde::de::Error::duplicate_field("factors"));
                            }
                            factors__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(RiskScore {
                    score: score__.unwrap_or_default(),
                    factors: factors__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.security.v1.RiskScore", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for RiskScoreRule {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.finding_set != 0 {
            len += 1;
        }
        if self.threshold != 0. {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.security.v1.RiskScoreRule", len)?;
        if self.finding_set != 0 {
            let v = FindingSet::try_from(self.finding_set)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.finding_set)))?;
            struct_ser.serialize_field("findingSet", &v)?;
        }
        if self.threshold != 0. {
            struct_ser.serialize_field("threshold", &self.threshold)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for RiskScoreRule {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "finding_set",
            "findingSet",
            "threshold",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            FindingSet,
            Threshold,
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
                            "findingSet" | "finding_set" => Ok(GeneratedField::FindingSet),
                            "threshold" => Ok(GeneratedField::Threshold),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = RiskScoreRule;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.security.v1.RiskScoreRule")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<RiskScoreRule, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut finding_set__ = None;
                let mut threshold__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::FindingSet => {
                            if finding_set__.is_some() {
                                return Err(serde::de::Error::duplicate_field("findingSet"));
                            }
                            finding_set__ = Some(map_.next_value::<FindingSet>()? as i32);
                        }
                        GeneratedField::Threshold => {
                            if threshold__.is_some() {
                                return Err(serde::de::Error::duplicate_field("threshold"));
                            }
                            threshold__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                    }
                }
                Ok(RiskScoreRule {
                    finding_set: finding_set__.unwrap_or_default(),
                    threshold: threshold__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.security.v1.RiskScoreRule", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for Scan {
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
        if self.scope.is_some() {
            len += 1;
        }
        if !self.tool.is_empty() {
            len += 1;
        }
        if !self.format.is_empty() {
            len += 1;
        }
        if self.status != 0 {
            len += 1;
        }
        if self.summary.is_some() {
            len += 1;
        }
        if self.report_bytes != 0 {
            len += 1;
        }
        if !self.error.is_empty() {
            len += 1;
        }
        if self.gate.is_some() {
            len += 1;
        }
        if self.create_time.is_some() {
            len += 1;
        }
        if self.complete_time.is_some() {
            len += 1;
        }
        if !self.uploaded_by.is_empty() {
            len += 1;
        }
        if self.report_kept {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.security.v1.Scan", len)?;
        if !self.id.is_empty() {
            struct_ser.serialize_field("id", &self.id)?;
        }
        if !self.organization_id.is_empty() {
            struct_ser.serialize_field("organizationId", &self.organization_id)?;
        }
        if let Some(v) = self.scope.as_ref() {
            struct_ser.serialize_field("scope", v)?;
        }
        if !self.tool.is_empty() {
            struct_ser.serialize_field("tool", &self.tool)?;
        }
        if !self.format.is_empty() {
            struct_ser.serialize_field("format", &self.format)?;
        }
        if self.status != 0 {
            let v = ScanStatus::try_from(self.status)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.status)))?;
            struct_ser.serialize_field("status", &v)?;
        }
        if let Some(v) = self.summary.as_ref() {
            struct_ser.serialize_field("summary", v)?;
        }
        if self.report_bytes != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("reportBytes", ToString::to_string(&self.report_bytes).as_str())?;
        }
        if !self.error.is_empty() {
            struct_ser.serialize_field("error", &self.error)?;
        }
        if let Some(v) = self.gate.as_ref() {
            struct_ser.serialize_field("gate", v)?;
        }
        if let Some(v) = self.create_time.as_ref() {
            struct_ser.serialize_field("createTime", v)?;
        }
        if let Some(v) = self.complete_time.as_ref() {
            struct_ser.serialize_field("completeTime", v)?;
        }
        if !self.uploaded_by.is_empty() {
            struct_ser.serialize_field("uploadedBy", &self.uploaded_by)?;
        }
        if self.report_kept {
            struct_ser.serialize_field("reportKept", &self.report_kept)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for Scan {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "id",
            "organization_id",
            "organizationId",
            "scope",
            "tool",
            "format",
            "status",
            "summary",
            "report_bytes",
            "reportBytes",
            "error",
            "gate",
            "create_time",
            "createTime",
            "complete_time",
            "completeTime",
            "uploaded_by",
            "uploadedBy",
            "report_kept",
            "reportKept",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Id,
            OrganizationId,
            Scope,
            Tool,
            Format,
            Status,
            Summary,
            ReportBytes,
            Error,
            Gate,
            CreateTime,
            CompleteTime,
            UploadedBy,
            ReportKept,
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
                            "scope" => Ok(GeneratedField::Scope),
                            "tool" => Ok(GeneratedField::Tool),
                            "format" => Ok(GeneratedField::Format),
                            "status" => Ok(GeneratedField::Status),
                            "summary" => Ok(GeneratedField::Summary),
                            "reportBytes" | "report_bytes" => Ok(GeneratedField::ReportBytes),
                            "error" => Ok(GeneratedField::Error),
                            "gate" => Ok(GeneratedField::Gate),
                            "createTime" | "create_time" => Ok(GeneratedField::CreateTime),
                            "completeTime" | "complete_time" => Ok(GeneratedField::CompleteTime),
                            "uploadedBy" | "uploaded_by" => Ok(GeneratedField::UploadedBy),
                            "reportKept" | "report_kept" => Ok(GeneratedField::ReportKept),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = Scan;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.security.v1.Scan")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<Scan, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut id__ = None;
                let mut organization_id__ = None;
                let mut scope__ = None;
                let mut tool__ = None;
                let mut format__ = None;
                let mut status__ = None;
                let mut summary__ = None;
                let mut report_bytes__ = None;
                let mut error__ = None;
                let mut gate__ = None;
                let mut create_time__ = None;
                let mut complete_time__ = None;
                let mut uploaded_by__ = None;
                let mut report_kept__ = None;
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
                        GeneratedField::Scope => {
                            if scope__.is_some() {
                                return Err(serde::de::Error::duplicate_field("scope"));
                            }
                            scope__ = map_.next_value()?;
                        }
                        GeneratedField::Tool => {
                            if tool__.is_some() {
                                return Err(serde::de::Error::duplicate_field("tool"));
                            }
                            tool__ = Some(map_.next_value()?);
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
                            status__ = Some(map_.next_value::<ScanStatus>()? as i32);
                        }
                        GeneratedField::Summary => {
                            if summary__.is_some() {
                                return Err(serde::de::Error::duplicate_field("summary"));
                            }
                            summary__ = map_.next_value()?;
                        }
                        GeneratedField::ReportBytes => {
                            if report_bytes__.is_some() {
                                return Err(serde::de::Error::duplicate_field("reportBytes"));
                            }
                            report_bytes__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::Error => {
                            if error__.is_some() {
                                return Err(serde::de::Error::duplicate_field("error"));
                            }
                            error__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Gate => {
                            if gate__.is_some() {
                                return Err(serde::de::Error::duplicate_field("gate"));
                            }
                            gate__ = map_.next_value()?;
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
                        GeneratedField::UploadedBy => {
                            if uploaded_by__.is_some() {
                                return Err(serde::de::Error::duplicate_field("uploadedBy"));
                            }
                            uploaded_by__ = Some(map_.next_value()?);
                        }
                        GeneratedField::ReportKept => {
                            if report_kept__.is_some() {
                                return Err(serde::de::Error::duplicate_field("reportKept"));
                            }
                            report_kept__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(Scan {
                    id: id__.unwrap_or_default(),
                    organization_id: organization_id__.unwrap_or_default(),
                    scope: scope__,
                    tool: tool__.unwrap_or_default(),
                    format: format__.unwrap_or_default(),
                    status: status__.unwrap_or_default(),
                    summary: summary__,
                    report_bytes: report_bytes__.unwrap_or_default(),
                    error: error__.unwrap_or_default(),
                    gate: gate__,
                    create_time: create_time__,
                    complete_time: complete_time__,
                    uploaded_by: uploaded_by__.unwrap_or_default(),
                    report_kept: report_kept__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.security.v1.Scan", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ScanPhase {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "SCAN_PHASE_UNSPECIFIED",
            Self::Receiving => "SCAN_PHASE_RECEIVING",
            Self::Parsing => "SCAN_PHASE_PARSING",
            Self::Deduplicating => "SCAN_PHASE_DEDUPLICATING",
            Self::Storing => "SCAN_PHASE_STORING",
            Self::EvaluatingGate => "SCAN_PHASE_EVALUATING_GATE",
            Self::Completed => "SCAN_PHASE_COMPLETED",
            Self::Failed => "SCAN_PHASE_FAILED",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for ScanPhase {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "SCAN_PHASE_UNSPECIFIED",
            "SCAN_PHASE_RECEIVING",
            "SCAN_PHASE_PARSING",
            "SCAN_PHASE_DEDUPLICATING",
            "SCAN_PHASE_STORING",
            "SCAN_PHASE_EVALUATING_GATE",
            "SCAN_PHASE_COMPLETED",
            "SCAN_PHASE_FAILED",
        ];

        struct GeneratedVisitor;

        impl serde::de::Visitor<'_> for GeneratedVisitor {
            type Value = ScanPhase;

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
                    "SCAN_PHASE_UNSPECIFIED" => Ok(ScanPhase::Unspecified),
                    "SCAN_PHASE_RECEIVING" => Ok(ScanPhase::Receiving),
                    "SCAN_PHASE_PARSING" => Ok(ScanPhase::Parsing),
                    "SCAN_PHASE_DEDUPLICATING" => Ok(ScanPhase::Deduplicating),
                    "SCAN_PHASE_STORING" => Ok(ScanPhase::Storing),
                    "SCAN_PHASE_EVALUATING_GATE" => Ok(ScanPhase::EvaluatingGate),
                    "SCAN_PHASE_COMPLETED" => Ok(ScanPhase::Completed),
                    "SCAN_PHASE_FAILED" => Ok(ScanPhase::Failed),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for ScanProgress {
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
        if self.phase != 0 {
            len += 1;
        }
        if self.bytes_received != 0 {
            len += 1;
        }
        if self.findings_parsed != 0 {
            len += 1;
        }
        if self.findings_distinct != 0 {
            len += 1;
        }
        if self.findings_stored != 0 {
            len += 1;
        }
        if self.summary.is_some() {
            len += 1;
        }
        if self.gate.is_some() {
            len += 1;
        }
        if !self.error.is_empty() {
            len += 1;
        }
        if !self.format.is_empty() {
            len += 1;
        }
        if self.time.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.security.v1.ScanProgress", len)?;
        if !self.scan_id.is_empty() {
            struct_ser.serialize_field("scanId", &self.scan_id)?;
        }
        if self.phase != 0 {
            let v = ScanPhase::try_from(self.phase)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.phase)))?;
            struct_ser.serialize_field("phase", &v)?;
        }
        if self.bytes_received != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("bytesReceived", ToString::to_string(&self.bytes_received).as_str())?;
        }
        if self.findings_parsed != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("findingsParsed", ToString::to_string(&self.findings_parsed).as_str())?;
        }
        if self.findings_distinct != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("findingsDistinct", ToString::to_string(&self.findings_distinct).as_str())?;
        }
        if self.findings_stored != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("findingsStored", ToString::to_string(&self.findings_stored).as_str())?;
        }
        if let Some(v) = self.summary.as_ref() {
            struct_ser.serialize_field("summary", v)?;
        }
        if let Some(v) = self.gate.as_ref() {
            struct_ser.serialize_field("gate", v)?;
        }
        if !self.error.is_empty() {
            struct_ser.serialize_field("error", &self.error)?;
        }
        if !self.format.is_empty() {
            struct_ser.serialize_field("format", &self.format)?;
        }
        if let Some(v) = self.time.as_ref() {
            struct_ser.serialize_field("time", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ScanProgress {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "scan_id",
            "scanId",
            "phase",
            "bytes_received",
            "bytesReceived",
            "findings_parsed",
            "findingsParsed",
            "findings_distinct",
            "findingsDistinct",
            "findings_stored",
            "findingsStored",
            "summary",
            "gate",
            "error",
            "format",
            "time",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ScanId,
            Phase,
            BytesReceived,
            FindingsParsed,
            FindingsDistinct,
            FindingsStored,
            Summary,
            Gate,
            Error,
            Format,
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
                            "scanId" | "scan_id" => Ok(GeneratedField::ScanId),
                            "phase" => Ok(GeneratedField::Phase),
                            "bytesReceived" | "bytes_received" => Ok(GeneratedField::BytesReceived),
                            "findingsParsed" | "findings_parsed" => Ok(GeneratedField::FindingsParsed),
                            "findingsDistinct" | "findings_distinct" => Ok(GeneratedField::FindingsDistinct),
                            "findingsStored" | "findings_stored" => Ok(GeneratedField::FindingsStored),
                            "summary" => Ok(GeneratedField::Summary),
                            "gate" => Ok(GeneratedField::Gate),
                            "error" => Ok(GeneratedField::Error),
                            "format" => Ok(GeneratedField::Format),
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
            type Value = ScanProgress;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.security.v1.ScanProgress")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ScanProgress, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut scan_id__ = None;
                let mut phase__ = None;
                let mut bytes_received__ = None;
                let mut findings_parsed__ = None;
                let mut findings_distinct__ = None;
                let mut findings_stored__ = None;
                let mut summary__ = None;
                let mut gate__ = None;
                let mut error__ = None;
                let mut format__ = None;
                let mut time__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ScanId => {
                            if scan_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("scanId"));
                            }
                            scan_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Phase => {
                            if phase__.is_some() {
                                return Err(serde::de::Error::duplicate_field("phase"));
                            }
                            phase__ = Some(map_.next_value::<ScanPhase>()? as i32);
                        }
                        GeneratedField::BytesReceived => {
                            if bytes_received__.is_some() {
                                return Err(serde::de::Error::duplicate_field("bytesReceived"));
                            }
                            bytes_received__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::FindingsParsed => {
                            if findings_parsed__.is_some() {
                                return Err(serde::de::Error::duplicate_field("findingsParsed"));
                            }
                            findings_parsed__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::FindingsDistinct => {
                            if findings_distinct__.is_some() {
                                return Err(serde::de::Error::duplicate_field("findingsDistinct"));
                            }
                            findings_distinct__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::FindingsStored => {
                            if findings_stored__.is_some() {
                                return Err(serde::de::Error::duplicate_field("findingsStored"));
                            }
                            findings_stored__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::Summary => {
                            if summary__.is_some() {
                                return Err(serde::de::Error::duplicate_field("summary"));
                            }
                            summary__ = map_.next_value()?;
                        }
                        GeneratedField::Gate => {
                            if gate__.is_some() {
                                return Err(serde::de::Error::duplicate_field("gate"));
                            }
                            gate__ = map_.next_value()?;
                        }
                        GeneratedField::Error => {
                            if error__.is_some() {
                                return Err(serde::de::Error::duplicate_field("error"));
                            }
                            error__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Format => {
                            if format__.is_some() {
                                return Err(serde::de::Error::duplicate_field("format"));
                            }
                            format__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Time => {
                            if time__.is_some() {
                                return Err(serde::de::Error::duplicate_field("time"));
                            }
                            time__ = map_.next_value()?;
                        }
                    }
                }
                Ok(ScanProgress {
                    scan_id: scan_id__.unwrap_or_default(),
                    phase: phase__.unwrap_or_default(),
                    bytes_received: bytes_received__.unwrap_or_default(),
                    findings_parsed: findings_parsed__.unwrap_or_default(),
                    findings_distinct: findings_distinct__.unwrap_or_default(),
                    findings_stored: findings_stored__.unwrap_or_default(),
                    summary: summary__,
                    gate: gate__,
                    error: error__.unwrap_or_default(),
                    format: format__.unwrap_or_default(),
                    time: time__,
                })
            }
        }
        deserializer.deserialize_struct("secureflow.security.v1.ScanProgress", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ScanScope {
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
        if !self.commit_sha.is_empty() {
            len += 1;
        }
        if !self.pipeline_execution_id.is_empty() {
            len += 1;
        }
        if self.pull_request_number != 0 {
            len += 1;
        }
        if self.partial {
            len += 1;
        }
        if !self.base_branch.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.security.v1.ScanScope", len)?;
        if !self.repository_id.is_empty() {
            struct_ser.serialize_field("repositoryId", &self.repository_id)?;
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
        if self.pull_request_number != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("pullRequestNumber", ToString::to_string(&self.pull_request_number).as_str())?;
        }
        if self.partial {
            struct_ser.serialize_field("partial", &self.partial)?;
        }
        if !self.base_branch.is_empty() {
            struct_ser.serialize_field("baseBranch", &self.base_branch)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ScanScope {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "repository_id",
            "repositoryId",
            "branch",
            "commit_sha",
            "commitSha",
            "pipeline_execution_id",
            "pipelineExecutionId",
            "pull_request_number",
            "pullRequestNumber",
            "partial",
            "base_branch",
            "baseBranch",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            RepositoryId,
            Branch,
            CommitSha,
            PipelineExecutionId,
            PullRequestNumber,
            Partial,
            BaseBranch,
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
                            "commitSha" | "commit_sha" => Ok(GeneratedField::CommitSha),
                            "pipelineExecutionId" | "pipeline_execution_id" => Ok(GeneratedField::PipelineExecutionId),
                            "pullRequestNumber" | "pull_request_number" => Ok(GeneratedField::PullRequestNumber),
                            "partial" => Ok(GeneratedField::Partial),
                            "baseBranch" | "base_branch" => Ok(GeneratedField::BaseBranch),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ScanScope;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.security.v1.ScanScope")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ScanScope, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut repository_id__ = None;
                let mut branch__ = None;
                let mut commit_sha__ = None;
                let mut pipeline_execution_id__ = None;
                let mut pull_request_number__ = None;
                let mut partial__ = None;
                let mut base_branch__ = None;
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
                        GeneratedField::PullRequestNumber => {
                            if pull_request_number__.is_some() {
                                return Err(serde::de::Error::duplicate_field("pullRequestNumber"));
                            }
                            pull_request_number__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::Partial => {
                            if partial__.is_some() {
                                return Err(serde::de::Error::duplicate_field("partial"));
                            }
                            partial__ = Some(map_.next_value()?);
                        }
                        GeneratedField::BaseBranch => {
                            if base_branch__.is_some() {
                                return Err(serde::de::Error::duplicate_field("baseBranch"));
                            }
                            base_branch__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(ScanScope {
                    repository_id: repository_id__.unwrap_or_default(),
                    branch: branch__.unwrap_or_default(),
                    commit_sha: commit_sha__.unwrap_or_default(),
                    pipeline_execution_id: pipeline_execution_id__.unwrap_or_default(),
                    pull_request_number: pull_request_number__.unwrap_or_default(),
                    partial: partial__.unwrap_or_default(),
                    base_branch: base_branch__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.security.v1.ScanScope", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ScanStatus {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "SCAN_STATUS_UNSPECIFIED",
            Self::Receiving => "SCAN_STATUS_RECEIVING",
            Self::Processing => "SCAN_STATUS_PROCESSING",
            Self::Completed => "SCAN_STATUS_COMPLETED",
            Self::Failed => "SCAN_STATUS_FAILED",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for ScanStatus {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "SCAN_STATUS_UNSPECIFIED",
            "SCAN_STATUS_RECEIVING",
            "SCAN_STATUS_PROCESSING",
            "SCAN_STATUS_COMPLETED",
            "SCAN_STATUS_FAILED",
        ];

        struct GeneratedVisitor;

        impl serde::de::Visitor<'_> for GeneratedVisitor {
            type Value = ScanStatus;

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
                    "SCAN_STATUS_UNSPECIFIED" => Ok(ScanStatus::Unspecified),
                    "SCAN_STATUS_RECEIVING" => Ok(ScanStatus::Receiving),
                    "SCAN_STATUS_PROCESSING" => Ok(ScanStatus::Processing),
                    "SCAN_STATUS_COMPLETED" => Ok(ScanStatus::Completed),
                    "SCAN_STATUS_FAILED" => Ok(ScanStatus::Failed),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for Severity {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "SEVERITY_UNSPECIFIED",
            Self::Info => "SEVERITY_INFO",
            Self::Low => "SEVERITY_LOW",
            Self::Medium => "SEVERITY_MEDIUM",
            Self::High => "SEVERITY_HIGH",
            Self::Critical => "SEVERITY_CRITICAL",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for Severity {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "SEVERITY_UNSPECIFIED",
            "SEVERITY_INFO",
            "SEVERITY_LOW",
            "SEVERITY_MEDIUM",
            "SEVERITY_HIGH",
            "SEVERITY_CRITICAL",
        ];

        struct GeneratedVisitor;

        impl serde::de::Visitor<'_> for GeneratedVisitor {
            type Value = Severity;

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
                    "SEVERITY_UNSPECIFIED" => Ok(Severity::Unspecified),
                    "SEVERITY_INFO" => Ok(Severity::Info),
                    "SEVERITY_LOW" => Ok(Severity::Low),
                    "SEVERITY_MEDIUM" => Ok(Severity::Medium),
                    "SEVERITY_HIGH" => Ok(Severity::High),
                    "SEVERITY_CRITICAL" => Ok(Severity::Critical),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for SlaBreachRule {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.min_severity != 0 {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.security.v1.SlaBreachRule", len)?;
        if self.min_severity != 0 {
            let v = Severity::try_from(self.min_severity)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.min_severity)))?;
            struct_ser.serialize_field("minSeverity", &v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for SlaBreachRule {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "min_severity",
            "minSeverity",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            MinSeverity,
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
                            "minSeverity" | "min_severity" => Ok(GeneratedField::MinSeverity),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = SlaBreachRule;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.security.v1.SlaBreachRule")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<SlaBreachRule, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut min_severity__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::MinSeverity => {
                            if min_severity__.is_some() {
                                return Err(serde::de::Error::duplicate_field("minSeverity"));
                            }
                            min_severity__ = Some(map_.next_value::<Severity>()? as i32);
                        }
                    }
                }
                Ok(SlaBreachRule {
                    min_severity: min_severity__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.security.v1.SlaBreachRule", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ThreatIntelSource {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "THREAT_INTEL_SOURCE_UNSPECIFIED",
            Self::CisaKev => "THREAT_INTEL_SOURCE_CISA_KEV",
            Self::Epss => "THREAT_INTEL_SOURCE_EPSS",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for ThreatIntelSource {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "THREAT_INTEL_SOURCE_UNSPECIFIED",
            "THREAT_INTEL_SOURCE_CISA_KEV",
            "THREAT_INTEL_SOURCE_EPSS",
        ];

        struct GeneratedVisitor;

        impl serde::de::Visitor<'_> for GeneratedVisitor {
            type Value = ThreatIntelSource;

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
                    "THREAT_INTEL_SOURCE_UNSPECIFIED" => Ok(ThreatIntelSource::Unspecified),
                    "THREAT_INTEL_SOURCE_CISA_KEV" => Ok(ThreatIntelSource::CisaKev),
                    "THREAT_INTEL_SOURCE_EPSS" => Ok(ThreatIntelSource::Epss),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for ThresholdRule {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.finding_set != 0 {
            len += 1;
        }
        if self.min_severity != 0 {
            len += 1;
        }
        if !self.tool.is_empty() {
            len += 1;
        }
        if self.kind != 0 {
            len += 1;
        }
        if self.max_count != 0 {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.security.v1.ThresholdRule", len)?;
        if self.finding_set != 0 {
            let v = FindingSet::try_from(self.finding_set)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.finding_set)))?;
            struct_ser.serialize_field("findingSet", &v)?;
        }
        if self.min_severity != 0 {
            let v = Severity::try_from(self.min_severity)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.min_severity)))?;
            struct_ser.serialize_field("minSeverity", &v)?;
        }
        if !self.tool.is_empty() {
            struct_ser.serialize_field("tool", &self.tool)?;
        }
        if self.kind != 0 {
            let v = FindingKind::try_from(self.kind)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.kind)))?;
            struct_ser.serialize_field("kind", &v)?;
        }
        if self.max_count != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("maxCount", ToString::to_string(&self.max_count).as_str())?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ThresholdRule {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "finding_set",
            "findingSet",
            "min_severity",
            "minSeverity",
            "tool",
            "kind",
            "max_count",
            "maxCount",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            FindingSet,
            MinSeverity,
            Tool,
            Kind,
            MaxCount,
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
                            "findingSet" | "finding_set" => Ok(GeneratedField::FindingSet),
                            "minSeverity" | "min_severity" => Ok(GeneratedField::MinSeverity),
                            "tool" => Ok(GeneratedField::Tool),
                            "kind" => Ok(GeneratedField::Kind),
                            "maxCount" | "max_count" => Ok(GeneratedField::MaxCount),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ThresholdRule;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.security.v1.ThresholdRule")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ThresholdRule, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut finding_set__ = None;
                let mut min_severity__ = None;
                let mut tool__ = None;
                let mut kind__ = None;
                let mut max_count__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::FindingSet => {
                            if finding_set__.is_some() {
                                return Err(serde::de::Error::duplicate_field("findingSet"));
                            }
                            finding_set__ = Some(map_.next_value::<FindingSet>()? as i32);
                        }
                        GeneratedField::MinSeverity => {
                            if min_severity__.is_some() {
                                return Err(serde::de::Error::duplicate_field("minSeverity"));
                            }
                            min_severity__ = Some(map_.next_value::<Severity>()? as i32);
                        }
                        GeneratedField::Tool => {
                            if tool__.is_some() {
                                return Err(serde::de::Error::duplicate_field("tool"));
                            }
                            tool__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Kind => {
                            if kind__.is_some() {
                                return Err(serde::de::Error::duplicate_field("kind"));
                            }
                            kind__ = Some(map_.next_value::<FindingKind>()? as i32);
                        }
                        GeneratedField::MaxCount => {
                            if max_count__.is_some() {
                                return Err(serde::de::Error::duplicate_field("maxCount"));
                            }
                            max_count__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                    }
                }
                Ok(ThresholdRule {
                    finding_set: finding_set__.unwrap_or_default(),
                    min_severity: min_severity__.unwrap_or_default(),
                    tool: tool__.unwrap_or_default(),
                    kind: kind__.unwrap_or_default(),
                    max_count: max_count__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.security.v1.ThresholdRule", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for UpdatePolicyRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.policy.is_some() {
            len += 1;
        }
        if self.update_mask.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.security.v1.UpdatePolicyRequest", len)?;
        if let Some(v) = self.policy.as_ref() {
            struct_ser.serialize_field("policy", v)?;
        }
        if let Some(v) = self.update_mask.as_ref() {
            struct_ser.serialize_field("updateMask", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for UpdatePolicyRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "policy",
            "update_mask",
            "updateMask",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Policy,
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
                            "policy" => Ok(GeneratedField::Policy),
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
            type Value = UpdatePolicyRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.security.v1.UpdatePolicyRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<UpdatePolicyRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut policy__ = None;
                let mut update_mask__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Policy => {
                            if policy__.is_some() {
                                return Err(serde::de::Error::duplicate_field("policy"));
                            }
                            policy__ = map_.next_value()?;
                        }
                        GeneratedField::UpdateMask => {
                            if update_mask__.is_some() {
                                return Err(serde::de::Error::duplicate_field("updateMask"));
                            }
                            update_mask__ = map_.next_value()?;
                        }
                    }
                }
                Ok(UpdatePolicyRequest {
                    policy: policy__,
                    update_mask: update_mask__,
                })
            }
        }
        deserializer.deserialize_struct("secureflow.security.v1.UpdatePolicyRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for UpdatePolicyResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.policy.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.security.v1.UpdatePolicyResponse", len)?;
        if let Some(v) = self.policy.as_ref() {
            struct_ser.serialize_field("policy", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for UpdatePolicyResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "policy",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Policy,
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
                            "policy" => Ok(GeneratedField::Policy),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = UpdatePolicyResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.security.v1.UpdatePolicyResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<UpdatePolicyResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut policy__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Policy => {
                            if policy__.is_some() {
                                return Err(serde::de::Error::duplicate_field("policy"));
                            }
                            policy__ = map_.next_value()?;
                        }
                    }
                }
                Ok(UpdatePolicyResponse {
                    policy: policy__,
                })
            }
        }
        deserializer.deserialize_struct("secureflow.security.v1.UpdatePolicyResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for UpdateVulnerabilityStatusRequest {
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
        if self.status != 0 {
            len += 1;
        }
        if !self.justification.is_empty() {
            len += 1;
        }
        if self.accepted_until.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.security.v1.UpdateVulnerabilityStatusRequest", len)?;
        if !self.id.is_empty() {
            struct_ser.serialize_field("id", &self.id)?;
        }
        if self.status != 0 {
            let v = VulnerabilityStatus::try_from(self.status)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.status)))?;
            struct_ser.serialize_field("status", &v)?;
        }
        if !self.justification.is_empty() {
            struct_ser.serialize_field("justification", &self.justification)?;
        }
        if let Some(v) = self.accepted_until.as_ref() {
            struct_ser.serialize_field("acceptedUntil", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for UpdateVulnerabilityStatusRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "id",
            "status",
            "justification",
            "accepted_until",
            "acceptedUntil",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Id,
            Status,
            Justification,
            AcceptedUntil,
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
                            "status" => Ok(GeneratedField::Status),
                            "justification" => Ok(GeneratedField::Justification),
                            "acceptedUntil" | "accepted_until" => Ok(GeneratedField::AcceptedUntil),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = UpdateVulnerabilityStatusRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.security.v1.UpdateVulnerabilityStatusRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<UpdateVulnerabilityStatusRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut id__ = None;
                let mut status__ = None;
                let mut justification__ = None;
                let mut accepted_until__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Id => {
                            if id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("id"));
                            }
                            id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Status => {
                            if status__.is_some() {
                                return Err(serde::de::Error::duplicate_field("status"));
                            }
                            status__ = Some(map_.next_value::<VulnerabilityStatus>()? as i32);
                        }
                        GeneratedField::Justification => {
                            if justification__.is_some() {
                                return Err(serde::de::Error::duplicate_field("justification"));
                            }
                            justification__ = Some(map_.next_value()?);
                        }
                        GeneratedField::AcceptedUntil => {
                            if accepted_until__.is_some() {
                                return Err(serde::de::Error::duplicate_field("acceptedUntil"));
                            }
                            accepted_until__ = map_.next_value()?;
                        }
                    }
                }
                Ok(UpdateVulnerabilityStatusRequest {
                    id: id__.unwrap_or_default(),
                    status: status__.unwrap_or_default(),
                    justification: justification__.unwrap_or_default(),
                    accepted_until: accepted_until__,
                })
            }
        }
        deserializer.deserialize_struct("secureflow.security.v1.UpdateVulnerabilityStatusRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for UpdateVulnerabilityStatusResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.vulnerability.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.security.v1.UpdateVulnerabilityStatusResponse", len)?;
        if let Some(v) = self.vulnerability.as_ref() {
            struct_ser.serialize_field("vulnerability", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for UpdateVulnerabilityStatusResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "vulnerability",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Vulnerability,
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
                            "vulnerability" => Ok(GeneratedField::Vulnerability),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = UpdateVulnerabilityStatusResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.security.v1.UpdateVulnerabilityStatusResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<UpdateVulnerabilityStatusResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut vulnerability__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Vulnerability => {
                            if vulnerability__.is_some() {
                                return Err(serde::de::Error::duplicate_field("vulnerability"));
                            }
                            vulnerability__ = map_.next_value()?;
                        }
                    }
                }
                Ok(UpdateVulnerabilityStatusResponse {
                    vulnerability: vulnerability__,
                })
            }
        }
        deserializer.deserialize_struct("secureflow.security.v1.UpdateVulnerabilityStatusResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for Verdict {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "VERDICT_UNSPECIFIED",
            Self::Pass => "VERDICT_PASS",
            Self::Warn => "VERDICT_WARN",
            Self::Fail => "VERDICT_FAIL",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for Verdict {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "VERDICT_UNSPECIFIED",
            "VERDICT_PASS",
            "VERDICT_WARN",
            "VERDICT_FAIL",
        ];

        struct GeneratedVisitor;

        impl serde::de::Visitor<'_> for GeneratedVisitor {
            type Value = Verdict;

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
                    "VERDICT_UNSPECIFIED" => Ok(Verdict::Unspecified),
                    "VERDICT_PASS" => Ok(Verdict::Pass),
                    "VERDICT_WARN" => Ok(Verdict::Warn),
                    "VERDICT_FAIL" => Ok(Verdict::Fail),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for Vulnerability {
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
        if !self.title.is_empty() {
            len += 1;
        }
        if !self.description.is_empty() {
            len += 1;
        }
        if self.severity != 0 {
            len += 1;
        }
        if !self.cve_id.is_empty() {
            len += 1;
        }
        if !self.cwe_id.is_empty() {
            len += 1;
        }
        if !self.tool.is_empty() {
            len += 1;
        }
        if !self.file_path.is_empty() {
            len += 1;
        }
        if self.line_number != 0 {
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
        if self.status != 0 {
            len += 1;
        }
        if !self.assigned_to.is_empty() {
            len += 1;
        }
        if !self.remediation.is_empty() {
            len += 1;
        }
        if !self.references.is_empty() {
            len += 1;
        }
        if self.first_detected.is_some() {
            len += 1;
        }
        if self.last_seen.is_some() {
            len += 1;
        }
        if !self.rule_id.is_empty() {
            len += 1;
        }
        if self.component.is_some() {
            len += 1;
        }
        if self.cvss.is_some() {
            len += 1;
        }
        if self.confidence != 0 {
            len += 1;
        }
        if !self.tools.is_empty() {
            len += 1;
        }
        if self.kind != 0 {
            len += 1;
        }
        if !self.fingerprint.is_empty() {
            len += 1;
        }
        if !self.occurrences.is_empty() {
            len += 1;
        }
        if !self.status_justification.is_empty() {
            len += 1;
        }
        if !self.status_changed_by.is_empty() {
            len += 1;
        }
        if self.status_change_time.is_some() {
            len += 1;
        }
        if self.accepted_until.is_some() {
            len += 1;
        }
        if self.resolved_time.is_some() {
            len += 1;
        }
        if !self.resolved_by_scan_id.is_empty() {
            len += 1;
        }
        if self.risk.is_some() {
            len += 1;
        }
        if self.sla_due_time.is_some() {
            len += 1;
        }
        if self.sla_breached {
            len += 1;
        }
        if !self.secret_preview.is_empty() {
            len += 1;
        }
        if !self.snippet.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.security.v1.Vulnerability", len)?;
        if !self.id.is_empty() {
            struct_ser.serialize_field("id", &self.id)?;
        }
        if !self.organization_id.is_empty() {
            struct_ser.serialize_field("organizationId", &self.organization_id)?;
        }
        if !self.title.is_empty() {
            struct_ser.serialize_field("title", &self.title)?;
        }
        if !self.description.is_empty() {
            struct_ser.serialize_field("description", &self.description)?;
        }
        if self.severity != 0 {
            let v = Severity::try_from(self.severity)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.severity)))?;
            struct_ser.serialize_field("severity", &v)?;
        }
        if !self.cve_id.is_empty() {
            struct_ser.serialize_field("cveId", &self.cve_id)?;
        }
        if !self.cwe_id.is_empty() {
            struct_ser.serialize_field("cweId", &self.cwe_id)?;
        }
        if !self.tool.is_empty() {
            struct_ser.serialize_field("tool", &self.tool)?;
        }
        if !self.file_path.is_empty() {
            struct_ser.serialize_field("filePath", &self.file_path)?;
        }
        if self.line_number != 0 {
            struct_ser.serialize_field("lineNumber", &self.line_number)?;
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
        if self.status != 0 {
            let v = VulnerabilityStatus::try_from(self.status)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.status)))?;
            struct_ser.serialize_field("status", &v)?;
        }
        if !self.assigned_to.is_empty() {
            struct_ser.serialize_field("assignedTo", &self.assigned_to)?;
        }
        if !self.remediation.is_empty() {
            struct_ser.serialize_field("remediation", &self.remediation)?;
        }
        if !self.references.is_empty() {
            struct_ser.serialize_field("references", &self.references)?;
        }
        if let Some(v) = self.first_detected.as_ref() {
            struct_ser.serialize_field("firstDetected", v)?;
        }
        if let Some(v) = self.last_seen.as_ref() {
            struct_ser.serialize_field("lastSeen", v)?;
        }
        if !self.rule_id.is_empty() {
            struct_ser.serialize_field("ruleId", &self.rule_id)?;
        }
        if let Some(v) = self.component.as_ref() {
            struct_ser.serialize_field("component", v)?;
        }
        if let Some(v) = self.cvss.as_ref() {
            struct_ser.serialize_field("cvss", v)?;
        }
        if self.confidence != 0 {
            let v = Confidence::try_from(self.confidence)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.confidence)))?;
            struct_ser.serialize_field("confidence", &v)?;
        }
        if !self.tools.is_empty() {
            struct_ser.serialize_field("tools", &self.tools)?;
        }
        if self.kind != 0 {
            let v = FindingKind::try_from(self.kind)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.kind)))?;
            struct_ser.serialize_field("kind", &v)?;
        }
        if !self.fingerprint.is_empty() {
            struct_ser.serialize_field("fingerprint", &self.fingerprint)?;
        }
        if !self.occurrences.is_empty() {
            struct_ser.serialize_field("occurrences", &self.occurrences)?;
        }
        if !self.status_justification.is_empty() {
            struct_ser.serialize_field("statusJustification", &self.status_justification)?;
        }
        if !self.status_changed_by.is_empty() {
            struct_ser.serialize_field("statusChangedBy", &self.status_changed_by)?;
        }
        if let Some(v) = self.status_change_time.as_ref() {
            struct_ser.serialize_field("statusChangeTime", v)?;
        }
        if let Some(v) = self.accepted_until.as_ref() {
            struct_ser.serialize_field("acceptedUntil", v)?;
        }
        if let Some(v) = self.resolved_time.as_ref() {
            struct_ser.serialize_field("resolvedTime", v)?;
        }
        if !self.resolved_by_scan_id.is_empty() {
            struct_ser.serialize_field("resolvedByScanId", &self.resolved_by_scan_id)?;
        }
        if let Some(v) = self.risk.as_ref() {
            struct_ser.serialize_field("risk", v)?;
        }
        if let Some(v) = self.sla_due_time.as_ref() {
            struct_ser.serialize_field("slaDueTime", v)?;
        }
        if self.sla_breached {
            struct_ser.serialize_field("slaBreached", &self.sla_breached)?;
        }
        if !self.secret_preview.is_empty() {
            struct_ser.serialize_field("secretPreview", &self.secret_preview)?;
        }
        if !self.snippet.is_empty() {
            struct_ser.serialize_field("snippet", &self.snippet)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for Vulnerability {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "id",
            "organization_id",
            "organizationId",
            "title",
            "description",
            "severity",
            "cve_id",
            "cveId",
            "cwe_id",
            "cweId",
            "tool",
            "file_path",
            "filePath",
            "line_number",
            "lineNumber",
            "repository_id",
            "repositoryId",
            "branch",
            "commit_sha",
            "commitSha",
            "status",
            "assigned_to",
            "assignedTo",
            "remediation",
            "references",
            "first_detected",
            "firstDetected",
            "last_seen",
            "lastSeen",
            "rule_id",
            "ruleId",
            "component",
            "cvss",
            "confidence",
            "tools",
            "kind",
            "fingerprint",
            "occurrences",
            "status_justification",
            "statusJustification",
            "status_changed_by",
            "statusChangedBy",
            "status_change_time",
            "statusChangeTime",
            "accepted_until",
            "acceptedUntil",
            "resolved_time",
            "resolvedTime",
            "resolved_by_scan_id",
            "resolvedByScanId",
            "risk",
            "sla_due_time",
            "slaDueTime",
            "sla_breached",
            "slaBreached",
            "secret_preview",
            "secretPreview",
            "snippet",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Id,
            OrganizationId,
            Title,
            Description,
            Severity,
            CveId,
            CweId,
            Tool,
            FilePath,
            LineNumber,
            RepositoryId,
            Branch,
            CommitSha,
            Status,
            AssignedTo,
            Remediation,
            References,
            FirstDetected,
            LastSeen,
            RuleId,
            Component,
            Cvss,
            Confidence,
            Tools,
            Kind,
            Fingerprint,
            Occurrences,
            StatusJustification,
            StatusChangedBy,
            StatusChangeTime,
            AcceptedUntil,
            ResolvedTime,
            ResolvedByScanId,
            Risk,
            SlaDueTime,
            SlaBreached,
            SecretPreview,
            Snippet,
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
                            "title" => Ok(GeneratedField::Title),
                            "description" => Ok(GeneratedField::Description),
                            "severity" => Ok(GeneratedField::Severity),
                            "cveId" | "cve_id" => Ok(GeneratedField::CveId),
                            "cweId" | "cwe_id" => Ok(GeneratedField::CweId),
                            "tool" => Ok(GeneratedField::Tool),
                            "filePath" | "file_path" => Ok(GeneratedField::FilePath),
                            "lineNumber" | "line_number" => Ok(GeneratedField::LineNumber),
                            "repositoryId" | "repository_id" => Ok(GeneratedField::RepositoryId),
                            "branch" => Ok(GeneratedField::Branch),
                            "commitSha" | "commit_sha" => Ok(GeneratedField::CommitSha),
                            "status" => Ok(GeneratedField::Status),
                            "assignedTo" | "assigned_to" => Ok(GeneratedField::AssignedTo),
                            "remediation" => Ok(GeneratedField::Remediation),
                            "references" => Ok(GeneratedField::References),
                            "firstDetected" | "first_detected" => Ok(GeneratedField::FirstDetected),
                            "lastSeen" | "last_seen" => Ok(GeneratedField::LastSeen),
                            "ruleId" | "rule_id" => Ok(GeneratedField::RuleId),
                            "component" => Ok(GeneratedField::Component),
                            "cvss" => Ok(GeneratedField::Cvss),
                            "confidence" => Ok(GeneratedField::Confidence),
                            "tools" => Ok(GeneratedField::Tools),
                            "kind" => Ok(GeneratedField::Kind),
                            "fingerprint" => Ok(GeneratedField::Fingerprint),
                            "occurrences" => Ok(GeneratedField::Occurrences),
                            "statusJustification" | "status_justification" => Ok(GeneratedField::StatusJustification),
                            "statusChangedBy" | "status_changed_by" => Ok(GeneratedField::StatusChangedBy),
                            "statusChangeTime" | "status_change_time" => Ok(GeneratedField::StatusChangeTime),
                            "acceptedUntil" | "accepted_until" => Ok(GeneratedField::AcceptedUntil),
                            "resolvedTime" | "resolved_time" => Ok(GeneratedField::ResolvedTime),
                            "resolvedByScanId" | "resolved_by_scan_id" => Ok(GeneratedField::ResolvedByScanId),
                            "risk" => Ok(GeneratedField::Risk),
                            "slaDueTime" | "sla_due_time" => Ok(GeneratedField::SlaDueTime),
                            "slaBreached" | "sla_breached" => Ok(GeneratedField::SlaBreached),
                            "secretPreview" | "secret_preview" => Ok(GeneratedField::SecretPreview),
                            "snippet" => Ok(GeneratedField::Snippet),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = Vulnerability;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.security.v1.Vulnerability")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<Vulnerability, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut id__ = None;
                let mut organization_id__ = None;
                let mut title__ = None;
                let mut description__ = None;
                let mut severity__ = None;
                let mut cve_id__ = None;
                let mut cwe_id__ = None;
                let mut tool__ = None;
                let mut file_path__ = None;
                let mut line_number__ = None;
                let mut repository_id__ = None;
                let mut branch__ = None;
                let mut commit_sha__ = None;
                let mut status__ = None;
                let mut assigned_to__ = None;
                let mut remediation__ = None;
                let mut references__ = None;
                let mut first_detected__ = None;
                let mut last_seen__ = None;
                let mut rule_id__ = None;
                let mut component__ = None;
                let mut cvss__ = None;
                let mut confidence__ = None;
                let mut tools__ = None;
                let mut kind__ = None;
                let mut fingerprint__ = None;
                let mut occurrences__ = None;
                let mut status_justification__ = None;
                let mut status_changed_by__ = None;
                let mut status_change_time__ = None;
                let mut accepted_until__ = None;
                let mut resolved_time__ = None;
                let mut resolved_by_scan_id__ = None;
                let mut risk__ = None;
                let mut sla_due_time__ = None;
                let mut sla_breached__ = None;
                let mut secret_preview__ = None;
                let mut snippet__ = None;
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
                        GeneratedField::Title => {
                            if title__.is_some() {
                                return Err(serde::de::Error::duplicate_field("title"));
                            }
                            title__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Description => {
                            if description__.is_some() {
                                return Err(serde::de::Error::duplicate_field("description"));
                            }
                            description__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Severity => {
                            if severity__.is_some() {
                                return Err(serde::de::Error::duplicate_field("severity"));
                            }
                            severity__ = Some(map_.next_value::<Severity>()? as i32);
                        }
                        GeneratedField::CveId => {
                            if cve_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("cveId"));
                            }
                            cve_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::CweId => {
                            if cwe_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("cweId"));
                            }
                            cwe_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Tool => {
                            if tool__.is_some() {
                                return Err(serde::de::Error::duplicate_field("tool"));
                            }
                            tool__ = Some(map_.next_value()?);
                        }
                        GeneratedField::FilePath => {
                            if file_path__.is_some() {
                                return Err(serde::de::Error::duplicate_field("filePath"));
                            }
                            file_path__ = Some(map_.next_value()?);
                        }
                        GeneratedField::LineNumber => {
                            if line_number__.is_some() {
                                return Err(serde::de::Error::duplicate_field("lineNumber"));
                            }
                            line_number__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
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
                            status__ = Some(map_.next_value::<VulnerabilityStatus>()? as i32);
                        }
                        GeneratedField::AssignedTo => {
                            if assigned_to__.is_some() {
                                return Err(serde::de::Error::duplicate_field("assignedTo"));
                            }
                            assigned_to__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Remediation => {
                            if remediation__.is_some() {
                                return Err(serde::de::Error::duplicate_field("remediation"));
                            }
                            remediation__ = Some(map_.next_value()?);
                        }
                        GeneratedField::References => {
                            if references__.is_some() {
                                return Err(serde::de::Error::duplicate_field("references"));
                            }
                            references__ = Some(map_.next_value()?);
                        }
                        GeneratedField::FirstDetected => {
                            if first_detected__.is_some() {
                                return Err(serde::de::Error::duplicate_field("firstDetected"));
                            }
                            first_detected__ = map_.next_value()?;
                        }
                        GeneratedField::LastSeen => {
                            if last_seen__.is_some() {
                                return Err(serde::de::Error::duplicate_field("lastSeen"));
                            }
                            last_seen__ = map_.next_value()?;
                        }
                        GeneratedField::RuleId => {
                            if rule_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("ruleId"));
                            }
                            rule_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Component => {
                            if component__.is_some() {
                                return Err(serde::de::Error::duplicate_field("component"));
                            }
                            component__ = map_.next_value()?;
                        }
                        GeneratedField::Cvss => {
                            if cvss__.is_some() {
                                return Err(serde::de::Error::duplicate_field("cvss"));
                            }
                            cvss__ = map_.next_value()?;
                        }
                        GeneratedField::Confidence => {
                            if confidence__.is_some() {
                                return Err(serde::de::Error::duplicate_field("confidence"));
                            }
                            confidence__ = Some(map_.next_value::<Confidence>()? as i32);
                        }
                        GeneratedField::Tools => {
                            if tools__.is_some() {
                                return Err(serde::de::Error::duplicate_field("tools"));
                            }
                            tools__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Kind => {
                            if kind__.is_some() {
                                return Err(serde::de::Error::duplicate_field("kind"));
                            }
                            kind__ = Some(map_.next_value::<FindingKind>()? as i32);
                        }
                        GeneratedField::Fingerprint => {
                            if fingerprint__.is_some() {
                                return Err(serde::de::Error::duplicate_field("fingerprint"));
                            }
                            fingerprint__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Occurrences => {
                            if occurrences__.is_some() {
                                return Err(serde::de::Error::duplicate_field("occurrences"));
                            }
                            occurrences__ = Some(map_.next_value()?);
                        }
                        GeneratedField::StatusJustification => {
                            if status_justification__.is_some() {
                                return Err(serde::de::Error::duplicate_field("statusJustification"));
                            }
                            status_justification__ = Some(map_.next_value()?);
                        }
                        GeneratedField::StatusChangedBy => {
                            if status_changed_by__.is_some() {
                                return Err(serde::de::Error::duplicate_field("statusChangedBy"));
                            }
                            status_changed_by__ = Some(map_.next_value()?);
                        }
                        GeneratedField::StatusChangeTime => {
                            if status_change_time__.is_some() {
                                return Err(serde::de::Error::duplicate_field("statusChangeTime"));
                            }
                            status_change_time__ = map_.next_value()?;
                        }
                        GeneratedField::AcceptedUntil => {
                            if accepted_until__.is_some() {
                                return Err(serde::de::Error::duplicate_field("acceptedUntil"));
                            }
                            accepted_until__ = map_.next_value()?;
                        }
                        GeneratedField::ResolvedTime => {
                            if resolved_time__.is_some() {
                                return Err(serde::de::Error::duplicate_field("resolvedTime"));
                            }
                            resolved_time__ = map_.next_value()?;
                        }
                        GeneratedField::ResolvedByScanId => {
                            if resolved_by_scan_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("resolvedByScanId"));
                            }
                            resolved_by_scan_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Risk => {
                            if risk__.is_some() {
                                return Err(serde::de::Error::duplicate_field("risk"));
                            }
                            risk__ = map_.next_value()?;
                        }
                        GeneratedField::SlaDueTime => {
                            if sla_due_time__.is_some() {
                                return Err(serde::de::Error::duplicate_field("slaDueTime"));
                            }
                            sla_due_time__ = map_.next_value()?;
                        }
                        GeneratedField::SlaBreached => {
                            if sla_breached__.is_some() {
                                return Err(serde::de::Error::duplicate_field("slaBreached"));
                            }
                            sla_breached__ = Some(map_.next_value()?);
                        }
                        GeneratedField::SecretPreview => {
                            if secret_preview__.is_some() {
                                return Err(serde::de::Error::duplicate_field("secretPreview"));
                            }
                            secret_preview__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Snippet => {
                            if snippet__.is_some() {
                                return Err(serde::de::Error::duplicate_field("snippet"));
                            }
                            snippet__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(Vulnerability {
                    id: id__.unwrap_or_default(),
                    organization_id: organization_id__.unwrap_or_default(),
                    title: title__.unwrap_or_default(),
                    description: description__.unwrap_or_default(),
                    severity: severity__.unwrap_or_default(),
                    cve_id: cve_id__.unwrap_or_default(),
                    cwe_id: cwe_id__.unwrap_or_default(),
                    tool: tool__.unwrap_or_default(),
                    file_path: file_path__.unwrap_or_default(),
                    line_number: line_number__.unwrap_or_default(),
                    repository_id: repository_id__.unwrap_or_default(),
                    branch: branch__.unwrap_or_default(),
                    commit_sha: commit_sha__.unwrap_or_default(),
                    status: status__.unwrap_or_default(),
                    assigned_to: assigned_to__.unwrap_or_default(),
                    remediation: remediation__.unwrap_or_default(),
                    references: references__.unwrap_or_default(),
                    first_detected: first_detected__,
                    last_seen: last_seen__,
                    rule_id: rule_id__.unwrap_or_default(),
                    component: component__,
                    cvss: cvss__,
                    confidence: confidence__.unwrap_or_default(),
                    tools: tools__.unwrap_or_default(),
                    kind: kind__.unwrap_or_default(),
                    fingerprint: fingerprint__.unwrap_or_default(),
                    occurrences: occurrences__.unwrap_or_default(),
                    status_justification: status_justification__.unwrap_or_default(),
                    status_changed_by: status_changed_by__.unwrap_or_default(),
                    status_change_time: status_change_time__,
                    accepted_until: accepted_until__,
                    resolved_time: resolved_time__,
                    resolved_by_scan_id: resolved_by_scan_id__.unwrap_or_default(),
                    risk: risk__,
                    sla_due_time: sla_due_time__,
                    sla_breached: sla_breached__.unwrap_or_default(),
                    secret_preview: secret_preview__.unwrap_or_default(),
                    snippet: snippet__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.security.v1.Vulnerability", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for VulnerabilityStatus {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "VULNERABILITY_STATUS_UNSPECIFIED",
            Self::Open => "VULNERABILITY_STATUS_OPEN",
            Self::InProgress => "VULNERABILITY_STATUS_IN_PROGRESS",
            Self::Resolved => "VULNERABILITY_STATUS_RESOLVED",
            Self::FalsePositive => "VULNERABILITY_STATUS_FALSE_POSITIVE",
            Self::AcceptedRisk => "VULNERABILITY_STATUS_ACCEPTED_RISK",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for VulnerabilityStatus {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "VULNERABILITY_STATUS_UNSPECIFIED",
            "VULNERABILITY_STATUS_OPEN",
            "VULNERABILITY_STATUS_IN_PROGRESS",
            "VULNERABILITY_STATUS_RESOLVED",
            "VULNERABILITY_STATUS_FALSE_POSITIVE",
            "VULNERABILITY_STATUS_ACCEPTED_RISK",
        ];

        struct GeneratedVisitor;

        impl serde::de::Visitor<'_> for GeneratedVisitor {
            type Value = VulnerabilityStatus;

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
                    "VULNERABILITY_STATUS_UNSPECIFIED" => Ok(VulnerabilityStatus::Unspecified),
                    "VULNERABILITY_STATUS_OPEN" => Ok(VulnerabilityStatus::Open),
                    "VULNERABILITY_STATUS_IN_PROGRESS" => Ok(VulnerabilityStatus::InProgress),
                    "VULNERABILITY_STATUS_RESOLVED" => Ok(VulnerabilityStatus::Resolved),
                    "VULNERABILITY_STATUS_FALSE_POSITIVE" => Ok(VulnerabilityStatus::FalsePositive),
                    "VULNERABILITY_STATUS_ACCEPTED_RISK" => Ok(VulnerabilityStatus::AcceptedRisk),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for VulnerabilityView {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "VULNERABILITY_VIEW_UNSPECIFIED",
            Self::Basic => "VULNERABILITY_VIEW_BASIC",
            Self::Full => "VULNERABILITY_VIEW_FULL",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for VulnerabilityView {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "VULNERABILITY_VIEW_UNSPECIFIED",
            "VULNERABILITY_VIEW_BASIC",
            "VULNERABILITY_VIEW_FULL",
        ];

        struct GeneratedVisitor;

        impl serde::de::Visitor<'_> for GeneratedVisitor {
            type Value = VulnerabilityView;

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
                    "VULNERABILITY_VIEW_UNSPECIFIED" => Ok(VulnerabilityView::Unspecified),
                    "VULNERABILITY_VIEW_BASIC" => Ok(VulnerabilityView::Basic),
                    "VULNERABILITY_VIEW_FULL" => Ok(VulnerabilityView::Full),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for WatchScanRequest {
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
        let mut struct_ser = serializer.serialize_struct("secureflow.security.v1.WatchScanRequest", len)?;
        if !self.id.is_empty() {
            struct_ser.serialize_field("id", &self.id)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for WatchScanRequest {
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
            type Value = WatchScanRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.security.v1.WatchScanRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<WatchScanRequest, V::Error>
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
                Ok(WatchScanRequest {
                    id: id__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.security.v1.WatchScanRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for WatchScanResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.progress.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.security.v1.WatchScanResponse", len)?;
        if let Some(v) = self.progress.as_ref() {
            struct_ser.serialize_field("progress", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for WatchScanResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "progress",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Progress,
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
                            "progress" => Ok(GeneratedField::Progress),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = WatchScanResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.security.v1.WatchScanResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<WatchScanResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut progress__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Progress => {
                            if progress__.is_some() {
                                return Err(serde::de::Error::duplicate_field("progress"));
                            }
                            progress__ = map_.next_value()?;
                        }
                    }
                }
                Ok(WatchScanResponse {
                    progress: progress__,
                })
            }
        }
        deserializer.deserialize_struct("secureflow.security.v1.WatchScanResponse", FIELDS, GeneratedVisitor)
    }
}
