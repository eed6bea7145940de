import CGzip

/// Inflates a gzip stream (`.tar.gz`, `.tgz`) with the system zlib, to at most a given size.
///
/// Concatenated gzip members (what `cat a.gz b.gz` gives) are inflated one after the other.
enum GzipDecoder {
    /// Why a stream could not be inflated.
    enum Failure: Error, Equatable {
        /// zlib found the data corrupt or cut short; its message.
        case corrupt(String)
        /// The inflated data would be larger than the limit.
        case tooLarge
    }

    /// The inflated bytes of `input`, at most `limit` of them.
    static func decode(_ input: [UInt8], limit: Int) throws(Failure) -> [UInt8] {
        var output: [UInt8] = []
        var stream = z_stream()
        guard czlib_inflate_init_gzip(&stream) == Z_OK else { throw .corrupt("zlib could not start") }
        defer { inflateEnd(&stream) }
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        var failure: Failure?
        input.withUnsafeBufferPointer { inBuffer in
            stream.next_in = UnsafeMutablePointer(mutating: inBuffer.baseAddress)
            stream.avail_in = UInt32(inBuffer.count)
            while true {
                let status: Int32 = chunk.withUnsafeMutableBufferPointer { outBuffer in
                    stream.next_out = outBuffer.baseAddress
                    stream.avail_out = UInt32(outBuffer.count)
                    return inflate(&stream, Z_NO_FLUSH)
                }
                let produced = chunk.count - Int(stream.avail_out)
                if output.count + produced > limit {
                    failure = .tooLarge
                    return
                }
                output.append(contentsOf: chunk[0 ..< produced])
                switch status {
                case Z_OK:
                    if stream.avail_in == 0 && produced == 0 {
                        failure = .corrupt("the archive ends early (truncated)")
                        return
                    }
                case Z_STREAM_END:
                    if stream.avail_in == 0 { return }
                    // Another gzip member follows.
                    guard inflateReset(&stream) == Z_OK else {
                        failure = .corrupt("zlib could not restart")
                        return
                    }
                case Z_BUF_ERROR:
                    failure = .corrupt("the archive ends early (truncated)")
                    return
                default:
                    failure = .corrupt(stream.msg.map { String(cString: $0) } ?? "invalid gzip data (zlib status \(status))")
                    return
                }
            }
        }
        if let failure { throw failure }
        return output
    }

    /// Whether `bytes` start like a gzip stream (1f 8b).
    static func isGzip(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 2 && bytes[0] == 0x1f && bytes[1] == 0x8b
    }
}
