/// Reads the entries of a tar stream (POSIX ustar, pax extended headers, GNU long names).
///
/// Only what a plugin needs is accepted: regular files and folders. Links, devices, FIFOs and
/// sparse files are refused with the entry's name; so are names that are absolute or contain
/// `..` (checked by ``PluginPackage``, which receives the names as written).
enum TarReader {
    /// One member of the archive.
    struct Entry: Equatable {
        /// What it is.
        enum Kind: Equatable {
            case file
            case directory
            /// Anything else, with words for it (`a symbolic link to /etc/passwd`).
            case refused(String)
        }

        /// The name as written in the archive (pax `path` or GNU long name when present).
        var name: String
        var kind: Kind
        var data: [UInt8]
    }

    /// The entries of `bytes`, in archive order.
    static func entries(_ bytes: [UInt8], archive: String) throws(PluginInstallError) -> [Entry] {
        var entries: [Entry] = []
        var offset = 0
        var paxPath: String?
        var paxSize: Int?
        var longName: String?
        func corrupt(_ what: String) -> PluginInstallError {
            PluginInstallError(.corruptArchive, "\(archive): not a valid tar archive: \(what)")
        }
        while true {
            guard offset + 512 <= bytes.count else {
                // Archives end with two zero blocks; some writers stop after one, or none.
                if offset == bytes.count || bytes[offset...].allSatisfy({ $0 == 0 }) { break }
                throw corrupt("the archive ends inside a header (truncated)")
            }
            let header = Array(bytes[offset ..< offset + 512])
            if header.allSatisfy({ $0 == 0 }) { break }
            guard checksumMatches(header) else { throw corrupt("bad header checksum at byte \(offset)") }
            let type = header[156]
            guard let headerSize = number(header[124 ..< 136]) else { throw corrupt("bad size field at byte \(offset)") }
            let size = paxSize ?? headerSize
            let start = offset + 512
            guard size >= 0, start + size <= bytes.count else { throw corrupt("the archive ends inside an entry (truncated)") }
            let data = Array(bytes[start ..< start + size])
            offset = start + (size + 511) / 512 * 512
            var name = text(header[0 ..< 100])
            if header[257 ..< 262].elementsEqual(Array("ustar".utf8)) {
                let prefix = text(header[345 ..< 500])
                if !prefix.isEmpty && header[263 ..< 265].elementsEqual(Array("00".utf8)) { name = prefix + "/" + name }
            }
            switch type {
            case UInt8(ascii: "x"):
                let fields = paxFields(data)
                paxPath = fields["path"]
                paxSize = fields["size"].flatMap { Int($0) }
                continue
            case UInt8(ascii: "g"):
                continue  // global pax header: nothing in it matters here
            case UInt8(ascii: "L"):
                longName = text(data[...])
                continue
            case UInt8(ascii: "K"):
                continue  // GNU long link name: links are refused anyway
            default:
                break
            }
            if let longName { name = longName }
            if let paxPath { name = paxPath }
            paxPath = nil
            paxSize = nil
            longName = nil
            let link = text(header[157 ..< 257])
            let kind: Entry.Kind = switch type {
            case 0, UInt8(ascii: "0"), UInt8(ascii: "7"): .file
            case UInt8(ascii: "5"): .directory
            case UInt8(ascii: "1"): .refused("a hard link to \(link)")
            case UInt8(ascii: "2"): .refused("a symbolic link to \(link)")
            case UInt8(ascii: "3"): .refused("a character device")
            case UInt8(ascii: "4"): .refused("a block device")
            case UInt8(ascii: "6"): .refused("a FIFO")
            case UInt8(ascii: "S"): .refused("a sparse file")
            default: .refused("an entry of unsupported type '\(String(UnicodeScalar(type)))'")
            }
            entries.append(Entry(name: name, kind: kind, data: kind == .file ? data : []))
        }
        return entries
    }

    /// The sum of the header's bytes with the checksum field read as spaces (signed or unsigned).
    static func checksumMatches(_ header: [UInt8]) -> Bool {
        guard let stored = number(header[148 ..< 156]) else { return false }
        var unsigned = 0, signed = 0
        for (index, byte) in header.enumerated() {
            let value = (148 ..< 156).contains(index) ? 0x20 : byte
            unsigned += Int(value)
            signed += Int(Int8(bitPattern: value))
        }
        return stored == unsigned || stored == signed
    }

    /// An octal field (NUL- or space-terminated), or GNU's base-256 form for large numbers.
    static func number(_ field: ArraySlice<UInt8>) -> Int? {
        guard let first = field.first else { return nil }
        if first & 0x80 != 0 {
            var value = Int(first & 0x7f)
            for byte in field.dropFirst() {
                guard value < Int.max >> 8 else { return nil }
                value = value << 8 | Int(byte)
            }
            return value
        }
        let digits = field.drop { $0 == 0x20 }.prefix { $0 != 0 && $0 != 0x20 }
        if digits.isEmpty { return 0 }
        var value = 0
        for byte in digits {
            guard (UInt8(ascii: "0") ... UInt8(ascii: "7")).contains(byte), value < Int.max >> 3 else { return nil }
            value = value << 3 | Int(byte - UInt8(ascii: "0"))
        }
        return value
    }

    /// A NUL-terminated text field.
    static func text(_ field: ArraySlice<UInt8>) -> String {
        String(decoding: field.prefix { $0 != 0 }, as: UTF8.self)
    }

    /// The records of a pax extended header: `LENGTH key=value\n`.
    static func paxFields(_ data: [UInt8]) -> [String: String] {
        var fields: [String: String] = [:]
        var index = 0
        while index < data.count {
            guard let space = data[index...].firstIndex(of: 0x20),
                  let length = Int(String(decoding: data[index ..< space], as: UTF8.self)), length > 0,
                  index + length <= data.count
            else { break }
            let record = data[(space + 1) ..< (index + length)].dropLast()  // without the newline
            if let equals = record.firstIndex(of: UInt8(ascii: "=")) {
                fields[String(decoding: record[..<equals], as: UTF8.self)] =
                    String(decoding: record[(equals + 1)...], as: UTF8.self)
            }
            index += length
        }
        return fields
    }
}
