import Foundation

/// The one inline markup report text may carry: `**bold**`. Renderers split text with it.
enum InlineMarkup {
    /// A run of text, bold or not.
    struct Run: Equatable {
        var text: String
        var bold: Bool
    }

    /// Splits text at `**` pairs; an unpaired `**` stays literal.
    static func runs(_ text: String) -> [Run] {
        let parts = text.components(separatedBy: "**")
        guard parts.count >= 3 else { return [Run(text: text, bold: false)] }
        var runs: [Run] = []
        let pairedCount = parts.count % 2 == 1 ? parts.count : parts.count - 1
        for index in 0..<pairedCount where !parts[index].isEmpty {
            runs.append(Run(text: parts[index], bold: index % 2 == 1))
        }
        if pairedCount < parts.count {
            runs.append(Run(text: "**" + parts[parts.count - 1], bold: false))
        }
        return runs
    }

    /// The text without markup, for plain-text output.
    static func plain(_ text: String) -> String {
        runs(text).map(\.text).joined()
    }

    /// HTML with `<strong>` for bold runs; everything escaped.
    static func html(_ text: String) -> String {
        runs(text).map { $0.bold ? "<strong>\(HTMLEscaping.escape($0.text))</strong>" : HTMLEscaping.escape($0.text) }
            .joined()
    }

    /// Markdown with bold kept and other markup characters escaped.
    static func markdown(_ text: String, inTable: Bool = false) -> String {
        runs(text).map { run in
            let escaped = escapeMarkdown(run.text, inTable: inTable)
            return run.bold ? "**\(escaped)**" : escaped
        }.joined()
    }

    private static func escapeMarkdown(_ text: String, inTable: Bool) -> String {
        let characters = Array(text)
        var result = ""
        for (index, character) in characters.enumerated() {
            switch character {
            case "\\", "`", "*", "[", "]":
                result += "\\" + String(character)
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "|" where inTable: result += "\\|"
            case "_":
                // Intra-word underscores (sonnenschein_backt) are literal in CommonMark; keep them readable.
                let before = index > 0 ? characters[index - 1] : " "
                let after = index + 1 < characters.count ? characters[index + 1] : " "
                result += before.isLetter || before.isNumber ? (after.isLetter || after.isNumber ? "_" : "\\_") : "\\_"
            case "\n": result += inTable ? " " : "\n"
            default: result.append(character)
            }
        }
        return result
    }
}
