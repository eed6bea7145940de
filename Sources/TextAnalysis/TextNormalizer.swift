import Foundation

/// The one normalisation every comparison uses: NFC, case folding, German umlauts
/// spelled out (ä→ae, ö→oe, ü→ue, ß/ẞ→ss), other diacritics stripped, typographic
/// apostrophes as "'". Spelling umlauts out (rather than stripping them) keeps "schön"
/// and "schoen" equal, which is how people type without a German keyboard.
public enum TextNormalizer {
    public static func fold(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.precomposedStringWithCanonicalMapping.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                if v >= 0x41 && v <= 0x5A { out.append(Unicode.Scalar(v + 32)!) } else { out.append(scalar) }
                continue
            }
            switch v {
            case 0xE4, 0xC4: out.append(contentsOf: "ae".unicodeScalars)
            case 0xF6, 0xD6: out.append(contentsOf: "oe".unicodeScalars)
            case 0xFC, 0xDC: out.append(contentsOf: "ue".unicodeScalars)
            case 0xDF, 0x1E9E: out.append(contentsOf: "ss".unicodeScalars)
            case 0x2019, 0x2018, 0x02BC, 0x00B4, 0x0060: out.append("'")
            // Case folding differs from lower-casing for these (Unicode CaseFolding.txt).
            case 0x03C2: out.append("\u{03C3}")
            case 0x017F: out.append("s")
            default:
                let lower = scalar.properties.lowercaseMapping
                for s in lower.decomposedStringWithCanonicalMapping.unicodeScalars
                where s.properties.generalCategory != .nonspacingMark {
                    out.append(s)
                }
            }
        }
        return String(out)
    }
}
