/// The readable text of an HTML page, for finding a rule's quote on it.
///
/// The contents of `script`, `style`, `noscript`, `template` and `head` are dropped, as are
/// comments, doctype and processing instructions. Inline elements (`b`, `em`, `a`, `span`, …)
/// vanish without a trace, as a browser renders them; every other tag becomes a space.
/// Named and numeric character references are decoded (``HTMLEntities``), and whitespace runs
/// become one space. This is no HTML parser: it reads well-formed and ordinary broken pages
/// the way the quote comparison needs, nothing more.
public enum HTMLTextExtractor {
    /// The text of `html`.
    public static func text(from html: String) -> String {
        let s = Array(html.unicodeScalars)
        var out = String.UnicodeScalarView()
        out.reserveCapacity(s.count / 2)
        var i = 0
        while i < s.count {
            let c = s[i]
            if c == "<" {
                if let end = skipMarkup(s, at: i, into: &out) {
                    i = end
                    continue
                }
                out.append(c)
                i += 1
            } else if c == "&" {
                let (decoded, next) = HTMLEntities.decode(s, at: i)
                out.append(contentsOf: decoded)
                i = next
            } else {
                out.append(c)
                i += 1
            }
        }
        return collapsedWhitespace(String(out))
    }

    /// Elements whose content is not page text.
    static let hiddenElements: Set<String> = ["script", "style", "noscript", "template", "head"]
    /// Elements a browser renders inside the running text, without a break.
    static let inlineElements: Set<String> = [
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i", "ins", "kbd", "mark", "q",
        "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var", "del",
    ]

    /// Skips the markup at `start` (a `<`): a comment, a declaration, or a tag with, for hidden
    /// elements, everything up to its end tag. Returns the index after it, or `nil` when the
    /// `<` starts no markup (`a < b`).
    private static func skipMarkup(_ s: [Unicode.Scalar], at start: Int, into out: inout String.UnicodeScalarView) -> Int? {
        var i = start + 1
        guard i < s.count else { return nil }
        if s[i] == "!" {
            if matches(s, at: i + 1, "--") {
                // A comment runs to the next `-->` (or to the end of an unterminated page).
                var j = i + 3
                while j < s.count && !matches(s, at: j, "-->") { j += 1 }
                out.append(" ")
                return min(s.count, j + 3)
            }
            out.append(" ")
            return skipTag(s, from: i)  // <!DOCTYPE …>, <![CDATA[ … ]]> is rare enough to read as a tag
        }
        if s[i] == "?" {
            out.append(" ")
            return skipTag(s, from: i)
        }
        let closing = s[i] == "/"
        if closing { i += 1 }
        guard i < s.count, s[i].properties.isAlphabetic, s[i].isASCII else { return nil }
        var name = ""
        while i < s.count, s[i].isASCII, s[i].properties.isAlphabetic || s[i].properties.numericType != nil || s[i] == "-" {
            name.unicodeScalars.append(s[i])
            i += 1
        }
        name = name.lowercased()
        let end = skipTag(s, from: i)
        if !closing, hiddenElements.contains(name), !(end >= 2 && s[end - 2] == "/") {
            if let after = endOfElement(s, named: name, from: end) {
                out.append(" ")
                return after
            }
            // `head` without an end tag: browsers end it at the body; drop only the tag.
            if name != "head" {
                out.append(" ")
                return s.count
            }
        }
        if !inlineElements.contains(name) { out.append(" ") }
        return end
    }

    /// The index after the `>` that ends a tag, skipping quoted attribute values.
    private static func skipTag(_ s: [Unicode.Scalar], from start: Int) -> Int {
        var i = start
        var quote: Unicode.Scalar?
        while i < s.count {
            let c = s[i]
            if let open = quote {
                if c == open { quote = nil }
            } else if c == "\"" || c == "'" {
                quote = c
            } else if c == ">" {
                return i + 1
            }
            i += 1
        }
        return s.count
    }

    /// The index after `</name …>` from `start` on (ASCII case-insensitive), or `nil`.
    private static func endOfElement(_ s: [Unicode.Scalar], named name: String, from start: Int) -> Int? {
        let target = Array(("</" + name).unicodeScalars)
        var i = start
        while i + target.count <= s.count {
            if s[i] == "<" {
                var equal = true
                for k in 1..<target.count where lowered(s[i + k]) != target[k] {
                    equal = false
                    break
                }
                let after = i + target.count
                if equal, after == s.count || !(s[after].properties.isAlphabetic || s[after] == "-") {
                    return skipTag(s, from: after)
                }
            }
            i += 1
        }
        return nil
    }

    private static func lowered(_ c: Unicode.Scalar) -> Unicode.Scalar {
        c.value >= 0x41 && c.value <= 0x5A ? Unicode.Scalar(c.value + 0x20)! : c
    }

    private static func matches(_ s: [Unicode.Scalar], at start: Int, _ literal: String) -> Bool {
        var i = start
        for c in literal.unicodeScalars {
            guard i < s.count, s[i] == c else { return false }
            i += 1
        }
        return true
    }

    /// Runs of whitespace (no-break spaces included) as one space, without leading or trailing ones.
    static func collapsedWhitespace(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pending = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                pending = !out.isEmpty
            } else {
                if pending { out.append(" ") }
                pending = false
                out.append(scalar)
            }
        }
        return String(out)
    }
}
