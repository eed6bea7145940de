/// Interns byte strings to small integers without creating a `String` per
/// lookup (open addressing over FNV-1a hashes, with a last-hit cache).
struct ByteInterner {
    private(set) var names: [String] = []
    private var bytes: [UInt8] = []
    private var offsets: [Int] = [0]
    private var table: [Int32] = Array(repeating: -1, count: 64)
    private var hashes: [UInt64] = []
    private var lastID: Int32 = -1

    var count: Int { names.count }

    @inline(__always)
    private func equals(_ id: Int32, _ p: UnsafePointer<UInt8>, _ s: Int, _ e: Int) -> Bool {
        let a = offsets[Int(id)], b = offsets[Int(id) + 1]
        if b - a != e - s { return false }
        var k = 0
        while k < b - a {
            if bytes[a + k] != p[s + k] { return false }
            k += 1
        }
        return true
    }

    @inline(__always)
    mutating func intern(_ p: UnsafePointer<UInt8>, _ s: Int, _ e: Int) -> Int32 {
        if lastID >= 0 && equals(lastID, p, s, e) { return lastID }
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for i in s..<e { h = (h ^ UInt64(p[i])) &* 0x100_0000_01b3 }
        let mask = table.count - 1
        var slot = Int(truncatingIfNeeded: h) & mask
        while true {
            let id = table[slot]
            if id < 0 { break }
            if hashes[Int(id)] == h && equals(id, p, s, e) { lastID = id; return id }
            slot = (slot + 1) & mask
        }
        let id = Int32(names.count)
        bytes.append(contentsOf: UnsafeBufferPointer(start: p + s, count: e - s))
        offsets.append(bytes.count)
        hashes.append(h)
        names.append(String(decoding: UnsafeBufferPointer(start: p + s, count: e - s), as: UTF8.self))
        table[slot] = id
        if names.count * 2 > table.count { rehash() }
        lastID = id
        return id
    }

    mutating func intern(_ s: String) -> Int32 {
        var u = Array(s.utf8)
        u.append(0)
        return u.withUnsafeBufferPointer { intern($0.baseAddress!, 0, $0.count - 1) }
    }

    private mutating func rehash() {
        var newTable = Array(repeating: Int32(-1), count: table.count * 2)
        let mask = newTable.count - 1
        for (id, h) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: h) & mask
            while newTable[slot] >= 0 { slot = (slot + 1) & mask }
            newTable[slot] = Int32(id)
        }
        table = newTable
    }
}
