/// One line a plugin printed: `print` in a plugin writes to its log, never to smkit's output.
public struct PluginLogLine: Sendable, Hashable, CustomStringConvertible {
    /// The plugin that printed it.
    public var pluginID: String
    /// The line, cleaned for the terminal (see ``TerminalText``).
    public var text: String

    /// Creates a line.
    public init(pluginID: String, text: String) {
        self.pluginID = pluginID
        self.text = text
    }

    /// `[id] text`, as `smkit check --verbose` shows it.
    public var description: String { "[\(pluginID)] \(text)" }
}
