/// Formats numbers for reasons and messages without locale surprises.
enum NumberFormatting {
    /// The number rounded to `digits` decimals with trailing zeros removed, `.` as separator.
    static func en(_ value: Double, digits: Int = 2) -> String {
        guard value.isFinite else { return value.isNaN ? "n/a" : (value > 0 ? "∞" : "-∞") }
        var scale = 1.0
        for _ in 0..<max(0, digits) { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        if rounded == rounded.rounded(), abs(rounded) < 1e15 { return String(Int(rounded)) }
        var text = String(rounded)
        if text.contains("e") { return text }
        if let dot = text.firstIndex(of: ".") {
            let decimals = text[text.index(after: dot)...]
            if decimals.count > digits { text = String(text[..<text.index(dot, offsetBy: digits + 1)]) }
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text
    }

    /// Like ``en(_:digits:)`` with a decimal comma, as German text expects.
    static func de(_ value: Double, digits: Int = 2) -> String {
        en(value, digits: digits).replacingOccurrences(of: ".", with: ",")
    }

    /// A percentage of a 0...1 share, e.g. 0.405 → "40.5%".
    static func percentEN(_ share: Double) -> String { en(share * 100, digits: 1) + "%" }
    /// A percentage of a 0...1 share with a decimal comma, e.g. 0.405 → "40,5 %".
    static func percentDE(_ share: Double) -> String { de(share * 100, digits: 1) + " %" }
}

extension String {
    /// Replaces every occurrence of `target` (small helper to stay free of Foundation here).
    func replacingOccurrences(of target: Character, with replacement: Character) -> String {
        String(map { $0 == target ? replacement : $0 })
    }
}
