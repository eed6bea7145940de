/// Decodes `Decodable` values from `LuaData` tables, so Lua tables cross into Swift types.
///
/// Errors name the path of the bad field (`goals[2].target: expected a number, got string`).
public struct LuaDataDecoder: Sendable {
    /// Reads `snake_case` keys into `camelCase` properties.
    public var convertFromSnakeCase: Bool

    public init(convertFromSnakeCase: Bool = true) { self.convertFromSnakeCase = convertFromSnakeCase }

    public func decode<T: Decodable>(_ type: T.Type, from data: LuaData) throws(LuaDecodingError) -> T {
        do {
            return try decodeValue(type, from: data, path: [])
        } catch let error as DecodingError {
            switch error {
            case .typeMismatch(_, let context), .valueNotFound(_, let context), .keyNotFound(_, let context),
                .dataCorrupted(let context):
                throw LuaDecodingError(message: context.debugDescription)
            @unknown default:
                throw LuaDecodingError(message: String(describing: error))
            }
        } catch {
            throw LuaDecodingError(message: String(describing: error))
        }
    }

    func decodeValue<T: Decodable>(_ type: T.Type, from data: LuaData, path: [any CodingKey]) throws -> T {
        let decoder = DataDecoder(data: data, codingPath: path, options: self)
        switch type {
        case is LuaData.Type: return data as! T
        case is String.Type: return try decoder.scalar(String.self) as! T
        case is Bool.Type: return try decoder.scalar(Bool.self) as! T
        case is Int.Type: return try decoder.scalar(Int.self) as! T
        case is Int64.Type: return try decoder.scalar(Int64.self) as! T
        case is Double.Type: return try decoder.scalar(Double.self) as! T
        default: return try T(from: decoder)
        }
    }

    func luaKey(_ key: any CodingKey) -> String {
        convertFromSnakeCase ? LuaKeyCase.snake(key.stringValue) : key.stringValue
    }
}

/// A value that could not be decoded, with the path of the bad field as Lua users spell it.
public struct LuaDecodingError: Error, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}

/// A coding path as Lua users read it: `goals[2].target` (1-based, snake_case).
func describe(_ path: [any CodingKey]) -> String {
    var text = ""
    for key in path {
        if let index = key.intValue {
            text += "[\(index + 1)]"
        } else {
            text += (text.isEmpty ? "" : ".") + LuaKeyCase.snake(key.stringValue)
        }
    }
    return text.isEmpty ? "value" : text
}

struct DataDecoder: Decoder {
    let data: LuaData
    var codingPath: [any CodingKey]
    let options: LuaDataDecoder
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func mismatch(_ expected: String) -> DecodingError {
        let got: String
        switch data {
        case .nil: got = "nil"
        case .boolean: got = "boolean"
        case .integer, .number: got = "number"
        case .string: got = "string"
        case .table: got = "table"
        case .opaque(let text): got = text
        }
        return DecodingError.typeMismatch(
            Any.self, .init(codingPath: codingPath, debugDescription: "\(describe(codingPath)): expected \(expected), got \(got)"))
    }

    func scalar<T>(_ type: T.Type) throws -> T {
        switch (type, data) {
        case (is String.Type, .string(let s)): return s.description as! T
        case (is Bool.Type, .boolean(let b)): return b as! T
        case (is Int.Type, .integer(let i)): return Int(i) as! T
        case (is Int.Type, .number(let d)) where Int(exactly: d) != nil: return Int(exactly: d)! as! T
        case (is Int64.Type, .integer(let i)): return i as! T
        case (is Int64.Type, .number(let d)) where Int64(exactly: d) != nil: return Int64(exactly: d)! as! T
        case (is Double.Type, .number(let d)): return d as! T
        case (is Double.Type, .integer(let i)): return Double(i) as! T
        default:
            let name = type == String.self ? "a string" : type == Bool.self ? "a boolean"
                : (type == Double.self ? "a number" : "an integer")
            throw mismatch(name)
        }
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .table(let entries) = data else { throw mismatch("a table") }
        var fields: [String: LuaData] = [:]
        for entry in entries { if case .string(let key) = entry.key { fields[key.description] = entry.value } }
        return KeyedDecodingContainer(KeyedDataContainer<Key>(fields: fields, codingPath: codingPath, options: options))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .table = data else { throw mismatch("a list") }
        return UnkeyedDataContainer(items: data.arrayValues, codingPath: codingPath, options: options)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        SingleDataContainer(decoder: self)
    }
}

struct KeyedDataContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let fields: [String: LuaData]
    var codingPath: [any CodingKey]
    let options: LuaDataDecoder

    var allKeys: [Key] {
        fields.keys.compactMap { Key(stringValue: options.convertFromSnakeCase ? LuaKeyCase.camel($0) : $0) }
    }

    private func value(_ key: Key) -> LuaData { fields[options.luaKey(key)] ?? fields[key.stringValue] ?? .nil }

    func contains(_ key: Key) -> Bool { !value(key).isNilData }
    func decodeNil(forKey key: Key) throws -> Bool { value(key).isNilData }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        var data = value(key)
        // A list or map left out in Lua reads as empty: Lua tables cannot hold an empty field.
        if data.isNilData, T.self is any ExpressibleByArrayLiteral.Type || T.self is any ExpressibleByDictionaryLiteral.Type {
            data = .table([])
        }
        if data.isNilData, !(T.self is any ExpressibleByNilLiteral.Type) {
            throw DecodingError.keyNotFound(
                key, .init(codingPath: codingPath, debugDescription: "\(describe(codingPath + [key])): missing field"))
        }
        return try options.decodeValue(type, from: data, path: codingPath + [key])
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
        -> KeyedDecodingContainer<NestedKey>
    {
        try DataDecoder(data: value(key), codingPath: codingPath + [key], options: options).container(keyedBy: type)
    }
    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try DataDecoder(data: value(key), codingPath: codingPath + [key], options: options).unkeyedContainer()
    }
    func superDecoder() throws -> any Decoder { DataDecoder(data: fields["super"] ?? .nil, codingPath: codingPath, options: options) }
    func superDecoder(forKey key: Key) throws -> any Decoder {
        DataDecoder(data: value(key), codingPath: codingPath + [key], options: options)
    }
}

struct IndexKey: CodingKey {
    var stringValue: String { String(intValue!) }
    var intValue: Int?
    init(_ index: Int) { intValue = index }
    init?(stringValue: String) { nil }
    init?(intValue: Int) { self.intValue = intValue }
}

struct UnkeyedDataContainer: UnkeyedDecodingContainer {
    let items: [LuaData]
    var codingPath: [any CodingKey]
    let options: LuaDataDecoder
    var currentIndex = 0
    var count: Int? { items.count }
    var isAtEnd: Bool { currentIndex >= items.count }

    mutating func next() throws -> (LuaData, [any CodingKey]) {
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(
                Any.self, .init(codingPath: codingPath, debugDescription: "\(describe(codingPath)): list is too short"))
        }
        defer { currentIndex += 1 }
        return (items[currentIndex], codingPath + [IndexKey(currentIndex)])
    }

    mutating func decodeNil() throws -> Bool {
        if !isAtEnd, items[currentIndex].isNilData {
            currentIndex += 1
            return true
        }
        return false
    }
    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        let (data, path) = try next()
        return try options.decodeValue(type, from: data, path: path)
    }
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        let (data, path) = try next()
        return try DataDecoder(data: data, codingPath: path, options: options).container(keyedBy: type)
    }
    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        let (data, path) = try next()
        return try DataDecoder(data: data, codingPath: path, options: options).unkeyedContainer()
    }
    mutating func superDecoder() throws -> any Decoder {
        let (data, path) = try next()
        return DataDecoder(data: data, codingPath: path, options: options)
    }
}

struct SingleDataContainer: SingleValueDecodingContainer {
    let decoder: DataDecoder
    var codingPath: [any CodingKey] { decoder.codingPath }
    func decodeNil() -> Bool { decoder.data.isNilData }
    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try decoder.options.decodeValue(type, from: decoder.data, path: decoder.codingPath)
    }
}

extension LuaData {
    var isNilData: Bool { if case .nil = self { true } else { false } }
}
