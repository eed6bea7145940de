public import StrategyDocuments

/// A guidelines document that Lua code edits in place (`smkit.Guidelines`).
public final class GuidelinesHandle {
    public var document: GuidelinesDocument
    public init(_ document: GuidelinesDocument) { self.document = document }
}
