/// Character references in HTML text: numeric ones (`&#8222;`, `&#x201E;`) and the named ones
/// that occur in policy pages and legal texts (Latin-1, typographic punctuation, a few symbols).
///
/// An unknown name stays as written, as a browser shows it. Numeric references follow the HTML
/// rules: 0x80–0x9F mean their Windows-1252 characters, and 0, surrogates and values beyond
/// Unicode become U+FFFD.
public enum HTMLEntities {
    /// Decodes the reference starting at `start` (an `&`); returns what it stands for and the
    /// index after it. Text that is no reference comes back as the single `&`.
    static func decode(_ s: [Unicode.Scalar], at start: Int) -> ([Unicode.Scalar], Int) {
        var i = start + 1
        if i < s.count, s[i] == "#" {
            i += 1
            var hex = false
            if i < s.count, s[i] == "x" || s[i] == "X" {
                hex = true
                i += 1
            }
            var value: UInt32 = 0
            var digits = 0
            while i < s.count, let digit = digitValue(s[i], hex: hex) {
                value = min(value &* (hex ? 16 : 10) &+ digit, 0x11_0000)
                digits += 1
                i += 1
            }
            guard digits > 0 else { return (["&"], start + 1) }
            if i < s.count, s[i] == ";" { i += 1 }
            return ([scalar(forNumber: value)], i)
        }
        var name = ""
        while i < s.count, s[i].isASCII, s[i].properties.isAlphabetic || s[i].properties.numericType != nil, name.count < 32 {
            name.unicodeScalars.append(s[i])
            i += 1
        }
        guard let value = named[name] else { return (["&"], start + 1) }
        if i < s.count, s[i] == ";" { i += 1 }
        return ([Unicode.Scalar(value)!], i)
    }

    /// Decodes every reference in `text`.
    public static func decode(_ text: String) -> String {
        let s = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < s.count {
            if s[i] == "&" {
                let (decoded, next) = decode(s, at: i)
                out.append(contentsOf: decoded)
                i = next
            } else {
                out.append(s[i])
                i += 1
            }
        }
        return String(out)
    }

    private static func digitValue(_ c: Unicode.Scalar, hex: Bool) -> UInt32? {
        switch c.value {
        case 0x30...0x39: c.value - 0x30
        case 0x41...0x46 where hex: c.value - 0x41 + 10
        case 0x61...0x66 where hex: c.value - 0x61 + 10
        default: nil
        }
    }

    /// The character a numeric reference stands for.
    static func scalar(forNumber value: UInt32) -> Unicode.Scalar {
        if let mapped = windows1252[value] { return Unicode.Scalar(mapped)! }
        if value == 0 || value > 0x10FFFF || (0xD800...0xDFFF).contains(value) { return "\u{FFFD}" }
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }

    /// What bytes 0x80–0x9F mean in Windows-1252 (and in HTML's numeric references).
    static let windows1252: [UInt32: UInt32] = [
        0x80: 0x20AC, 0x82: 0x201A, 0x83: 0x0192, 0x84: 0x201E, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021,
        0x88: 0x02C6, 0x89: 0x2030, 0x8A: 0x0160, 0x8B: 0x2039, 0x8C: 0x0152, 0x8E: 0x017D, 0x91: 0x2018,
        0x92: 0x2019, 0x93: 0x201C, 0x94: 0x201D, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02DC,
        0x99: 0x2122, 0x9A: 0x0161, 0x9B: 0x203A, 0x9C: 0x0153, 0x9E: 0x017E, 0x9F: 0x0178,
    ]

    /// Named references (case-sensitive, as in HTML).
    static let named: [String: UInt32] = {
        var table: [String: UInt32] = [
            "amp": 0x26, "lt": 0x3C, "gt": 0x3E, "quot": 0x22, "apos": 0x27, "AMP": 0x26, "LT": 0x3C, "GT": 0x3E,
            "QUOT": 0x22,
            "nbsp": 0xA0, "shy": 0xAD, "ensp": 0x2002, "emsp": 0x2003, "thinsp": 0x2009, "zwsp": 0x200B,
            "ZeroWidthSpace": 0x200B, "zwnj": 0x200C, "zwj": 0x200D, "NoBreak": 0x2060, "NonBreakingSpace": 0xA0,
            "ndash": 0x2013, "mdash": 0x2014, "hyphen": 0x2010, "dash": 0x2010, "minus": 0x2212, "horbar": 0x2015,
            "lsquo": 0x2018, "rsquo": 0x2019, "rsquor": 0x2019, "sbquo": 0x201A, "lsquor": 0x201A,
            "ldquo": 0x201C, "rdquo": 0x201D, "rdquor": 0x201D, "bdquo": 0x201E, "ldquor": 0x201E,
            "laquo": 0xAB, "raquo": 0xBB, "lsaquo": 0x2039, "rsaquo": 0x203A, "prime": 0x2032, "Prime": 0x2033,
            "hellip": 0x2026, "mldr": 0x2026, "bull": 0x2022, "bullet": 0x2022, "middot": 0xB7, "centerdot": 0xB7,
            "dagger": 0x2020, "Dagger": 0x2021, "permil": 0x2030, "sect": 0xA7, "para": 0xB6, "copy": 0xA9,
            "COPY": 0xA9, "reg": 0xAE, "REG": 0xAE, "trade": 0x2122, "TRADE": 0x2122, "euro": 0x20AC, "cent": 0xA2,
            "pound": 0xA3, "yen": 0xA5, "curren": 0xA4, "deg": 0xB0, "plusmn": 0xB1, "times": 0xD7, "divide": 0xF7,
            "frac12": 0xBD, "frac14": 0xBC, "frac34": 0xBE, "sup1": 0xB9, "sup2": 0xB2, "sup3": 0xB3,
            "ordf": 0xAA, "ordm": 0xBA, "micro": 0xB5, "not": 0xAC, "macr": 0xAF, "acute": 0xB4, "cedil": 0xB8,
            "uml": 0xA8, "brvbar": 0xA6, "iexcl": 0xA1, "iquest": 0xBF, "szlig": 0xDF, "num": 0x23,
            "excl": 0x21, "quest": 0x3F, "percnt": 0x25, "dollar": 0x24, "commat": 0x40, "colon": 0x3A,
            "semi": 0x3B, "comma": 0x2C, "period": 0x2E, "sol": 0x2F, "bsol": 0x5C, "lpar": 0x28, "rpar": 0x29,
            "lsqb": 0x5B, "rsqb": 0x5D, "lcub": 0x7B, "rcub": 0x7D, "ast": 0x2A, "plus": 0x2B, "equals": 0x3D,
            "lowbar": 0x5F, "verbar": 0x7C, "grave": 0x60, "Hat": 0x5E, "tilde": 0x2DC, "circ": 0x2C6,
            "larr": 0x2190, "rarr": 0x2192, "uarr": 0x2191, "darr": 0x2193, "harr": 0x2194,
            "check": 0x2713, "checkmark": 0x2713, "cross": 0x2717, "OElig": 0x152, "oelig": 0x153,
            "Scaron": 0x160, "scaron": 0x161, "Yuml": 0x178, "fnof": 0x192,
        ]
        // Latin-1 letters: the name is the base letter and the mark (Auml, eacute, ...).
        let marks: [(String, [(String, UInt32)])] = [
            ("grave", [("A", 0xC0), ("E", 0xC8), ("I", 0xCC), ("O", 0xD2), ("U", 0xD9), ("a", 0xE0), ("e", 0xE8),
                       ("i", 0xEC), ("o", 0xF2), ("u", 0xF9)]),
            ("acute", [("A", 0xC1), ("E", 0xC9), ("I", 0xCD), ("O", 0xD3), ("U", 0xDA), ("Y", 0xDD), ("a", 0xE1),
                       ("e", 0xE9), ("i", 0xED), ("o", 0xF3), ("u", 0xFA), ("y", 0xFD)]),
            ("circ", [("A", 0xC2), ("E", 0xCA), ("I", 0xCE), ("O", 0xD4), ("U", 0xDB), ("a", 0xE2), ("e", 0xEA),
                      ("i", 0xEE), ("o", 0xF4), ("u", 0xFB)]),
            ("tilde", [("A", 0xC3), ("N", 0xD1), ("O", 0xD5), ("a", 0xE3), ("n", 0xF1), ("o", 0xF5)]),
            ("uml", [("A", 0xC4), ("E", 0xCB), ("I", 0xCF), ("O", 0xD6), ("U", 0xDC), ("a", 0xE4), ("e", 0xEB),
                     ("i", 0xEF), ("o", 0xF6), ("u", 0xFC), ("y", 0xFF)]),
            ("ring", [("A", 0xC5), ("a", 0xE5)]),
            ("cedil", [("C", 0xC7), ("c", 0xE7)]),
            ("slash", [("O", 0xD8), ("o", 0xF8)]),
        ]
        for (mark, letters) in marks {
            for (letter, value) in letters { table[letter + mark] = value }
        }
        for (name, value) in [("AElig", 0xC6), ("aelig", 0xE6), ("ETH", 0xD0), ("eth", 0xF0), ("THORN", 0xDE),
                              ("thorn", 0xFE)] as [(String, UInt32)] {
            table[name] = value
        }
        return table
    }()
}
