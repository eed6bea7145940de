/// Finds the variables a Mustache template uses, with their positions, without rendering it.
///
/// Mustache renders an unknown name as empty text, which would hide a typo in a guideline;
/// checking names before rendering turns that into an error with a position.
enum TemplateScanner {
    /// One variable use.
    struct Use: Equatable {
        var name: String
        var line: Int
        var column: Int
        var isPartial: Bool
    }

    /// Every `{{name}}`, `{{{name}}}`, `{{&name}}`, `{{#name}}`, `{{^name}}` and `{{>name}}`.
    /// Comments and configuration tags are skipped; after a set-delimiter tag scanning stops,
    /// because the rest no longer uses `{{ }}`.
    static func variables(in source: String) -> [Use] {
        let chars = Array(source)
        var uses: [Use] = []
        var line = 1, column = 1
        var index = 0
        func advance(to target: Int) {
            while index < target {
                if chars[index] == "\n" { line += 1; column = 1 } else { column += 1 }
                index += 1
            }
        }
        while index + 1 < chars.count {
            guard chars[index] == "{", chars[index + 1] == "{" else { advance(to: index + 1); continue }
            let tagLine = line, tagColumn = column
            var start = index + 2
            var closing: [Character] = ["}", "}"]
            if start < chars.count, chars[start] == "{" { start += 1; closing = ["}", "}", "}"] }
            guard let end = find(closing, in: chars, from: start) else { break }
            let content = String(chars[start..<end]).trimmingSpaces()
            advance(to: end + closing.count)
            guard let sigil = content.first else { continue }
            switch sigil {
            case "!", "%", "/": continue
            case "=": return uses
            case "#", "^", "&", ">", "$", "<":
                let name = String(content.dropFirst()).trimmingSpaces()
                uses.append(Use(name: argument(of: name), line: tagLine, column: tagColumn, isPartial: sigil == ">"))
            default:
                uses.append(Use(name: argument(of: content), line: tagLine, column: tagColumn, isPartial: false))
            }
        }
        return uses
    }

    /// `uppercased(name)` → `name`: transforms wrap the variable they apply to.
    private static func argument(of name: String) -> String {
        guard let open = name.lastIndex(of: "("), let close = name.firstIndex(of: ")"), open < close else { return name }
        return String(name[name.index(after: open)..<close]).trimmingSpaces()
    }

    private static func find(_ needle: [Character], in chars: [Character], from start: Int) -> Int? {
        var index = start
        while index + needle.count <= chars.count {
            if Array(chars[index..<index + needle.count]) == needle { return index }
            index += 1
        }
        return nil
    }

    /// The known name closest to a misspelt one (edit distance ≤ 2), if any.
    static func closest(to name: String, among known: Set<String>) -> String? {
        known.map { ($0, distance(name, $0)) }.filter { $0.1 <= 2 }.min { ($0.1, $0.0) < ($1.1, $1.0) }?.0
    }

    private static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        var previous = Array(0...b.count)
        for i in 1...max(1, a.count) where !a.isEmpty {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...max(1, b.count) where !b.isEmpty {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return a.isEmpty ? b.count : previous[b.count]
    }
}

extension String {
    func trimmingSpaces() -> String {
        var result = Substring(self)
        while let first = result.first, first == " " || first == "\t" || first == "\n" { result.removeFirst() }
        while let last = result.last, last == " " || last == "\t" || last == "\n" { result.removeLast() }
        return String(result)
    }
}
