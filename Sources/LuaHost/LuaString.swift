/// A Lua string: bytes, not assumed to be UTF-8.
public struct LuaString: Sendable, Hashable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// The bytes, exactly as Lua holds them (embedded zeros included).
    public var bytes: [UInt8]

    public init(bytes: [UInt8]) { self.bytes = bytes }
    public init(_ string: String) { self.bytes = Array(string.utf8) }
    public init(stringLiteral value: String) { self.init(value) }

    /// The text when the bytes are valid UTF-8, else `nil`.
    public var utf8String: String? { String(validating: bytes, as: UTF8.self) }

    /// The text, with invalid UTF-8 sequences replaced by U+FFFD.
    public var description: String { String(decoding: bytes, as: UTF8.self) }

    public var count: Int { bytes.count }
}
