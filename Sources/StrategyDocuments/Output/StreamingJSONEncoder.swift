public import Foundation

/// Writes `Encodable` values as JSON straight into a byte buffer: the one JSON encoder of
/// every smkit output (``JSONOutput`` is it, indented).
///
/// Foundation's `JSONEncoder` builds a tree of the whole value first; for a million-row
/// benchmark result that tree costs more memory than the data. This writer keeps no
/// tree: keys come in declaration order, dictionary keys sorted (so two runs give the
/// same bytes), containers are closed when the value that opened them has finished
/// encoding.
public struct StreamingJSONEncoder {
    /// Two-space indentation and a space after each colon; compact when `false`.
    public var indented: Bool

    public init(indented: Bool = false) { self.indented = indented }

    public func encode(_ value: some Encodable) throws -> Data {
        let writer = JSONByteWriter(indented: indented)
        try writer.value(value)
        writer.bytes.append(0x0A)
        return Data(writer.bytes)
    }
}

/// The shared output and the stack of open containers.
final class JSONByteWriter {
    var bytes: [UInt8] = []
    /// For each open container: its closing byte and whether it has an element yet.
    var open: [(close: UInt8, hasElement: Bool)] = []
    let indented: Bool

    init(indented: Bool = false) {
        self.indented = indented
        bytes.reserveCapacity(1 << 16)
    }

    /// Encodes one value, closing whatever containers it opened.
    func value(_ value: some Encodable) throws {
        switch value {
        case let v as String: string(v)
        case let v as Bool: append(v ? "true" : "false")
        case let v as Int: append(String(v))
        case let v as Int64: append(String(v))
        case let v as Int32: append(String(v))
        case let v as Int16: append(String(v))
        case let v as Int8: append(String(v))
        case let v as UInt: append(String(v))
        case let v as UInt64: append(String(v))
        case let v as UInt32: append(String(v))
        case let v as UInt16: append(String(v))
        case let v as UInt8: append(String(v))
        case let v as Double: number(v)
        case let v as Float: number(Double(v))
        case let v as any SortedJSONObject: try v.writeSorted(to: self)
        default:
            let depth = open.count
            try value.encode(to: JSONStreamEncoder(writer: self))
            close(above: depth)
        }
    }

    /// Writes an object whose keys are sorted, for dictionaries (whose order changes per process).
    func object(_ pairs: [(key: String, value: any Encodable)]) throws {
        bytes.append(0x7B)
        open.append((0x7D, false))
        let level = open.count
        for pair in pairs.sorted(by: { $0.key < $1.key }) {
            close(above: level)
            separator()
            string(pair.key)
            colon()
            try value(pair.value)
        }
        close(above: level - 1)
    }

    func colon() {
        bytes.append(0x3A)
        if indented { bytes.append(0x20) }
    }

    /// A line break and the indentation of the current depth (indented output only).
    private func newline(depth: Int) {
        guard indented else { return }
        bytes.append(0x0A)
        bytes.append(contentsOf: repeatElement(0x20, count: 2 * depth))
    }

    func number(_ d: Double) {
        if d.isFinite {
            if d == d.rounded(), abs(d) < 1e15 { append(String(Int64(d))) } else { append(String(d)) }
        } else {
            string(d.isNaN ? "nan" : (d < 0 ? "-inf" : "inf"))
        }
    }

    func append(_ text: String) { bytes.append(contentsOf: text.utf8) }

    func string(_ text: String) {
        bytes.append(0x22)
        for byte in text.utf8 {
            switch byte {
            case 0x22: bytes.append(contentsOf: [0x5C, 0x22])
            case 0x5C: bytes.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: bytes.append(contentsOf: [0x5C, 0x6E])
            case 0x0D: bytes.append(contentsOf: [0x5C, 0x72])
            case 0x09: bytes.append(contentsOf: [0x5C, 0x74])
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 15)]])
            default: bytes.append(byte)
            }
        }
        bytes.append(0x22)
    }

    /// Opens a container unless the innermost open one was opened by the same value.
    func openContainer(_ opening: UInt8, _ closing: UInt8, at depth: Int) {
        if open.count > depth { return }  // a second container request from the same value
        bytes.append(opening)
        open.append((closing, false))
    }

    /// Closes containers deeper than `level` (nested containers of an earlier element).
    func close(above level: Int) {
        while open.count > level {
            let container = open.removeLast()
            if container.hasElement { newline(depth: open.count) }
            bytes.append(container.close)
        }
    }

    /// Writes the separator before an element of the innermost container.
    func separator() {
        guard !open.isEmpty else { return }
        if open[open.count - 1].hasElement { bytes.append(0x2C) } else { open[open.count - 1].hasElement = true }
        newline(depth: open.count)
    }
}

struct JSONStreamEncoder: Encoder {
    let writer: JSONByteWriter
    let depth: Int
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(writer: JSONByteWriter) {
        self.writer = writer
        self.depth = writer.open.count
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        writer.openContainer(0x7B, 0x7D, at: depth)
        return KeyedEncodingContainer(JSONKeyedStream<Key>(writer: writer))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        writer.openContainer(0x5B, 0x5D, at: depth)
        return JSONUnkeyedStream(writer: writer)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { JSONSingleStream(writer: writer) }
}

struct JSONKeyedStream<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let writer: JSONByteWriter
    /// The open-container count with this container open: deeper ones belong to earlier fields.
    let level: Int
    var codingPath: [any CodingKey] { [] }

    init(writer: JSONByteWriter) {
        self.writer = writer
        self.level = writer.open.count
    }

    private func key(_ key: Key) {
        writer.close(above: level)
        writer.separator()
        writer.string(key.stringValue)
        writer.colon()
    }

    mutating func encodeNil(forKey key: Key) throws {
        self.key(key)
        writer.append("null")
    }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        self.key(key)
        try writer.value(value)
    }
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
        -> KeyedEncodingContainer<NestedKey>
    {
        self.key(key)
        writer.bytes.append(0x7B)
        writer.open.append((0x7D, false))
        return KeyedEncodingContainer(JSONKeyedStream<NestedKey>(writer: writer))
    }
    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        self.key(key)
        writer.bytes.append(0x5B)
        writer.open.append((0x5D, false))
        return JSONUnkeyedStream(writer: writer)
    }
    mutating func superEncoder() -> any Encoder { JSONStreamEncoder(writer: writer) }
    mutating func superEncoder(forKey key: Key) -> any Encoder {
        self.key(key)
        return JSONStreamEncoder(writer: writer)
    }
}

struct JSONUnkeyedStream: UnkeyedEncodingContainer {
    let writer: JSONByteWriter
    let level: Int
    var codingPath: [any CodingKey] { [] }
    var count = 0

    init(writer: JSONByteWriter) {
        self.writer = writer
        self.level = writer.open.count
    }

    mutating func encodeNil() throws {
        writer.close(above: level)
        writer.separator()
        writer.append("null")
        count += 1
    }
    mutating func encode<T: Encodable>(_ value: T) throws {
        writer.close(above: level)
        writer.separator()
        try writer.value(value)
        count += 1
    }
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        writer.close(above: level)
        writer.separator()
        writer.bytes.append(0x7B)
        writer.open.append((0x7D, false))
        count += 1
        return KeyedEncodingContainer(JSONKeyedStream<NestedKey>(writer: writer))
    }
    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        writer.close(above: level)
        writer.separator()
        writer.bytes.append(0x5B)
        writer.open.append((0x5D, false))
        count += 1
        return JSONUnkeyedStream(writer: writer)
    }
    mutating func superEncoder() -> any Encoder {
        writer.separator()
        count += 1
        return JSONStreamEncoder(writer: writer)
    }
}

struct JSONSingleStream: SingleValueEncodingContainer {
    let writer: JSONByteWriter
    var codingPath: [any CodingKey] { [] }
    mutating func encodeNil() throws { writer.append("null") }
    mutating func encode<T: Encodable>(_ value: T) throws { try writer.value(value) }
}

/// Dictionaries with string keys: written with sorted keys by ``JSONByteWriter``.
protocol SortedJSONObject {
    func writeSorted(to writer: JSONByteWriter) throws
}

extension Dictionary: SortedJSONObject where Key == String, Value: Encodable {
    func writeSorted(to writer: JSONByteWriter) throws {
        try writer.object(map { (key: $0.key, value: $0.value as any Encodable) })
    }
}
