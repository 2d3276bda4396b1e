//! REST/JSON for every RPC with a `google.api.http` rule, driven by the
//! contracts, never by hand-written routes: the rules are read from the
//! descriptor set at start-up; each request is turned into the RPC's request
//! message (path variables, query parameters and body bound as the rule says,
//! canonical proto3 JSON via `prost-reflect`), sent as gRPC to the service
//! router in the same process (so authentication, access rules and audit apply
//! unchanged), and the reply is turned back into JSON. Server-streaming RPCs
//! answer as Server-Sent Events, or NDJSON when asked with
//! `Accept: application/x-ndjson`. gRPC errors become their HTTP status with a
//! JSON body `{code, status, message, details}`.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use axum::Router;
use axum::body::Body;
use axum::extract::rejection::PathRejection;
use axum::extract::{Path, Request};
use axum::response::{IntoResponse, Response};
use axum::routing::{MethodFilter, MethodRouter};
use bytes::{Buf, Bytes, BytesMut};
use futures::StreamExt;
use http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use http_body_util::BodyExt;
use prost_reflect::{
    DescriptorPool, DeserializeOptions, DynamicMessage, ExtensionDescriptor, FieldDescriptor, Kind,
    MessageDescriptor, MethodDescriptor, ReflectMessage, SerializeOptions, Value,
};
use serde_json::{Map, Value as Json};
use tower::ServiceExt;

/// Limits of REST calls.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Largest request body.
    pub max_body_bytes: usize,
    /// Time a unary call may take.
    pub timeout: std::time::Duration,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            max_body_bytes: 64 * 1024 * 1024,
            timeout: std::time::Duration::from_secs(60),
        }
    }
}

/// Headers passed from the REST request to the gRPC call.
const FORWARDED: [&str; 5] = [
    "authorization",
    "x-correlation-id",
    "traceparent",
    "tracestate",
    "user-agent",
];

/// One RPC reachable over REST.
#[derive(Debug, Clone)]
pub struct Binding {
    /// HTTP method.
    pub http_method: Method,
    /// Path template from the rule (`/api/v1/security/scans/{id}`).
    pub template: String,
    /// The RPC.
    pub method: MethodDescriptor,
    /// The rule's `body`: empty (none), `*` (the whole request) or a field name.
    pub body: String,
    /// Dotted field paths of the template's variables, in order.
    pub variables: Vec<String>,
    /// The rule's `response_body`: empty (the whole reply) or the field of the
    /// reply that is the response body (a `google.api.HttpBody` one is sent raw).
    pub response_body: String,
}

impl Binding {
    /// The gRPC path (`/package.Service/Method`).
    pub fn grpc_path(&self) -> String {
        format!(
            "/{}/{}",
            self.method.parent_service().full_name(),
            self.method.name()
        )
    }

    /// The template in axum's syntax, variables renamed `{v0}`, `{v1}`, … (two
    /// rules differing only in variable names are one route).
    pub fn axum_path(&self) -> String {
        let mut path = String::new();
        let mut index = 0;
        let mut rest = self.template.as_str();
        while let Some(open) = rest.find('{') {
            path.push_str(&rest[..open]);
            let close = rest[open..].find('}').map_or(rest.len(), |c| open + c);
            path.push_str(&format!("{{v{index}}}"));
            index += 1;
            rest = &rest[(close + 1).min(rest.len())..];
        }
        path.push_str(rest);
        path
    }
}

/// Every REST binding of the services named (full names), from their rules.
pub fn bindings(pool: &DescriptorPool, services: &[&str]) -> Vec<Binding> {
    let Some(http) = pool.get_extension_by_name("google.api.http") else {
        return Vec::new();
    };
    pool.services()
        .filter(|service| services.contains(&service.full_name()))
        .flat_map(|service| service.methods().collect::<Vec<_>>())
        .filter_map(|method| binding(&http, method))
        .collect()
}

fn binding(http: &ExtensionDescriptor, method: MethodDescriptor) -> Option<Binding> {
    let options = method.options();
    let rule = match options.get_extension(http).as_ref() {
        Value::Message(rule) => rule.clone(),
        _ => return None,
    };
    let text = |name: &str| match rule.get_field_by_name(name).as_deref() {
        Some(Value::String(value)) => value.clone(),
        _ => String::new(),
    };
    let (http_method, template) = [
        (Method::GET, "get"),
        (Method::POST, "post"),
        (Method::PUT, "put"),
        (Method::DELETE, "delete"),
        (Method::PATCH, "patch"),
    ]
    .into_iter()
    .map(|(verb, name)| (verb, text(name)))
    .find(|(_, template)| !template.is_empty())?;
    let variables = template
        .split('{')
        .skip(1)
        .filter_map(|part| part.split_once('}').map(|(name, _)| name.to_owned()))
        .collect();
    Some(Binding {
        http_method,
        template,
        method,
        body: text("body"),
        variables,
        response_body: text("response_body"),
    })
}

/// The REST routes of `services`, calling `grpc` (the gRPC router) in process.
pub fn router(pool: &DescriptorPool, services: &[&str], grpc: Router, limits: Limits) -> Router {
    let mut by_path: BTreeMap<String, MethodRouter> = BTreeMap::new();
    for binding in bindings(pool, services) {
        let path = binding.axum_path();
        let filter =
            MethodFilter::try_from(binding.http_method.clone()).unwrap_or(MethodFilter::GET);
        let binding = Arc::new(binding);
        let grpc = grpc.clone();
        // Routes without variables have no path parameters to extract.
        let handler = move |variables: Result<Path<HashMap<String, String>>, PathRejection>,
                            request: Request| {
            let binding = binding.clone();
            let grpc = grpc.clone();
            let variables = variables.map(|Path(map)| map).unwrap_or_default();
            async move { handle(&binding, grpc, &variables, request, limits).await }
        };
        let entry = by_path.remove(&path).unwrap_or_default();
        by_path.insert(path, entry.on(filter, handler));
    }
    by_path
        .into_iter()
        .fold(Router::new(), |router, (path, methods)| {
            router.route(&path, methods)
        })
}

/// A REST failure before or after the call, as the JSON error body.
pub(crate) struct Problem {
    pub(crate) code: tonic::Code,
    pub(crate) message: String,
    pub(crate) details: Vec<Json>,
}

/// Bodies over the limit answer 413 (the gRPC code stays `RESOURCE_EXHAUSTED`).
pub(crate) const TOO_LARGE: &str = "request body not read";

impl Problem {
    fn invalid(message: impl Into<String>) -> Self {
        Self {
            code: tonic::Code::InvalidArgument,
            message: message.into(),
            details: Vec::new(),
        }
    }

    fn from_status(status: &tonic::Status) -> Self {
        Self {
            code: status.code(),
            message: status.message().to_owned(),
            details: details(status),
        }
    }

    fn json(&self) -> Json {
        serde_json::json!({
            "code": self.code as i32,
            "status": status_name(self.code),
            "message": self.message,
            "details": self.details,
        })
    }
}

impl IntoResponse for Problem {
    fn into_response(self) -> Response {
        let status = if self.message.starts_with(TOO_LARGE) {
            StatusCode::PAYLOAD_TOO_LARGE
        } else {
            secureflow_platform::ErrorCode::from_grpc(self.code).http()
        };
        json_response(status, self.json().to_string().into_bytes())
    }
}

fn status_name(code: tonic::Code) -> String {
    // `Code::InvalidArgument` → `INVALID_ARGUMENT`.
    let name = format!("{code:?}");
    let mut out = String::new();
    for (index, character) in name.chars().enumerate() {
        if character.is_ascii_uppercase() && index > 0 {
            out.push('_');
        }
        out.push(character.to_ascii_uppercase());
    }
    out
}

/// `google.rpc` details of a status, as canonical JSON.
fn details(status: &tonic::Status) -> Vec<Json> {
    use tonic_types::StatusExt;
    let details = status.get_error_details();
    let mut out = Vec::new();
    if let Some(info) = details.error_info() {
        out.push(serde_json::json!({
            "@type": "type.googleapis.com/google.rpc.ErrorInfo",
            "reason": info.reason,
            "domain": info.domain,
            "metadata": info.metadata,
        }));
    }
    if let Some(bad) = details.bad_request() {
        let violations: Vec<Json> = bad
            .field_violations
            .iter()
            .map(|v| serde_json::json!({"field": v.field, "description": v.description}))
            .collect();
        out.push(serde_json::json!({
            "@type": "type.googleapis.com/google.rpc.BadRequest",
            "fieldViolations": violations,
        }));
    }
    out
}

async fn handle(
    binding: &Binding,
    grpc: Router,
    variables: &HashMap<String, String>,
    request: Request,
    limits: Limits,
) -> Response {
    let call = call(binding, grpc, variables, request, limits.max_body_bytes);
    // Streams run as long as they run; unary calls get the configured time.
    let outcome = if binding.method.is_server_streaming() {
        call.await
    } else {
        match tokio::time::timeout(limits.timeout, call).await {
            Ok(outcome) => outcome,
            Err(_) => Err(Problem {
                code: tonic::Code::DeadlineExceeded,
                message: format!("no reply within {} s", limits.timeout.as_secs()),
                details: Vec::new(),
            }),
        }
    };
    match outcome {
        Ok(response) => response,
        Err(problem) => problem.into_response(),
    }
}

async fn call(
    binding: &Binding,
    grpc: Router,
    variables: &HashMap<String, String>,
    request: Request,
    max_body_bytes: usize,
) -> Result<Response, Problem> {
    if binding.method.is_client_streaming() {
        return Err(Problem {
            code: tonic::Code::Unimplemented,
            message: format!(
                "{} streams its request; call it over gRPC or grpc-web",
                binding.grpc_path()
            ),
            details: Vec::new(),
        });
    }
    let (parts, body) = request.into_parts();
    let body = axum::body::to_bytes(body, max_body_bytes)
        .await
        .map_err(|error| Problem {
            code: tonic::Code::ResourceExhausted,
            message: format!(
                "{TOO_LARGE} ({error}); bodies are limited to {max_body_bytes} bytes \
                 (gateway.max_body_bytes; large reports: IngestReport)"
            ),
            details: Vec::new(),
        })?;
    let message = request_message(binding, variables, parts.uri.query(), &parts.headers, body)?;
    let reply_body = grpc_call(grpc, &binding.grpc_path(), &message, &parts.headers).await?;
    let output = binding.method.output();
    if binding.method.is_server_streaming() {
        let ndjson = parts
            .headers
            .get(header::ACCEPT)
            .and_then(|accept| accept.to_str().ok())
            .is_some_and(|accept| accept.contains("application/x-ndjson"));
        return Ok(stream_response(output, reply_body, ndjson));
    }
    let bytes = unary_reply(reply_body).await?;
    let message = DynamicMessage::decode(output, bytes).map_err(|error| Problem {
        code: tonic::Code::Internal,
        message: format!("reply not decoded: {error}"),
        details: Vec::new(),
    })?;
    if binding.response_body.is_empty() {
        return Ok(json_response(StatusCode::OK, json_bytes(&message)));
    }
    response_field(&message, &binding.response_body)
}

/// Sends `message` as a gRPC call of `path` to the service router in
/// process, with the caller's forwarded headers; the reply's body, or the
/// status of a call refused before it ran.
pub(crate) async fn grpc_call(
    grpc: Router,
    path: &str,
    message: &impl prost::Message,
    headers: &HeaderMap,
) -> Result<Body, Problem> {
    let mut frame = BytesMut::with_capacity(message.encoded_len() + 5);
    frame.extend_from_slice(&[0]);
    frame.extend_from_slice(
        &u32::try_from(message.encoded_len())
            .map_err(|_| Problem::invalid("request too large"))?
            .to_be_bytes(),
    );
    message
        .encode(&mut frame)
        .map_err(|error| Problem::invalid(error.to_string()))?;
    let mut call = http::Request::post(path)
        .header(header::CONTENT_TYPE, "application/grpc")
        .header("te", "trailers")
        .body(Body::from(frame.freeze()))
        .map_err(|error| Problem::invalid(error.to_string()))?;
    for name in FORWARDED {
        if let Some(value) = headers.get(name) {
            call.headers_mut().insert(name, value.clone());
        }
    }
    let response = grpc
        .oneshot(call)
        .await
        .unwrap_or_else(|never| match never {});
    let (reply_parts, reply_body) = response.into_parts();
    // A call refused before it ran answers with its status in the headers.
    if let Some(status) = tonic::Status::from_header_map(&reply_parts.headers)
        && status.code() != tonic::Code::Ok
    {
        return Err(Problem::from_status(&status));
    }
    Ok(reply_body)
}

/// The one message of a unary reply, or its failure status.
pub(crate) async fn unary_reply(reply_body: Body) -> Result<Bytes, Problem> {
    let mut frames = Frames::new(reply_body);
    let mut reply = None;
    while let Some(item) = frames.next().await {
        match item {
            Frame::Message(bytes) if reply.is_none() => reply = Some(bytes),
            Frame::Message(_) => {}
            Frame::End(status) if status.code() != tonic::Code::Ok => {
                return Err(Problem::from_status(&status));
            }
            Frame::End(_) => break,
        }
    }
    reply.ok_or_else(|| Problem {
        code: tonic::Code::Internal,
        message: "the service sent no reply".to_owned(),
        details: Vec::new(),
    })
}

/// The reply's `response_body` field as the response: a `google.api.HttpBody`
/// as its raw data with its content type, anything else as its JSON.
fn response_field(message: &DynamicMessage, name: &str) -> Result<Response, Problem> {
    let field = message
        .descriptor()
        .get_field_by_name(name)
        .ok_or_else(|| Problem {
            code: tonic::Code::Internal,
            message: format!("the reply has no field `{name}`"),
            details: Vec::new(),
        })?;
    let value = message.get_field(&field);
    if is_http_body(&field) {
        let Value::Message(body) = value.as_ref() else {
            return Ok(json_response(StatusCode::OK, b"null".to_vec()));
        };
        let content_type = match body.get_field_by_name("content_type").as_deref() {
            Some(Value::String(text)) if !text.is_empty() => text.clone(),
            _ => "application/octet-stream".to_owned(),
        };
        let data = match body.get_field_by_name("data").as_deref() {
            Some(Value::Bytes(bytes)) => bytes.clone(),
            _ => Bytes::new(),
        };
        let mut response = Response::new(Body::from(data));
        if let Ok(content_type) = HeaderValue::from_str(&content_type) {
            response
                .headers_mut()
                .insert(header::CONTENT_TYPE, content_type);
        }
        return Ok(response);
    }
    let json = match value.as_ref() {
        Value::Message(inner) => json_bytes(inner),
        _ => serde_json::to_vec(&to_json(message)[field.json_name()]).unwrap_or_default(),
    };
    Ok(json_response(StatusCode::OK, json))
}

fn json_response(status: StatusCode, json: Vec<u8>) -> Response {
    let mut response = Response::new(Body::from(json));
    *response.status_mut() = status;
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    response
}

/// Canonical proto3 JSON with default values written out.
fn json_options() -> SerializeOptions {
    SerializeOptions::new().skip_default_fields(false)
}

fn to_json(message: &DynamicMessage) -> Json {
    message
        .serialize_with_options(serde_json::value::Serializer, &json_options())
        .unwrap_or(Json::Null)
}

/// [`to_json`] written straight to bytes, without building the JSON tree.
fn json_bytes(message: &DynamicMessage) -> Vec<u8> {
    let mut out = Vec::with_capacity(512);
    let mut serializer = serde_json::Serializer::new(&mut out);
    match message.serialize_with_options(&mut serializer, &json_options()) {
        Ok(()) => out,
        Err(_) => b"null".to_vec(),
    }
}

/// Builds the request message from the variables, the query and the body.
fn request_message(
    binding: &Binding,
    variables: &HashMap<String, String>,
    query: Option<&str>,
    headers: &HeaderMap,
    body: Bytes,
) -> Result<DynamicMessage, Problem> {
    let input = binding.method.input();
    let mut raw_body = None;
    let mut object = match binding.body.as_str() {
        "" => Map::new(),
        "*" => json_object(&body)?,
        field => {
            let descriptor = input
                .get_field_by_name(field)
                .ok_or_else(|| Problem::invalid(format!("the rule names no field `{field}`")))?;
            let mut object = Map::new();
            if is_http_body(&descriptor) {
                raw_body = Some(descriptor);
            } else if !body.is_empty() {
                let value: Json = serde_json::from_slice(&body).map_err(|error| {
                    Problem::invalid(format!("body is not valid JSON: {error}"))
                })?;
                object.insert(descriptor.json_name().to_owned(), value);
            }
            object
        }
    };
    let mut bound: Vec<String> = Vec::new();
    for (index, path) in binding.variables.iter().enumerate() {
        let value = variables
            .get(&format!("v{index}"))
            .cloned()
            .unwrap_or_default();
        let field = resolve(&input, path)
            .ok_or_else(|| Problem::invalid(format!("the path names no field `{path}`")))?;
        set(&mut object, path, typed(&field, &value), false);
        bound.push(path.clone());
    }
    if binding.body != "*" {
        for (key, value) in form_urlencoded::parse(query.unwrap_or_default().as_bytes()) {
            if bound.iter().any(|path| *path == key) {
                continue;
            }
            let field = resolve(&input, &key)
                .ok_or_else(|| Problem::invalid(format!("unknown query parameter `{key}`")))?;
            set(&mut object, &key, typed(&field, &value), field.is_list());
        }
    }
    let options = DeserializeOptions::new().deny_unknown_fields(true);
    let mut message =
        DynamicMessage::deserialize_with_options(input, Json::Object(object), &options)
            .map_err(|error| Problem::invalid(format!("invalid request: {error}")))?;
    if let Some(field) = raw_body {
        let Kind::Message(http_body) = field.kind() else {
            return Err(Problem::invalid("body field is not a message"));
        };
        let mut value = DynamicMessage::new(http_body);
        let content_type = headers
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("application/octet-stream");
        value.set_field_by_name("content_type", Value::String(content_type.to_owned()));
        value.set_field_by_name("data", Value::Bytes(body));
        message.set_field(&field, Value::Message(value));
    }
    Ok(message)
}

fn json_object(body: &[u8]) -> Result<Map<String, Json>, Problem> {
    if body.iter().all(u8::is_ascii_whitespace) {
        return Ok(Map::new());
    }
    match serde_json::from_slice(body) {
        Ok(Json::Object(object)) => Ok(object),
        Ok(_) => Err(Problem::invalid("body must be a JSON object")),
        Err(error) => Err(Problem::invalid(format!("body is not valid JSON: {error}"))),
    }
}

fn is_http_body(field: &FieldDescriptor) -> bool {
    matches!(field.kind(), Kind::Message(message) if message.full_name() == "google.api.HttpBody")
}

/// The field at a dotted path (proto or JSON names).
fn resolve(message: &MessageDescriptor, path: &str) -> Option<FieldDescriptor> {
    let mut current = message.clone();
    let mut parts = path.split('.').peekable();
    while let Some(part) = parts.next() {
        let field = current
            .get_field_by_name(part)
            .or_else(|| current.get_field_by_json_name(part))?;
        if parts.peek().is_none() {
            return Some(field);
        }
        match field.kind() {
            Kind::Message(inner) => current = inner,
            _ => return None,
        }
    }
    None
}

/// A path or query value as the JSON the field's type accepts (numbers and
/// enums as strings are accepted by the canonical JSON parser; booleans are not).
fn typed(field: &FieldDescriptor, value: &str) -> Json {
    match field.kind() {
        Kind::Bool => match value {
            "true" | "1" => Json::Bool(true),
            "false" | "0" | "" => Json::Bool(false),
            other => Json::String(other.to_owned()),
        },
        _ => Json::String(value.to_owned()),
    }
}

/// Sets `value` at a dotted path of a JSON object, appending for repeated fields.
fn set(object: &mut Map<String, Json>, path: &str, value: Json, repeated: bool) {
    let mut current = object;
    let mut parts: Vec<&str> = path.split('.').collect();
    let last = parts.pop().unwrap_or_default();
    for part in parts {
        let entry = current
            .entry(part.to_owned())
            .or_insert_with(|| Json::Object(Map::new()));
        if !entry.is_object() {
            *entry = Json::Object(Map::new());
        }
        let Json::Object(inner) = entry else { return };
        current = inner;
    }
    if repeated {
        match current
            .entry(last.to_owned())
            .or_insert_with(|| Json::Array(Vec::new()))
        {
            Json::Array(items) => items.push(value),
            other => *other = Json::Array(vec![value]),
        }
    } else {
        current.insert(last.to_owned(), value);
    }
}

/// What reading a gRPC response body yields.
enum Frame {
    /// One message.
    Message(Bytes),
    /// The end, with the call's status (from the trailers).
    End(tonic::Status),
}

/// Splits a gRPC response body into messages and the final status.
struct Frames {
    body: Body,
    buffer: BytesMut,
    done: bool,
}

impl Frames {
    fn new(body: Body) -> Self {
        Self {
            body,
            buffer: BytesMut::new(),
            done: false,
        }
    }

    async fn next(&mut self) -> Option<Frame> {
        loop {
            if self.buffer.len() >= 5 {
                let length = u32::from_be_bytes([
                    self.buffer[1],
                    self.buffer[2],
                    self.buffer[3],
                    self.buffer[4],
                ]) as usize;
                if self.buffer.len() >= 5 + length {
                    self.buffer.advance(5);
                    return Some(Frame::Message(self.buffer.split_to(length).freeze()));
                }
            }
            if self.done {
                return None;
            }
            match self.body.frame().await {
                Some(Ok(frame)) => match frame.into_data() {
                    Ok(data) => self.buffer.extend_from_slice(&data),
                    Err(frame) => {
                        self.done = true;
                        let trailers = frame.into_trailers().unwrap_or_default();
                        let status = tonic::Status::from_header_map(&trailers)
                            .unwrap_or_else(|| tonic::Status::ok(""));
                        return Some(Frame::End(status));
                    }
                },
                Some(Err(error)) => {
                    self.done = true;
                    return Some(Frame::End(tonic::Status::unavailable(error.to_string())));
                }
                None => {
                    self.done = true;
                    return Some(Frame::End(tonic::Status::ok("")));
                }
            }
        }
    }
}

/// A server stream as Server-Sent Events (each message a `data:` event; a
/// failure an `error` event) or as NDJSON (one JSON document per line).
fn stream_response(output: MessageDescriptor, body: Body, ndjson: bool) -> Response {
    let events = futures::stream::unfold(
        (Frames::new(body), output, false),
        move |(mut frames, output, finished)| async move {
            if finished {
                return None;
            }
            let (text, finished) = match frames.next().await? {
                Frame::Message(bytes) => {
                    let json = DynamicMessage::decode(output.clone(), bytes)
                        .map(|message| to_json(&message))
                        .unwrap_or(Json::Null);
                    (event(ndjson, None, &json), false)
                }
                Frame::End(status) if status.code() == tonic::Code::Ok => return None,
                Frame::End(status) => {
                    let error = Problem::from_status(&status).json();
                    let body = if ndjson {
                        serde_json::json!({"error": error})
                    } else {
                        error
                    };
                    (event(ndjson, Some("error"), &body), true)
                }
            };
            Some((
                Ok::<_, std::convert::Infallible>(Bytes::from(text)),
                (frames, output, finished),
            ))
        },
    );
    let content_type = if ndjson {
        "application/x-ndjson"
    } else {
        "text/event-stream"
    };
    let mut response = Response::new(Body::from_stream(events.boxed()));
    response
        .headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    *response.status_mut() = StatusCode::OK;
    response
}

fn event(ndjson: bool, name: Option<&str>, json: &Json) -> String {
    if ndjson {
        format!("{json}\n")
    } else {
        match name {
            Some(name) => format!("event: {name}\ndata: {json}\n\n"),
            None => format!("data: {json}\n\n"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pool() -> DescriptorPool {
        DescriptorPool::decode(secureflow_proto::FILE_DESCRIPTOR_SET).expect("descriptors")
    }

    #[test]
    fn every_http_rule_of_the_contracts_becomes_a_route() {
        let pool = pool();
        let all = bindings(&pool, &secureflow_proto::DOMAIN_SERVICES);
        assert!(all.len() >= 138, "{} bindings", all.len());
        let scans: Vec<_> = all
            .iter()
            .filter(|b| b.template == "/api/v1/security/scans")
            .map(|b| {
                (
                    b.http_method.clone(),
                    b.method.name().to_owned(),
                    b.body.clone(),
                )
            })
            .collect();
        assert!(scans.contains(&(Method::POST, "CreateScan".to_owned(), "report".to_owned())));
        assert!(scans.contains(&(Method::GET, "ListScans".to_owned(), String::new())));
        let nested = all
            .iter()
            .find(|b| b.template.contains("{policy.id}"))
            .expect("a nested variable");
        assert_eq!(nested.variables, ["policy.id"]);
        assert!(
            nested.axum_path().ends_with("/{v0}"),
            "{}",
            nested.axum_path()
        );
        // The router accepts every template (conflicting routes would panic here).
        let _ = router(
            &pool,
            &secureflow_proto::DOMAIN_SERVICES,
            Router::new(),
            Limits::default(),
        );
    }

    #[test]
    fn query_parameters_bind_repeated_nested_and_boolean_fields() {
        let pool = pool();
        let list = bindings(&pool, &secureflow_proto::DOMAIN_SERVICES)
            .into_iter()
            .find(|b| b.method.name() == "ListVulnerabilities")
            .expect("binding");
        let message = request_message(
            &list,
            &HashMap::new(),
            Some("severities=SEVERITY_HIGH&severities=SEVERITY_CRITICAL&page_size=5&cweId=CWE-79"),
            &HeaderMap::new(),
            Bytes::new(),
        )
        .unwrap_or_else(|problem| panic!("{}", problem.message));
        let json = to_json(&message);
        let written: Json = serde_json::from_slice(&json_bytes(&message)).expect("JSON");
        assert_eq!(written, json, "both serialisations agree");
        assert_eq!(
            json["severities"],
            serde_json::json!(["SEVERITY_HIGH", "SEVERITY_CRITICAL"])
        );
        assert_eq!(json["pageSize"], 5);
        assert_eq!(json["cweId"], "CWE-79");
        let unknown = request_message(
            &list,
            &HashMap::new(),
            Some("nope=1"),
            &HeaderMap::new(),
            Bytes::new(),
        )
        .expect_err("unknown parameter refused");
        assert!(unknown.message.contains("`nope`"), "{}", unknown.message);
    }

    #[test]
    fn a_duration_binds_from_the_query_beside_a_body_field() {
        let pool = pool();
        let create = bindings(&pool, &secureflow_proto::DOMAIN_SERVICES)
            .into_iter()
            .find(|b| b.method.name() == "CreateReport")
            .expect("binding");
        let message = request_message(
            &create,
            &HashMap::new(),
            Some("reuse_within=600s"),
            &HeaderMap::new(),
            Bytes::from_static(br#"{"kind": "REPORT_KIND_POSTURE"}"#),
        )
        .unwrap_or_else(|problem| panic!("{}", problem.message));
        let json = to_json(&message);
        assert_eq!(json["reuseWithin"], "600s");
        assert_eq!(json["report"]["kind"], "REPORT_KIND_POSTURE");
    }

    #[test]
    fn status_names_are_upper_snake() {
        assert_eq!(
            status_name(tonic::Code::InvalidArgument),
            "INVALID_ARGUMENT"
        );
        assert_eq!(status_name(tonic::Code::NotFound), "NOT_FOUND");
    }
}
