import Yams

/// Reads YAML into domain values and collects every problem as a ``Diagnostic``.
///
/// Works on `Yams.Node` (not `Codable`) because only nodes carry line and column, and a
/// decoder stops at the first error while users want all of them at once.
struct YAMLReader {
    /// The file name used in diagnostics.
    let file: String
    /// Everything found so far.
    private(set) var diagnostics: [Diagnostic] = []

    /// Upper bound on nodes visited, so alias bombs cannot hang the loader.
    static let nodeLimit = 200_000

    init(file: String) { self.file = file }

    /// Whether an error was reported.
    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    // MARK: Reporting

    mutating func report(line: Int, column: Int, _ code: Diagnostic.Code, _ message: LocalizedText,
                         severity: Diagnostic.Severity = .error) {
        diagnostics.append(Diagnostic(file: file, line: max(1, line), column: max(1, column),
                                      severity: severity, code: code, message: message))
    }

    mutating func report(_ node: Node?, _ code: Diagnostic.Code, _ message: LocalizedText,
                         severity: Diagnostic.Severity = .error) {
        report(line: node?.mark?.line ?? 1, column: node?.mark?.column ?? 1, code, message, severity: severity)
    }

    mutating func report(at mark: Mark?, _ code: Diagnostic.Code, _ message: LocalizedText,
                         severity: Diagnostic.Severity = .error) {
        report(line: mark?.line ?? 1, column: mark?.column ?? 1, code, message, severity: severity)
    }

    // MARK: Parsing

    /// Parses raw bytes: checks UTF-8, then YAML syntax. Returns the root, or `nil` after
    /// reporting (an empty document is reported with `emptyMessage`).
    mutating func parse(bytes: [UInt8], emptyMessage: LocalizedText) -> Node? {
        guard let text = decodeUTF8(bytes) else { return nil }
        return parse(text: text, emptyMessage: emptyMessage)
    }

    /// Parses text; see ``parse(bytes:emptyMessage:)``.
    mutating func parse(text: String, emptyMessage: LocalizedText) -> Node? {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            reportSyntax(error, text: text)
            return nil
        } catch {
            report(line: 1, column: 1, .syntax, LocalizedText(de: "YAML nicht lesbar: \(error)",
                                                              en: "unreadable YAML: \(error)"))
            return nil
        }
        guard let root else {
            report(line: 1, column: 1, .syntax, emptyMessage)
            return nil
        }
        guard Self.countNodes(root, limit: Self.nodeLimit) else {
            report(line: 1, column: 1, .syntax, LocalizedText(
                de: "Das Dokument hat mehr als \(Self.nodeLimit) Knoten (zu viele Aliase?).",
                en: "the document has more than \(Self.nodeLimit) nodes (too many aliases?)"))
            return nil
        }
        return root
    }

    /// Decodes UTF-8 or reports the first invalid byte with its line and column.
    private mutating func decodeUTF8(_ bytes: [UInt8]) -> String? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var line = 1, column = 1, offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                offset += encoded.count
                if encoded.count == 1 && encoded.first == 0x0A { line += 1; column = 1 } else { column += 1 }
            case .error(let length):
                report(line: line, column: column, .syntax, LocalizedText(
                    de: "Die Datei ist kein gültiges UTF-8 (Byte \(offset + 1)); ist es eine Binärdatei?",
                    en: "the file is not valid UTF-8 (byte \(offset + 1)); is it a binary file?"))
                _ = length
                return nil
            case .emptyInput:
                return String(decoding: bytes, as: UTF8.self)
            }
        }
    }

    private mutating func reportSyntax(_ error: YamlError, text: String) {
        func add(_ mark: Mark, _ problem: String, _ context: YamlError.Context?) {
            let detail = context.map { "\($0.text) (line \($0.mark.line)): " } ?? ""
            let detailDE = context.map { "\($0.text) (Zeile \($0.mark.line)): " } ?? ""
            report(line: mark.line, column: mark.column, .syntax, LocalizedText(
                de: "YAML-Syntaxfehler: \(detailDE)\(problem)", en: "YAML syntax error: \(detail)\(problem)"))
        }
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            add(mark, problem, context)
        case let .reader(problem, offset, _, _):
            let (line, column) = Self.position(ofCharacterOffset: offset ?? 0, in: text)
            report(line: line, column: column, .syntax, LocalizedText(
                de: "Zeichen nicht erlaubt: \(problem)", en: "unreadable character: \(problem)"))
        case let .duplicatedKeysInMapping(duplicates, context):
            report(at: context.mark, .duplicate, LocalizedText(
                de: "Doppelter Schlüssel: \(duplicates.joined(separator: ", "))",
                en: "duplicate key: \(duplicates.joined(separator: ", "))"))
        default:
            report(line: 1, column: 1, .syntax, LocalizedText(de: "YAML nicht lesbar: \(error)",
                                                              en: "unreadable YAML: \(error)"))
        }
    }

    /// Line and column (1-based) of a character offset.
    static func position(ofCharacterOffset offset: Int, in text: String) -> (Int, Int) {
        var line = 1, column = 1
        for (index, character) in text.enumerated() {
            if index >= offset { break }
            if character == "\n" || character == "\r\n" { line += 1; column = 1 } else { column += 1 }
        }
        return (line, column)
    }

    /// Counts nodes iteratively; `false` when more than `limit`.
    static func countNodes(_ root: Node, limit: Int) -> Bool {
        var stack = [root]
        var count = 0
        while let node = stack.popLast() {
            count += 1
            if count > limit { return false }
            switch node {
            case .mapping(let mapping):
                for (key, value) in mapping { stack.append(key); stack.append(value) }
            case .sequence(let sequence):
                stack.append(contentsOf: sequence)
            case .scalar, .alias:
                break
            }
        }
        return true
    }

    // MARK: Structure

    /// A checked mapping: known keys with non-null values.
    struct Fields {
        /// The mapping node.
        let node: Node
        /// Values by key (null values left out).
        var values: [String: Node] = [:]
        /// The value for a key, `nil` when absent or null.
        subscript(key: String) -> Node? { values[key] }
    }

    /// Describes what a node is, for "found …" messages.
    static func describe(_ node: Node) -> LocalizedText {
        switch node {
        case .mapping: LocalizedText(de: "eine Zuordnung (mapping)", en: "a mapping")
        case .sequence: LocalizedText(de: "eine Liste", en: "a list")
        case .alias: LocalizedText(de: "ein Alias", en: "an alias")
        case .scalar(let scalar):
            LocalizedText("'\(scalar.string.count > 40 ? String(scalar.string.prefix(40)) + "…" : scalar.string)'")
        }
    }

    /// Whether the node is YAML null (`~`, `null`, or nothing).
    static func isNull(_ node: Node) -> Bool {
        guard case .scalar(let scalar) = node, scalar.style == .plain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    /// Checks that `node` is a mapping with only `allowed` keys and all `required` keys.
    mutating func mapping(_ node: Node, what: LocalizedText, allowed: [String], required: [String] = []) -> Fields? {
        guard case .mapping(let mapping) = node else {
            report(node, .wrongType, LocalizedText(
                de: "\(what.de): Zuordnung (mapping) erwartet, gefunden: \(Self.describe(node).de)",
                en: "expected a mapping for \(what.en), found \(Self.describe(node).en)"))
            return nil
        }
        var fields = Fields(node: node)
        var present = Set<String>()
        var previous: (key: String, value: String)?
        for (keyNode, value) in mapping {
            defer {
                if case .scalar(let k) = keyNode, case .scalar(let v) = value { previous = (k.string, v.string) } else { previous = nil }
            }
            guard case .scalar(let keyScalar) = keyNode else {
                report(keyNode, .wrongType, LocalizedText(
                    de: "Schlüssel müssen Text sein", en: "keys must be plain text"))
                continue
            }
            let key = keyScalar.string
            guard allowed.contains(key) else {
                // `hours_per_week: 2,5` in a flow mapping: YAML splits at the comma, and '5' becomes a key.
                if let previous, !key.isEmpty, key.allSatisfy({ $0.isASCII && $0.isNumber }), Self.isNull(value),
                   !previous.value.isEmpty, previous.value.allSatisfy({ $0.isASCII && $0.isNumber }) {
                    report(keyNode, .unknownKey, LocalizedText(
                        de: "'\(previous.key): \(previous.value),\(key)' sieht nach einem Dezimalkomma aus (YAML trennt am Komma, '\(key)' wird zum Schlüssel); schreiben Sie \(previous.value).\(key)",
                        en: "'\(previous.key): \(previous.value),\(key)' looks like a decimal comma (YAML splits at the comma and '\(key)' becomes a key); write \(previous.value).\(key)"))
                    continue
                }
                let suggestion = StringDistance.suggestion(for: key, among: allowed)
                report(keyNode, .unknownKey, LocalizedText(
                    de: "Unbekannter Schlüssel '\(key)' in \(what.de)" + (suggestion.map { "; meinten Sie '\($0)'?" } ?? ""),
                    en: "unknown key '\(key)' in \(what.en)" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")))
                continue
            }
            present.insert(key)
            if Self.isNull(value) {
                if required.contains(key) {
                    report(keyNode, .missingField, LocalizedText(
                        de: "Pflichtfeld '\(key)' in \(what.de) hat keinen Wert",
                        en: "required field '\(key)' in \(what.en) has no value"))
                }
                continue
            }
            fields.values[key] = value
        }
        for key in required where !present.contains(key) {
            report(node, .missingField, LocalizedText(
                de: "Pflichtfeld '\(key)' fehlt in \(what.de)", en: "missing required field '\(key)' in \(what.en)"))
        }
        return fields
    }

    /// The items of a list, or `nil` after reporting a wrong type.
    mutating func list(_ node: Node, field: String) -> [Node]? {
        guard case .sequence(let sequence) = node else {
            report(node, .wrongType, LocalizedText(
                de: "'\(field)': Liste erwartet, gefunden: \(Self.describe(node).de)",
                en: "expected a list for '\(field)', found \(Self.describe(node).en)"))
            return nil
        }
        return Array(sequence)
    }

    // MARK: Scalars

    private mutating func scalarString(_ node: Node, field: String, expected: LocalizedText) -> String? {
        guard case .scalar(let scalar) = node else {
            report(node, .wrongType, LocalizedText(
                de: "'\(field)': \(expected.de) erwartet, gefunden: \(Self.describe(node).de)",
                en: "expected \(expected.en) for '\(field)', found \(Self.describe(node).en)"))
            return nil
        }
        return scalar.string
    }

    /// A text value.
    mutating func text(_ node: Node, field: String) -> String? {
        scalarString(node, field: field, expected: LocalizedText(de: "Text", en: "text"))
    }

    /// A finite number.
    mutating func number(_ node: Node, field: String) -> Double? {
        guard let string = scalarString(node, field: field, expected: LocalizedText(de: "eine Zahl", en: "a number")) else {
            return nil
        }
        let trimmed = string.trimmingWhitespace()
        let isNumeric = !trimmed.isEmpty && trimmed.allSatisfy { $0.isASCII && ($0.isNumber || "+-.eE".contains($0)) }
        guard isNumeric, let value = Double(trimmed), value.isFinite else {
            let parts = trimmed.split(separator: ",", omittingEmptySubsequences: false)
            if parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }) {
                report(node, .wrongType, LocalizedText(
                    de: "'\(field)': Zahl erwartet, gefunden: '\(string)'; das sieht nach einem Dezimalkomma aus, schreiben Sie \(parts[0]).\(parts[1])",
                    en: "expected a number for '\(field)', found '\(string)'; this looks like a decimal comma: write \(parts[0]).\(parts[1])"))
                return nil
            }
            report(node, .wrongType, LocalizedText(
                de: "'\(field)': Zahl erwartet, gefunden: '\(string)'",
                en: "expected a number for '\(field)', found '\(string)'"))
            return nil
        }
        return value
    }

    /// A whole number.
    mutating func integer(_ node: Node, field: String) -> Int? {
        guard let value = number(node, field: field) else { return nil }
        guard value == value.rounded(), abs(value) < 1e15 else {
            report(node, .wrongType, LocalizedText(
                de: "'\(field)': ganze Zahl erwartet, gefunden: \(NumberFormatting.de(value, digits: 6))",
                en: "expected a whole number for '\(field)', found \(NumberFormatting.en(value, digits: 6))"))
            return nil
        }
        return Int(value)
    }

    /// `true`/`false` (also `yes`/`no`).
    mutating func bool(_ node: Node, field: String) -> Bool? {
        guard let string = scalarString(node, field: field, expected: LocalizedText(de: "true/false", en: "true or false")) else {
            return nil
        }
        switch string.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default:
            report(node, .wrongType, LocalizedText(
                de: "'\(field)': true oder false erwartet, gefunden: '\(string)'",
                en: "expected true or false for '\(field)', found '\(string)'"))
            return nil
        }
    }

    /// A `YYYY-MM-DD` date.
    mutating func date(_ node: Node, field: String) -> CalendarDate? {
        guard let string = scalarString(node, field: field, expected: LocalizedText(de: "ein Datum", en: "a date")) else {
            return nil
        }
        guard let date = CalendarDate(string.trimmingWhitespace()) else {
            report(node, .wrongType, LocalizedText(
                de: "'\(field)': Datum im Format JJJJ-MM-TT erwartet, gefunden: '\(string)'",
                en: "expected a date (YYYY-MM-DD) for '\(field)', found '\(string)'"))
            return nil
        }
        return date
    }

    /// One of an enumeration's raw values, with a suggestion when close.
    mutating func choice<E: RawRepresentable & CaseIterable>(_ node: Node, field: String, as type: E.Type,
                                                             code: Diagnostic.Code = .invalidValue) -> E?
    where E.RawValue == String {
        guard let string = text(node, field: field) else { return nil }
        if let value = E(rawValue: string) { return value }
        let options = E.allCases.map(\.rawValue)
        let suggestion = StringDistance.suggestion(for: string, among: options)
        let hintEN = suggestion.map { "did you mean '\($0)'? " } ?? ""
        let hintDE = suggestion.map { "meinten Sie '\($0)'? " } ?? ""
        report(node, code, LocalizedText(
            de: "Unbekannter Wert '\(string)' für '\(field)'; \(hintDE)erlaubt: \(options.joined(separator: ", "))",
            en: "unknown value '\(string)' for '\(field)'; \(hintEN)expected one of: \(options.joined(separator: ", "))"))
        return nil
    }

    /// Text in both languages: a plain string, or a mapping with `de` and/or `en`.
    mutating func localized(_ node: Node, field: String) -> LocalizedText? {
        if case .scalar = node { return text(node, field: field).map(LocalizedText.init) }
        guard let fields = mapping(node, what: LocalizedText("'\(field)'"), allowed: ["de", "en"]) else { return nil }
        let de = fields["de"].flatMap { text($0, field: "\(field).de") }
        let en = fields["en"].flatMap { text($0, field: "\(field).en") }
        guard de != nil || en != nil else {
            report(node, .missingField, LocalizedText(
                de: "'\(field)' braucht 'de' oder 'en'", en: "'\(field)' needs 'de' or 'en'"))
            return nil
        }
        return LocalizedText(de: de ?? en!, en: en ?? de!)
    }

    /// A list of texts in both languages.
    mutating func localizedList(_ node: Node, field: String) -> [LocalizedText] {
        guard let items = list(node, field: field) else { return [] }
        return items.compactMap { localized($0, field: field) }
    }

    /// A list of plain texts.
    mutating func textList(_ node: Node, field: String) -> [String] {
        guard let items = list(node, field: field) else { return [] }
        return items.compactMap { text($0, field: field) }
    }

    // MARK: Value checks

    /// Reports and drops a negative value.
    mutating func nonNegative(_ value: Double?, _ node: Node?, field: String) -> Double? {
        guard let value else { return nil }
        guard value >= 0 else {
            report(node, .invalidValue, LocalizedText(
                de: "'\(field)' darf nicht negativ sein, gefunden: \(NumberFormatting.de(value, digits: 6))",
                en: "'\(field)' must not be negative, found \(NumberFormatting.en(value, digits: 6))"))
            return nil
        }
        return value
    }

    /// Reports and drops a value outside 0...1.
    mutating func unitInterval(_ value: Double?, _ node: Node?, field: String) -> Double? {
        guard let value else { return nil }
        guard (0...1).contains(value) else {
            report(node, .invalidValue, LocalizedText(
                de: "'\(field)' muss zwischen 0 und 1 liegen, gefunden: \(NumberFormatting.de(value, digits: 6))",
                en: "'\(field)' must be between 0 and 1, found \(NumberFormatting.en(value, digits: 6))"))
            return nil
        }
        return value
    }

    /// Checks an id reference against known ids, with a suggestion.
    mutating func reference(_ id: String, _ node: Node?, field: String, kind: LocalizedText, known: [String]) -> Bool {
        if known.contains(id) { return true }
        let suggestion = StringDistance.suggestion(for: id, among: known)
        report(node, .unknownReference, LocalizedText(
            de: "Unbekannte \(kind.de) '\(id)' in '\(field)'" + (suggestion.map { "; meinten Sie '\($0)'?" } ?? "")
                + "; bekannt: \(known.joined(separator: ", "))",
            en: "unknown \(kind.en) '\(id)' in '\(field)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
                + "; known: \(known.joined(separator: ", "))"))
        return false
    }
}
