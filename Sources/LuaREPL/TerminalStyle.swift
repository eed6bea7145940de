/// ANSI colour for REPL output, or none.
///
/// Colour is used only when the output is a terminal, `NO_COLOR` is unset or
/// empty (no-color.org) and `TERM` is not `dumb`.
public struct TerminalStyle: Sendable, Equatable {
    /// What a piece of text is, which decides its colour.
    public enum Role: Sendable {
        case string, number, keyword, note, error, heading
    }

    public var enabled: Bool

    public init(enabled: Bool) { self.enabled = enabled }

    /// Plain text everywhere.
    public static let plain = TerminalStyle(enabled: false)

    /// Decides from the facts of the environment whether to colour.
    public static func decide(outputIsTerminal: Bool, environment: [String: String]) -> TerminalStyle {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return .plain }
        if environment["TERM"] == "dumb" { return .plain }
        return TerminalStyle(enabled: outputIsTerminal)
    }

    /// `text` wrapped in the escape codes of `role` when colour is on.
    public func paint(_ text: String, _ role: Role) -> String {
        guard enabled, !text.isEmpty else { return text }
        let code: String
        switch role {
        case .string: code = "32"
        case .number: code = "36"
        case .keyword: code = "35"
        case .note: code = "2"
        case .error: code = "31"
        case .heading: code = "1"
        }
        return "\u{1B}[\(code)m\(text)\u{1B}[0m"
    }
}
