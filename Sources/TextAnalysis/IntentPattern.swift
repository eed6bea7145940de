/// A compiled phrase pattern of the lexicon (the notation is described in `IntentLexicon`).
struct IntentPattern: Sendable {
    enum Atom: Sendable, Hashable {
        /// Same Snowball stem in the pattern's language, or the same folded spelling.
        case word(folded: String, stem: String)
        case exact(String)
        case prefix(String)
        case suffix(String)
        case mention, anyHashtag, number, digits, coordination, url, clauseEnd
        case hashtag(String)
    }

    struct Element: Sendable {
        var atoms: [Atom]
        /// Words allowed between the previous element and this one.
        var gapBefore: Int
        var verbal: Bool
        /// `~word`: the word is joined to the one before it by a hyphen ("gluten-free").
        var joined: Bool
    }

    let source: String
    let language: TextLanguage
    let elements: [Element]
    let trigger: Int
    /// The pattern names its trigger with `!` (an `unless` pattern then cancels only that word).
    let explicitTrigger: Bool

    /// Parses one pattern; `groups` are the lexicon's named word groups (`{friend}`).
    init(_ source: String, language: TextLanguage, groups: [String: String]) {
        self.source = source
        self.language = language
        var expanded = source
        for (name, words) in groups where expanded.contains("{\(name)}") {
            expanded = expanded.replacingOccurrences(of: "{\(name)}", with: words)
        }
        var elements: [Element] = []
        var trigger = 0
        var gap = 0
        let stemmer = Stemmer.shared(language)
        // "gefällt-mir" in a pattern is two adjacent words, as the tokenizer sees it.
        let items = expanded.split(separator: " ").flatMap { raw -> [Substring] in
            guard raw.count > 1, raw.contains("-"), !raw.hasPrefix("-"), !raw.contains("|") else { return [raw] }
            return raw.split(separator: "-")
        }
        for raw in items {
            var item = Substring(raw)
            if item == "…" || item == "..." { gap = 4; continue }
            if item.hasPrefix("…") || item.hasPrefix("...") {
                gap = Int(item.drop { $0 == "…" || $0 == "." }) ?? 4; continue
            }
            var verbal = false
            var isTrigger = false
            var joined = false
            while let f = item.first, f == "!" || f == "^" || f == "~" {
                if f == "!" { isTrigger = true } else if f == "^" { verbal = true } else { joined = true }
                item = item.dropFirst()
            }
            let atoms: [Atom] = item.split(separator: "|").map { alt in
                let a = String(alt)
                switch a {
                case "@": return .mention
                case "#": return .anyHashtag
                case "9": return .number
                case "0": return .digits
                case "&": return .coordination
                case "$": return .clauseEnd
                case "url": return .url
                default: break
                }
                if a.hasPrefix("#") { return .hashtag(TextNormalizer.fold(String(a.dropFirst()))) }
                if a.hasPrefix("=") { return .exact(TextNormalizer.fold(String(a.dropFirst()))) }
                if a.hasSuffix("*") { return .prefix(TextNormalizer.fold(String(a.dropLast()))) }
                if a.hasPrefix("*") { return .suffix(TextNormalizer.fold(String(a.dropFirst()))) }
                let folded = TextNormalizer.fold(a)
                return .word(folded: folded, stem: stemmer.stem(folded))
            }
            if isTrigger { trigger = elements.count }
            elements.append(Element(atoms: atoms, gapBefore: elements.isEmpty ? 0 : gap, verbal: verbal, joined: joined))
            gap = 0
        }
        self.elements = elements
        self.trigger = trigger
        self.explicitTrigger = source.contains("!")
    }

    /// Prefixes of the pattern (`gewinnspiel*`), for typo tolerance.
    var prefixes: [String] {
        elements.flatMap { $0.atoms }.compactMap { if case .prefix(let f) = $0 { return f } else { return nil } }
    }

    /// Plain words of the pattern, for splitting hashtags into known words.
    var words: [String] {
        elements.flatMap { $0.atoms }.compactMap {
            if case .word(let f, _) = $0 { return f }
            if case .exact(let f) = $0 { return f }
            return nil
        }
    }
}
