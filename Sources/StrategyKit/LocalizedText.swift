/// A user-visible text in German and English.
///
/// Every message, label and reason the domain produces carries both languages so
/// reports and the Lua bridge can pick one without calling back into Swift.
public struct LocalizedText: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The German text.
    public var de: String
    /// The English text.
    public var en: String

    /// Creates a text from its German and English versions.
    public init(de: String, en: String) {
        self.de = de
        self.en = en
    }

    /// Creates a text from its English and German wording (English first, as metric catalogues write it).
    public init(en: String, de: String) {
        self.init(de: de, en: en)
    }

    /// Creates a text that reads the same in both languages (names, handles, numbers).
    public init(_ both: String) {
        self.de = both
        self.en = both
    }

    /// The text in the given language.
    public func text(in language: Language) -> String {
        switch language {
        case .de: de
        case .en: en
        }
    }

    /// The text in the given language.
    public subscript(language: Language) -> String { text(in: language) }

    /// The English text, so `print` and string interpolation stay readable in logs.
    public var description: String { en }
}
