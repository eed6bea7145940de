import Foundation

/// A command line shown in a fenced code block of README.md or docs/*.md.
///
/// What counts as a command line (so that a new doc needs no change to the test):
/// - a line that starts with `smkit ` or `smkit-repl ` (optionally after `NAME=value`
///   environment assignments), the word after it a subcommand or an option;
/// - the same after a `$ ` prompt (the lines after it, up to the next prompt, are output);
/// - `echo … | smkit-repl …` (or `| smkit …`): input piped into the tool.
/// A line ending in `\` continues on the next one.
///
/// Conventions a doc can use in a runnable line, as shell comments:
/// - `# exit N`: the exit status the command is meant to have (default 0), e.g. a check
///   that finds an error: `smkit check Examples/contests/broken.yaml   # exit 1`.
///
/// A **synopsis** (`smkit report WORKSPACE [--scorer ID]...`) is not runnable and is skipped,
/// and counted: a line is one when, outside quotes, it has `[` or `]`, `…` or `...`, an
/// alternative (`text|json`, a lone `|`), or an upper-case placeholder (`FILE`, `DIR`,
/// `CONTEST.yaml`, `YYYY-MM-DD`). A real value in capitals is quoted (`--organization "ACME"`).
struct DocumentedCommand: CustomStringConvertible, Sendable {
    /// The doc, relative to the package root (`docs/report.md`).
    var file: String
    /// The 1-based line of the command (its first line when it continues).
    var line: Int
    /// Which fenced block of the file it is in: commands of one block run in order in one folder.
    var block: Int
    /// The command as the shell gets it (prompt removed, continuations joined).
    var command: String
    /// The exit status it is meant to have.
    var expectedStatus: Int32
    /// Why it is not run (a synopsis), or nil.
    var synopsisReason: String?

    var isRunnable: Bool { synopsisReason == nil }
    var description: String { "\(file):\(line): \(command)" }

    /// The words after `smkit` / `smkit-repl` (the subcommand first).
    var toolArguments: [String] {
        let words = Self.words(command).filter { !$0.quoted }.map(\.text)
        guard let index = words.firstIndex(where: { $0 == "smkit" || $0 == "smkit-repl" }) else { return [] }
        return Array(words[(index + 1)...])
    }

    /// The docs whose blocks are searched: README.md and docs/*.md.
    static func documentFiles(root: URL) throws -> [String] {
        let docs = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("docs").path)
            .filter { $0.hasSuffix(".md") }.sorted().map { "docs/" + $0 }
        return ["README.md"] + docs
    }

    /// Every command line in the fenced blocks of `text`.
    static func extract(from text: String, file: String) -> [DocumentedCommand] {
        var commands: [DocumentedCommand] = []
        for (number, block) in blocks(text).enumerated() {
            // In a block with prompts only the prompted lines are commands; the rest is output.
            let prompted = block.contains { $0.text.hasPrefix("$ ") }
            var pending: (line: Int, text: String)?  // a command continued with `\`
            for (lineNumber, raw) in block {
                var line = raw
                var start = lineNumber
                if let continued = pending {
                    line = continued.text + " " + line
                    start = continued.line
                    pending = nil
                } else {
                    if line.hasPrefix("$ ") {
                        line = String(line.dropFirst(2))
                    } else if prompted {
                        continue
                    }
                    guard isCommand(line) else { continue }
                }
                if line.hasSuffix("\\") {
                    pending = (start, String(line.dropLast()).trimmingCharacters(in: .whitespaces))
                    continue
                }
                commands.append(make(line, file: file, line: start, block: number + 1))
            }
        }
        return commands
    }

    /// The fenced blocks of a Markdown text (``` or ~~~, indented or not): their lines,
    /// trimmed, with their 1-based line numbers.
    static func blocks(_ text: String) -> [[(line: Int, text: String)]] {
        var blocks: [[(line: Int, text: String)]] = []
        var fence: Substring?  // the opening fence while inside a block
        for (index, raw) in text.components(separatedBy: "\n").enumerated() {
            let trimmed = raw.trimmingCharacters(in: .whitespaces)
            if let open = fence {
                if trimmed.hasPrefix(open) && trimmed.allSatisfy({ $0 == open.first }) {
                    fence = nil
                } else {
                    blocks[blocks.count - 1].append((index + 1, trimmed))
                }
            } else if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                fence = trimmed.prefix { $0 == trimmed.first }
                blocks.append([])
            }
        }
        return blocks
    }

    /// Whether a line (prompt removed) runs smkit or smkit-repl.
    static func isCommand(_ line: String) -> Bool {
        let words = Self.words(line)
        var rest = words[...]
        // Input piped in: `echo 'ws.name' | smkit-repl …`.
        if let first = rest.first, !first.quoted, first.text == "echo" || first.text == "printf",
           let bar = rest.firstIndex(where: { !$0.quoted && $0.text == "|" }) {
            rest = rest[(bar + 1)...]
        }
        while let first = rest.first, !first.quoted, first.text.range(of: #"^[A-Z_][A-Z0-9_]*="#, options: .regularExpression) != nil {
            rest = rest.dropFirst()
        }
        guard let tool = rest.first, !tool.quoted, tool.text == "smkit" || tool.text == "smkit-repl" else { return false }
        guard let next = rest.dropFirst().first else { return true }
        return next.text.hasPrefix("-") || next.text.range(of: #"^[a-z][a-z-]*$"#, options: .regularExpression) != nil
    }

    static func make(_ line: String, file: String, line number: Int, block: Int) -> DocumentedCommand {
        let words = Self.words(line)
        var status: Int32 = 0
        if let comment = words.first(where: { $0.isComment }),
           let match = comment.text.firstMatch(of: /exit\s+(\d+)/), let value = Int32(match.1) {
            status = value
        }
        return DocumentedCommand(file: file, line: number, block: block, command: line, expectedStatus: status,
                                 synopsisReason: synopsisReason(words.filter { !$0.isComment }))
    }

    /// Why the words are a synopsis rather than a command, or nil. Only the words after the
    /// tool count: what is piped in (`echo 'ws.name' |`) is input, not syntax.
    static func synopsisReason(_ words: [Word]) -> String? {
        let tool = words.firstIndex { !$0.quoted && ($0.text == "smkit" || $0.text == "smkit-repl") } ?? 0
        for word in words[tool...] where !word.quoted {
            let text = word.text
            if text.contains("[") || text.contains("]") { return "optional part '\(text)'" }
            if text.contains("…") || text.contains("...") { return "ellipsis '\(text)'" }
            if text.contains("|") { return "alternatives '\(text)'" }
            let value = text.hasPrefix("--") ? String(text.split(separator: "=", maxSplits: 1).dropFirst().first ?? "") : text
            if value.range(of: #"^[A-Z][A-Z0-9_]*([./:-]\S*)?$"#, options: .regularExpression) != nil {
                return "placeholder '\(text)'"
            }
        }
        return nil
    }

    /// A shell word: its text without quotes, whether any of it was quoted, or a comment.
    struct Word: Sendable {
        var text: String
        var quoted: Bool
        var isComment = false
    }

    /// Splits a line as `sh` does for words (quotes, backslashes, `#` comments); enough to
    /// classify it: the shell itself runs the line.
    static func words(_ line: String) -> [Word] {
        var words: [Word] = []
        var current = "", quoted = false, inWord = false
        var characters = Array(line)[...]
        func flush() {
            if inWord { words.append(Word(text: current, quoted: quoted)) }
            current = ""
            quoted = false
            inWord = false
        }
        while let c = characters.popFirst() {
            switch c {
            case " ", "\t":
                flush()
            case "#" where !inWord:
                words.append(Word(text: String(characters), quoted: false, isComment: true))
                return words
            case "'":
                inWord = true
                quoted = true
                while let q = characters.popFirst(), q != "'" { current.append(q) }
            case "\"":
                inWord = true
                quoted = true
                while let q = characters.popFirst(), q != "\"" {
                    if q == "\\", let escaped = characters.popFirst() { current.append(escaped) } else { current.append(q) }
                }
            case "\\":
                inWord = true
                if let escaped = characters.popFirst() { current.append(escaped) }
            default:
                inWord = true
                current.append(c)
            }
        }
        flush()
        return words
    }
}
