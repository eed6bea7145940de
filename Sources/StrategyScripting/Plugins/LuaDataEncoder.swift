public import LuaHost

/// Encodes `Encodable` values as detached Lua data, keys in snake_case (as in the YAML files).
///
/// Optionals that are `nil` are left out, so a plugin sees `nil` for them; `Int` becomes
/// a Lua integer, `Double` a float, arrays sequences and structs records.
public struct LuaDataEncoder {
    /// Creates an encoder.
    public init() {}

    /// The value as Lua data.
    public func encode<T: Encodable>(_ value: T) throws -> LuaData {
        let root = Slot()
        try encodeValue(value, into: root, path: [])
        return root.value.data
    }

    /// `camelCase` to `snake_case`; keys that are already snake_case stay as they are.
    static func snakeCase(_ key: String) -> String {
        // ASCII test first: Unicode case properties are slow and keys are ASCII.
        guard key.utf8.contains(where: { $0 >= 65 && $0 <= 90 }) else { return key }
        var result = ""
        for character in key {
            if character.isUppercase {
                if !result.isEmpty && result.last != "_" { result.append("_") }
                result += character.lowercased()
            } else {
                result.append(character)
            }
        }
        return result
    }
}

/// A node of the tree being built; containers are classes so nested encoders can fill them later.
private final class Slot {
    enum Value {
        case data(LuaData)
        case keyed(KeyedStorage)
        case unkeyed(UnkeyedStorage)

        var data: LuaData {
            switch self {
            case .data(let d): d
            case .keyed(let k): .table(k.entries.map { LuaData.Entry(.string($0.0), $0.1.value.data) })
            case .unkeyed(let u): .array(u.items.map { $0.value.data })
            }
        }
    }
    var value: Value = .data(.nil)
}

private final class KeyedStorage { var entries: [(String, Slot)] = [] }
private final class UnkeyedStorage { var items: [Slot] = [] }

private struct TreeEncoder: Encoder {
    var codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    let slot: Slot

    init(codingPath: [any CodingKey], slot: Slot) {
        self.codingPath = codingPath
        self.slot = slot
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        let keyed: KeyedStorage
        if case .keyed(let existing) = slot.value { keyed = existing } else {
            keyed = KeyedStorage()
            slot.value = .keyed(keyed)
        }
        return KeyedEncodingContainer(KeyedContainer<Key>(storage: keyed, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        let unkeyed: UnkeyedStorage
        if case .unkeyed(let existing) = slot.value { unkeyed = existing } else {
            unkeyed = UnkeyedStorage()
            slot.value = .unkeyed(unkeyed)
        }
        return UnkeyedContainer(storage: unkeyed, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { SingleContainer(slot: slot, codingPath: codingPath) }
}

private func encodeValue<T: Encodable>(_ value: T, into slot: Slot, path: [any CodingKey]) throws {
    switch value {
    case let v as String: slot.value = .data(.string(v))
    case let v as Int: slot.value = .data(.integer(Int64(v)))
    case let v as Double: slot.value = .data(.number(v))
    case let v as Bool: slot.value = .data(.boolean(v))
    default: try value.encode(to: TreeEncoder(codingPath: path, slot: slot))
    }
}

private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let storage: KeyedStorage
    var codingPath: [any CodingKey]

    private func slot(for key: Key) -> Slot {
        let slot = Slot()
        storage.entries.append((LuaDataEncoder.snakeCase(key.stringValue), slot))
        return slot
    }

    mutating func encodeNil(forKey key: Key) throws {}
    mutating func encode(_ value: Bool, forKey key: Key) throws { slot(for: key).value = .data(.boolean(value)) }
    mutating func encode(_ value: String, forKey key: Key) throws { slot(for: key).value = .data(.string(value)) }
    mutating func encode(_ value: Double, forKey key: Key) throws { slot(for: key).value = .data(.number(value)) }
    mutating func encode(_ value: Float, forKey key: Key) throws { slot(for: key).value = .data(.number(Double(value))) }
    mutating func encode(_ value: Int, forKey key: Key) throws { slot(for: key).value = .data(.integer(Int64(value))) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { slot(for: key).value = .data(.integer(value)) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try encodeValue(value, into: slot(for: key), path: codingPath + [key])
    }
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type,
                                                         forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        TreeEncoder(codingPath: codingPath + [key], slot: slot(for: key)).container(keyedBy: keyType)
    }
    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        TreeEncoder(codingPath: codingPath + [key], slot: slot(for: key)).unkeyedContainer()
    }
    mutating func superEncoder() -> any Encoder { TreeEncoder(codingPath: codingPath, slot: Slot()) }
    mutating func superEncoder(forKey key: Key) -> any Encoder { TreeEncoder(codingPath: codingPath + [key], slot: slot(for: key)) }
}

private struct IndexKey: CodingKey {
    var stringValue: String
    var intValue: Int?
    init(_ index: Int) { stringValue = String(index); intValue = index }
    init?(stringValue: String) { return nil }
    init?(intValue: Int) { self.init(intValue) }
}

private struct UnkeyedContainer: UnkeyedEncodingContainer {
    let storage: UnkeyedStorage
    var codingPath: [any CodingKey]
    var count: Int { storage.items.count }

    private func next() -> Slot {
        let slot = Slot()
        storage.items.append(slot)
        return slot
    }

    mutating func encodeNil() throws { next().value = .data(.nil) }
    mutating func encode(_ value: Bool) throws { next().value = .data(.boolean(value)) }
    mutating func encode(_ value: String) throws { next().value = .data(.string(value)) }
    mutating func encode(_ value: Double) throws { next().value = .data(.number(value)) }
    mutating func encode(_ value: Int) throws { next().value = .data(.integer(Int64(value))) }
    mutating func encode<T: Encodable>(_ value: T) throws {
        try encodeValue(value, into: next(), path: codingPath + [IndexKey(count)])
    }
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        TreeEncoder(codingPath: codingPath, slot: next()).container(keyedBy: keyType)
    }
    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        TreeEncoder(codingPath: codingPath, slot: next()).unkeyedContainer()
    }
    mutating func superEncoder() -> any Encoder { TreeEncoder(codingPath: codingPath, slot: next()) }
}

private struct SingleContainer: SingleValueEncodingContainer {
    let slot: Slot
    var codingPath: [any CodingKey]
    mutating func encodeNil() throws { slot.value = .data(.nil) }
    mutating func encode(_ value: Bool) throws { slot.value = .data(.boolean(value)) }
    mutating func encode(_ value: String) throws { slot.value = .data(.string(value)) }
    mutating func encode(_ value: Double) throws { slot.value = .data(.number(value)) }
    mutating func encode(_ value: Int) throws { slot.value = .data(.integer(Int64(value))) }
    mutating func encode<T: Encodable>(_ value: T) throws { try encodeValue(value, into: slot, path: codingPath) }
}
