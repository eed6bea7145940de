/// Lexical facts about Lua 5.4 that the REPL needs without a parser.
enum LuaSyntax {
    /// The reserved words of Lua 5.4.
    static let keywords: [String] = [
        "and", "break", "do", "else", "elseif", "end", "false", "for", "function", "goto", "if", "in",
        "local", "nil", "not", "or", "repeat", "return", "then", "true", "until", "while",
    ]

    private static let keywordSet = Set(keywords)

    /// True for a name Lua accepts as an identifier (ASCII letters, digits, `_`; not a keyword).
    static func isIdentifier(_ text: some StringProtocol) -> Bool {
        guard let first = text.utf8.first, isIdentifierStart(first) else { return false }
        return text.utf8.allSatisfy(isIdentifierByte) && !keywordSet.contains(String(text))
    }

    static func isIdentifierStart(_ byte: UInt8) -> Bool {
        (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122) || byte == 95
    }

    static func isIdentifierByte(_ byte: UInt8) -> Bool { isIdentifierStart(byte) || (byte >= 48 && byte <= 57) }
}

extension StringProtocol {
    /// The text without leading and trailing whitespace (no Foundation needed).
    func trimmingWhitespace() -> String {
        guard let start = firstIndex(where: { !$0.isWhitespace }),
            let end = lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(self[start...end])
    }
}
