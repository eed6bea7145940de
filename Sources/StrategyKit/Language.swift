/// A language the toolkit writes user-visible text in.
public enum Language: String, Sendable, Hashable, Codable, CaseIterable {
    /// German, the language of the seed material and the default audience.
    case de
    /// English.
    case en
}
