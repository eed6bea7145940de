public import StrategyKit

/// Formats numbers the way German and English readers expect, without locale surprises.
///
/// German: `1.150,5` and `40,5 %`; English: `1,150.5` and `40.5%`. Trailing zeros after the
/// decimal separator are dropped, so hand-computed values read as they were written.
public enum NumberText {
    /// The number rounded to `digits` decimals with thousands grouping.
    public static func format(_ value: Double, _ language: Language, digits: Int = 2) -> String {
        guard value.isFinite else { return value.isNaN ? "–" : (value > 0 ? "∞" : "−∞") }
        var scale = 1.0
        for _ in 0..<max(0, digits) { scale *= 10 }
        var rounded = (value * scale).rounded() / scale
        if rounded == 0 { rounded = 0 }  // no "-0"
        let negative = rounded < 0
        let magnitude = abs(rounded)
        let integerPart = magnitude.rounded(.down)
        var fraction = ""
        if digits > 0 {
            let fractionDigits = Int(((magnitude - integerPart) * scale).rounded())
            if fractionDigits > 0 {
                var text = String(fractionDigits)
                text = String(repeating: "0", count: max(0, digits - text.count)) + text
                while text.hasSuffix("0") { text.removeLast() }
                fraction = text
            }
        }
        // Beyond 1e15 the digits are noise anyway; Int conversion would trap near 9.2e18.
        guard integerPart < 1e15 else { return String(describing: value) }
        let grouped = group(String(Int(integerPart)), separator: language == .de ? "." : ",")
        let decimal = language == .de ? "," : "."
        return (negative ? "−" : "") + grouped + (fraction.isEmpty ? "" : decimal + fraction)
    }

    /// A 0…1 share as a percentage, e.g. 0.405 → `40,5 %` / `40.5%`.
    public static func percent(_ share: Double, _ language: Language, digits: Int = 1) -> String {
        let number = format(share * 100, language, digits: digits)
        return language == .de ? number + " %" : number + "%"
    }

    /// Hours per week, e.g. `6 Std./Woche` / `6 h/week`.
    public static func hoursPerWeek(_ hours: Double, _ language: Language) -> String {
        format(hours, language, digits: 1) + (language == .de ? " Std./Woche" : " h/week")
    }

    /// Euros, e.g. `150 €` / `€150`.
    public static func euros(_ amount: Double, _ language: Language) -> String {
        language == .de ? format(amount, language) + " €" : "€" + format(amount, language)
    }

    private static func group(_ digits: String, separator: String) -> String {
        var result = ""
        for (index, character) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result += separator }
            result.append(character)
        }
        return result
    }
}
