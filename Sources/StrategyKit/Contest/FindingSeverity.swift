/// How serious a finding is; `error` makes `smkit check` exit with status 1.
public enum FindingSeverity: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case error, warning, info

    private var rank: Int {
        switch self {
        case .error: 0
        case .warning: 1
        case .info: 2
        }
    }

    /// Errors sort first.
    public static func < (a: FindingSeverity, b: FindingSeverity) -> Bool { a.rank < b.rank }
}
