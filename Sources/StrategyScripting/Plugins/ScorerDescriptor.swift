public import StrategyKit

/// A registered scorer: custom scoring of platforms or strategy drafts, picked by id.
public struct ScorerDescriptor: Sendable, Hashable, Codable {
    /// The scorer's position in the state's registry (1-based).
    public var index: Int
    /// The id users pick it by.
    public var id: String
    /// The plugin that registered it.
    public var pluginID: String
    /// `platform` or `draft`.
    public var subject: String
    /// What it measures.
    public var summary: LocalizedText

    enum CodingKeys: String, CodingKey {
        case index, id, subject, summary
        case pluginID = "plugin_id"
    }
}
