/// The platforms known at run time, in a deterministic order (sorted by id).
///
/// Plugins register platforms; a later registration can replace an earlier one on purpose,
/// but an accidental duplicate is an error.
public struct PlatformRegistry: Sendable, Hashable {
    private var byID: [String: Platform] = [:]

    /// Creates a registry, optionally filled with platforms (later duplicates replace earlier ones).
    public init(_ platforms: [Platform] = []) {
        for platform in platforms { byID[platform.id] = platform }
    }

    /// The error thrown when a platform id is registered twice with ``add(_:)``.
    public struct DuplicatePlatformError: Error, Sendable, Hashable, CustomStringConvertible {
        /// The id that is already registered.
        public var id: String
        public var description: String { "platform '\(id)' is already registered; use replace to override it" }
    }

    /// Registers a new platform; throws when the id is taken.
    public mutating func add(_ platform: Platform) throws {
        guard byID[platform.id] == nil else { throw DuplicatePlatformError(id: platform.id) }
        byID[platform.id] = platform
    }

    /// Registers a platform, replacing any with the same id; returns the replaced one.
    @discardableResult
    public mutating func replace(_ platform: Platform) -> Platform? {
        let old = byID[platform.id]
        byID[platform.id] = platform
        return old
    }

    /// Removes a platform; returns it if it was registered.
    @discardableResult
    public mutating func remove(id: String) -> Platform? {
        byID.removeValue(forKey: id)
    }

    /// The platform with this id, if registered.
    public func platform(id: String) -> Platform? { byID[id] }

    /// The platform with this id, if registered.
    public subscript(id: String) -> Platform? { byID[id] }

    /// Every registered platform, sorted by id.
    public var platforms: [Platform] { byID.values.sorted { $0.id < $1.id } }

    /// Every registered id, sorted.
    public var ids: [String] { byID.keys.sorted() }

    /// The number of registered platforms.
    public var count: Int { byID.count }

    /// Whether a platform with this id is registered.
    public func contains(_ id: String) -> Bool { byID[id] != nil }
}
