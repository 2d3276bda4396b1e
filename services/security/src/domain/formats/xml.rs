//! Helpers for XML reports (roxmltree). DTDs are refused, so entity expansion
//! and external entities cannot be used against the parser.

use roxmltree::{Document, Node};

use super::ParseError;

/// Parses an XML document; errors carry the line and column.
pub fn document(text: &str) -> Result<Document<'_>, ParseError> {
    Document::parse(text).map_err(|error| {
        let position = error.pos();
        ParseError {
            format: "auto".to_owned(),
            location: format!("line {}, column {}", position.row, position.col),
            message: format!("not valid XML: {error}"),
        }
    })
}

/// The first child element with this local name.
pub fn child<'a, 'input>(node: Node<'a, 'input>, name: &str) -> Option<Node<'a, 'input>> {
    node.children()
        .find(|child| child.is_element() && child.tag_name().name() == name)
}

/// Every child element with this local name.
pub fn children<'a, 'input: 'a>(
    node: Node<'a, 'input>,
    name: &'a str,
) -> impl Iterator<Item = Node<'a, 'input>> + 'a {
    node.children()
        .filter(move |child| child.is_element() && child.tag_name().name() == name)
}

/// The trimmed text of the first child element with this local name, or "".
pub fn child_text<'a>(node: Node<'a, '_>, name: &str) -> &'a str {
    child(node, name)
        .and_then(|child| child.text())
        .map(str::trim)
        .unwrap_or_default()
}

/// Every descendant element with this local name, in document order.
pub fn descendants<'a, 'input: 'a>(
    node: Node<'a, 'input>,
    name: &'a str,
) -> impl Iterator<Item = Node<'a, 'input>> + 'a {
    node.descendants()
        .filter(move |child| child.is_element() && child.tag_name().name() == name)
}
