/// A titled part of a report, made of blocks; also the extension point for added sections.
///
/// Others add sections (a competitor benchmark, plugin findings) by building a
/// `ReportSection` and passing it to ``StrategyReport/extraSections``; every output format
/// renders it like the built-in ones, and JSON carries it unchanged.
public struct ReportSection: Sendable, Hashable, Codable, Identifiable {
    /// Stable id, used as the HTML anchor and JSON key, e.g. `benchmark`.
    public var id: String
    /// The heading.
    public var title: String
    /// The content in order.
    public var blocks: [ReportBlock]

    /// Creates a section.
    public init(id: String, title: String, blocks: [ReportBlock] = []) {
        self.id = id
        self.title = title
        self.blocks = blocks
    }
}
