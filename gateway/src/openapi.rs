//! `GET /openapi.json`: an OpenAPI 3.1 document generated from the same
//! contracts and HTTP rules the REST routes come from, so the two cannot drift.
//! Schemas follow the canonical proto3 JSON mapping (64-bit integers as
//! strings, enums by name, timestamps as RFC 3339); every operation requires a
//! bearer credential except the contracts' anonymous RPCs.

use std::collections::{BTreeMap, BTreeSet};

use http::Method;
use prost_reflect::{DescriptorPool, FieldDescriptor, Kind, MessageDescriptor};
use secureflow_platform::access::{AccessRule, AccessTable};
use serde_json::{Map, Value as Json, json};

use crate::rest::{Binding, bindings};

/// The OpenAPI document of the services named (full names).
pub fn document(pool: &DescriptorPool, services: &[&str], version: &str) -> Json {
    let access =
        AccessTable::from_descriptor_set(secureflow_proto::FILE_DESCRIPTOR_SET, services).ok();
    let mut schemas = Schemas::default();
    let mut paths: BTreeMap<String, Map<String, Json>> = BTreeMap::new();
    // Client-streaming RPCs cannot be called over REST (they answer 501 there).
    let callable: Vec<Binding> = bindings(pool, services)
        .into_iter()
        .filter(|binding| !binding.method.is_client_streaming())
        .collect();
    // Rules whose templates differ only in variable names (`/users/{id}` and
    // `/users/{user.id}`) are one path: OpenAPI forbids both, so each shape is
    // written with the first rule's names.
    let mut shapes: BTreeMap<String, String> = BTreeMap::new();
    for binding in &callable {
        shapes
            .entry(binding.axum_path())
            .or_insert_with(|| openapi_path(&binding.template));
    }
    for binding in callable {
        let anonymous = access
            .as_ref()
            .and_then(|table| table.rule(&binding.grpc_path()))
            .is_some_and(|rule| *rule == AccessRule::Anonymous);
        let path = shapes
            .get(&binding.axum_path())
            .cloned()
            .unwrap_or_else(|| openapi_path(&binding.template));
        let names = path_variables(&path);
        let operation = operation(&binding, &names, anonymous, &mut schemas);
        paths
            .entry(path)
            .or_default()
            .insert(binding.http_method.as_str().to_ascii_lowercase(), operation);
    }
    schemas.insert_error();
    json!({
        "openapi": "3.1.0",
        "info": {
            "title": "SecureFlow API",
            "version": version,
            "description": "REST/JSON transcoding of the SecureFlow gRPC contracts (canonical proto3 JSON). \
                            The same operations are available over gRPC and grpc-web on the same port."
        },
        "servers": [{"url": "/"}],
        "security": [{"bearer": []}],
        "paths": paths,
        "components": {
            "securitySchemes": {
                "bearer": {
                    "type": "http",
                    "scheme": "bearer",
                    "description": "A JWT access token (Login, RefreshToken) or an API token (sft_…)."
                }
            },
            "schemas": schemas.all,
        }
    })
}

/// Path parameter names without dots (`{policy.id}` → `{policy_id}`), which
/// OpenAPI tools handle poorly; the field they bind is in the description.
fn parameter_name(variable: &str) -> String {
    variable.replace('.', "_")
}

fn openapi_path(template: &str) -> String {
    let mut out = String::new();
    let mut inside = false;
    for character in template.chars() {
        match character {
            '{' => inside = true,
            '}' => inside = false,
            '.' if inside => {
                out.push('_');
                continue;
            }
            _ => {}
        }
        out.push(character);
    }
    out
}

/// The variable names of an OpenAPI path, in order.
fn path_variables(path: &str) -> Vec<String> {
    path.split('{')
        .skip(1)
        .filter_map(|part| part.split_once('}').map(|(name, _)| name.to_owned()))
        .collect()
}

fn operation(binding: &Binding, names: &[String], anonymous: bool, schemas: &mut Schemas) -> Json {
    let method = &binding.method;
    let input = method.input();
    let mut parameters: Vec<Json> = binding
        .variables
        .iter()
        .enumerate()
        .map(|(index, variable)| {
            json!({
                "name": names.get(index).cloned().unwrap_or_else(|| parameter_name(variable)),
                "in": "path",
                "required": true,
                "description": format!("The request field `{variable}`."),
                "schema": {"type": "string"}
            })
        })
        .collect();
    let mut body = None;
    match binding.body.as_str() {
        "*" => {
            body = Some(
                json!({"required": true, "content": {"application/json": {"schema": schemas.reference(&input)}}}),
            );
        }
        "" => {}
        field_name => {
            if let Some(field) = input.get_field_by_name(field_name) {
                body = Some(match field.kind() {
                    Kind::Message(message) if message.full_name() == "google.api.HttpBody" => {
                        json!({
                            "required": true,
                            "description": "The raw body (for example a scanner report); its content type is kept.",
                            "content": {"*/*": {"schema": {"type": "string", "contentMediaType": "application/octet-stream"}}}
                        })
                    }
                    _ => {
                        json!({"required": true, "content": {"application/json": {"schema": schemas.field(&field)}}})
                    }
                });
            }
        }
    }
    if binding.body != "*" {
        let bound: BTreeSet<&str> = binding
            .variables
            .iter()
            .map(String::as_str)
            .chain([binding.body.as_str()])
            .collect();
        query_parameters(&input, "", &bound, schemas, &mut parameters, 0);
    }
    let output = method.output();
    let reply = if method.is_server_streaming() {
        json!({
            "description": "A stream: Server-Sent Events, each `data:` one message (NDJSON with `Accept: application/x-ndjson`); a failure ends it with an `error` event.",
            "content": {
                "text/event-stream": {
                    "schema": {
                        "type": "object",
                        "description": "One event: `data` holds one message as JSON; an `error` event holds the error body.",
                        "properties": {
                            "event": {"type": "string"},
                            "data": {"type": "string", "contentMediaType": "application/json", "contentSchema": schemas.reference(&output)},
                            "id": {"type": "string"},
                            "retry": {"type": "integer"}
                        },
                        "required": ["data"]
                    }
                },
                "application/x-ndjson": {"schema": {"type": "string"}, "x-item-schema": schemas.reference(&output)}
            }
        })
    } else if let Some(field) = output.get_field_by_name(&binding.response_body) {
        match field.kind() {
            Kind::Message(message) if message.full_name() == "google.api.HttpBody" => json!({
                "description": "The file itself, with its own content type.",
                "content": {"*/*": {"schema": {"type": "string", "contentMediaType": "application/octet-stream"}}}
            }),
            _ => {
                json!({"description": "OK", "content": {"application/json": {"schema": schemas.field(&field)}}})
            }
        }
    } else {
        json!({"description": "OK", "content": {"application/json": {"schema": schemas.reference(&output)}}})
    };
    let mut operation = json!({
        "operationId": format!("{}_{}", method.parent_service().name(), method.name()),
        "tags": [method.parent_service().name()],
        "summary": format!("{} ({})", method.name(), binding.grpc_path()),
        "parameters": parameters,
        "responses": {
            "200": reply,
            "default": {"description": "An error: the gRPC status mapped to HTTP.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
        }
    });
    if method.is_client_streaming() {
        operation["description"] =
            json!("Streams its request: call it over gRPC or grpc-web; over REST it answers 501.");
    }
    if let Some(body) = body {
        operation["requestBody"] = body;
    }
    if anonymous {
        operation["security"] = json!([]);
    }
    if binding.http_method == Method::GET || binding.http_method == Method::DELETE {
        operation.as_object_mut().map(|o| o.remove("requestBody"));
    }
    operation
}

/// Query parameters for the fields of `message` not bound elsewhere: scalars,
/// enums and repeated ones by name, one level of nested messages by dotted name.
fn query_parameters(
    message: &MessageDescriptor,
    prefix: &str,
    bound: &BTreeSet<&str>,
    schemas: &mut Schemas,
    out: &mut Vec<Json>,
    depth: usize,
) {
    for field in message.fields() {
        let name = format!("{prefix}{}", field.name());
        if bound.contains(name.as_str()) || field.is_map() {
            continue;
        }
        match field.kind() {
            Kind::Message(inner) if !is_scalar_message(&inner) => {
                if depth == 0 && !field.is_list() {
                    query_parameters(&inner, &format!("{name}."), bound, schemas, out, depth + 1);
                }
            }
            _ => out.push(json!({
                "name": name,
                "in": "query",
                "required": false,
                "schema": schemas.field(&field),
                "explode": true,
            })),
        }
    }
}

/// Well-known messages written as one JSON scalar.
fn is_scalar_message(message: &MessageDescriptor) -> bool {
    matches!(
        message.full_name(),
        "google.protobuf.Timestamp"
            | "google.protobuf.Duration"
            | "google.protobuf.FieldMask"
            | "google.protobuf.StringValue"
            | "google.protobuf.BoolValue"
            | "google.protobuf.Int32Value"
            | "google.protobuf.Int64Value"
            | "google.protobuf.UInt32Value"
            | "google.protobuf.UInt64Value"
            | "google.protobuf.FloatValue"
            | "google.protobuf.DoubleValue"
    )
}

/// The schemas referenced so far, by message name.
#[derive(Default)]
struct Schemas {
    all: BTreeMap<String, Json>,
}

impl Schemas {
    fn reference(&mut self, message: &MessageDescriptor) -> Json {
        if let Some(inline) = well_known(message) {
            return inline;
        }
        let name = message.full_name().to_owned();
        if !self.all.contains_key(&name) {
            // Reserve the name first: messages may refer to themselves.
            self.all.insert(name.clone(), Json::Null);
            let mut properties = Map::new();
            for field in message.fields() {
                properties.insert(field.json_name().to_owned(), self.field(&field));
            }
            self.all.insert(
                name.clone(),
                json!({"type": "object", "properties": properties, "additionalProperties": false}),
            );
        }
        json!({"$ref": format!("#/components/schemas/{name}")})
    }

    fn field(&mut self, field: &FieldDescriptor) -> Json {
        let single = self.kind(&field.kind());
        if field.is_map() {
            let value = match field.kind() {
                Kind::Message(entry) => entry.map_entry_value_field().kind(),
                other => other,
            };
            return json!({"type": "object", "additionalProperties": self.kind(&value)});
        }
        if field.is_list() {
            json!({"type": "array", "items": single})
        } else {
            single
        }
    }

    fn kind(&mut self, kind: &Kind) -> Json {
        match kind {
            Kind::Double | Kind::Float => json!({"type": "number"}),
            Kind::Int32 | Kind::Sint32 | Kind::Sfixed32 => {
                json!({"type": "integer", "format": "int32"})
            }
            Kind::Uint32 | Kind::Fixed32 => {
                json!({"type": "integer", "format": "int64", "minimum": 0})
            }
            Kind::Int64 | Kind::Sint64 | Kind::Sfixed64 => {
                json!({"type": "string", "format": "int64", "pattern": "^-?[0-9]+$"})
            }
            Kind::Uint64 | Kind::Fixed64 => {
                json!({"type": "string", "format": "uint64", "pattern": "^[0-9]+$"})
            }
            Kind::Bool => json!({"type": "boolean"}),
            Kind::String => json!({"type": "string"}),
            Kind::Bytes => json!({"type": "string", "contentEncoding": "base64"}),
            Kind::Enum(enumeration) => {
                let names: Vec<String> = enumeration
                    .values()
                    .map(|value| value.name().to_owned())
                    .collect();
                json!({"type": "string", "enum": names})
            }
            Kind::Message(message) => self.reference(message),
        }
    }

    fn insert_error(&mut self) {
        self.all.insert(
            "Error".to_owned(),
            json!({
                "type": "object",
                "required": ["code", "status", "message"],
                "properties": {
                    "code": {"type": "integer", "description": "gRPC status code"},
                    "status": {"type": "string", "description": "gRPC status name (INVALID_ARGUMENT, …)"},
                    "message": {"type": "string"},
                    "details": {"type": "array", "items": {"type": "object"}, "description": "google.rpc details (ErrorInfo, BadRequest), with @type"}
                }
            }),
        );
    }
}

/// Schemas of well-known types, by their JSON mapping.
fn well_known(message: &MessageDescriptor) -> Option<Json> {
    Some(match message.full_name() {
        "google.protobuf.Timestamp" => json!({"type": "string", "format": "date-time"}),
        "google.protobuf.Duration" => {
            json!({"type": "string", "pattern": "^-?[0-9]+(\\.[0-9]+)?s$"})
        }
        "google.protobuf.FieldMask" => {
            json!({"type": "string", "description": "comma-separated field paths"})
        }
        "google.protobuf.Empty" => json!({"type": "object"}),
        "google.protobuf.Struct" => json!({"type": "object"}),
        "google.protobuf.Value" => json!({}),
        "google.protobuf.ListValue" => json!({"type": "array"}),
        "google.protobuf.Any" => {
            json!({"type": "object", "properties": {"@type": {"type": "string"}}})
        }
        "google.protobuf.StringValue" => json!({"type": ["string", "null"]}),
        "google.protobuf.BoolValue" => json!({"type": ["boolean", "null"]}),
        "google.protobuf.Int32Value" | "google.protobuf.UInt32Value" => {
            json!({"type": ["integer", "null"]})
        }
        "google.protobuf.Int64Value" | "google.protobuf.UInt64Value" => {
            json!({"type": ["string", "null"]})
        }
        "google.protobuf.FloatValue" | "google.protobuf.DoubleValue" => {
            json!({"type": ["number", "null"]})
        }
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rest_route_is_documented_with_its_schemas() {
        let pool = DescriptorPool::decode(secureflow_proto::FILE_DESCRIPTOR_SET).expect("pool");
        let services = secureflow_proto::DOMAIN_SERVICES;
        let document = document(&pool, &services, "test");
        let operations: usize = document["paths"]
            .as_object()
            .expect("paths")
            .values()
            .map(|methods| methods.as_object().map_or(0, Map::len))
            .sum();
        let rest_callable = bindings(&pool, &services)
            .iter()
            .filter(|b| !b.method.is_client_streaming())
            .count();
        assert_eq!(operations, rest_callable);
        let policies = &document["paths"]["/api/v1/security/policies/{id}"];
        assert!(
            policies["put"].is_object() && policies["get"].is_object(),
            "one path per shape"
        );
        assert_eq!(policies["put"]["parameters"][0]["name"], "id");
        let upload = &document["paths"]["/api/v1/security/scans"]["post"];
        assert!(
            upload["requestBody"]["content"]["*/*"].is_object(),
            "{upload}"
        );
        let names: Vec<&str> = upload["parameters"]
            .as_array()
            .expect("parameters")
            .iter()
            .filter_map(|p| p["name"].as_str())
            .collect();
        assert!(names.contains(&"scope.repository_id"), "{names:?}");
        let list = &document["paths"]["/api/v1/security/vulnerabilities"]["get"];
        let severities = list["parameters"]
            .as_array()
            .expect("parameters")
            .iter()
            .find(|p| p["name"] == "severities")
            .expect("severities");
        assert_eq!(severities["schema"]["type"], "array");
        assert!(
            document["components"]["schemas"]["secureflow.security.v1.Vulnerability"]["properties"]
                ["firstDetected"]["format"]
                == "date-time"
        );
        // Every reference resolves.
        let text = document.to_string();
        for reference in text.split("\"$ref\":\"#/components/schemas/").skip(1) {
            let name = reference.split('"').next().expect("name");
            assert!(
                document["components"]["schemas"][name].is_object(),
                "dangling $ref {name}"
            );
        }
        let anonymous = document["paths"]
            .as_object()
            .expect("paths")
            .values()
            .flat_map(|methods| methods.as_object().expect("methods").values())
            .filter(|operation| operation["security"] == json!([]))
            .count();
        assert!(anonymous >= 1, "log-in is anonymous");
    }
}
