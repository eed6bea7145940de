import ArgumentParser
import BenchmarkKit
import StrategyKit

/// The flags that say how an export is written, for data the detection cannot settle
/// (shared by the commands that read exports).
struct ImportFlags: ParsableArguments {
    @Option(help: "A built-in mapping for a tool's export: fanpage-karma, metricool, meta-business-suite, meta-page-insights, linkedin-page, linkedin-competitors, youtube-studio, tiktok ('list' lists them with their sources).")
    var preset: String?

    @Option(help: "A mapping file (YAML): column → field, constant platform or competitor, date format, separators, header row, sheet (see docs/benchmark.md).")
    var mapping: String?

    @Option(help: "Field delimiter: ',', ';' or 'tab' (default: detected).")
    var delimiter: String?

    @Option(help: "Decimal separator: ',' or '.' (default: detected from the data).")
    var decimal: String?

    @Option(help: "Thousands separator: '.', ',' or 'none' (default: the other of ',' and '.').")
    var thousands: String?

    @Option(name: .customLong("date-format"), help: "Dates such as 03/04/2025: DD/MM/YYYY or MM/DD/YYYY (also DD.MM.YYYY, YYYY-MM-DD).")
    var dateFormat: String?

    @Option(help: "Text encoding: utf-8, utf-16le, utf-16be or windows-1252 (default: detected).")
    var encoding: String?

    @Option(name: .customLong("header-row"), help: "The line of the header (default: found; description lines above it are skipped).")
    var headerRow: Int?

    @Option(help: "The competitor of every row, for an export of one profile.")
    var competitor: String?

    @Option(help: "The platform of every row, for an export of one profile (e.g. linkedin).")
    var platform: String?

    @Option(name: .customLong("as-of"), help: "The day of a snapshot export without dates (YYYY-MM-DD).")
    var asOf: String?

    @Option(help: "The worksheet of an .xlsx file (default: the first).")
    var sheet: String?

    static func byte(_ text: String, _ flag: String, allowed: [String: UInt8?]) throws -> UInt8? {
        guard let value = allowed[text.lowercased()] else {
            throw ValidationError("--\(flag) '\(text)': expected one of \(allowed.keys.sorted().map { "'\($0)'" }.joined(separator: ", "))")
        }
        return value
    }

    /// Whether `--preset list` asks for the list of presets.
    var listsPresets: Bool { preset?.lowercased() == "list" }

    /// Applies the preset, then the mapping file, then the flags to `options` (later wins).
    /// A bad preset or mapping file is reported on standard error and exits with status 1.
    func apply(to options: inout ImportOptions) throws {
        do {
            if let preset { try ImportMapping.preset(preset).apply(to: &options) }
            if let mapping { try ImportMapping.load(path: mapping).apply(to: &options) }
        } catch let error as PresetError {
            StandardError.write("smkit: \(error)")
            throw ExitCode(1)
        } catch let error as DiagnosticError {
            StandardError.write(error.formatted())
            throw ExitCode(1)
        }
        try applyFlags(to: &options)
    }

    private func applyFlags(to options: inout ImportOptions) throws {
        let comma = UInt8(ascii: ","), point = UInt8(ascii: ".")
        if let delimiter {
            options.delimiter = try Self.byte(delimiter, "delimiter", allowed: [",": comma, ";": UInt8(ascii: ";"), "tab": 9, "\t": 9, "\\t": 9, "|": UInt8(ascii: "|")])
        }
        if let decimal {
            options.decimalSeparator = try Self.byte(decimal, "decimal", allowed: [",": comma, ".": point])
            options.groupingSeparator = options.decimalSeparator == comma ? point : comma
        }
        if let thousands {
            let g = try Self.byte(thousands, "thousands", allowed: [".": point, ",": comma, "none": nil, "'": UInt8(ascii: "'"), " ": 32])
            options.groupingSeparator = g
            if options.decimalSeparator == nil {
                options.decimalSeparator = g == comma ? point : comma
            }
            if g != nil && g == options.decimalSeparator {
                throw ValidationError("--thousands and --decimal are both '\(thousands)'")
            }
        }
        if let dateFormat {
            guard let f = DateFormat(flag: dateFormat) else {
                throw ValidationError("--date-format '\(dateFormat)': expected DD/MM/YYYY, MM/DD/YYYY, DD.MM.YYYY or YYYY-MM-DD")
            }
            options.dateFormat = f
        }
        if let encoding {
            guard let e = TextEncoding(flag: encoding) else {
                throw ValidationError("--encoding '\(encoding)': expected utf-8, utf-16le, utf-16be or windows-1252")
            }
            options.encoding = e
        }
        if let headerRow {
            guard headerRow >= 1 else { throw ValidationError("--header-row must be 1 or more") }
            options.headerRow = headerRow
        }
        if let asOf {
            guard CivilDate.parseISO(asOf) != nil else { throw ValidationError("--as-of '\(asOf)': expected a date as YYYY-MM-DD") }
            options.asOf = asOf
        }
        if let competitor { options.competitor = competitor }
        if let platform { options.platform = platform }
        if let sheet { options.sheet = sheet }
    }
}
