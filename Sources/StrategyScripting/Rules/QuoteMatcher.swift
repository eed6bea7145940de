import Foundation

/// Finds a rule's quote in a page's text in a way that survives typography.
///
/// Both sides go through ``normalized(_:)`` first: invisible characters (soft hyphens,
/// zero-width spaces and joiners, byte-order marks) are dropped, the text is brought to
/// NFKC (so no-break spaces, ligatures and full-width forms become their plain forms),
/// typographic quotes, apostrophes and dashes become ASCII, case is folded, and runs of
/// whitespace become one space. Only then is the quote searched for, as bytes.
public enum QuoteMatcher {
    /// Whether `quote` occurs in `text` once both are normalised. An empty quote never does.
    public static func contains(_ text: String, quote: String) -> Bool {
        contains(normalizedText: normalized(text), quote: quote)
    }

    /// Like ``contains(_:quote:)`` for text that is already normalised (a page searched for
    /// several quotes is normalised once).
    public static func contains(normalizedText: String, quote: String) -> Bool {
        let needle = Array(normalized(quote).utf8)
        guard !needle.isEmpty else { return false }
        var haystack = normalizedText
        return haystack.withUTF8 { bytes in
            guard bytes.count >= needle.count else { return false }
            let first = needle[0]
            var start = 0
            let last = bytes.count - needle.count
            while start <= last {
                if bytes[start] == first {
                    var offset = 1
                    while offset < needle.count && bytes[start + offset] == needle[offset] { offset += 1 }
                    if offset == needle.count { return true }
                }
                start += 1
            }
            return false
        }
    }

    /// The form both quote and page text are compared in.
    public static func normalized(_ text: String) -> String {
        var visible = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where !invisible.contains(scalar.value) { visible.append(scalar) }
        let compatible = String(visible).precomposedStringWithCompatibilityMapping
        var plain = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in compatible.folding(options: [.caseInsensitive], locale: nil).unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !plain.isEmpty
                continue
            }
            if pendingSpace {
                plain.append(" ")
                pendingSpace = false
            }
            if doubleQuotes.contains(scalar.value) {
                plain.append("\"")
            } else if singleQuotes.contains(scalar.value) {
                plain.append("'")
            } else if dashes.contains(scalar.value) {
                plain.append("-")
            } else {
                plain.append(scalar)
            }
        }
        // Folding may leave decomposed sequences; NFC makes equal text equal bytes.
        return String(plain).precomposedStringWithCanonicalMapping
    }

    /// Soft hyphen, combining grapheme joiner, Mongolian vowel separator, zero-width space,
    /// non-joiner and joiner, word joiner, invisible operators, byte-order mark.
    static let invisible: Set<UInt32> = [0x00AD, 0x034F, 0x180E, 0x200B, 0x200C, 0x200D, 0x2060, 0x2061, 0x2062,
                                         0x2063, 0x2064, 0xFEFF]
    /// “ ” „ ‟ « » ″ ‶ 〝 〞 〟 ＂
    static let doubleQuotes: Set<UInt32> = [0x201C, 0x201D, 0x201E, 0x201F, 0x00AB, 0x00BB, 0x2033, 0x2036, 0x301D,
                                            0x301E, 0x301F, 0xFF02]
    /// ‘ ’ ‚ ‛ ‹ › ′ ‵ ` ´ ＇
    static let singleQuotes: Set<UInt32> = [0x2018, 0x2019, 0x201A, 0x201B, 0x2039, 0x203A, 0x2032, 0x2035, 0x0060,
                                            0x00B4, 0xFF07]
    /// ‐ ‑ ‒ – — ― ⁃ − ﹘ ﹣ －
    static let dashes: Set<UInt32> = [0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2043, 0x2212, 0xFE58, 0xFE63,
                                      0xFF0D]
}
