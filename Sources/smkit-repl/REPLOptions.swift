/// The command line of `smkit-repl`.
struct REPLOptions {
    var workspace: String?
    var language: String?
    var loadPlugins = true
    var showHelp = false
    var showVersion = false

    static let usage = """
        USAGE: smkit-repl [--workspace DIR] [--lang de|en] [--no-plugins]

        Interactive Lua 5.4 with the smkit module and the plugins loaded.
        With standard input not a terminal, reads and runs it line by line
        without prompts (echo 'return 1+1' | smkit-repl prints 2).

        OPTIONS:
          --workspace DIR   load a strategy workspace at start
          --lang de|en      language of domain output
          --no-plugins      start without loading plugins
          --version         show the version
          -h, --help        show this help

        Output about platform rules and law is not legal advice.
        """

    /// Parses the arguments after the program name.
    init(arguments: [String]) throws(REPLOptionsError) {
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            var (name, inline) = (argument, String?.none)
            if argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") {
                name = String(argument[..<equals])
                inline = String(argument[argument.index(after: equals)...])
            }
            switch name {
            case "--workspace": workspace = try Self.value(for: name, inline: inline, rest: &rest)
            case "--lang": language = try Self.value(for: name, inline: inline, rest: &rest)
            case "--no-plugins": loadPlugins = false
            case "--version": showVersion = true
            case "-h", "--help": showHelp = true
            default: throw REPLOptionsError(message: "unknown option '\(argument)'")
            }
        }
    }

    private static func value(
        for name: String, inline: String?, rest: inout ArraySlice<String>
    ) throws(REPLOptionsError) -> String {
        if let inline { return inline }
        guard let value = rest.popFirst(), !value.hasPrefix("--") else {
            throw REPLOptionsError(message: "missing value for '\(name)'")
        }
        return value
    }
}

/// A command line `smkit-repl` cannot use.
struct REPLOptionsError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
