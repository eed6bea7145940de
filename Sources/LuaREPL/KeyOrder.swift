import LuaHost

/// A total order on table keys for printing: numbers, then strings (by bytes),
/// then booleans, then everything else by type name.
struct KeyOrder: Comparable {
    let rank: Int
    let number: Double
    let bytes: [UInt8]

    init(key: LuaValue) {
        switch key {
        case .integer(let i): (rank, number, bytes) = (0, Double(i), [])
        case .number(let d): (rank, number, bytes) = (0, d, [])
        case .string(let s): (rank, number, bytes) = (1, 0, s.bytes)
        case .boolean(let b): (rank, number, bytes) = (2, b ? 1 : 0, [])
        default: (rank, number, bytes) = (3, 0, Array(key.typeName.utf8))
        }
    }

    static func < (a: KeyOrder, b: KeyOrder) -> Bool {
        if a.rank != b.rank { return a.rank < b.rank }
        if a.number != b.number { return a.number < b.number }
        return a.bytes.lexicographicallyPrecedes(b.bytes)
    }

    static func == (a: KeyOrder, b: KeyOrder) -> Bool {
        a.rank == b.rank && a.number == b.number && a.bytes == b.bytes
    }
}
