import StrategyKit

extension LocalizedText {
    /// Both languages as one line each, cleaned for the terminal (see ``TerminalText``).
    var cleanedForTerminal: LocalizedText {
        LocalizedText(de: TerminalText.line(de), en: TerminalText.line(en))
    }
}
