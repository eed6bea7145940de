public import StrategyKit

/// Picks the German or English variant of a text while a document is assembled.
public struct Localizer: Sendable {
    /// The language chosen.
    public var language: Language

    /// Creates a localizer.
    public init(_ language: Language) {
        self.language = language
    }

    /// The variant for the chosen language.
    public func callAsFunction(_ de: String, _ en: String) -> String {
        language == .de ? de : en
    }

    /// The text in the chosen language.
    public func callAsFunction(_ text: LocalizedText) -> String {
        text.text(in: language)
    }

    /// A number with the language's separators.
    public func number(_ value: Double, digits: Int = 2) -> String {
        NumberText.format(value, language, digits: digits)
    }

    /// A 0…1 share as a percentage.
    public func percent(_ share: Double) -> String {
        NumberText.percent(share, language)
    }

    /// Hours per week.
    public func hours(_ value: Double) -> String {
        NumberText.hoursPerWeek(value, language)
    }

    /// An amount in euros.
    public func euros(_ value: Double) -> String {
        NumberText.euros(value, language)
    }

    /// A list joined as people write it: "a, b and c" / "a, b und c".
    public func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + (language == .de ? " und " : " and ") + items.last!
    }
}
