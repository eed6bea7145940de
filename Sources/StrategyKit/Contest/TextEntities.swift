/// Hashtags, mentions and links found in a post text.
public enum TextEntities {
    /// `#word` tokens without the `#`, in order of appearance.
    public static func hashtags(in text: String) -> [String] { tokens(in: text, marker: "#") }

    /// `@handle` tokens without the `@`, in order of appearance.
    public static func mentions(in text: String) -> [String] { tokens(in: text, marker: "@") }

    /// `http://` and `https://` links, up to the next white space.
    public static func links(in text: String) -> [String] {
        text.split(whereSeparator: \.isWhitespace).map(String.init).filter {
            $0.lowercased().hasPrefix("http://") || $0.lowercased().hasPrefix("https://")
        }.map { $0.trimmingTrailingPunctuation() }
    }

    private static func tokens(in text: String, marker: Character) -> [String] {
        var result: [String] = []
        var current: String?
        var previous: Character = " "
        for character in text {
            if var token = current {
                if character.isLetter || character.isNumber || character == "_" || (marker == "@" && character == ".") {
                    token.append(character)
                    current = token
                    previous = character
                    continue
                }
                finish(token, into: &result)
                current = nil
            }
            // A marker counts only at a word start, so e-mail addresses and URLs with '#' are not tags.
            if character == marker, !(previous.isLetter || previous.isNumber || previous == "/" || previous == "_") {
                current = ""
            }
            previous = character
        }
        if let token = current { finish(token, into: &result) }
        return result
    }

    private static func finish(_ token: String, into result: inout [String]) {
        var token = token
        while token.last == "." { token.removeLast() }
        if !token.isEmpty, token.contains(where: { $0.isLetter || $0 == "_" }) { result.append(token) }
    }
}

extension String {
    /// Drops `.,;:!?)` at the end (a link at the end of a sentence).
    func trimmingTrailingPunctuation() -> String {
        var text = self
        while let last = text.last, ".,;:!?)".contains(last) { text.removeLast() }
        return text
    }
}
