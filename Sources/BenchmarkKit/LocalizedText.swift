/// Text in German and English.
public struct LocalizedText: Codable, Sendable, Hashable {
    public var en: String
    public var de: String

    public init(en: String, de: String) {
        self.en = en
        self.de = de
    }

    /// The text for a language code (`de` or anything else → English).
    public func text(for language: String) -> String { language.lowercased().hasPrefix("de") ? de : en }
}
