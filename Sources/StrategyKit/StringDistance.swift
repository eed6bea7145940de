/// Edit distance for "did you mean" suggestions.
public enum StringDistance {
    /// Levenshtein distance between two strings (by Unicode scalars, case-insensitive).
    public static func levenshtein(_ a: String, _ b: String) -> Int {
        let x = Array(a.lowercased().unicodeScalars), y = Array(b.lowercased().unicodeScalars)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            for j in 1...y.count {
                current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1,
                                       previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[y.count]
    }

    /// The closest candidate within `max(2, word length / 3)` edits, if any.
    public static func suggestion(for word: String, among candidates: [String]) -> String? {
        let limit = Swift.max(2, word.count / 3)
        var best: (String, Int)?
        for candidate in candidates {
            let distance = levenshtein(word, candidate)
            if distance <= limit, distance < (best?.1 ?? Int.max) { best = (candidate, distance) }
        }
        return best?.0
    }
}
