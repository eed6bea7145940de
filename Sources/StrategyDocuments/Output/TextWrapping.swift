/// Word wrapping for plain-text output; widths count characters (what a terminal shows for
/// the Latin, German and symbol text these documents contain).
enum TextWrapping {
    /// Splits text into lines of at most `width` characters, breaking at spaces; words longer
    /// than the width (URLs) get a line of their own rather than being cut.
    /// With `breakLongWords` (table cells), such words are cut so columns stay aligned.
    static func wrap(_ text: String, width: Int, breakLongWords: Bool = false) -> [String] {
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var words = paragraph.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
            if breakLongWords, width > 0 {
                words = words.flatMap { word -> [String] in
                    guard word.count > width else { return [word] }
                    var chunks: [String] = []
                    var rest = Substring(word)
                    while !rest.isEmpty {
                        chunks.append(String(rest.prefix(width)))
                        rest = rest.dropFirst(width)
                    }
                    return chunks
                }
            }
            for word in words {
                if line.isEmpty {
                    line = String(word)
                } else if line.count + 1 + word.count <= width {
                    line += " " + word
                } else {
                    lines.append(line)
                    line = String(word)
                }
            }
            lines.append(line)
        }
        return lines
    }

    /// Wrapped lines with a first-line prefix and a hanging indent for the rest.
    static func hanging(_ text: String, width: Int, first: String, rest: String) -> String {
        wrap(text, width: max(10, width - first.count)).enumerated()
            .map { ($0.offset == 0 ? first : rest) + $0.element }
            .joined(separator: "\n")
    }

    /// Pads to a width on the right (left alignment) or the left (right alignment).
    static func pad(_ text: String, _ width: Int, right: Bool) -> String {
        let padding = String(repeating: " ", count: max(0, width - text.count))
        return right ? padding + text : text + padding
    }
}
