impl serde::Serialize for Branch {
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
        if !self.head_sha.is_empty() {
            len += 1;
        }
        if self.is_default {
            len += 1;
        }
        if self.protected {
            len += 1;
        }
        if self.update_time.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.repository.v1.Branch", len)?;
        if !self.name.is_empty() {
            struct_ser.serialize_field("name", &self.name)?;
        }
        if !self.head_sha.is_empty() {
            struct_ser.serialize_field("headSha", &self.head_sha)?;
        }
        if self.is_default {
            struct_ser.serialize_field("isDefault", &self.is_default)?;
        }
        if self.protected {
            struct_ser.serialize_field("protected", &self.protected)?;
        }
        if let Some(v) = self.update_time.as_ref() {
            struct_ser.serialize_field("updateTime", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for Branch {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "name",
            "head_sha",
            "headSha",
            "is_default",
            "isDefault",
            "protected",
            "update_time",
            "updateTime",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Name,
            HeadSha,
            IsDefault,
            Protected,
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
                            "name" => Ok(GeneratedField::Name),
                            "headSha" | "head_sha" => Ok(GeneratedField::HeadSha),
                            "isDefault" | "is_default" => Ok(GeneratedField::IsDefault),
                            "protected" => Ok(GeneratedField::Protected),
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
            type Value = Branch;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.repository.v1.Branch")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<Branch, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut name__ = None;
                let mut head_sha__ = None;
                let mut is_default__ = None;
                let mut protected__ = None;
                let mut update_time__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Name => {
                            if name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("name"));
                            }
                            name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::HeadSha => {
                            if head_sha__.is_some() {
                                return Err(serde::de::Error::duplicate_field("headSha"));
                            }
                            head_sha__ = Some(map_.next_value()?);
                        }
                        GeneratedField::IsDefault => {
                            if is_default__.is_some() {
                                return Err(serde::de::Error::duplicate_field("isDefault"));
                            }
                            is_default__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Protected => {
                            if protected__.is_some() {
                                return Err(serde::de::Error::duplicate_field("protected"));
                            }
                            protected__ = Some(map_.next_value()?);
                        }
                        GeneratedField::UpdateTime => {
                            if update_time__.is_some() {
                                return Err(serde::de::Error::duplicate_field("updateTime"));
                            }
                            update_time__ = map_.next_value()?;
                        }
                    }
                }
                Ok(Branch {
                    name: name__.unwrap_or_default(),
                    head_sha: head_sha__.unwrap_or_default(),
                    is_default: is_default__.unwrap_or_default(),
                    protected: protected__.unwrap_or_default(),
                    update_time: update_time__,
                })
            }
        }
        deserializer.deserialize_struct("secureflow.repository.v1.Branch", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for Commit {
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
        if !self.repository_id.is_empty() {
            len += 1;
        }
        if !self.branch.is_empty() {
            len += 1;
        }
        if !self.message.is_empty() {
            len += 1;
        }
        if !self.author_name.is_empty() {
            len += 1;
        }
        if !self.author_email.is_empty() {
            len += 1;
        }
        if !self.author_user_id.is_empty() {
            len += 1;
        }
        if self.authored_time.is_some() {
            len += 1;
        }
        if !self.parent_shas.is_empty() {
            len += 1;
        }
        if self.additions != 0 {
            len += 1;
        }
        if self.deletions != 0 {
            len += 1;
        }
        if self.files_changed != 0 {
            len += 1;
        }
        if !self.committer_name.is_empty() {
            len += 1;
        }
        if !self.committer_email.is_empty() {
            len += 1;
        }
        if self.committed_time.is_some() {
            len += 1;
        }
        if !self.author_login.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.repository.v1.Commit", len)?;
        if !self.sha.is_empty() {
            struct_ser.serialize_field("sha", &self.sha)?;
        }
        if !self.repository_id.is_empty() {
            struct_ser.serialize_field("repositoryId", &self.repository_id)?;
        }
        if !self.branch.is_empty() {
            struct_ser.serialize_field("branch", &self.branch)?;
        }
        if !self.message.is_empty() {
            struct_ser.serialize_field("message", &self.message)?;
        }
        if !self.author_name.is_empty() {
            struct_ser.serialize_field("authorName", &self.author_name)?;
        }
        if !self.author_email.is_empty() {
            struct_ser.serialize_field("authorEmail", &self.author_email)?;
        }
        if !self.author_user_id.is_empty() {
            struct_ser.serialize_field("authorUserId", &self.author_user_id)?;
        }
        if let Some(v) = self.authored_time.as_ref() {
            struct_ser.serialize_field("authoredTime", v)?;
        }
        if !self.parent_shas.is_empty() {
            struct_ser.serialize_field("parentShas", &self.parent_shas)?;
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
        if self.files_changed != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("filesChanged", ToString::to_string(&self.files_changed).as_str())?;
        }
        if !self.committer_name.is_empty() {
            struct_ser.serialize_field("committerName", &self.committer_name)?;
        }
        if !self.committer_email.is_empty() {
            struct_ser.serialize_field("committerEmail", &self.committer_email)?;
        }
        if let Some(v) = self.committed_time.as_ref() {
            struct_ser.serialize_field("committedTime", v)?;
        }
        if !self.author_login.is_empty() {
            struct_ser.serialize_field("authorLogin", &self.author_login)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for Commit {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "sha",
            "repository_id",
            "repositoryId",
            "branch",
            "message",
            "author_name",
            "authorName",
            "author_email",
            "authorEmail",
            "author_user_id",
            "authorUserId",
            "authored_time",
            "authoredTime",
            "parent_shas",
            "parentShas",
            "additions",
            "deletions",
            "files_changed",
            "filesChanged",
            "committer_name",
            "committerName",
            "committer_email",
            "committerEmail",
            "committed_time",
            "committedTime",
            "author_login",
            "authorLogin",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Sha,
            RepositoryId,
            Branch,
            Message,
            AuthorName,
            AuthorEmail,
            AuthorUserId,
            AuthoredTime,
            ParentShas,
            Additions,
            Deletions,
            FilesChanged,
            CommitterName,
            CommitterEmail,
            CommittedTime,
            AuthorLogin,
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
                            "repositoryId" | "repository_id" => Ok(GeneratedField::RepositoryId),
                            "branch" => Ok(GeneratedField::Branch),
                            "message" => Ok(GeneratedField::Message),
                            "authorName" | "author_name" => Ok(GeneratedField::AuthorName),
                            "authorEmail" | "author_email" => Ok(GeneratedField::AuthorEmail),
                            "authorUserId" | "author_user_id" => Ok(GeneratedField::AuthorUserId),
                            "authoredTime" | "authored_time" => Ok(GeneratedField::AuthoredTime),
                            "parentShas" | "parent_shas" => Ok(GeneratedField::ParentShas),
                            "additions" => Ok(GeneratedField::Additions),
                            "deletions" => Ok(GeneratedField::Deletions),
                            "filesChanged" | "files_changed" => Ok(GeneratedField::FilesChanged),
                            "committerName" | "committer_name" => Ok(GeneratedField::CommitterName),
                            "committerEmail" | "committer_email" => Ok(GeneratedField::CommitterEmail),
                            "committedTime" | "committed_time" => Ok(GeneratedField::CommittedTime),
                            "authorLogin" | "author_login" => Ok(GeneratedField::AuthorLogin),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = Commit;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.repository.v1.Commit")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<Commit, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut sha__ = None;
                let mut repository_id__ = None;
                let mut branch__ = None;
                let mut message__ = None;
                let mut author_name__ = None;
                let mut author_email__ = None;
                let mut author_user_id__ = None;
                let mut authored_time__ = None;
                let mut parent_shas__ = None;
                let mut additions__ = None;
                let mut deletions__ = None;
                let mut files_changed__ = None;
                let mut committer_name__ = None;
                let mut committer_email__ = None;
                let mut committed_time__ = None;
                let mut author_login__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Sha => {
                            if sha__.is_some() {
                                return Err(serde::de::Error::duplicate_field("sha"));
                            }
                            sha__ = Some(map_.next_value()?);
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
                        GeneratedField::Message => {
                            if message__.is_some() {
                                return Err(serde::de::Error::duplicate_field("message"));
                            }
                            message__ = Some(map_.next_value()?);
                        }
                        GeneratedField::AuthorName => {
                            if author_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("authorName"));
                            }
                            author_name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::AuthorEmail => {
                            if author_email__.is_some() {
                                return Err(serde::de::Error::duplicate_field("authorEmail"));
                            }
                            author_email__ = Some(map_.next_value()?);
                        }
                        GeneratedField::AuthorUserId => {
                            if author_user_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("authorUserId"));
                            }
                            author_user_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::AuthoredTime => {
                            if authored_time__.is_some() {
                                return Err(serde::de::Error::duplicate_field("authoredTime"));
                            }
                            authored_time__ = map_.next_value()?;
                        }
                        GeneratedField::ParentShas => {
                            if parent_shas__.is_some() {
                                return Err(serde::de::Error::duplicate_field("parentShas"));
                            }
                            parent_shas__ = Some(map_.next_value()?);
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
                        GeneratedField::FilesChanged => {
                            if files_changed__.is_some() {
                                return Err(serde::de::Error::duplicate_field("filesChanged"));
                            }
                            files_changed__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::CommitterName => {
                            if committer_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("committerName"));
                            }
                            committer_name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::CommitterEmail => {
                            if committer_email__.is_some() {
                                return Err(serde::de::Error::duplicate_field("committerEmail"));
                            }
                            committer_email__ = Some(map_.next_value()?);
                        }
                        GeneratedField::CommittedTime => {
                            if committed_time__.is_some() {
                                return Err(serde::de::Error::duplicate_field("committedTime"));
                            }
                            committed_time__ = map_.next_value()?;
                        }
                        GeneratedField::AuthorLogin => {
                            if author_login__.is_some() {
                                return Err(serde::de::Error::duplicate_field("authorLogin"));
                            }
                            author_login__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(Commit {
                    sha: sha__.unwrap_or_default(),
                    repository_id: repository_id__.unwrap_or_default(),
                    branch: branch__.unwrap_or_default(),
                    message: message__.unwrap_or_default(),
                    author_name: author_name__.unwrap_or_default(),
                    author_email: author_email__.unwrap_or_default(),
                    author_user_id: author_user_id__.unwrap_or_default(),
                    authored_time: authored_time__,
                    parent_shas: parent_shas__.unwrap_or_default(),
                    additions: additions__.unwrap_or_default(),
                    deletions: deletions__.unwrap_or_default(),
                    files_changed: files_changed__.unwrap_or_default(),
                    committer_name: committer_name__.unwrap_or_default(),
                    committer_email: committer_email__.unwrap_or_default(),
                    committed_time: committed_time__,
                    author_login: author_login__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.repository.v1.Commit", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for Connection {
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
        if !self.name.is_empty() {
            len += 1;
        }
        if self.provider != 0 {
            len += 1;
        }
        if !self.api_url.is_empty() {
            len += 1;
        }
        if self.auth != 0 {
            len += 1;
        }
        if !self.token.is_empty() {
            len += 1;
        }
        if !self.app_id.is_empty() {
            len += 1;
        }
        if !self.installation_id.is_empty() {
            len += 1;
        }
        if !self.private_key.is_empty() {
            len += 1;
        }
        if self.create_time.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.repository.v1.Connection", len)?;
        if !self.id.is_empty() {
            struct_ser.serialize_field("id", &self.id)?;
        }
        if !self.name.is_empty() {
            struct_ser.serialize_field("name", &self.name)?;
        }
        if self.provider != 0 {
            let v = Provider::try_from(self.provider)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.provider)))?;
            struct_ser.serialize_field("provider", &v)?;
        }
        if !self.api_url.is_empty() {
            struct_ser.serialize_field("apiUrl", &self.api_url)?;
        }
        if self.auth != 0 {
            let v = ConnectionAuth::try_from(self.auth)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.auth)))?;
            struct_ser.serialize_field("auth", &v)?;
        }
        if !self.token.is_empty() {
            struct_ser.serialize_field("token", &self.token)?;
        }
        if !self.app_id.is_empty() {
            struct_ser.serialize_field("appId", &self.app_id)?;
        }
        if !self.installation_id.is_empty() {
            struct_ser.serialize_field("installationId", &self.installation_id)?;
        }
        if !self.private_key.is_empty() {
            struct_ser.serialize_field("privateKey", &self.private_key)?;
        }
        if let Some(v) = self.create_time.as_ref() {
            struct_ser.serialize_field("createTime", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for Connection {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "id",
            "name",
            "provider",
            "api_url",
            "apiUrl",
            "auth",
            "token",
            "app_id",
            "appId",
            "installation_id",
            "installationId",
            "private_key",
            "privateKey",
            "create_time",
            "createTime",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Id,
            Name,
            Provider,
            ApiUrl,
            Auth,
            Token,
            AppId,
            InstallationId,
            PrivateKey,
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
                            "name" => Ok(GeneratedField::Name),
                            "provider" => Ok(GeneratedField::Provider),
                            "apiUrl" | "api_url" => Ok(GeneratedField::ApiUrl),
                            "auth" => Ok(GeneratedField::Auth),
                            "token" => Ok(GeneratedField::Token),
                            "appId" | "app_id" => Ok(GeneratedField::AppId),
                            "installationId" | "installation_id" => Ok(GeneratedField::InstallationId),
                            "privateKey" | "private_key" => Ok(GeneratedField::PrivateKey),
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
            type Value = Connection;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.repository.v1.Connection")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<Connection, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut id__ = None;
                let mut name__ = None;
                let mut provider__ = None;
                let mut api_url__ = None;
                let mut auth__ = None;
                let mut token__ = None;
                let mut app_id__ = None;
                let mut installation_id__ = None;
                let mut private_key__ = None;
                let mut create_time__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Id => {
                            if id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("id"));
                            }
                            id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Name => {
                            if name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("name"));
                            }
                            name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Provider => {
                            if provider__.is_some() {
                                return Err(serde::de::Error::duplicate_field("provider"));
                            }
                            provider__ = Some(map_.next_value::<Provider>()? as i32);
                        }
                        GeneratedField::ApiUrl => {
                            if api_url__.is_some() {
                                return Err(serde::de::Error::duplicate_field("apiUrl"));
                            }
                            api_url__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Auth => {
                            if auth__.is_some() {
                                return Err(serde::de::Error::duplicate_field("auth"));
                            }
                            auth__ = Some(map_.next_value::<ConnectionAuth>()? as i32);
                        }
                        GeneratedField::Token => {
                            if token__.is_some() {
                                return Err(serde::de::Error::duplicate_field("token"));
                            }
                            token__ = Some(map_.next_value()?);
                        }
                        GeneratedField::AppId => {
                            if app_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("appId"));
                            }
                            app_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::InstallationId => {
                            if installation_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("installationId"));
                            }
                            installation_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::PrivateKey => {
                            if private_key__.is_some() {
                                return Err(serde::de::Error::duplicate_field("privateKey"));
                            }
                            private_key__ = Some(map_.next_value()?);
                        }
                        GeneratedField::CreateTime => {
                            if create_time__.is_some() {
                                return Err(serde::de::Error::duplicate_field("createTime"));
                            }
                            create_time__ = map_.next_value()?;
                        }
                    }
                }
                Ok(Connection {
                    id: id__.unwrap_or_default(),
                    name: name__.unwrap_or_default(),
                    provider: provider__.unwrap_or_default(),
                    api_url: api_url__.unwrap_or_default(),
                    auth: auth__.unwrap_or_default(),
                    token: token__.unwrap_or_default(),
                    app_id: app_id__.unwrap_or_default(),
                    installation_id: installation_id__.unwrap_or_default(),
                    private_key: private_key__.unwrap_or_default(),
                    create_time: create_time__,
                })
            }
        }
        deserializer.deserialize_struct("secureflow.repository.v1.Connection", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ConnectionAuth {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "CONNECTION_AUTH_UNSPECIFIED",
            Self::Token => "CONNECTION_AUTH_TOKEN",
            Self::GithubApp => "CONNECTION_AUTH_GITHUB_APP",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for ConnectionAuth {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "CONNECTION_AUTH_UNSPECIFIED",
            "CONNECTION_AUTH_TOKEN",
            "CONNECTION_AUTH_GITHUB_APP",
        ];

        struct GeneratedVisitor;

        impl serde::de::Visitor<'_> for GeneratedVisitor {
            type Value = ConnectionAuth;

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
                    "CONNECTION_AUTH_UNSPECIFIED" => Ok(ConnectionAuth::Unspecified),
                    "CONNECTION_AUTH_TOKEN" => Ok(ConnectionAuth::Token),
                    "CONNECTION_AUTH_GITHUB_APP" => Ok(ConnectionAuth::GithubApp),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for Contributor {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.login.is_empty() {
            len += 1;
        }
        if !self.name.is_empty() {
            len += 1;
        }
        if !self.email.is_empty() {
            len += 1;
        }
        if self.commits != 0 {
            len += 1;
        }
        if self.additions != 0 {
            len += 1;
        }
        if self.deletions != 0 {
            len += 1;
        }
        if !self.user_id.is_empty() {
            len += 1;
        }
        if self.update_time.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.repository.v1.Contributor", len)?;
        if !self.login.is_empty() {
            struct_ser.serialize_field("login", &self.login)?;
        }
        if !self.name.is_empty() {
            struct_ser.serialize_field("name", &self.name)?;
        }
        if !self.email.is_empty() {
            struct_ser.serialize_field("email", &self.email)?;
        }
        if self.commits != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("commits", ToString::to_string(&self.commits).as_str())?;
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
        if !self.user_id.is_empty() {
            struct_ser.serialize_field("userId", &self.user_id)?;
        }
        if let Some(v) = self.update_time.as_ref() {
            struct_ser.serialize_field("updateTime", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for Contributor {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "login",
            "name",
            "email",
            "commits",
            "additions",
            "deletions",
            "user_id",
            "userId",
            "update_time",
            "updateTime",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Login,
            Name,
            Email,
            Commits,
            Additions,
            Deletions,
            UserId,
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
                            "login" => Ok(GeneratedField::Login),
                            "name" => Ok(GeneratedField::Name),
                            "email" => Ok(GeneratedField::Email),
                            "commits" => Ok(GeneratedField::Commits),
                            "additions" => Ok(GeneratedField::Additions),
                            "deletions" => Ok(GeneratedField::Deletions),
                            "userId" | "user_id" => Ok(GeneratedField::UserId),
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
            type Value = Contributor;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.repository.v1.Contributor")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<Contributor, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut login__ = None;
                let mut name__ = None;
                let mut email__ = None;
                let mut commits__ = None;
                let mut additions__ = None;
                let mut deletions__ = None;
                let mut user_id__ = None;
                let mut update_time__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Login => {
                            if login__.is_some() {
                                return Err(serde::de::Error::duplicate_field("login"));
                            }
                            login__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Name => {
                            if name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("name"));
                            }
                            name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Email => {
                            if email__.is_some() {
                                return Err(serde::de::Error::duplicate_field("email"));
                            }
                            email__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Commits => {
                            if commits__.is_some() {
                                return Err(serde::de::Error::duplicate_field("commits"));
                            }
                            commits__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
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
                        GeneratedField::UserId => {
                            if user_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("userId"));
                            }
                            user_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::UpdateTime => {
                            if update_time__.is_some() {
                                return Err(serde::de::Error::duplicate_field("updateTime"));
                            }
                            update_time__ = map_.next_value()?;
                        }
                    }
                }
                Ok(Contributor {
                    login: login__.unwrap_or_default(),
                    name: name__.unwrap_or_default(),
                    email: email__.unwrap_or_default(),
                    commits: commits__.unwrap_or_default(),
                    additions: additions__.unwrap_or_default(),
                    deletions: deletions__.unwrap_or_default(),
                    user_id: user_id__.unwrap_or_default(),
                    update_time: update_time__,
                })
            }
        }
        deserializer.deserialize_struct("secureflow.repository.v1.Contributor", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for CreateConnectionRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.connection.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.repository.v1.CreateConnectionRequest", len)?;
        if let Some(v) = self.connection.as_ref() {
            struct_ser.serialize_field("connection", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for CreateConnectionRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "connection",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Connection,
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
                            "connection" => Ok(GeneratedField::Connection),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = CreateConnectionRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.repository.v1.CreateConnectionRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<CreateConnectionRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut connection__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Connection => {
                            if connection__.is_some() {
                                return Err(serde::de::Error::duplicate_field("connection"));
                            }
                            connection__ = map_.next_value()?;
                        }
                    }
                }
                Ok(CreateConnectionRequest {
                    connection: connection__,
                })
            }
        }
        deserializer.deserialize_struct("secureflow.repository.v1.CreateConnectionRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for CreateConnectionResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.connection.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.repository.v1.CreateConnectionResponse", len)?;
        if let Some(v) = self.connection.as_ref() {
            struct_ser.serialize_field("connection", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for CreateConnectionResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "connection",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Connection,
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
                            "connection" => Ok(GeneratedField::Connection),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = CreateConnectionResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.repository.v1.CreateConnectionResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<CreateConnectionResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut connection__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Connection => {
                            if connection__.is_some() {
                                return Err(serde::de::Error::duplicate_field("connection"));
                            }
                            connection__ = map_.next_value()?;
                        }
                    }
                }
                Ok(CreateConnectionResponse {
                    connection: connection__,
                })
            }
        }
        deserializer.deserialize_struct("secureflow.repository.v1.CreateConnectionResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for CreateRepositoryRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.repository.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.repository.v1.CreateRepositoryRequest", len)?;
        if let Some(v) = self.repository.as_ref() {
            struct_ser.serialize_field("repository", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for CreateRepositoryRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "repository",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Repository,
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
                            "repository" => Ok(GeneratedField::Repository),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = CreateRepositoryRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.repository.v1.CreateRepositoryRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<CreateRepositoryRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut repository__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Repository => {
                            if repository__.is_some() {
                                return Err(serde::de::Error::duplicate_field("repository"));
                            }
                            repository__ = map_.next_value()?;
                        }
                    }
                }
                Ok(CreateRepositoryRequest {
                    repository: repository__,
                })
            }
        }
        deserializer.deserialize_struct("secureflow.repository.v1.CreateRepositoryRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for CreateRepositoryResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.repository.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.repository.v1.CreateRepositoryResponse", len)?;
        if let Some(v) = self.repository.as_ref() {
            struct_ser.serialize_field("repository", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for CreateRepositoryResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "repository",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Repository,
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
                            "repository" => Ok(GeneratedField::Repository),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = CreateRepositoryResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.repository.v1.CreateRepositoryResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<CreateRepositoryResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut repository__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Repository => {
                            if repository__.is_some() {
                                return Err(serde::de::Error::duplicate_field("repository"));
                            }
                            repository__ = map_.next_value()?;
                        }
                    }
                }
                Ok(CreateRepositoryResponse {
                    repository: repository__,
                })
            }
        }
        deserializer.deserialize_struct("secureflow.repository.v1.CreateRepositoryResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for CreateWebhookRequest {
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
        if self.webhook.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.repository.v1.CreateWebhookRequest", len)?;
        if !self.repository_id.is_empty() {
            struct_ser.serialize_field("repositoryId", &self.repository_id)?;
        }
        if let Some(v) = self.webhook.as_ref() {
            struct_ser.serialize_field("webhook", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for CreateWebhookRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "repository_id",
            "repositoryId",
            "webhook",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            RepositoryId,
            Webhook,
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
                            "webhook" => Ok(GeneratedField::Webhook),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = CreateWebhookRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.repository.v1.CreateWebhookRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<CreateWebhookRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut repository_id__ = None;
                let mut webhook__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::RepositoryId => {
                            if repository_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("repositoryId"));
                            }
                            repository_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Webhook => {
                            if webhook__.is_some() {
                                return Err(serde::de::Error::duplicate_field("webhook"));
                            }
                            webhook__ = map_.next_value()?;
                        }
                    }
                }
                Ok(CreateWebhookRequest {
                    repository_id: repository_id__.unwrap_or_default(),
                    webhook: webhook__,
                })
            }
        }
        deserializer.deserialize_struct("secureflow.repository.v1.CreateWebhookRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for CreateWebhookResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.webhook.is_some() {
            len += 1;
        }
        if !self.secret.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.repository.v1.CreateWebhookResponse", len)?;
        if let Some(v) = self.webhook.as_ref() {
            struct_ser.serialize_field("webhook", v)?;
        }
        if !self.secret.is_empty() {
            struct_ser.serialize_field("secret", &self.secret)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for CreateWebhookResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "webhook",
            "secret",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Webhook,
            Secret,
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
                            "webhook" => Ok(GeneratedField::Webhook),
                            "secret" => Ok(GeneratedField::Secret),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = CreateWebhookResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.repository.v1.CreateWebhookResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<CreateWebhookResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut webhook__ = None;
                let mut secret__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Webhook => {
                            if webhook__.is_some() {
                                return Err(serde::de::Error::duplicate_field("webhook"));
                            }
                            webhook__ = map_.next_value()?;
                        }
                        GeneratedField::Secret => {
                            if secret__.is_some() {
                                return Err(serde::de::Error::duplicate_field("secret"));
                            }
                            secret__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(CreateWebhookResponse {
                    webhook: webhook__,
                    secret: secret__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.repository.v1.CreateWebhookResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for Criticality {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "CRITICALITY_UNSPECIFIED",
            Self::Low => "CRITICALITY_LOW",
            Self::Medium => "CRITICALITY_MEDIUM",
            Self::High => "CRITICALITY_HIGH",
            Self::Critical => "CRITICALITY_CRITICAL",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for Criticality {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "CRITICALITY_UNSPECIFIED",
            "CRITICALITY_LOW",
            "CRITICALITY_MEDIUM",
            "CRITICALITY_HIGH",
            "CRITICALITY_CRITICAL",
        ];

        struct GeneratedVisitor;

        impl serde::de::Visitor<'_> for GeneratedVisitor {
            type Value = Criticality;

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
                    "CRITICALITY_UNSPECIFIED" => Ok(Criticality::Unspecified),
                    "CRITICALITY_LOW" => Ok(Criticality::Low),
                    "CRITICALITY_MEDIUM" => Ok(Criticality::Medium),
                    "CRITICALITY_HIGH" => Ok(Criticality::High),
                    "CRITICALITY_CRITICAL" => Ok(Criticality::Critical),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for DeleteConnectionRequest {
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
        let mut struct_ser = serializer.serialize_struct("secureflow.repository.v1.DeleteConnectionRequest", len)?;
        if !self.id.is_empty() {
            struct_ser.serialize_field("id", &self.id)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for DeleteConnectionRequest {
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
            type Value = DeleteConnectionRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.repository.v1.DeleteConnectionRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<DeleteConnectionRequest, V::Error>
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
                Ok(DeleteConnectionRequest {
                    id: id__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.repository.v1.DeleteConnectionRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for DeleteConnectionResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let len = 0;
        let struct_ser = serializer.serialize_struct("secureflow.repository.v1.DeleteConnectionResponse", len)?;
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for DeleteConnectionResponse {
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
            type Value = DeleteConnectionResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.repository.v1.DeleteConnectionResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<DeleteConnectionResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                while map_.next_key::<GeneratedField>()?.is_some() {
                    let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                }
                Ok(DeleteConnectionResponse {
                })
            }
        }
        deserializer.deserialize_struct("secureflow.repository.v1.DeleteConnectionResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for DeleteRepositoryRequest {
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
        let mut struct_ser = serializer.serialize_struct("secureflow.repository.v1.DeleteRepositoryRequest", len)?;
        if !self.id.is_empty() {
            struct_ser.serialize_field("id", &self.id)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for DeleteRepositoryRequest {
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
            type Value = DeleteRepositoryRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.repository.v1.DeleteRepositoryRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<DeleteRepositoryRequest, V::Error>
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
                Ok(DeleteRepositoryRequest {
                    id: id__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.repository.v1.DeleteRepositoryRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for DeleteRepositoryResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let len = 0;
        let struct_ser = serializer.serialize_struct("secureflow.repository.v1.DeleteRepositoryResponse", len)?;
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for DeleteRepositoryResponse {
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
            type Value = DeleteRepositoryResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.repository.v1.DeleteRepositoryResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<DeleteRepositoryResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                while map_.next_key::<GeneratedField>()?.is_some() {
                    let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                }
                Ok(DeleteRepositoryResponse {
                })
            }
        }
        deserializer.deserialize_struct("secureflow.repository.v1.DeleteRepositoryResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for DeleteWebhookRequest {
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
        if !self.id.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.repository.v1.DeleteWebhookRequest", len)?;
        if !self.repository_id.is_empty() {
            struct_ser.serialize_field("repositoryId", &self.repository_id)?;
        }
        if !self.id.is_empty() {
            struct_ser.serialize_field("id", &self.id)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for DeleteWebhookRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "repository_id",
            "repositoryId",
            "id",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            RepositoryId,
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
                            "repositoryId" | "repository_id" => Ok(GeneratedField::RepositoryId),
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
            type Value = DeleteWebhookRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.repository.v1.DeleteWebhookRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<DeleteWebhookRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut repository_id__ = None;
                let mut id__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::RepositoryId => {
                            if repository_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("repositoryId"));
                            }
                            repository_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Id => {
                            if id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("id"));
                            }
                            id__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(DeleteWebhookRequest {
                    repository_id: repository_id__.unwrap_or_default(),
                    id: id__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.repository.v1.DeleteWebhookRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for DeleteWebhookResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let len = 0;
        let struct_ser = serializer.serialize_struct("secureflow.repository.v1.DeleteWebhookResponse", len)?;
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for DeleteWebhookResponse {
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
            type Value = DeleteWebhookResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.repository.v1.DeleteWebhookResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<DeleteWebhookResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                while map_.next_key::<GeneratedField>()?.is_some() {
                    let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                }
                Ok(DeleteWebhookResponse {
                })
            }
        }
        deserializer.deserialize_struct("secureflow.repository.v1.DeleteWebhookResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetCommitRequest {
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
        if !self.sha.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.repository.v1.GetCommitRequest", len)?;
        if !self.repository_id.is_empty() {
            struct_ser.serialize_field("repositoryId", &self.repository_id)?;
        }
        if !self.sha.is_empty() {
            struct_ser.serialize_field("sha", &self.sha)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetCommitRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "repository_id",
            "repositoryId",
            "sha",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            RepositoryId,
            Sha,
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
                            "sha" => Ok(GeneratedField::Sha),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetCommitRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.repository.v1.GetCommitRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetCommitRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut repository_id__ = None;
                let mut sha__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::RepositoryId => {
                            if repository_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("repositoryId"));
                            }
                            repository_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Sha => {
                            if sha__.is_some() {
                                return Err(serde::de::Error::duplicate_field("sha"));
                            }
                            sha__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(GetCommitRequest {
                    repository_id: repository_id__.unwrap_or_default(),
                    sha: sha__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.repository.v1.GetCommitRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetCommitResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.commit.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.repository.v1.GetCommitResponse", len)?;
        if let Some(v) = self.commit.as_ref() {
            struct_ser.serialize_field("commit", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetCommitResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "commit",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Commit,
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
                            "commit" => Ok(GeneratedField::Commit),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetCommitResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.repository.v1.GetCommitResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetCommitResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut commit__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Commit => {
                            if commit__.is_some() {
                                return Err(serde::de::Error::duplicate_field("commit"));
                            }
                            commit__ = map_.next_value()?;
                        }
                    }
                }
                Ok(GetCommitResponse {
                    commit: commit__,
                })
            }
        }
        deserializer.deserialize_struct("secureflow.repository.v1.GetCommitResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetPullRequestRequest {
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
        if self.number != 0 {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.repository.v1.GetPullRequestRequest", len)?;
        if !self.repository_id.is_empty() {
            struct_ser.serialize_field("repositoryId", &self.repository_id)?;
        }
        if self.number != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("number", ToString::to_string(&self.number).as_str())?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetPullRequestRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "repository_id",
            "repositoryId",
            "number",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            RepositoryId,
            Number,
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
                            "number" => Ok(GeneratedField::Number),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetPullRequestRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.repository.v1.GetPullRequestRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetPullRequestRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut repository_id__ = None;
                let mut number__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::RepositoryId => {
                            if repository_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("repositoryId"));
                            }
                            repository_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Number => {
                            if number__.is_some() {
                                return Err(serde::de::Error::duplicate_field("number"));
                            }
                            number__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                    }
                }
                Ok(GetPullRequestRequest {
                    repository_id: repository_id__.unwrap_or_default(),
                    number: number__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.repository.v1.GetPullRequestRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetPullRequestResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.pull_request.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.repository.v1.GetPullRequestResponse", len)?;
        if let Some(v) = self.pull_request.as_ref() {
            struct_ser.serialize_field("pullRequest", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetPullRequestResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "pull_request",
            "pullRequest",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            PullRequest,
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
                            "pullRequest" | "pull_request" => Ok(GeneratedField::PullRequest),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetPullRequestResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.repository.v1.GetPullRequestResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetPullRequestResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut pull_request__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::PullRequest => {
                            if pull_request__.is_some() {
                                return Err(serde::de::Error::duplicate_field("pullRequest"));
                            }
                            pull_request__ = map_.next_value()?;
                        }
                    }
                }
                Ok(GetPullRequestResponse {
                    pull_request: pull_request__,
                })
            }
        }
        deserializer.deserialize_struct("secureflow.repository.v1.GetPullRequestResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetRepositoryRequest {
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
        let mut struct_ser = serializer.serialize_struct("secureflow.repository.v1.GetRepositoryRequest", len)?;
        if !self.id.is_empty() {
            struct_ser.serialize_field("id", &self.id)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetRepositoryRequest {
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
            type Value = GetRepositoryRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.repository.v1.GetRepositoryRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetRepositoryRequest, V::Error>
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
                Ok(GetRepositoryRequest {
                    id: id__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.repository.v1.GetRepositoryRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetRepositoryResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.repository.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.repository.v1.GetRepositoryResponse", len)?;
        if let Some(v) = self.repository.as_ref() {
            struct_ser.serialize_field("repository", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetRepositoryResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "repository",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Repository,
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
                            "repository" => Ok(GeneratedField::Repository),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetRepositoryResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.repository.v1.GetRepositoryResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetRepositoryResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut repository__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Repository => {
                            if repository__.is_some() {
                                return Err(serde::de::Error::duplicate_field("repository"));
                            }
                            repository__ = map_.next_value()?;
                        }
                    }
                }
                Ok(GetRepositoryResponse {
                    repository: repository__,
                })
            }
        }
        deserializer.deserialize_struct("secureflow.repository.v1.GetRepositoryResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetSyncRequest {
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
        let mut struct_ser = serializer.serialize_struct("secureflow.repository.v1.GetSyncRequest", len)?;
        if !self.repository_id.is_empty() {
            struct_ser.serialize_field("repositoryId", &self.repository_id)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetSyncRequest {
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
            type Value = GetSyncRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.repository.v1.GetSyncRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetSyncRequest, V::Error>
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
                Ok(GetSyncRequest {
                    repository_id: repository_id__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.repository.v1.GetSyncRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetSyncResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.sync.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.repository.v1.GetSyncResponse", len)?;
        if let Some(v) = self.sync.as_ref() {
            struct_ser.serialize_field("sync", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetSyncResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "sync",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Sync,
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
                            "sync" => Ok(GeneratedField::Sync),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetSyncResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.repository.v1.GetSyncResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetSyncResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut sync__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Sync => {
                            if sync__.is_some() {
                                return Err(serde::de::Error::duplicate_field("sync"));
                            }
                            sync__ = map_.next_value()?;
                        }
                    }
                }
                Ok(GetSyncResponse {
                    sync: sync__,
                })
            }
        }
        deserializer.deserialize_struct("secureflow.repository.v1.GetSyncResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ListBranchesRequest {
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
        if self.page_size != 0 {
            len += 1;
        }
        if !self.page_token.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.repository.v1.ListBranchesRequest", len)?;
        if !self.repository_id.is_empty() {
            struct_ser.serialize_field("repositoryId", &self.repository_id)?;
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
impl<'de> serde::Deserialize<'de> for ListBranchesRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "repository_id",
            "repositoryId",
            "page_size",
            "pageSize",
            "page_token",
            "pageToken",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            RepositoryId,
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
                            "repositoryId" | "repository_id" => Ok(GeneratedField::RepositoryId),
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
            type Value = ListBranchesRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.repository.v1.ListBranchesRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ListBranchesRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut repository_id__ = None;
                let mut page_size__ = None;
                let mut page_token__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::RepositoryId => {
                            if repository_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("repositoryId"));
                            }
                            repository_id__ = Some(map_.next_value()?);
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
                Ok(ListBranchesRequest {
                    repository_id: repository_id__.unwrap_or_default(),
                    page_size: page_size__.unwrap_or_default(),
                    page_token: page_token__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.repository.v1.ListBranchesRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ListBranchesResponse {
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
        if !self.next_page_token.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.repository.v1.ListBranchesResponse", len)?;
        if !self.branches.is_empty() {
            struct_ser.serialize_field("branches", &self.branches)?;
        }
        if !self.next_page_token.is_empty() {
            struct_ser.serialize_field("nextPageToken", &self.next_page_token)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ListBranchesResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "branches",
            "next_page_token",
            "nextPageToken",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Branches,
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
                            "branches" => Ok(GeneratedField::Branches),
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
            type Value = ListBranchesResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.repository.v1.ListBranchesResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ListBranchesResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut branches__ = None;
                let mut next_page_token__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Branches => {
                            if branches__.is_some() {
                                return Err(serde::de::Error::duplicate_field("branches"));
                            }
                            branches__ = Some(map_.next_value()?);
                        }
                        GeneratedField::NextPageToken => {
                            if next_page_token__.is_some() {
                                return Err(serde::de::Error::duplicate_field("nextPageToken"));
                            }
                            next_page_token__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(ListBranchesResponse {
                    branches: branches__.unwrap_or_default(),
                    next_page_token: next_page_token__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.repository.v1.ListBranchesResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ListCommitsRequest {
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
        if self.page_size != 0 {
            len += 1;
        }
        if !self.page_token.is_empty() {
            len += 1;
        }
        if !self.branch.is_empty() {
            len += 1;
        }
        if !self.author_email.is_empty() {
            len += 1;
        }
        if self.start_time.is_some() {
            len += 1;
        }
        if self.end_time.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.repository.v1.ListCommitsRequest", len)?;
        if !self.repository_id.is_empty() {
            struct_ser.serialize_field("repositoryId", &self.repository_id)?;
        }
        if self.page_size != 0 {
            struct_ser.serialize_field("pageSize", &self.page_size)?;
        }
        if !self.page_token.is_empty() {
            struct_ser.serialize_field("pageToken", &self.page_token)?;
        }
        if !self.branch.is_empty() {
            struct_ser.serialize_field("branch", &self.branch)?;
        }
        if !self.author_email.is_empty() {
            struct_ser.serialize_field("authorEmail", &self.author_email)?;
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
impl<'de> serde::Deserialize<'de> for ListCommitsRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "repository_id",
            "repositoryId",
            "page_size",
            "pageSize",
            "page_token",
            "pageToken",
            "branch",
            "author_email",
            "authorEmail",
            "start_time",
            "startTime",
            "end_time",
            "endTime",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            RepositoryId,
            PageSize,
            PageToken,
            Branch,
            AuthorEmail,
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
                            "pageSize" | "page_size" => Ok(GeneratedField::PageSize),
                            "pageToken" | "page_token" => Ok(GeneratedField::PageToken),
                            "branch" => Ok(GeneratedField::Branch),
                            "authorEmail" | "author_email" => Ok(GeneratedField::AuthorEmail),
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
            type Value = ListCommitsRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.repository.v1.ListCommitsRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ListCommitsRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut repository_id__ = None;
                let mut page_size__ = None;
                let mut page_token__ = None;
                let mut branch__ = None;
                let mut author_email__ = None;
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
                        GeneratedField::Branch => {
                            if branch__.is_some() {
                                return Err(serde::de::Error::duplicate_field("branch"));
                            }
                            branch__ = Some(map_.next_value()?);
                        }
                        GeneratedField::AuthorEmail => {
                            if author_email__.is_some() {
                                return Err(serde::de::Error::duplicate_field("authorEmail"));
                            }
                            author_email__ = Some(map_.next_value()?);
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
                Ok(ListCommitsRequest {
                    repository_id: repository_id__.unwrap_or_default(),
                    page_size: page_size__.unwrap_or_default(),
                    page_token: page_token__.unwrap_or_default(),
                    branch: branch__.unwrap_or_default(),
                    author_email: author_email__.unwrap_or_default(),
                    start_time: start_time__,
                    end_time: end_time__,
                })
            }
        }
        deserializer.deserialize_struct("secureflow.repository.v1.ListCommitsRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ListCommitsResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.commits.is_empty() {
            len += 1;
        }
        if !self.next_page_token.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.repository.v1.ListCommitsResponse", len)?;
        if !self.commits.is_empty() {
            struct_ser.serialize_field("commits", &self.commits)?;
        }
        if !self.next_page_token.is_empty() {
            struct_ser.serialize_field("nextPageToken", &self.next_page_token)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ListCommitsResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "commits",
            "next_page_token",
            "nextPageToken",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Commits,
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
                            "commits" => Ok(GeneratedField::Commits),
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
            type Value = ListCommitsResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.repository.v1.ListCommitsResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ListCommitsResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut commits__ = None;
                let mut next_page_token__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Commits => {
                            if commits__.is_some() {
                                return Err(serde::de::Error::duplicate_field("commits"));
                            }
                            commits__ = Some(map_.next_value()?);
                        }
                        GeneratedField::NextPageToken => {
                            if next_page_token__.is_some() {
                                return Err(serde::de::Error::duplicate_field("nextPageToken"));
                            }
                            next_page_token__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(ListCommitsResponse {
                    commits: commits__.unwrap_or_default(),
                    next_page_token: next_page_token__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.repository.v1.ListCommitsResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ListConnectionsRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let len = 0;
        let struct_ser = serializer.serialize_struct("secureflow.repository.v1.ListConnectionsRequest", len)?;
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ListConnectionsRequest {
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
            type Value = ListConnectionsRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.repository.v1.ListConnectionsRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ListConnectionsRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                while map_.next_key::<GeneratedField>()?.is_some() {
                    let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                }
                Ok(ListConnectionsRequest {
                })
            }
        }
        deserializer.deserialize_struct("secureflow.repository.v1.ListConnectionsRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ListConnectionsResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.connections.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.repository.v1.ListConnectionsResponse", len)?;
        if !self.connections.is_empty() {
            struct_ser.serialize_field("connections", &self.connections)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ListConnectionsResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "connections",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Connections,
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
                            "connections" => Ok(GeneratedField::Connections),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ListConnectionsResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.repository.v1.ListConnectionsResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ListConnectionsResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut connections__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Connections => {
                            if connections__.is_some() {
                                return Err(serde::de::Error::duplicate_field("connections"));
                            }
                            connections__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(ListConnectionsResponse {
                    connections: connections__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.repository.v1.ListConnectionsResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ListContributorsRequest {
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
        if self.page_size != 0 {
            len += 1;
        }
        if !self.page_token.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.repository.v1.ListContributorsRequest", len)?;
        if !self.repository_id.is_empty() {
            struct_ser.serialize_field("repositoryId", &self.repository_id)?;
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
impl<'de> serde::Deserialize<'de> for ListContributorsRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "repository_id",
            "repositoryId",
            "page_size",
            "pageSize",
            "page_token",
            "pageToken",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            RepositoryId,
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
                            "repositoryId" | "repository_id" => Ok(GeneratedField::RepositoryId),
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
            type Value = ListContributorsRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.repository.v1.ListContributorsRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ListContributorsRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut repository_id__ = None;
                let mut page_size__ = None;
                let mut page_token__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::RepositoryId => {
                            if repository_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("repositoryId"));
                            }
                            repository_id__ = Some(map_.next_value()?);
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
                Ok(ListContributorsRequest {
                    repository_id: repository_id__.unwrap_or_default(),
                    page_size: page_size__.unwrap_or_default(),
                    page_token: page_token__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.repository.v1.ListContributorsRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ListContributorsResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.contributors.is_empty() {
            len += 1;
        }
        if !self.next_page_token.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.repository.v1.ListContributorsResponse", len)?;
        if !self.contributors.is_empty() {
            struct_ser.serialize_field("contributors", &self.contributors)?;
        }
        if !self.next_page_token.is_empty() {
            struct_ser.serialize_field("nextPageToken", &self.next_page_token)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ListContributorsResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "contributors",
            "next_page_token",
            "nextPageToken",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Contributors,
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
                            "contributors" => Ok(GeneratedField::Contributors),
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
            type Value = ListContributorsResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.repository.v1.ListContributorsResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ListContributorsResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut contributors__ = None;
                let mut next_page_token__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Contributors => {
                            if contributors__.is_some() {
                                return Err(serde::de::Error::duplicate_field("contributors"));
                            }
                            contributors__ = Some(map_.next_value()?);
                        }
                        GeneratedField::NextPageToken => {
                            if next_page_token__.is_some() {
                                return Err(serde::de::Error::duplicate_field("nextPageToken"));
                            }
                            next_page_token__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(ListContributorsResponse {
                    contributors: contributors__.unwrap_or_default(),
                    next_page_token: next_page_token__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.repository.v1.ListContributorsResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ListPullRequestsRequest {
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
        if self.page_size != 0 {
            len += 1;
        }
        if !self.page_token.is_empty() {
            len += 1;
        }
        if self.state != 0 {
            len += 1;
        }
        if !self.target_branch.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.repository.v1.ListPullRequestsRequest", len)?;
        if !self.repository_id.is_empty() {
            struct_ser.serialize_field("repositoryId", &self.repository_id)?;
        }
        if self.page_size != 0 {
            struct_ser.serialize_field("pageSize", &self.page_size)?;
        }
        if !self.page_token.is_empty() {
            struct_ser.serialize_field("pageToken", &self.page_token)?;
        }
        if self.state != 0 {
            let v = PullRequestState::try_from(self.state)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.state)))?;
            struct_ser.serialize_field("state", &v)?;
        }
        if !self.target_branch.is_empty() {
            struct_ser.serialize_field("targetBranch", &self.target_branch)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ListPullRequestsRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "repository_id",
            "repositoryId",
            "page_size",
            "pageSize",
            "page_token",
            "pageToken",
            "state",
            "target_branch",
            "targetBranch",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            RepositoryId,
            PageSize,
            PageToken,
            State,
            TargetBranch,
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
                            "pageSize" | "page_size" => Ok(GeneratedField::PageSize),
                            "pageToken" | "page_token" => Ok(GeneratedField::PageToken),
                            "state" => Ok(GeneratedField::State),
                            "targetBranch" | "target_branch" => Ok(GeneratedField::TargetBranch),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ListPullRequestsRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.repository.v1.ListPullRequestsRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ListPullRequestsRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut repository_id__ = None;
                let mut page_size__ = None;
                let mut page_token__ = None;
                let mut state__ = None;
                let mut target_branch__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::RepositoryId => {
                            if repository_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("repositoryId"));
                            }
                            repository_id__ = Some(map_.next_value()?);
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
                        GeneratedField::State => {
                            if state__.is_some() {
                                return Err(serde::de::Error::duplicate_field("state"));
                            }
                            state__ = Some(map_.next_value::<PullRequestState>()? as i32);
                        }
                        GeneratedField::TargetBranch => {
                            if target_branch__.is_some() {
                                return Err(serde::de::Error::duplicate_field("targetBranch"));
                            }
                            target_branch__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(ListPullRequestsRequest {
                    repository_id: repository_id__.unwrap_or_default(),
                    page_size: page_size__.unwrap_or_default(),
                    page_token: page_token__.unwrap_or_default(),
                    state: state__.unwrap_or_default(),
                    target_branch: target_branch__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.repository.v1.ListPullRequestsRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ListPullRequestsResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.pull_requests.is_empty() {
            len += 1;
        }
        if !self.next_page_token.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.repository.v1.ListPullRequestsResponse", len)?;
        if !self.pull_requests.is_empty() {
            struct_ser.serialize_field("pullRequests", &self.pull_requests)?;
        }
        if !self.next_page_token.is_empty() {
            struct_ser.serialize_field("nextPageToken", &self.next_page_token)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ListPullRequestsResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "pull_requests",
            "pullRequests",
            "next_page_token",
            "nextPageToken",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            PullRequests,
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
                            "pullRequests" | "pull_requests" => Ok(GeneratedField::PullRequests),
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
            type Value = ListPullRequestsResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.repository.v1.ListPullRequestsResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ListPullRequestsResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut pull_requests__ = None;
                let mut next_page_token__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::PullRequests => {
                            if pull_requests__.is_some() {
                                return Err(serde::de::Error::duplicate_field("pullRequests"));
                            }
                            pull_requests__ = Some(map_.next_value()?);
                        }
                        GeneratedField::NextPageToken => {
                            if next_page_token__.is_some() {
                                return Err(serde::de::Error::duplicate_field("nextPageToken"));
                            }
                            next_page_token__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(ListPullRequestsResponse {
                    pull_requests: pull_requests__.unwrap_or_default(),
                    next_page_token: next_page_token__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.repository.v1.ListPullRequestsResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ListRepositoriesRequest {
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
        if !self.team_id.is_empty() {
            len += 1;
        }
        if !self.query.is_empty() {
            len += 1;
        }
        if self.include_archived {
            len += 1;
        }
        if self.show_deleted {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.repository.v1.ListRepositoriesRequest", len)?;
        if self.page_size != 0 {
            struct_ser.serialize_field("pageSize", &self.page_size)?;
        }
        if !self.page_token.is_empty() {
            struct_ser.serialize_field("pageToken", &self.page_token)?;
        }
        if !self.team_id.is_empty() {
            struct_ser.serialize_field("teamId", &self.team_id)?;
        }
        if !self.query.is_empty() {
            struct_ser.serialize_field("query", &self.query)?;
        }
        if self.include_archived {
            struct_ser.serialize_field("includeArchived", &self.include_archived)?;
        }
        if self.show_deleted {
            struct_ser.serialize_field("showDeleted", &self.show_deleted)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ListRepositoriesRequest {
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
            "team_id",
            "teamId",
            "query",
            "include_archived",
            "includeArchived",
            "show_deleted",
            "showDeleted",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            PageSize,
            PageToken,
            TeamId,
            Query,
            IncludeArchived,
            ShowDeleted,
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
                            "teamId" | "team_id" => Ok(GeneratedField::TeamId),
                            "query" => Ok(GeneratedField::Query),
                            "includeArchived" | "include_archived" => Ok(GeneratedField::IncludeArchived),
                            "showDeleted" | "show_deleted" => Ok(GeneratedField::ShowDeleted),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ListRepositoriesRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.repository.v1.ListRepositoriesRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ListRepositoriesRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut page_size__ = None;
                let mut page_token__ = None;
                let mut team_id__ = None;
                let mut query__ = None;
                let mut include_archived__ = None;
                let mut show_deleted__ = None;
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
                        GeneratedField::TeamId => {
                            if team_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("teamId"));
                            }
                            team_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Query => {
                            if query__.is_some() {
                                return Err(serde::de::Error::duplicate_field("query"));
                            }
                            query__ = Some(map_.next_value()?);
                        }
                        GeneratedField::IncludeArchived => {
                            if include_archived__.is_some() {
                                return Err(serde::de::Error::duplicate_field("includeArchived"));
                            }
                            include_archived__ = Some(map_.next_value()?);
                        }
                        GeneratedField::ShowDeleted => {
                            if show_deleted__.is_some() {
                                return Err(serde::de::Error::duplicate_field("showDeleted"));
                            }
                            show_deleted__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(ListRepositoriesRequest {
                    page_size: page_size__.unwrap_or_default(),
                    page_token: page_token__.unwrap_or_default(),
                    team_id: team_id__.unwrap_or_default(),
                    query: query__.unwrap_or_default(),
                    include_archived: include_archived__.unwrap_or_default(),
                    show_deleted: show_deleted__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.repository.v1.ListRepositoriesRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ListRepositoriesResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.repositories.is_empty() {
            len += 1;
        }
        if !self.next_page_token.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.repository.v1.ListRepositoriesResponse", len)?;
        if !self.repositories.is_empty() {
            struct_ser.serialize_field("repositories", &self.repositories)?;
        }
        if !self.next_page_token.is_empty() {
            struct_ser.serialize_field("nextPageToken", &self.next_page_token)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ListRepositoriesResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "repositories",
            "next_page_token",
            "nextPageToken",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Repositories,
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
                            "repositories" => Ok(GeneratedField::Repositories),
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
            type Value = ListRepositoriesResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.repository.v1.ListRepositoriesResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ListRepositoriesResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut repositories__ = None;
                let mut next_page_token__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Repositories => {
                            if repositories__.is_some() {
                                return Err(serde::de::Error::duplicate_field("repositories"));
                            }
                            repositories__ = Some(map_.next_value()?);
                        }
                        GeneratedField::NextPageToken => {
                            if next_page_token__.is_some() {
                                return Err(serde::de::Error::duplicate_field("nextPageToken"));
                            }
                            next_page_token__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(ListRepositoriesResponse {
                    repositories: repositories__.unwrap_or_default(),
                    next_page_token: next_page_token__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.repository.v1.ListRepositoriesResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ListWebhookDeliveriesRequest {
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
        if !self.webhook_id.is_empty() {
            len += 1;
        }
        if self.page_size != 0 {
            len += 1;
        }
        if !self.page_token.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.repository.v1.ListWebhookDeliveriesRequest", len)?;
        if !self.repository_id.is_empty() {
            struct_ser.serialize_field("repositoryId", &self.repository_id)?;
        }
        if !self.webhook_id.is_empty() {
            struct_ser.serialize_field("webhookId", &self.webhook_id)?;
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
impl<'de> serde::Deserialize<'de> for ListWebhookDeliveriesRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "repository_id",
            "repositoryId",
            "webhook_id",
            "webhookId",
            "page_size",
            "pageSize",
            "page_token",
            "pageToken",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            RepositoryId,
            WebhookId,
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
                            "repositoryId" | "repository_id" => Ok(GeneratedField::RepositoryId),
                            "webhookId" | "webhook_id" => Ok(GeneratedField::WebhookId),
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
            type Value = ListWebhookDeliveriesRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.repository.v1.ListWebhookDeliveriesRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ListWebhookDeliveriesRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut repository_id__ = None;
                let mut webhook_id__ = None;
                let mut page_size__ = None;
                let mut page_token__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::RepositoryId => {
                            if repository_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("repositoryId"));
                            }
                            repository_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::WebhookId => {
                            if webhook_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("webhookId"));
                            }
                            webhook_id__ = Some(map_.next_value()?);
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
                Ok(ListWebhookDeliveriesRequest {
                    repository_id: repository_id__.unwrap_or_default(),
                    webhook_id: webhook_id__.unwrap_or_default(),
                    page_size: page_size__.unwrap_or_default(),
                    page_token: page_token__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.repository.v1.ListWebhookDeliveriesRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ListWebhookDeliveriesResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.deliveries.is_empty() {
            len += 1;
        }
        if !self.next_page_token.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.repository.v1.ListWebhookDeliveriesResponse", len)?;
        if !self.deliveries.is_empty() {
            struct_ser.serialize_field("deliveries", &self.deliveries)?;
        }
        if !self.next_page_token.is_empty() {
            struct_ser.serialize_field("nextPageToken", &self.next_page_token)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ListWebhookDeliveriesResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "deliveries",
            "next_page_token",
            "nextPageToken",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Deliveries,
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
                            "deliveries" => Ok(GeneratedField::Deliveries),
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
            type Value = ListWebhookDeliveriesResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.repository.v1.ListWebhookDeliveriesResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ListWebhookDeliveriesResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut deliveries__ = None;
                let mut next_page_token__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Deliveries => {
                            if deliveries__.is_some() {
                                return Err(serde::de::Error::duplicate_field("deliveries"));
                            }
                            deliveries__ = Some(map_.next_value()?);
                        }
                        GeneratedField::NextPageToken => {
                            if next_page_token__.is_some() {
                                return Err(serde::de::Error::duplicate_field("nextPageToken"));
                            }
                            next_page_token__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(ListWebhookDeliveriesResponse {
                    deliveries: deliveries__.unwrap_or_default(),
                    next_page_token: next_page_token__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.repository.v1.ListWebhookDeliveriesResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ListWebhooksRequest {
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
        let mut struct_ser = serializer.serialize_struct("secureflow.repository.v1.ListWebhooksRequest", len)?;
        if !self.repository_id.is_empty() {
            struct_ser.serialize_field("repositoryId", &self.repository_id)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ListWebhooksRequest {
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
            type Value = ListWebhooksRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.repository.v1.ListWebhooksRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ListWebhooksRequest, V::Error>
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
                Ok(ListWebhooksRequest {
                    repository_id: repository_id__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.repository.v1.ListWebhooksRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ListWebhooksResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.webhooks.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.repository.v1.ListWebhooksResponse", len)?;
        if !self.webhooks.is_empty() {
            struct_ser.serialize_field("webhooks", &self.webhooks)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ListWebhooksResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "webhooks",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Webhooks,
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
                            "webhooks" => Ok(GeneratedField::Webhooks),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ListWebhooksResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.repository.v1.ListWebhooksResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ListWebhooksResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut webhooks__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Webhooks => {
                            if webhooks__.is_some() {
                                return Err(serde::de::Error::duplicate_field("webhooks"));
                            }
                            webhooks__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(ListWebhooksResponse {
                    webhooks: webhooks__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.repository.v1.ListWebhooksResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for Provider {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "PROVIDER_UNSPECIFIED",
            Self::Github => "PROVIDER_GITHUB",
            Self::Gitlab => "PROVIDER_GITLAB",
            Self::Bitbucket => "PROVIDER_BITBUCKET",
            Self::AzureDevops => "PROVIDER_AZURE_DEVOPS",
            Self::GenericGit => "PROVIDER_GENERIC_GIT",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for Provider {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "PROVIDER_UNSPECIFIED",
            "PROVIDER_GITHUB",
            "PROVIDER_GITLAB",
            "PROVIDER_BITBUCKET",
            "PROVIDER_AZURE_DEVOPS",
            "PROVIDER_GENERIC_GIT",
        ];

        struct GeneratedVisitor;

        impl serde::de::Visitor<'_> for GeneratedVisitor {
            type Value = Provider;

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
                    "PROVIDER_UNSPECIFIED" => Ok(Provider::Unspecified),
                    "PROVIDER_GITHUB" => Ok(Provider::Github),
                    "PROVIDER_GITLAB" => Ok(Provider::Gitlab),
                    "PROVIDER_BITBUCKET" => Ok(Provider::Bitbucket),
                    "PROVIDER_AZURE_DEVOPS" => Ok(Provider::AzureDevops),
                    "PROVIDER_GENERIC_GIT" => Ok(Provider::GenericGit),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for PullRequest {
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
        if !self.repository_id.is_empty() {
            len += 1;
        }
        if self.number != 0 {
            len += 1;
        }
        if !self.title.is_empty() {
            len += 1;
        }
        if !self.author.is_empty() {
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
        if self.state != 0 {
            len += 1;
        }
        if !self.reviews.is_empty() {
            len += 1;
        }
        if self.create_time.is_some() {
            len += 1;
        }
        if self.merge_time.is_some() {
            len += 1;
        }
        if self.close_time.is_some() {
            len += 1;
        }
        if self.additions != 0 {
            len += 1;
        }
        if self.deletions != 0 {
            len += 1;
        }
        if self.draft {
            len += 1;
        }
        if self.first_review_time.is_some() {
            len += 1;
        }
        if self.approve_time.is_some() {
            len += 1;
        }
        if !self.merged_by.is_empty() {
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
        let mut struct_ser = serializer.serialize_struct("secureflow.repository.v1.PullRequest", len)?;
        if !self.id.is_empty() {
            struct_ser.serialize_field("id", &self.id)?;
        }
        if !self.repository_id.is_empty() {
            struct_ser.serialize_field("repositoryId", &self.repository_id)?;
        }
        if self.number != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("number", ToString::to_string(&self.number).as_str())?;
        }
        if !self.title.is_empty() {
            struct_ser.serialize_field("title", &self.title)?;
        }
        if !self.author.is_empty() {
            struct_ser.serialize_field("author", &self.author)?;
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
        if self.state != 0 {
            let v = PullRequestState::try_from(self.state)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.state)))?;
            struct_ser.serialize_field("state", &v)?;
        }
        if !self.reviews.is_empty() {
            struct_ser.serialize_field("reviews", &self.reviews)?;
        }
        if let Some(v) = self.create_time.as_ref() {
            struct_ser.serialize_field("createTime", v)?;
        }
        if let Some(v) = self.merge_time.as_ref() {
            struct_ser.serialize_field("mergeTime", v)?;
        }
        if let Some(v) = self.close_time.as_ref() {
            struct_ser.serialize_field("closeTime", v)?;
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
        if self.draft {
            struct_ser.serialize_field("draft", &self.draft)?;
        }
        if let Some(v) = self.first_review_time.as_ref() {
            struct_ser.serialize_field("firstReviewTime", v)?;
        }
        if let Some(v) = self.approve_time.as_ref() {
            struct_ser.serialize_field("approveTime", v)?;
        }
        if !self.merged_by.is_empty() {
            struct_ser.serialize_field("mergedBy", &self.merged_by)?;
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
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for PullRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "id",
            "repository_id",
            "repositoryId",
            "number",
            "title",
            "author",
            "source_branch",
            "sourceBranch",
            "target_branch",
            "targetBranch",
            "head_sha",
            "headSha",
            "state",
            "reviews",
            "create_time",
            "createTime",
            "merge_time",
            "mergeTime",
            "close_time",
            "closeTime",
            "additions",
            "deletions",
            "draft",
            "first_review_time",
            "firstReviewTime",
            "approve_time",
            "approveTime",
            "merged_by",
            "mergedBy",
            "commits",
            "author_user_id",
            "authorUserId",
            "merged_by_user_id",
            "mergedByUserId",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Id,
            RepositoryId,
            Number,
            Title,
            Author,
            SourceBranch,
            TargetBranch,
            HeadSha,
            State,
            Reviews,
            CreateTime,
            MergeTime,
            CloseTime,
            Additions,
            Deletions,
            Draft,
            FirstReviewTime,
            ApproveTime,
            MergedBy,
            Commits,
            AuthorUserId,
            MergedByUserId,
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
                            "repositoryId" | "repository_id" => Ok(GeneratedField::RepositoryId),
                            "number" => Ok(GeneratedField::Number),
                            "title" => Ok(GeneratedField::Title),
                            "author" => Ok(GeneratedField::Author),
                            "sourceBranch" | "source_branch" => Ok(GeneratedField::SourceBranch),
                            "targetBranch" | "target_branch" => Ok(GeneratedField::TargetBranch),
                            "headSha" | "head_sha" => Ok(GeneratedField::HeadSha),
                            "state" => Ok(GeneratedField::State),
                            "reviews" => Ok(GeneratedField::Reviews),
                            "createTime" | "create_time" => Ok(GeneratedField::CreateTime),
                            "mergeTime" | "merge_time" => Ok(GeneratedField::MergeTime),
                            "closeTime" | "close_time" => Ok(GeneratedField::CloseTime),
                            "additions" => Ok(GeneratedField::Additions),
                            "deletions" => Ok(GeneratedField::Deletions),
                            "draft" => Ok(GeneratedField::Draft),
                            "firstReviewTime" | "first_review_time" => Ok(GeneratedField::FirstReviewTime),
                            "approveTime" | "approve_time" => Ok(GeneratedField::ApproveTime),
                            "mergedBy" | "merged_by" => Ok(GeneratedField::MergedBy),
                            "commits" => Ok(GeneratedField::Commits),
                            "authorUserId" | "author_user_id" => Ok(GeneratedField::AuthorUserId),
                            "mergedByUserId" | "merged_by_user_id" => Ok(GeneratedField::MergedByUserId),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = PullRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.repository.v1.PullRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<PullRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut id__ = None;
                let mut repository_id__ = None;
                let mut number__ = None;
                let mut title__ = None;
                let mut author__ = None;
                let mut source_branch__ = None;
                let mut target_branch__ = None;
                let mut head_sha__ = None;
                let mut state__ = None;
                let mut reviews__ = None;
                let mut create_time__ = None;
                let mut merge_time__ = None;
                let mut close_time__ = None;
                let mut additions__ = None;
                let mut deletions__ = None;
                let mut draft__ = None;
                let mut first_review_time__ = None;
                let mut approve_time__ = None;
                let mut merged_by__ = None;
                let mut commits__ = None;
                let mut author_user_id__ = None;
                let mut merged_by_user_id__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Id => {
                            if id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("id"));
                            }
                            id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::RepositoryId => {
                            if repository_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("repositoryId"));
                            }
                            repository_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Number => {
                            if number__.is_some() {
                                return Err(serde::de::Error::duplicate_field("number"));
                            }
                            number__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
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
                        GeneratedField::State => {
                            if state__.is_some() {
                                return Err(serde::de::Error::duplicate_field("state"));
                            }
                            state__ = Some(map_.next_value::<PullRequestState>()? as i32);
                        }
                        GeneratedField::Reviews => {
                            if reviews__.is_some() {
                                return Err(serde::de::Error::duplicate_field("reviews"));
                            }
                            reviews__ = Some(map_.next_value()?);
                        }
                        GeneratedField::CreateTime => {
                            if create_time__.is_some() {
                                return Err(serde::de::Error::duplicate_field("createTime"));
                            }
                            create_time__ = map_.next_value()?;
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
                        GeneratedField::Draft => {
                            if draft__.is_some() {
                                return Err(serde::de::Error::duplicate_field("draft"));
                            }
                            draft__ = Some(map_.next_value()?);
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
                        GeneratedField::MergedBy => {
                            if merged_by__.is_some() {
                                return Err(serde::de::Error::duplicate_field("mergedBy"));
                            }
                            merged_by__ = Some(map_.next_value()?);
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
                    }
                }
                Ok(PullRequest {
                    id: id__.unwrap_or_default(),
                    repository_id: repository_id__.unwrap_or_default(),
                    number: number__.unwrap_or_default(),
                    title: title__.unwrap_or_default(),
                    author: author__.unwrap_or_default(),
                    source_branch: source_branch__.unwrap_or_default(),
                    target_branch: target_branch__.unwrap_or_default(),
                    head_sha: head_sha__.unwrap_or_default(),
                    state: state__.unwrap_or_default(),
                    reviews: reviews__.unwrap_or_default(),
                    create_time: create_time__,
                    merge_time: merge_time__,
                    close_time: close_time__,
                    additions: additions__.unwrap_or_default(),
                    deletions: deletions__.unwrap_or_default(),
                    draft: draft__.unwrap_or_default(),
                    first_review_time: first_review_time__,
                    approve_time: approve_time__,
                    merged_by: merged_by__.unwrap_or_default(),
                    commits: commits__.unwrap_or_default(),
                    author_user_id: author_user_id__.unwrap_or_default(),
                    merged_by_user_id: merged_by_user_id__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.repository.v1.PullRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for PullRequestState {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "PULL_REQUEST_STATE_UNSPECIFIED",
            Self::Open => "PULL_REQUEST_STATE_OPEN",
            Self::Merged => "PULL_REQUEST_STATE_MERGED",
            Self::Closed => "PULL_REQUEST_STATE_CLOSED",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for PullRequestState {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "PULL_REQUEST_STATE_UNSPECIFIED",
            "PULL_REQUEST_STATE_OPEN",
            "PULL_REQUEST_STATE_MERGED",
            "PULL_REQUEST_STATE_CLOSED",
        ];

        struct GeneratedVisitor;

        impl serde::de::Visitor<'_> for GeneratedVisitor {
            type Value = PullRequestState;

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
                    "PULL_REQUEST_STATE_UNSPECIFIED" => Ok(PullRequestState::Unspecified),
                    "PULL_REQUEST_STATE_OPEN" => Ok(PullRequestState::Open),
                    "PULL_REQUEST_STATE_MERGED" => Ok(PullRequestState::Merged),
                    "PULL_REQUEST_STATE_CLOSED" => Ok(PullRequestState::Closed),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for ReceiveWebhookRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.webhook_id.is_empty() {
            len += 1;
        }
        if !self.event.is_empty() {
            len += 1;
        }
        if !self.signature.is_empty() {
            len += 1;
        }
        if !self.delivery_id.is_empty() {
            len += 1;
        }
        if !self.payload.is_empty() {
            len += 1;
        }
        if !self.provider.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.repository.v1.ReceiveWebhookRequest", len)?;
        if !self.webhook_id.is_empty() {
            struct_ser.serialize_field("webhookId", &self.webhook_id)?;
        }
        if !self.event.is_empty() {
            struct_ser.serialize_field("event", &self.event)?;
        }
        if !self.signature.is_empty() {
            struct_ser.serialize_field("signature", &self.signature)?;
        }
        if !self.delivery_id.is_empty() {
            struct_ser.serialize_field("deliveryId", &self.delivery_id)?;
        }
        if !self.payload.is_empty() {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("payload", pbjson::private::base64::encode(&self.payload).as_str())?;
        }
        if !self.provider.is_empty() {
            struct_ser.serialize_field("provider", &self.provider)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ReceiveWebhookRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "webhook_id",
            "webhookId",
            "event",
            "signature",
            "delivery_id",
            "deliveryId",
            "payload",
            "provider",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            WebhookId,
            Event,
            Signature,
            DeliveryId,
            Payload,
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
                            "webhookId" | "webhook_id" => Ok(GeneratedField::WebhookId),
                            "event" => Ok(GeneratedField::Event),
                            "signature" => Ok(GeneratedField::Signature),
                            "deliveryId" | "delivery_id" => Ok(GeneratedField::DeliveryId),
                            "payload" => Ok(GeneratedField::Payload),
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
            type Value = ReceiveWebhookRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.repository.v1.ReceiveWebhookRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ReceiveWebhookRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut webhook_id__ = None;
                let mut event__ = None;
                let mut signature__ = None;
                let mut delivery_id__ = None;
                let mut payload__ = None;
                let mut provider__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::WebhookId => {
                            if webhook_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("webhookId"));
                            }
                            webhook_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Event => {
                            if event__.is_some() {
                                return Err(serde::de::Error::duplicate_field("event"));
                            }
                            event__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Signature => {
                            if signature__.is_some() {
                                return Err(serde::de::Error::duplicate_field("signature"));
                            }
                            signature__ = Some(map_.next_value()?);
                        }
                        GeneratedField::DeliveryId => {
                            if delivery_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("deliveryId"));
                            }
                            delivery_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Payload => {
                            if payload__.is_some() {
                                return Err(serde::de::Error::duplicate_field("payload"));
                            }
                            payload__ = 
                                Some(map_.next_value::<::pbjson::private::BytesDeserialize<_>>()?.0)
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
                Ok(ReceiveWebhookRequest {
                    webhook_id: webhook_id__.unwrap_or_default(),
                    event: event__.unwrap_or_default(),
                    signature: signature__.unwrap_or_default(),
                    delivery_id: delivery_id__.unwrap_or_default(),
                    payload: payload__.unwrap_or_default(),
                    provider: provider__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.repository.v1.ReceiveWebhookRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ReceiveWebhookResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.commits_recorded != 0 {
            len += 1;
        }
        if self.duplicate {
            len += 1;
        }
        if !self.outcome.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.repository.v1.ReceiveWebhookResponse", len)?;
        if self.commits_recorded != 0 {
            struct_ser.serialize_field("commitsRecorded", &self.commits_recorded)?;
        }
        if self.duplicate {
            struct_ser.serialize_field("duplicate", &self.duplicate)?;
        }
        if !self.outcome.is_empty() {
            struct_ser.serialize_field("outcome", &self.outcome)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ReceiveWebhookResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "commits_recorded",
            "commitsRecorded",
            "duplicate",
            "outcome",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            CommitsRecorded,
            Duplicate,
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
                            "commitsRecorded" | "commits_recorded" => Ok(GeneratedField::CommitsRecorded),
                            "duplicate" => Ok(GeneratedField::Duplicate),
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
            type Value = ReceiveWebhookResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.repository.v1.ReceiveWebhookResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ReceiveWebhookResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut commits_recorded__ = None;
                let mut duplicate__ = None;
                let mut outcome__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::CommitsRecorded => {
                            if commits_recorded__.is_some() {
                                return Err(serde::de::Error::duplicate_field("commitsRecorded"));
                            }
                            commits_recorded__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::Duplicate => {
                            if duplicate__.is_some() {
                                return Err(serde::de::Error::duplicate_field("duplicate"));
                            }
                            duplicate__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Outcome => {
                            if outcome__.is_some() {
                                return Err(serde::de::Error::duplicate_field("outcome"));
                            }
                            outcome__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(ReceiveWebhookResponse {
                    commits_recorded: commits_recorded__.unwrap_or_default(),
                    duplicate: duplicate__.unwrap_or_default(),
                    outcome: outcome__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.repository.v1.ReceiveWebhookResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for Repository {
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
        if !self.full_name.is_empty() {
            len += 1;
        }
        if self.provider != 0 {
            len += 1;
        }
        if !self.clone_url.is_empty() {
            len += 1;
        }
        if !self.default_branch.is_empty() {
            len += 1;
        }
        if !self.team_id.is_empty() {
            len += 1;
        }
        if self.criticality != 0 {
            len += 1;
        }
        if !self.languages.is_empty() {
            len += 1;
        }
        if !self.labels.is_empty() {
            len += 1;
        }
        if self.archived {
            len += 1;
        }
        if self.create_time.is_some() {
            len += 1;
        }
        if self.update_time.is_some() {
            len += 1;
        }
        if self.delete_time.is_some() {
            len += 1;
        }
        if self.expire_time.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.repository.v1.Repository", len)?;
        if !self.id.is_empty() {
            struct_ser.serialize_field("id", &self.id)?;
        }
        if !self.organization_id.is_empty() {
            struct_ser.serialize_field("organizationId", &self.organization_id)?;
        }
        if !self.name.is_empty() {
            struct_ser.serialize_field("name", &self.name)?;
        }
        if !self.full_name.is_empty() {
            struct_ser.serialize_field("fullName", &self.full_name)?;
        }
        if self.provider != 0 {
            let v = Provider::try_from(self.provider)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.provider)))?;
            struct_ser.serialize_field("provider", &v)?;
        }
        if !self.clone_url.is_empty() {
            struct_ser.serialize_field("cloneUrl", &self.clone_url)?;
        }
        if !self.default_branch.is_empty() {
            struct_ser.serialize_field("defaultBranch", &self.default_branch)?;
        }
        if !self.team_id.is_empty() {
            struct_ser.serialize_field("teamId", &self.team_id)?;
        }
        if self.criticality != 0 {
            let v = Criticality::try_from(self.criticality)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.criticality)))?;
            struct_ser.serialize_field("criticality", &v)?;
        }
        if !self.languages.is_empty() {
            struct_ser.serialize_field("languages", &self.languages)?;
        }
        if !self.labels.is_empty() {
            struct_ser.serialize_field("labels", &self.labels)?;
        }
        if self.archived {
            struct_ser.serialize_field("archived", &self.archived)?;
        }
        if let Some(v) = self.create_time.as_ref() {
            struct_ser.serialize_field("createTime", v)?;
        }
        if let Some(v) = self.update_time.as_ref() {
            struct_ser.serialize_field("updateTime", v)?;
        }
        if let Some(v) = self.delete_time.as_ref() {
            struct_ser.serialize_field("deleteTime", v)?;
        }
        if let Some(v) = self.expire_time.as_ref() {
            struct_ser.serialize_field("expireTime", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for Repository {
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
            "full_name",
            "fullName",
            "provider",
            "clone_url",
            "cloneUrl",
            "default_branch",
            "defaultBranch",
            "team_id",
            "teamId",
            "criticality",
            "languages",
            "labels",
            "archived",
            "create_time",
            "createTime",
            "update_time",
            "updateTime",
            "delete_time",
            "deleteTime",
            "expire_time",
            "expireTime",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Id,
            OrganizationId,
            Name,
            FullName,
            Provider,
            CloneUrl,
            DefaultBranch,
            TeamId,
            Criticality,
            Languages,
            Labels,
            Archived,
            CreateTime,
            UpdateTime,
            DeleteTime,
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
                            "id" => Ok(GeneratedField::Id),
                            "organizationId" | "organization_id" => Ok(GeneratedField::OrganizationId),
                            "name" => Ok(GeneratedField::Name),
                            "fullName" | "full_name" => Ok(GeneratedField::FullName),
                            "provider" => Ok(GeneratedField::Provider),
                            "cloneUrl" | "clone_url" => Ok(GeneratedField::CloneUrl),
                            "defaultBranch" | "default_branch" => Ok(GeneratedField::DefaultBranch),
                            "teamId" | "team_id" => Ok(GeneratedField::TeamId),
                            "criticality" => Ok(GeneratedField::Criticality),
                            "languages" => Ok(GeneratedField::Languages),
                            "labels" => Ok(GeneratedField::Labels),
                            "archived" => Ok(GeneratedField::Archived),
                            "createTime" | "create_time" => Ok(GeneratedField::CreateTime),
                            "updateTime" | "update_time" => Ok(GeneratedField::UpdateTime),
                            "deleteTime" | "delete_time" => Ok(GeneratedField::DeleteTime),
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
            type Value = Repository;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.repository.v1.Repository")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<Repository, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut id__ = None;
                let mut organization_id__ = None;
                let mut name__ = None;
                let mut full_name__ = None;
                let mut provider__ = None;
                let mut clone_url__ = None;
                let mut default_branch__ = None;
                let mut team_id__ = None;
                let mut criticality__ = None;
                let mut languages__ = None;
                let mut labels__ = None;
                let mut archived__ = None;
                let mut create_time__ = None;
                let mut update_time__ = None;
                let mut delete_time__ = None;
                let mut expire_time__ = None;
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
                        GeneratedField::FullName => {
                            if full_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("fullName"));
                            }
                            full_name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Provider => {
                            if provider__.is_some() {
                                return Err(serde::de::Error::duplicate_field("provider"));
                            }
                            provider__ = Some(map_.next_value::<Provider>()? as i32);
                        }
                        GeneratedField::CloneUrl => {
                            if clone_url__.is_some() {
                                return Err(serde::de::Error::duplicate_field("cloneUrl"));
                            }
                            clone_url__ = Some(map_.next_value()?);
                        }
                        GeneratedField::DefaultBranch => {
                            if default_branch__.is_some() {
                                return Err(serde::de::Error::duplicate_field("defaultBranch"));
                            }
                            default_branch__ = Some(map_.next_value()?);
                        }
                        GeneratedField::TeamId => {
                            if team_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("teamId"));
                            }
                            team_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Criticality => {
                            if criticality__.is_some() {
                                return Err(serde::de::Error::duplicate_field("criticality"));
                            }
                            criticality__ = Some(map_.next_value::<Criticality>()? as i32);
                        }
                        GeneratedField::Languages => {
                            if languages__.is_some() {
                                return Err(serde::de::Error::duplicate_field("languages"));
                            }
                            languages__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Labels => {
                            if labels__.is_some() {
                                return Err(serde::de::Error::duplicate_field("labels"));
                            }
                            labels__ = Some(
                                map_.next_value::<std::collections::HashMap<_, _>>()?
                            );
                        }
                        GeneratedField::Archived => {
                            if archived__.is_some() {
                                return Err(serde::de::Error::duplicate_field("archived"));
                            }
                            archived__ = Some(map_.next_value()?);
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
                        GeneratedField::DeleteTime => {
                            if delete_time__.is_some() {
                                return Err(serde::de::Error::duplicate_field("deleteTime"));
                            }
                            delete_time__ = map_.next_value()?;
                        }
                        GeneratedField::ExpireTime => {
                            if expire_time__.is_some() {
                                return Err(serde::de::Error::duplicate_field("expireTime"));
                            }
                            expire_time__ = map_.next_value()?;
                        }
                    }
                }
                Ok(Repository {
                    id: id__.unwrap_or_default(),
                    organization_id: organization_id__.unwrap_or_default(),
                    name: name__.unwrap_or_default(),
                    full_name: full_name__.unwrap_or_default(),
                    provider: provider__.unwrap_or_default(),
                    clone_url: clone_url__.unwrap_or_default(),
                    default_branch: default_branch__.unwrap_or_default(),
                    team_id: team_id__.unwrap_or_default(),
                    criticality: criticality__.unwrap_or_default(),
                    languages: languages__.unwrap_or_default(),
                    labels: labels__.unwrap_or_default(),
                    archived: archived__.unwrap_or_default(),
                    create_time: create_time__,
                    update_time: update_time__,
                    delete_time: delete_time__,
                    expire_time: expire_time__,
                })
            }
        }
        deserializer.deserialize_struct("secureflow.repository.v1.Repository", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for Review {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.reviewer.is_empty() {
            len += 1;
        }
        if self.state != 0 {
            len += 1;
        }
        if self.comment_count != 0 {
            len += 1;
        }
        if self.submit_time.is_some() {
            len += 1;
        }
        if !self.reviewer_user_id.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.repository.v1.Review", len)?;
        if !self.reviewer.is_empty() {
            struct_ser.serialize_field("reviewer", &self.reviewer)?;
        }
        if self.state != 0 {
            let v = ReviewState::try_from(self.state)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.state)))?;
            struct_ser.serialize_field("state", &v)?;
        }
        if self.comment_count != 0 {
            struct_ser.serialize_field("commentCount", &self.comment_count)?;
        }
        if let Some(v) = self.submit_time.as_ref() {
            struct_ser.serialize_field("submitTime", v)?;
        }
        if !self.reviewer_user_id.is_empty() {
            struct_ser.serialize_field("reviewerUserId", &self.reviewer_user_id)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for Review {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "reviewer",
            "state",
            "comment_count",
            "commentCount",
            "submit_time",
            "submitTime",
            "reviewer_user_id",
            "reviewerUserId",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Reviewer,
            State,
            CommentCount,
            SubmitTime,
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
                            "reviewer" => Ok(GeneratedField::Reviewer),
                            "state" => Ok(GeneratedField::State),
                            "commentCount" | "comment_count" => Ok(GeneratedField::CommentCount),
                            "submitTime" | "submit_time" => Ok(GeneratedField::SubmitTime),
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
            type Value = Review;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.repository.v1.Review")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<Review, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut reviewer__ = None;
                let mut state__ = None;
                let mut comment_count__ = None;
                let mut submit_time__ = None;
                let mut reviewer_user_id__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Reviewer => {
                            if reviewer__.is_some() {
                                return Err(serde::de::Error::duplicate_field("reviewer"));
                            }
                            reviewer__ = Some(map_.next_value()?);
                        }
                        GeneratedField::State => {
                            if state__.is_some() {
                                return Err(serde::de::Error::duplicate_field("state"));
                            }
                            state__ = Some(map_.next_value::<ReviewState>()? as i32);
                        }
                        GeneratedField::CommentCount => {
                            if comment_count__.is_some() {
                                return Err(serde::de::Error::duplicate_field("commentCount"));
                            }
                            comment_count__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::SubmitTime => {
                            if submit_time__.is_some() {
                                return Err(serde::de::Error::duplicate_field("submitTime"));
                            }
                            submit_time__ = map_.next_value()?;
                        }
                        GeneratedField::ReviewerUserId => {
                            if reviewer_user_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("reviewerUserId"));
                            }
                            reviewer_user_id__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(Review {
                    reviewer: reviewer__.unwrap_or_default(),
                    state: state__.unwrap_or_default(),
                    comment_count: comment_count__.unwrap_or_default(),
                    submit_time: submit_time__,
                    reviewer_user_id: reviewer_user_id__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.repository.v1.Review", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ReviewState {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "REVIEW_STATE_UNSPECIFIED",
            Self::Approved => "REVIEW_STATE_APPROVED",
            Self::ChangesRequested => "REVIEW_STATE_CHANGES_REQUESTED",
            Self::Commented => "REVIEW_STATE_COMMENTED",
            Self::Dismissed => "REVIEW_STATE_DISMISSED",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for ReviewState {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "REVIEW_STATE_UNSPECIFIED",
            "REVIEW_STATE_APPROVED",
            "REVIEW_STATE_CHANGES_REQUESTED",
            "REVIEW_STATE_COMMENTED",
            "REVIEW_STATE_DISMISSED",
        ];

        struct GeneratedVisitor;

        impl serde::de::Visitor<'_> for GeneratedVisitor {
            type Value = ReviewState;

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
                    "REVIEW_STATE_UNSPECIFIED" => Ok(ReviewState::Unspecified),
                    "REVIEW_STATE_APPROVED" => Ok(ReviewState::Approved),
                    "REVIEW_STATE_CHANGES_REQUESTED" => Ok(ReviewState::ChangesRequested),
                    "REVIEW_STATE_COMMENTED" => Ok(ReviewState::Commented),
                    "REVIEW_STATE_DISMISSED" => Ok(ReviewState::Dismissed),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for Sync {
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
        if !self.connection_id.is_empty() {
            len += 1;
        }
        if self.state != 0 {
            len += 1;
        }
        if !self.phase.is_empty() {
            len += 1;
        }
        if self.branches != 0 {
            len += 1;
        }
        if self.commits != 0 {
            len += 1;
        }
        if self.pull_requests != 0 {
            len += 1;
        }
        if self.reviews != 0 {
            len += 1;
        }
        if self.requests != 0 {
            len += 1;
        }
        if self.resume_time.is_some() {
            len += 1;
        }
        if !self.error.is_empty() {
            len += 1;
        }
        if self.start_time.is_some() {
            len += 1;
        }
        if self.update_time.is_some() {
            len += 1;
        }
        if self.finish_time.is_some() {
            len += 1;
        }
        if self.full {
            len += 1;
        }
        if self.contributors != 0 {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.repository.v1.Sync", len)?;
        if !self.repository_id.is_empty() {
            struct_ser.serialize_field("repositoryId", &self.repository_id)?;
        }
        if !self.connection_id.is_empty() {
            struct_ser.serialize_field("connectionId", &self.connection_id)?;
        }
        if self.state != 0 {
            let v = SyncState::try_from(self.state)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.state)))?;
            struct_ser.serialize_field("state", &v)?;
        }
        if !self.phase.is_empty() {
            struct_ser.serialize_field("phase", &self.phase)?;
        }
        if self.branches != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("branches", ToString::to_string(&self.branches).as_str())?;
        }
        if self.commits != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("commits", ToString::to_string(&self.commits).as_str())?;
        }
        if self.pull_requests != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("pullRequests", ToString::to_string(&self.pull_requests).as_str())?;
        }
        if self.reviews != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("reviews", ToString::to_string(&self.reviews).as_str())?;
        }
        if self.requests != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("requests", ToString::to_string(&self.requests).as_str())?;
        }
        if let Some(v) = self.resume_time.as_ref() {
            struct_ser.serialize_field("resumeTime", v)?;
        }
        if !self.error.is_empty() {
            struct_ser.serialize_field("error", &self.error)?;
        }
        if let Some(v) = self.start_time.as_ref() {
            struct_ser.serialize_field("startTime", v)?;
        }
        if let Some(v) = self.update_time.as_ref() {
            struct_ser.serialize_field("updateTime", v)?;
        }
        if let Some(v) = self.finish_time.as_ref() {
            struct_ser.serialize_field("finishTime", v)?;
        }
        if self.full {
            struct_ser.serialize_field("full", &self.full)?;
        }
        if self.contributors != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("contributors", ToString::to_string(&self.contributors).as_str())?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for Sync {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "repository_id",
            "repositoryId",
            "connection_id",
            "connectionId",
            "state",
            "phase",
            "branches",
            "commits",
            "pull_requests",
            "pullRequests",
            "reviews",
            "requests",
            "resume_time",
            "resumeTime",
            "error",
            "start_time",
            "startTime",
            "update_time",
            "updateTime",
            "finish_time",
            "finishTime",
            "full",
            "contributors",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            RepositoryId,
            ConnectionId,
            State,
            Phase,
            Branches,
            Commits,
            PullRequests,
            Reviews,
            Requests,
            ResumeTime,
            Error,
            StartTime,
            UpdateTime,
            FinishTime,
            Full,
            Contributors,
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
                            "connectionId" | "connection_id" => Ok(GeneratedField::ConnectionId),
                            "state" => Ok(GeneratedField::State),
                            "phase" => Ok(GeneratedField::Phase),
                            "branches" => Ok(GeneratedField::Branches),
                            "commits" => Ok(GeneratedField::Commits),
                            "pullRequests" | "pull_requests" => Ok(GeneratedField::PullRequests),
                            "reviews" => Ok(GeneratedField::Reviews),
                            "requests" => Ok(GeneratedField::Requests),
                            "resumeTime" | "resume_time" => Ok(GeneratedField::ResumeTime),
                            "error" => Ok(GeneratedField::Error),
                            "startTime" | "start_time" => Ok(GeneratedField::StartTime),
                            "updateTime" | "update_time" => Ok(GeneratedField::UpdateTime),
                            "finishTime" | "finish_time" => Ok(GeneratedField::FinishTime),
                            "full" => Ok(GeneratedField::Full),
                            "contributors" => Ok(GeneratedField::Contributors),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = Sync;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.repository.v1.Sync")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<Sync, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut repository_id__ = None;
                let mut connection_id__ = None;
                let mut state__ = None;
                let mut phase__ = None;
                let mut branches__ = None;
                let mut commits__ = None;
                let mut pull_requests__ = None;
                let mut reviews__ = None;
                let mut requests__ = None;
                let mut resume_time__ = None;
                let mut error__ = None;
                let mut start_time__ = None;
                let mut update_time__ = None;
                let mut finish_time__ = None;
                let mut full__ = None;
                let mut contributors__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::RepositoryId => {
                            if repository_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("repositoryId"));
                            }
                            repository_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::ConnectionId => {
                            if connection_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("connectionId"));
                            }
                            connection_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::State => {
                            if state__.is_some() {
                                return Err(serde::de::Error::duplicate_field("state"));
                            }
                            state__ = Some(map_.next_value::<SyncState>()? as i32);
                        }
                        GeneratedField::Phase => {
                            if phase__.is_some() {
                                return Err(serde::de::Error::duplicate_field("phase"));
                            }
                            phase__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Branches => {
                            if branches__.is_some() {
                                return Err(serde::de::Error::duplicate_field("branches"));
                            }
                            branches__ = 
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
                        GeneratedField::PullRequests => {
                            if pull_requests__.is_some() {
                                return Err(serde::de::Error::duplicate_field("pullRequests"));
                            }
                            pull_requests__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::Reviews => {
                            if reviews__.is_some() {
                                return Err(serde::de::Error::duplicate_field("reviews"));
                            }
                            reviews__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::Requests => {
                            if requests__.is_some() {
                                return Err(serde::de::Error::duplicate_field("requests"));
                            }
                            requests__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::ResumeTime => {
                            if resume_time__.is_some() {
                                return Err(serde::de::Error::duplicate_field("resumeTime"));
                            }
                            resume_time__ = map_.next_value()?;
                        }
                        GeneratedField::Error => {
                            if error__.is_some() {
                                return Err(serde::de::Error::duplicate_field("error"));
                            }
                            error__ = Some(map_.next_value()?);
                        }
                        GeneratedField::StartTime => {
                            if start_time__.is_some() {
                                return Err(serde::de::Error::duplicate_field("startTime"));
                            }
                            start_time__ = map_.next_value()?;
                        }
                        GeneratedField::UpdateTime => {
                            if update_time__.is_some() {
                                return Err(serde::de::Error::duplicate_field("updateTime"));
                            }
                            update_time__ = map_.next_value()?;
                        }
                        GeneratedField::FinishTime => {
                            if finish_time__.is_some() {
                                return Err(serde::de::Error::duplicate_field("finishTime"));
                            }
                            finish_time__ = map_.next_value()?;
                        }
                        GeneratedField::Full => {
                            if full__.is_some() {
                                return Err(serde::de::Error::duplicate_field("full"));
                            }
                            full__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Contributors => {
                            if contributors__.is_some() {
                                return Err(serde::de::Error::duplicate_field("contributors"));
                            }
                            contributors__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                    }
                }
                Ok(Sync {
                    repository_id: repository_id__.unwrap_or_default(),
                    connection_id: connection_id__.unwrap_or_default(),
                    state: state__.unwrap_or_default(),
                    phase: phase__.unwrap_or_default(),
                    branches: branches__.unwrap_or_default(),
                    commits: commits__.unwrap_or_default(),
                    pull_requests: pull_requests__.unwrap_or_default(),
                    reviews: reviews__.unwrap_or_default(),
                    requests: requests__.unwrap_or_default(),
                    resume_time: resume_time__,
                    error: error__.unwrap_or_default(),
                    start_time: start_time__,
                    update_time: update_time__,
                    finish_time: finish_time__,
                    full: full__.unwrap_or_default(),
                    contributors: contributors__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.repository.v1.Sync", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for SyncRepositoryRequest {
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
        if !self.connection_id.is_empty() {
            len += 1;
        }
        if self.full {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.repository.v1.SyncRepositoryRequest", len)?;
        if !self.repository_id.is_empty() {
            struct_ser.serialize_field("repositoryId", &self.repository_id)?;
        }
        if !self.connection_id.is_empty() {
            struct_ser.serialize_field("connectionId", &self.connection_id)?;
        }
        if self.full {
            struct_ser.serialize_field("full", &self.full)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for SyncRepositoryRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "repository_id",
            "repositoryId",
            "connection_id",
            "connectionId",
            "full",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            RepositoryId,
            ConnectionId,
            Full,
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
                            "connectionId" | "connection_id" => Ok(GeneratedField::ConnectionId),
                            "full" => Ok(GeneratedField::Full),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = SyncRepositoryRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.repository.v1.SyncRepositoryRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<SyncRepositoryRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut repository_id__ = None;
                let mut connection_id__ = None;
                let mut full__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::RepositoryId => {
                            if repository_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("repositoryId"));
                            }
                            repository_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::ConnectionId => {
                            if connection_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("connectionId"));
                            }
                            connection_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Full => {
                            if full__.is_some() {
                                return Err(serde::de::Error::duplicate_field("full"));
                            }
                            full__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(SyncRepositoryRequest {
                    repository_id: repository_id__.unwrap_or_default(),
                    connection_id: connection_id__.unwrap_or_default(),
                    full: full__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.repository.v1.SyncRepositoryRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for SyncRepositoryResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.sync.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.repository.v1.SyncRepositoryResponse", len)?;
        if let Some(v) = self.sync.as_ref() {
            struct_ser.serialize_field("sync", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for SyncRepositoryResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "sync",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Sync,
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
                            "sync" => Ok(GeneratedField::Sync),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = SyncRepositoryResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.repository.v1.SyncRepositoryResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<SyncRepositoryResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut sync__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Sync => {
                            if sync__.is_some() {
                                return Err(serde::de::Error::duplicate_field("sync"));
                            }
                            sync__ = map_.next_value()?;
                        }
                    }
                }
                Ok(SyncRepositoryResponse {
                    sync: sync__,
                })
            }
        }
        deserializer.deserialize_struct("secureflow.repository.v1.SyncRepositoryResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for SyncState {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "SYNC_STATE_UNSPECIFIED",
            Self::Running => "SYNC_STATE_RUNNING",
            Self::RateLimited => "SYNC_STATE_RATE_LIMITED",
            Self::Succeeded => "SYNC_STATE_SUCCEEDED",
            Self::Failed => "SYNC_STATE_FAILED",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for SyncState {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "SYNC_STATE_UNSPECIFIED",
            "SYNC_STATE_RUNNING",
            "SYNC_STATE_RATE_LIMITED",
            "SYNC_STATE_SUCCEEDED",
            "SYNC_STATE_FAILED",
        ];

        struct GeneratedVisitor;

        impl serde::de::Visitor<'_> for GeneratedVisitor {
            type Value = SyncState;

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
                    "SYNC_STATE_UNSPECIFIED" => Ok(SyncState::Unspecified),
                    "SYNC_STATE_RUNNING" => Ok(SyncState::Running),
                    "SYNC_STATE_RATE_LIMITED" => Ok(SyncState::RateLimited),
                    "SYNC_STATE_SUCCEEDED" => Ok(SyncState::Succeeded),
                    "SYNC_STATE_FAILED" => Ok(SyncState::Failed),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for UndeleteRepositoryRequest {
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
        let mut struct_ser = serializer.serialize_struct("secureflow.repository.v1.UndeleteRepositoryRequest", len)?;
        if !self.id.is_empty() {
            struct_ser.serialize_field("id", &self.id)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for UndeleteRepositoryRequest {
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
            type Value = UndeleteRepositoryRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.repository.v1.UndeleteRepositoryRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<UndeleteRepositoryRequest, V::Error>
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
                Ok(UndeleteRepositoryRequest {
                    id: id__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("secureflow.repository.v1.UndeleteRepositoryRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for UndeleteRepositoryResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.repository.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.repository.v1.UndeleteRepositoryResponse", len)?;
        if let Some(v) = self.repository.as_ref() {
            struct_ser.serialize_field("repository", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for UndeleteRepositoryResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "repository",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Repository,
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
                            "repository" => Ok(GeneratedField::Repository),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = UndeleteRepositoryResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.repository.v1.UndeleteRepositoryResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<UndeleteRepositoryResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut repository__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Repository => {
                            if repository__.is_some() {
                                return Err(serde::de::Error::duplicate_field("repository"));
                            }
                            repository__ = map_.next_value()?;
                        }
                    }
                }
                Ok(UndeleteRepositoryResponse {
                    repository: repository__,
                })
            }
        }
        deserializer.deserialize_struct("secureflow.repository.v1.UndeleteRepositoryResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for UpdateRepositoryRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.repository.is_some() {
            len += 1;
        }
        if self.update_mask.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.repository.v1.UpdateRepositoryRequest", len)?;
        if let Some(v) = self.repository.as_ref() {
            struct_ser.serialize_field("repository", v)?;
        }
        if let Some(v) = self.update_mask.as_ref() {
            struct_ser.serialize_field("updateMask", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for UpdateRepositoryRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "repository",
            "update_mask",
            "updateMask",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Repository,
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
                            "repository" => Ok(GeneratedField::Repository),
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
            type Value = UpdateRepositoryRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.repository.v1.UpdateRepositoryRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<UpdateRepositoryRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut repository__ = None;
                let mut update_mask__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Repository => {
                            if repository__.is_some() {
                                return Err(serde::de::Error::duplicate_field("repository"));
                            }
                            repository__ = map_.next_value()?;
                        }
                        GeneratedField::UpdateMask => {
                            if update_mask__.is_some() {
                                return Err(serde::de::Error::duplicate_field("updateMask"));
                            }
                            update_mask__ = map_.next_value()?;
                        }
                    }
                }
                Ok(UpdateRepositoryRequest {
                    repository: repository__,
                    update_mask: update_mask__,
                })
            }
        }
        deserializer.deserialize_struct("secureflow.repository.v1.UpdateRepositoryRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for UpdateRepositoryResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.repository.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.repository.v1.UpdateRepositoryResponse", len)?;
        if let Some(v) = self.repository.as_ref() {
            struct_ser.serialize_field("repository", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for UpdateRepositoryResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "repository",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Repository,
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
                            "repository" => Ok(GeneratedField::Repository),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = UpdateRepositoryResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.repository.v1.UpdateRepositoryResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<UpdateRepositoryResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut repository__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Repository => {
                            if repository__.is_some() {
                                return Err(serde::de::Error::duplicate_field("repository"));
                            }
                            repository__ = map_.next_value()?;
                        }
                    }
                }
                Ok(UpdateRepositoryResponse {
                    repository: repository__,
                })
            }
        }
        deserializer.deserialize_struct("secureflow.repository.v1.UpdateRepositoryResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for Webhook {
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
        if !self.repository_id.is_empty() {
            len += 1;
        }
        if !self.events.is_empty() {
            len += 1;
        }
        if !self.secret.is_empty() {
            len += 1;
        }
        if !self.delivery_path.is_empty() {
            len += 1;
        }
        if self.active {
            len += 1;
        }
        if self.last_delivery_time.is_some() {
            len += 1;
        }
        if self.create_time.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.repository.v1.Webhook", len)?;
        if !self.id.is_empty() {
            struct_ser.serialize_field("id", &self.id)?;
        }
        if !self.repository_id.is_empty() {
            struct_ser.serialize_field("repositoryId", &self.repository_id)?;
        }
        if !self.events.is_empty() {
            struct_ser.serialize_field("events", &self.events)?;
        }
        if !self.secret.is_empty() {
            struct_ser.serialize_field("secret", &self.secret)?;
        }
        if !self.delivery_path.is_empty() {
            struct_ser.serialize_field("deliveryPath", &self.delivery_path)?;
        }
        if self.active {
            struct_ser.serialize_field("active", &self.active)?;
        }
        if let Some(v) = self.last_delivery_time.as_ref() {
            struct_ser.serialize_field("lastDeliveryTime", v)?;
        }
        if let Some(v) = self.create_time.as_ref() {
            struct_ser.serialize_field("createTime", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for Webhook {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "id",
            "repository_id",
            "repositoryId",
            "events",
            "secret",
            "delivery_path",
            "deliveryPath",
            "active",
            "last_delivery_time",
            "lastDeliveryTime",
            "create_time",
            "createTime",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Id,
            RepositoryId,
            Events,
            Secret,
            DeliveryPath,
            Active,
            LastDeliveryTime,
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
                            "repositoryId" | "repository_id" => Ok(GeneratedField::RepositoryId),
                            "events" => Ok(GeneratedField::Events),
                            "secret" => Ok(GeneratedField::Secret),
                            "deliveryPath" | "delivery_path" => Ok(GeneratedField::DeliveryPath),
                            "active" => Ok(GeneratedField::Active),
                            "lastDeliveryTime" | "last_delivery_time" => Ok(GeneratedField::LastDeliveryTime),
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
            type Value = Webhook;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.repository.v1.Webhook")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<Webhook, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut id__ = None;
                let mut repository_id__ = None;
                let mut events__ = None;
                let mut secret__ = None;
                let mut delivery_path__ = None;
                let mut active__ = None;
                let mut last_delivery_time__ = None;
                let mut create_time__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Id => {
                            if id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("id"));
                            }
                            id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::RepositoryId => {
                            if repository_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("repositoryId"));
                            }
                            repository_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Events => {
                            if events__.is_some() {
                                return Err(serde::de::Error::duplicate_field("events"));
                            }
                            events__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Secret => {
                            if secret__.is_some() {
                                return Err(serde::de::Error::duplicate_field("secret"));
                            }
                            secret__ = Some(map_.next_value()?);
                        }
                        GeneratedField::DeliveryPath => {
                            if delivery_path__.is_some() {
                                return Err(serde::de::Error::duplicate_field("deliveryPath"));
                            }
                            delivery_path__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Active => {
                            if active__.is_some() {
                                return Err(serde::de::Error::duplicate_field("active"));
                            }
                            active__ = Some(map_.next_value()?);
                        }
                        GeneratedField::LastDeliveryTime => {
                            if last_delivery_time__.is_some() {
                                return Err(serde::de::Error::duplicate_field("lastDeliveryTime"));
                            }
                            last_delivery_time__ = map_.next_value()?;
                        }
                        GeneratedField::CreateTime => {
                            if create_time__.is_some() {
                                return Err(serde::de::Error::duplicate_field("createTime"));
                            }
                            create_time__ = map_.next_value()?;
                        }
                    }
                }
                Ok(Webhook {
                    id: id__.unwrap_or_default(),
                    repository_id: repository_id__.unwrap_or_default(),
                    events: events__.unwrap_or_default(),
                    secret: secret__.unwrap_or_default(),
                    delivery_path: delivery_path__.unwrap_or_default(),
                    active: active__.unwrap_or_default(),
                    last_delivery_time: last_delivery_time__,
                    create_time: create_time__,
                })
            }
        }
        deserializer.deserialize_struct("secureflow.repository.v1.Webhook", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for WebhookDelivery {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.delivery_id.is_empty() {
            len += 1;
        }
        if !self.webhook_id.is_empty() {
            len += 1;
        }
        if !self.event.is_empty() {
            len += 1;
        }
        if !self.outcome.is_empty() {
            len += 1;
        }
        if !self.detail.is_empty() {
            len += 1;
        }
        if self.commits_recorded != 0 {
            len += 1;
        }
        if self.receive_time.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("secureflow.repository.v1.WebhookDelivery", len)?;
        if !self.delivery_id.is_empty() {
            struct_ser.serialize_field("deliveryId", &self.delivery_id)?;
        }
        if !self.webhook_id.is_empty() {
            struct_ser.serialize_field("webhookId", &self.webhook_id)?;
        }
        if !self.event.is_empty() {
            struct_ser.serialize_field("event", &self.event)?;
        }
        if !self.outcome.is_empty() {
            struct_ser.serialize_field("outcome", &self.outcome)?;
        }
        if !self.detail.is_empty() {
            struct_ser.serialize_field("detail", &self.detail)?;
        }
        if self.commits_recorded != 0 {
            struct_ser.serialize_field("commitsRecorded", &self.commits_recorded)?;
        }
        if let Some(v) = self.receive_time.as_ref() {
            struct_ser.serialize_field("receiveTime", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for WebhookDelivery {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "delivery_id",
            "deliveryId",
            "webhook_id",
            "webhookId",
            "event",
            "outcome",
            "detail",
            "commits_recorded",
            "commitsRecorded",
            "receive_time",
            "receiveTime",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            DeliveryId,
            WebhookId,
            Event,
            Outcome,
            Detail,
            CommitsRecorded,
            ReceiveTime,
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
                            "deliveryId" | "delivery_id" => Ok(GeneratedField::DeliveryId),
                            "webhookId" | "webhook_id" => Ok(GeneratedField::WebhookId),
                            "event" => Ok(GeneratedField::Event),
                            "outcome" => Ok(GeneratedField::Outcome),
                            "detail" => Ok(GeneratedField::Detail),
                            "commitsRecorded" | "commits_recorded" => Ok(GeneratedField::CommitsRecorded),
                            "receiveTime" | "receive_time" => Ok(GeneratedField::ReceiveTime),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = WebhookDelivery;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct secureflow.repository.v1.WebhookDelivery")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<WebhookDelivery, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut delivery_id__ = None;
                let mut webhook_id__ = None;
                let mut event__ = None;
                let mut outcome__ = None;
                let mut detail__ = None;
                let mut commits_recorded__ = None;
                let mut receive_time__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::DeliveryId => {
                            if delivery_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("deliveryId"));
                            }
                            delivery_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::WebhookId => {
                            if webhook_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("webhookId"));
                            }
                            webhook_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Event => {
                            if event__.is_some() {
                                return Err(serde::de::Error::duplicate_field("event"));
                            }
                            event__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Outcome => {
                            if outcome__.is_some() {
                                return Err(serde::de::Error::duplicate_field("outcome"));
                            }
                            outcome__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Detail => {
                            if detail__.is_some() {
                                return Err(serde::de::Error::duplicate_field("detail"));
                            }
                            detail__ = Some(map_.next_value()?);
                        }
                        GeneratedField::CommitsRecorded => {
                            if commits_recorded__.is_some() {
                                return Err(serde::de::Error::duplicate_field("commitsRecorded"));
                            }
                            commits_recorded__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::ReceiveTime => {
                            if receive_time__.is_some() {
                                return Err(serde::de::Error::duplicate_field("receiveTime"));
                            }
                            receive_time__ = map_.next_value()?;
                        }
                    }
                }
                Ok(WebhookDelivery {
                    delivery_id: delivery_id__.unwrap_or_default(),
                    webhook_id: webhook_id__.unwrap_or_default(),
                    event: event__.unwrap_or_default(),
                    outcome: outcome__.unwrap_or_default(),
                    detail: detail__.unwrap_or_default(),
                    commits_recorded: commits_recorded__.unwrap_or_default(),
                    receive_time: receive_time__,
                })
            }
        }
        deserializer.deserialize_struct("secureflow.repository.v1.WebhookDelivery", FIELDS, GeneratedVisitor)
    }
}
