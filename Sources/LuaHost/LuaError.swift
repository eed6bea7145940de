/// An error from Lua, as a value: what kind, the message, where, and the traceback.
///
/// Every operation that enters Lua reports failure as a `LuaError`; no Lua
/// error ever unwinds through Swift frames.
public struct LuaError: Error, CustomStringConvertible, Sendable, Equatable {
    /// What kind of failure this is.
    public enum Kind: Sendable, Equatable, CustomStringConvertible {
        /// The chunk did not compile.
        case syntax
        /// An error raised while running (`error(...)`, a type error, a host error).
        case runtime
        /// The allocator failed for a reason other than the state's memory limit.
        case memory
        /// The message handler itself failed.
        case errorInHandler
        /// A file could not be opened or read.
        case file
        /// A resource limit stopped the call.
        case limit(LuaLimit)

        public var description: String {
            switch self {
            case .syntax: "syntax error"
            case .runtime: "runtime error"
            case .memory: "out of memory"
            case .errorInHandler: "error in error handling"
            case .file: "file error"
            case .limit(let limit): "\(limit.rawValue) limit exceeded"
            }
        }
    }

    public var kind: Kind
    /// The message without the `chunk:line:` prefix.
    public var message: String
    /// The chunk name as Lua shows it (`script.lua`, `[string "..."]`), when known.
    public var chunkName: String?
    /// The line in that chunk, when known.
    public var line: Int?
    /// The Lua traceback at the point of the error, when one was taken.
    public var traceback: String?
    /// The error object when it was not a string (for example a table), detached from the state.
    public var object: LuaData?

    public init(
        kind: Kind, message: String, chunkName: String? = nil, line: Int? = nil,
        traceback: String? = nil, object: LuaData? = nil
    ) {
        self.kind = kind
        self.message = message
        self.chunkName = chunkName
        self.line = line
        self.traceback = traceback
        self.object = object
    }

    /// `chunk:line: message`, as Lua prints errors.
    public var description: String {
        if let chunkName, let line { return "\(chunkName):\(line): \(message)" }
        if let chunkName { return "\(chunkName): \(message)" }
        return message
    }

    /// Builds an error from a raw Lua message, splitting off a leading `chunk:line: ` location.
    public init(kind: Kind, rawMessage: String, traceback: String? = nil, object: LuaData? = nil) {
        let (chunk, line, rest) = Self.splitLocation(rawMessage)
        self.init(kind: kind, message: rest, chunkName: chunk, line: line, traceback: traceback, object: object)
    }

    /// Splits `name:12: text` into its parts; returns the whole message when it has no location.
    static func splitLocation(_ raw: String) -> (String?, Int?, String) {
        // Chunk names may contain ':' ([string "a:b"]), so find the first ":<digits>: ".
        let scalars = Array(raw.utf8)
        var i = 0
        while i < scalars.count {
            if scalars[i] == UInt8(ascii: ":") {
                var j = i + 1
                while j < scalars.count, scalars[j] >= 48, scalars[j] <= 57 { j += 1 }
                if j > i + 1, j + 1 < scalars.count, scalars[j] == UInt8(ascii: ":"), scalars[j + 1] == UInt8(ascii: " ") {
                    let chunk = String(decoding: scalars[0..<i], as: UTF8.self)
                    let line = Int(String(decoding: scalars[(i + 1)..<j], as: UTF8.self))
                    let rest = String(decoding: scalars[(j + 2)...], as: UTF8.self)
                    if !chunk.isEmpty, !chunk.contains("\n") { return (chunk, line, rest) }
                    return (nil, nil, raw)
                }
            }
            i += 1
        }
        return (nil, nil, raw)
    }
}

/// The resource limits a call can exceed.
public enum LuaLimit: String, Sendable, Equatable {
    case memory
    case instructions
    case time
    /// Stopped from outside (Ctrl-C), not a limit of the code itself.
    case interrupt
}
