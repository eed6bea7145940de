/// Something an import decided or skipped on its own, in both languages: the
/// encoding it read, the separators it found, lines above the header, description
/// rows below it, a snapshot day. Every output format shows them.
public struct ImportNotice: Codable, Sendable, Hashable, CustomStringConvertible {
    /// A stable kind: `encoding`, `delimiter`, `numbers`, `dates`, `header`, `description-rows`,
    /// `snapshot`, `constant`, `lifetime`, `posts-per-row`.
    public var code: String
    public var en: String
    public var de: String

    public init(code: String, en: String, de: String) {
        self.code = code
        self.en = en
        self.de = de
    }

    public var description: String { en }
}
