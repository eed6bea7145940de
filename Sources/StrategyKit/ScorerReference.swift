/// A scorer as users pick it, by id, and as documents name it: what it scores, who provides it
/// and where its formula is.
public struct ScorerReference: Sendable, Hashable, Codable {
    /// What a scorer scores.
    public enum Subject: String, Sendable, Hashable, Codable, CaseIterable {
        /// Platforms for an organisation (the platform ranking).
        case platform
        /// Strategy drafts.
        case draft
    }

    /// The id users pick it by (`smkit report --scorer ID`).
    public var id: String
    /// What it scores.
    public var subject: Subject
    /// The plugin that registered it; `nil` for smkit's own.
    public var pluginID: String?
    /// Where the formula is: a plugin's file, or the Swift type of a built-in scorer.
    public var source: String
    /// What it measures.
    public var summary: LocalizedText

    /// Creates a reference.
    public init(id: String, subject: Subject, pluginID: String?, source: String, summary: LocalizedText) {
        self.id = id
        self.subject = subject
        self.pluginID = pluginID
        self.source = source
        self.summary = summary
    }

    /// smkit's platform ranking (``PlatformFitScorer``), the default for platforms.
    public static let platformFit = ScorerReference(
        id: "platform-fit", subject: .platform, pluginID: nil, source: "smkit: PlatformFitScorer",
        summary: LocalizedText(de: "Passung: Reichweite, Nutzen, Geschäftsmodell, Aufwand",
                               en: "Fit: reach, benefit, business model, effort"))

    /// smkit's pbsm evaluation (``DraftEvaluator``), the default for drafts and the one model named pbsm.
    public static let pbsm = ScorerReference(
        id: "pbsm", subject: .draft, pluginID: nil, source: "smkit: DraftEvaluator",
        summary: LocalizedText(de: "pbsm: Unternehmensnutzen, Ressourcen, Risiko, Wettbewerbsqualität",
                               en: "pbsm: company benefit, resources, risk, competitive quality"))
}
