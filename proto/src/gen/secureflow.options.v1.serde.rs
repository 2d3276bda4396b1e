impl serde::Serialize for Access {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.permission.is_empty() {
            len += 1;
        }
        if self.anonymous {
            len += 1;
        }
        if self.authenticated {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.options.v1.Access", len)?;
        if !self.permission.is_empty() {
            struct_ser.serialize_field("permission", &self.permission)?;
        }
        if self.anonymous {
            struct_ser.serialize_field("anonymous", &self.anonymous)?;
        }
        if self.authenticated {
            struct_ser.serialize_field("authenticated", &self.authenticated)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for Access {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "permission",
            "anonymous",
            "authenticated",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Permission,
            Anonymous,
            Authenticated,
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
                            "permission" => Ok(GeneratedField::Permission),
                            "anonymous" => Ok(GeneratedField::Anonymous),
                            "authenticated" => Ok(GeneratedField::Authenticated),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = Access;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.options.v1.Access")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<Access, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut permission__ = None;
                let mut anonymous__ = None;
                let mut authenticated__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Permission => {
                            if permission__.is_some() {
                                return Err(serde::de::Error::duplicate_field("permission"));
                            }
                            permission__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Anonymous => {
                            if anonymous__.is_some() {
                                return Err(serde::de::Error::duplicate_field("anonymous"));
                            }
                            anonymous__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Authenticated => {
                            if authenticated__.is_some() {
                                return Err(serde::de::Error::duplicate_field("authenticated"));
                            }
                            authenticated__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(Access {
                    permission: permission__.unwrap_or_default(),
                    anonymous: anonymous__.unwrap_or_default(),
                    authenticated: authenticated__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.options.v1.Access", FIELDS, GeneratedVisitor)
    }
}
