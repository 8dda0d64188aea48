//! HTML to text: markup stripped, entities decoded, script and style
//! dropped, block elements turned into line breaks so that paragraphs stay
//! paragraphs for the segmenter. Parsing is html5ever's (through `scraper`),
//! which copes with the broken markup of real pages.

use scraper::{node::Node, Html};

const BLOCKS: &[&str] = &[
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "table",
    "section",
    "article",
    "header",
    "footer",
    "blockquote",
    "pre",
    "hr",
    "dt",
    "dd",
    "title",
    "figcaption",
    "main",
    "aside",
    "nav",
];
const DROPPED: &[&str] = &[
    "script", "style", "noscript", "template", "head", "svg", "iframe",
];

/// The visible text of an HTML document or fragment.
pub fn html_to_text(html: &str) -> String {
    let dom = Html::parse_document(html);
    let mut out = String::with_capacity(html.len() / 2);
    let title = dom
        .root_element()
        .descendants()
        .find(|n| matches!(n.value(), Node::Element(e) if e.name() == "title"))
        .map(|n| {
            n.descendants()
                .filter_map(|d| d.value().as_text().map(|t| t.to_string()))
                .collect::<String>()
        });
    if let Some(t) = title {
        let t = t.split_whitespace().collect::<Vec<_>>().join(" ");
        if !t.is_empty() {
            out.push_str(&t);
            out.push_str("\n\n");
        }
    }
    walk(dom.tree.root(), &mut out);
    tidy(&out)
}

fn walk(node: ego_tree::NodeRef<'_, Node>, out: &mut String) {
    for child in node.children() {
        match child.value() {
            Node::Text(t) => {
                // collapse runs of white space inside inline text
                let mut last_space = out.ends_with([' ', '\n']);
                for ch in t.chars() {
                    if ch.is_whitespace() {
                        if !last_space {
                            out.push(' ');
                            last_space = true;
                        }
                    } else {
                        out.push(ch);
                        last_space = false;
                    }
                }
            }
            Node::Element(e) => {
                let name = e.name();
                if DROPPED.contains(&name) {
                    continue;
                }
                let block = BLOCKS.contains(&name);
                if block {
                    out.push_str("\n\n");
                }
                walk(child, out);
                if block {
                    out.push_str("\n\n");
                }
            }
            _ => walk(child, out),
        }
    }
}

/// Trims lines and keeps at most one blank line between paragraphs.
fn tidy(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut blank = 0;
    for line in s.lines() {
        let l = line.trim();
        if l.is_empty() {
            blank += 1;
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank > 0 { "\n\n" } else { "\n" });
        }
        blank = 0;
        out.push_str(l);
    }
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_markup_scripts_and_decodes_entities() {
        let h = "<html><head><title>Talks</title><style>p{}</style></head><body>\
                 <script>var x = 1;</script><p>India &amp; France met in <b>Paris</b>.</p>\
                 <p>They said &ldquo;yes&rdquo;&nbsp;today.</p></body></html>";
        let t = html_to_text(h);
        assert_eq!(
            t,
            "Talks\n\nIndia & France met in Paris.\n\nThey said \u{201c}yes\u{201d} today.\n"
        );
        assert!(!t.contains("var x"));
    }

    #[test]
    fn broken_markup_still_yields_text() {
        let t = html_to_text("<p>One<p>Two <i>three");
        assert_eq!(t, "One\n\nTwo three\n");
    }
}
