import Foundation

/// An immutable column in a malloc'd buffer (freed with the storage).
///
/// ``DataBuilder`` fills the buffer and hands it over without copying, so a
/// column exists once in memory. The buffer is never written after
/// construction, which makes sharing it across threads safe.
final class ColumnStorage<T>: @unchecked Sendable {
    let base: UnsafeMutablePointer<T>
    let count: Int

    /// Takes ownership of a buffer allocated with `malloc`.
    init(adopting base: UnsafeMutablePointer<T>, count: Int) {
        self.base = base
        self.count = count
    }

    static func empty() -> ColumnStorage<T> {
        ColumnStorage(adopting: malloc(MemoryLayout<T>.stride)!.assumingMemoryBound(to: T.self), count: 0)
    }

    deinit { free(base) }

    @inline(__always) subscript(i: Int) -> T { base[i] }
}
