/// Converts the Markdown subset guideline templates use into HTML, escaping everything else.
///
/// Supported: `#`–`####` headings, paragraphs (lines joined), `-`/`*` bullet lists and `1.`
/// numbered lists (one level; indented lines continue an item), `>` quotes, `---` rules, and
/// inline `**bold**`, `*italic*`, `` `code` `` and `[text](https://…)` links. Raw HTML is
/// shown as text, never passed through: templates may come from a workspace.
public enum MarkdownToHTML {
    /// The HTML for a Markdown text.
    public static func convert(_ markdown: String) -> String {
        var html: [String] = []
        var paragraph: [String] = []
        var listKind: String?
        var items: [String] = []
        var quote: [String] = []

        func flushParagraph() {
            if !paragraph.isEmpty { html.append("<p>" + inline(paragraph.joined(separator: " ")) + "</p>") }
            paragraph = []
        }
        func flushList() {
            if let kind = listKind {
                html.append("<\(kind)>" + items.map { "<li>" + inline($0) + "</li>" }.joined() + "</\(kind)>")
            }
            listKind = nil
            items = []
        }
        func flushQuote() {
            if !quote.isEmpty { html.append("<blockquote><p>" + inline(quote.joined(separator: " ")) + "</p></blockquote>") }
            quote = []
        }
        func flushAll() { flushParagraph(); flushList(); flushQuote() }

        for rawLine in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = String(rawLine)
            let trimmed = line.trimmingSpaces()
            if trimmed.isEmpty { flushAll(); continue }
            if let level = headingLevel(trimmed) {
                flushAll()
                let text = String(trimmed.dropFirst(level)).trimmingSpaces()
                html.append("<h\(level)>" + inline(text) + "</h\(level)>")
                continue
            }
            if trimmed == "---" || trimmed == "***" { flushAll(); html.append("<hr>"); continue }
            if trimmed.hasPrefix(">") {
                flushParagraph(); flushList()
                quote.append(String(trimmed.dropFirst()).trimmingSpaces())
                continue
            }
            if let item = bullet(trimmed), !line.hasPrefix("  ") || listKind == nil {
                flushParagraph(); flushQuote()
                if listKind != "ul" { flushList(); listKind = "ul" }
                items.append(item)
                continue
            }
            if let item = numbered(trimmed), !line.hasPrefix("  ") || listKind == nil {
                flushParagraph(); flushQuote()
                if listKind != "ol" { flushList(); listKind = "ol" }
                items.append(item)
                continue
            }
            if listKind != nil, line.hasPrefix(" "), !items.isEmpty {
                items[items.count - 1] += " " + trimmed
                continue
            }
            flushList(); flushQuote()
            paragraph.append(trimmed)
        }
        flushAll()
        return html.joined(separator: "\n")
    }

    private static func headingLevel(_ line: String) -> Int? {
        let hashes = line.prefix { $0 == "#" }.count
        guard (1...4).contains(hashes), line.dropFirst(hashes).first == " " else { return nil }
        return hashes
    }

    private static func bullet(_ line: String) -> String? {
        guard line.hasPrefix("- ") || line.hasPrefix("* ") else { return nil }
        return String(line.dropFirst(2))
    }

    private static func numbered(_ line: String) -> String? {
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, line.dropFirst(digits.count).hasPrefix(". ") else { return nil }
        return String(line.dropFirst(digits.count + 2))
    }

    /// Inline markup over escaped text: code first (its content stays literal), then links,
    /// bold and italic.
    static func inline(_ text: String) -> String {
        let chars = Array(text)
        var out = ""
        var index = 0
        var boldOpen = false, italicOpen = false
        while index < chars.count {
            let c = chars[index]
            if c == "\\", index + 1 < chars.count, "\\`*_[]()#+-.!<>|".contains(chars[index + 1]) {
                out += HTMLEscaping.escape(String(chars[index + 1]))
                index += 2
                continue
            }
            if c == "`", let close = chars[(index + 1)...].firstIndex(of: "`") {
                out += "<code>" + HTMLEscaping.escape(String(chars[(index + 1)..<close])) + "</code>"
                index = close + 1
                continue
            }
            if c == "[", let link = link(chars, at: index) {
                out += "<a href=\"\(HTMLEscaping.escape(link.url))\">\(inline(link.text))</a>"
                index = link.end
                continue
            }
            if c == "*", index + 1 < chars.count, chars[index + 1] == "*" {
                if boldOpen || hasClosing("**", chars, after: index + 2) {
                    out += boldOpen ? "</strong>" : "<strong>"
                    boldOpen.toggle()
                    index += 2
                    continue
                }
            }
            if c == "*", italicOpen || hasClosing("*", chars, after: index + 1) {
                out += italicOpen ? "</em>" : "<em>"
                italicOpen.toggle()
                index += 1
                continue
            }
            out += HTMLEscaping.escape(String(c))
            index += 1
        }
        if boldOpen { out += "</strong>" }
        if italicOpen { out += "</em>" }
        return out
    }

    private static func hasClosing(_ marker: String, _ chars: [Character], after start: Int) -> Bool {
        guard start < chars.count else { return false }
        return String(chars[start...]).contains(marker)
    }

    /// `[text](url)` with an http(s) or mailto URL; anything else stays text.
    private static func link(_ chars: [Character], at start: Int) -> (text: String, url: String, end: Int)? {
        guard let closeText = chars[start...].firstIndex(of: "]"), closeText + 1 < chars.count,
              chars[closeText + 1] == "(", let closeURL = chars[(closeText + 2)...].firstIndex(of: ")") else { return nil }
        let url = String(chars[(closeText + 2)..<closeURL])
        guard url.hasPrefix("https://") || url.hasPrefix("http://") || url.hasPrefix("mailto:") else { return nil }
        return (String(chars[(start + 1)..<closeText]), url, closeURL + 1)
    }
}
