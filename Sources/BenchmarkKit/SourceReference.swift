/// Where a metric definition comes from.
public struct SourceReference: Codable, Sendable, Hashable {
    public var name: String
    public var url: String

    public init(_ name: String, _ url: String) {
        self.name = name
        self.url = url
    }
}
