// Reads fuzz input bytes as a little program: numbers, choices and byte strings.
// Once the input is used up every read returns zero, so each input is a finite program.
struct FuzzInput {
    let bytes: UnsafeBufferPointer<UInt8>
    var position = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    var isEmpty: Bool { position >= bytes.count }

    mutating func byte() -> UInt8 {
        guard position < bytes.count else { return 0 }
        defer { position += 1 }
        return bytes[position]
    }

    /// 0..<bound.
    mutating func choice(_ bound: Int) -> Int { bound <= 1 ? 0 : Int(byte()) % bound }

    mutating func bool() -> Bool { byte() & 1 == 1 }

    mutating func uint64() -> UInt64 {
        var v: UInt64 = 0
        for i in 0..<8 { v |= UInt64(byte()) << (8 * UInt64(i)) }
        return v
    }

    /// A length-prefixed byte string (any bytes), at most `max` long.
    mutating func string(max: Int = 64) -> [UInt8] {
        let n = min(Int(byte()), max, bytes.count - min(position, bytes.count))
        let start = min(position, bytes.count)
        position = start + n
        return Array(bytes[start..<start + n])
    }

    /// The bytes not read yet.
    mutating func rest() -> [UInt8] {
        let start = min(position, bytes.count)
        position = bytes.count
        return Array(bytes[start...])
    }
}

/// A configuration number from the environment, for example SMKIT_FUZZ_MAX_DEPTH.
func fuzzSetting(_ name: String, default value: Int) -> Int {
    guard let raw = getenv(name), let n = Int(String(cString: raw)) else { return value }
    return n
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
