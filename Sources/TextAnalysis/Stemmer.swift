import CStemmer
import Foundation

/// Snowball stemmer (libstemmer's "german" or "english", UTF-8).
///
/// A libstemmer instance keeps its work buffer between calls and is not thread-safe, so
/// every call holds a lock; stems are cached, so the lock is held only for a dictionary
/// look-up once a word has been seen.
public final class Stemmer: @unchecked Sendable {
    public let language: TextLanguage
    private let lock = NSLock()
    private let handle: OpaquePointer
    private var cache: [String: String] = [:]
    /// Bounds the cache for long-running hosts fed with arbitrary text.
    private static let cacheLimit = 100_000

    public init(language: TextLanguage) {
        self.language = language
        let algorithm = language == .de ? "german" : "english"
        guard let handle = sb_stemmer_new(algorithm, "UTF_8") else {
            fatalError("libstemmer has no \(algorithm) stemmer")
        }
        self.handle = handle
    }

    deinit { sb_stemmer_delete(handle) }

    /// One shared instance per language (the lock makes sharing safe).
    public static func shared(_ language: TextLanguage) -> Stemmer {
        language == .de ? german : english
    }

    private static let german = Stemmer(language: .de)
    private static let english = Stemmer(language: .en)

    /// The Snowball stem of `word` (expected lower-case, as Snowball's vocabularies are).
    public func stem(_ word: String) -> String {
        if word.isEmpty { return word }
        lock.lock()
        defer { lock.unlock() }
        if let cached = cache[word] { return cached }
        let bytes = Array(word.utf8)
        let result = bytes.withUnsafeBufferPointer { buffer -> String in
            guard let out = sb_stemmer_stem(handle, buffer.baseAddress, Int32(buffer.count)) else { return word }
            let count = Int(sb_stemmer_length(handle))
            return String(decoding: UnsafeBufferPointer(start: out, count: count), as: UTF8.self)
        }
        if cache.count >= Self.cacheLimit { cache.removeAll(keepingCapacity: true) }
        cache[word] = result
        return result
    }
}
