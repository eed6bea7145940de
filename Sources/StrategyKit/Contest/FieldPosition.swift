/// Where a field was written in its input file.
public struct FieldPosition: Sendable, Hashable, Codable {
    /// Line, starting at 1.
    public var line: Int
    /// Column, starting at 1.
    public var column: Int

    /// Creates a position.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
}
