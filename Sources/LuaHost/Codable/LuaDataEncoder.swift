/// Encodes `Encodable` values as `LuaData` tables, so Swift types cross into Lua as tables.
///
/// Keyed containers become records, unkeyed ones sequences; `nil` optionals are
/// left out, as a Lua table cannot hold `nil`. Integers stay integers.
public struct LuaDataEncoder: Sendable {
    /// Converts `camelCase` property names to `snake_case` keys, as Lua code usually spells them.
    public var convertToSnakeCase: Bool

    public init(convertToSnakeCase: Bool = true) { self.convertToSnakeCase = convertToSnakeCase }

    public func encode<T: Encodable>(_ value: T) throws -> LuaData {
        let root = EncodingNode()
        try value.encode(to: NodeEncoder(node: root, codingPath: [], options: self))
        return root.data
    }

    /// `camelCase` to `snake_case` as keys are converted (`budgetPerMonth` → `budget_per_month`).
    public static func snakeCase(_ key: String) -> String { LuaKeyCase.snake(key) }

    func key(_ key: any CodingKey) -> String {
        convertToSnakeCase ? LuaKeyCase.snake(key.stringValue) : key.stringValue
    }
}

/// Converts between Swift's camelCase and Lua's snake_case key spelling.
enum LuaKeyCase {
    static func snake(_ name: String) -> String {
        var result = ""
        var previousWasLower = false
        for character in name {
            if character.isUppercase {
                if previousWasLower { result.append("_") }
                result.append(contentsOf: character.lowercased())
                previousWasLower = false
            } else {
                result.append(character)
                previousWasLower = character.isLowercase || character.isNumber
            }
        }
        return result
    }

    static func camel(_ name: String) -> String {
        let parts = name.split(separator: "_", omittingEmptySubsequences: true)
        guard let first = parts.first else { return name }
        return String(first) + parts.dropFirst().map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }
}

/// A mutable tree the containers write into.
final class EncodingNode {
    enum Content {
        case empty
        case value(LuaData)
        case keyed([(String, EncodingNode)])
        case unkeyed([EncodingNode])
    }
    var content: Content = .empty

    var data: LuaData {
        switch content {
        case .empty: .nil
        case .value(let data): data
        case .keyed(let fields):
            .table(fields.filter { !$0.1.isNil }.map { LuaData.Entry(.string(LuaString($0.0)), $0.1.data) })
        case .unkeyed(let items): .array(items.map(\.data))
        }
    }

    var isNil: Bool {
        switch content {
        case .empty: true
        case .value(.nil): true
        default: false
        }
    }

    func keyedChild(_ key: String) -> EncodingNode {
        let child = EncodingNode()
        var fields: [(String, EncodingNode)] = []
        if case .keyed(let existing) = content { fields = existing }
        fields.removeAll { $0.0 == key }
        fields.append((key, child))
        content = .keyed(fields)
        return child
    }

    func appendChild() -> EncodingNode {
        let child = EncodingNode()
        var items: [EncodingNode] = []
        if case .unkeyed(let existing) = content { items = existing }
        items.append(child)
        content = .unkeyed(items)
        return child
    }
}

struct NodeEncoder: Encoder {
    let node: EncodingNode
    var codingPath: [any CodingKey]
    let options: LuaDataEncoder
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if case .keyed = node.content {} else { node.content = .keyed([]) }
        return KeyedEncodingContainer(KeyedNodeContainer<Key>(node: node, codingPath: codingPath, options: options))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if case .unkeyed = node.content {} else { node.content = .unkeyed([]) }
        return UnkeyedNodeContainer(node: node, codingPath: codingPath, options: options)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleNodeContainer(node: node, codingPath: codingPath, options: options)
    }
}

/// Encodes one value into a node: scalars directly, everything else through its `encode(to:)`.
private func encodeValue<T: Encodable>(_ value: T, into node: EncodingNode, path: [any CodingKey], options: LuaDataEncoder) throws {
    switch value {
    case let v as LuaData: node.content = .value(v)
    case let v as String: node.content = .value(.string(LuaString(v)))
    case let v as Bool: node.content = .value(.boolean(v))
    case let v as Int: node.content = .value(.integer(Int64(v)))
    case let v as Int64: node.content = .value(.integer(v))
    case let v as Int32: node.content = .value(.integer(Int64(v)))
    case let v as Double: node.content = .value(.number(v))
    case let v as Float: node.content = .value(.number(Double(v)))
    default: try value.encode(to: NodeEncoder(node: node, codingPath: path, options: options))
    }
}

struct KeyedNodeContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let node: EncodingNode
    var codingPath: [any CodingKey]
    let options: LuaDataEncoder

    mutating func encodeNil(forKey key: Key) throws {}
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try encodeValue(value, into: node.keyedChild(options.key(key)), path: codingPath + [key], options: options)
    }
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
        -> KeyedEncodingContainer<NestedKey>
    {
        NodeEncoder(node: node.keyedChild(options.key(key)), codingPath: codingPath + [key], options: options)
            .container(keyedBy: keyType)
    }
    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        NodeEncoder(node: node.keyedChild(options.key(key)), codingPath: codingPath + [key], options: options)
            .unkeyedContainer()
    }
    mutating func superEncoder() -> any Encoder {
        NodeEncoder(node: node.keyedChild("super"), codingPath: codingPath, options: options)
    }
    mutating func superEncoder(forKey key: Key) -> any Encoder {
        NodeEncoder(node: node.keyedChild(options.key(key)), codingPath: codingPath + [key], options: options)
    }
}

struct UnkeyedNodeContainer: UnkeyedEncodingContainer {
    let node: EncodingNode
    var codingPath: [any CodingKey]
    let options: LuaDataEncoder
    var count: Int {
        if case .unkeyed(let items) = node.content { return items.count }
        return 0
    }

    mutating func encodeNil() throws { node.appendChild().content = .value(.nil) }
    mutating func encode<T: Encodable>(_ value: T) throws {
        try encodeValue(value, into: node.appendChild(), path: codingPath, options: options)
    }
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        NodeEncoder(node: node.appendChild(), codingPath: codingPath, options: options).container(keyedBy: keyType)
    }
    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        NodeEncoder(node: node.appendChild(), codingPath: codingPath, options: options).unkeyedContainer()
    }
    mutating func superEncoder() -> any Encoder {
        NodeEncoder(node: node.appendChild(), codingPath: codingPath, options: options)
    }
}

struct SingleNodeContainer: SingleValueEncodingContainer {
    let node: EncodingNode
    var codingPath: [any CodingKey]
    let options: LuaDataEncoder

    mutating func encodeNil() throws { node.content = .value(.nil) }
    mutating func encode<T: Encodable>(_ value: T) throws {
        try encodeValue(value, into: node, path: codingPath, options: options)
    }
}
