import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ZIPFoundation

/// Reads the cells of one worksheet of an `.xlsx` file (Office Open XML, ECMA-376):
/// the workbook's sheet list and relationships, shared strings, inline strings,
/// numbers, booleans, error values, and which cells have a date format (their
/// serial numbers become `YYYY-MM-DD` text, 1900 date system).
struct XLSXReader {
    /// One cell: its 1-based column and its value.
    struct Cell {
        enum Value {
            case text(String)
            /// A number as written in the file (decimal point).
            case number(String)
            /// A date-formatted serial number, as `YYYY-MM-DD`, or the serial when it names no day.
            case date(String)
        }

        var column: Int
        var value: Value
    }

    /// One row: its 1-based number in the sheet and its cells.
    struct Row {
        var number: Int
        var cells: [Cell]
    }

    struct Failure: Error {
        var message: String
    }

    let sheetName: String
    let rows: [Row]

    /// Opens `path` and reads `sheet` (by name, case-insensitively) or the first sheet.
    init(path: String, sheet: String?) throws(Failure) {
        let archive: Archive
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            throw Failure(message: "not an .xlsx file (cannot open it as a ZIP archive: \(error))")
        }
        func part(_ name: String) throws(Failure) -> Data? {
            guard let entry = archive[name] else { return nil }
            var data = Data()
            do {
                _ = try archive.extract(entry, skipCRC32: false) { data.append($0) }
            } catch {
                throw Failure(message: "cannot read \(name) in the archive: \(error)")
            }
            return data
        }
        guard let workbook = try part("xl/workbook.xml") else {
            throw Failure(message: "not an .xlsx workbook (xl/workbook.xml is missing)")
        }
        let sheets = XMLScan.scan(workbook).elements("sheet").map { ($0["name"] ?? "", $0["r:id"] ?? $0.suffix("id") ?? "") }
        guard !sheets.isEmpty else { throw Failure(message: "the workbook has no sheets") }
        let chosen: (String, String)
        if let sheet {
            guard let found = sheets.first(where: { $0.0.caseInsensitiveCompare(sheet) == .orderedSame }) else {
                throw Failure(message: "no sheet '\(sheet)' (sheets: \(sheets.map { "'\($0.0)'" }.joined(separator: ", ")))")
            }
            chosen = found
        } else {
            chosen = sheets[0]
        }
        var target = "xl/worksheets/sheet1.xml"
        if let rels = try part("xl/_rels/workbook.xml.rels"),
           let rel = XMLScan.scan(rels).elements("Relationship").first(where: { $0["Id"] == chosen.1 }),
           let t = rel["Target"] {
            target = t.hasPrefix("/") ? String(t.dropFirst()) : "xl/" + t
        }
        let shared: [String] = try part("xl/sharedStrings.xml").map { SharedStrings.parse($0) } ?? []
        let dateStyles: Set<Int> = try part("xl/styles.xml").map { Styles.dateStyles($0) } ?? []
        guard let sheetData = try part(target) else { throw Failure(message: "the sheet '\(chosen.0)' (\(target)) is missing") }
        sheetName = chosen.0
        rows = SheetParser.parse(sheetData, shared: shared, dateStyles: dateStyles)
    }

    /// 1-based column number of a cell reference such as `AB12`.
    static func column(of reference: String) -> Int? {
        var n = 0
        var any = false
        for u in reference.utf8 {
            if u >= 65 && u <= 90 { n = n * 26 + Int(u - 64); any = true } else if u >= 97 && u <= 122 {
                n = n * 26 + Int(u - 96); any = true
            } else { break }
        }
        return any ? n : nil
    }
}

/// A small event collector over XMLParser: elements with their attributes, in order.
private final class XMLScan: NSObject, XMLParserDelegate {
    struct Element {
        var name: String
        var attributes: [String: String]
        subscript(key: String) -> String? { attributes[key] }
        /// The value of an attribute whose name ends in `:name` (any namespace prefix).
        func suffix(_ name: String) -> String? { attributes.first { $0.key.hasSuffix(":" + name) }?.value }
    }

    var found: [Element] = []

    static func scan(_ data: Data) -> XMLScan {
        let s = XMLScan()
        let parser = XMLParser(data: data)
        parser.delegate = s
        parser.parse()
        return s
    }

    func elements(_ name: String) -> [Element] { found.filter { $0.name == name } }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        found.append(Element(name: Self.local(elementName), attributes: attributeDict))
    }

    static func local(_ name: String) -> String {
        if let i = name.lastIndex(of: ":") { return String(name[name.index(after: i)...]) }
        return name
    }
}

/// `xl/sharedStrings.xml`: each `<si>` is one string, plain (`<t>`) or rich text (`<r><t>`…).
private final class SharedStrings: NSObject, XMLParserDelegate {
    var strings: [String] = []
    private var current = ""
    private var inText = false
    private var inPhonetic = false

    static func parse(_ data: Data) -> [String] {
        let s = SharedStrings()
        let parser = XMLParser(data: data)
        parser.delegate = s
        parser.parse()
        return s.strings
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        switch XMLScan.local(elementName) {
        case "si": current = ""
        case "t": inText = !inPhonetic
        case "rPh": inPhonetic = true
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        switch XMLScan.local(elementName) {
        case "si": strings.append(current)
        case "t": inText = false
        case "rPh": inPhonetic = false
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { current += string }
    }
}

/// `xl/styles.xml`: which cell formats (`cellXfs` indices) show dates.
private final class Styles: NSObject, XMLParserDelegate {
    private var customDate: Set<Int> = []
    private var xfFormats: [Int] = []
    private var inCellXfs = false

    /// Built-in number formats that are dates or times (ECMA-376 §18.8.30).
    static let builtInDates: Set<Int> = [14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 30, 36, 45, 46, 47, 50, 57]

    static func dateStyles(_ data: Data) -> Set<Int> {
        let s = Styles()
        let parser = XMLParser(data: data)
        parser.delegate = s
        parser.parse()
        var result: Set<Int> = []
        for (index, format) in s.xfFormats.enumerated() where builtInDates.contains(format) || s.customDate.contains(format) {
            result.insert(index)
        }
        return result
    }

    /// Whether a format code shows a date: it has d, m or y outside quotes and brackets.
    static func isDateFormat(_ code: String) -> Bool {
        var inQuote = false, inBracket = false
        var previous: Character = " "
        for ch in code.lowercased() {
            if ch == "\"" { inQuote.toggle() } else if !inQuote {
                if ch == "[" { inBracket = true } else if ch == "]" { inBracket = false } else if !inBracket && previous != "\\"
                    && (ch == "d" || ch == "y" || ch == "m") { return true }
            }
            previous = ch
        }
        return false
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        switch XMLScan.local(elementName) {
        case "numFmt":
            if let id = attributeDict["numFmtId"].flatMap(Int.init), let code = attributeDict["formatCode"], Self.isDateFormat(code) {
                customDate.insert(id)
            }
        case "cellXfs": inCellXfs = true
        case "xf": if inCellXfs { xfFormats.append(attributeDict["numFmtId"].flatMap(Int.init) ?? 0) }
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        if XMLScan.local(elementName) == "cellXfs" { inCellXfs = false }
    }
}

/// A worksheet's `<sheetData>`: rows of cells.
private final class SheetParser: NSObject, XMLParserDelegate {
    let shared: [String]
    let dateStyles: Set<Int>
    var rows: [XLSXReader.Row] = []
    private var row: XLSXReader.Row?
    private var nextRow = 1
    private var cellColumn = 0
    private var nextColumn = 1
    private var cellType = "n"
    private var cellStyle = 0
    private var text = ""
    private var collecting = false
    private var inlineText = ""
    private var value: String?

    init(shared: [String], dateStyles: Set<Int>) {
        self.shared = shared
        self.dateStyles = dateStyles
    }

    static func parse(_ data: Data, shared: [String], dateStyles: Set<Int>) -> [XLSXReader.Row] {
        let s = SheetParser(shared: shared, dateStyles: dateStyles)
        let parser = XMLParser(data: data)
        parser.delegate = s
        parser.parse()
        return s.rows
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        switch XMLScan.local(elementName) {
        case "row":
            let n = attributeDict["r"].flatMap(Int.init) ?? nextRow
            row = XLSXReader.Row(number: n, cells: [])
            nextRow = n + 1
            nextColumn = 1
        case "c":
            cellColumn = attributeDict["r"].flatMap(XLSXReader.column(of:)) ?? nextColumn
            nextColumn = cellColumn + 1
            cellType = attributeDict["t"] ?? "n"
            cellStyle = attributeDict["s"].flatMap(Int.init) ?? 0
            value = nil
            inlineText = ""
        case "v":
            text = ""
            collecting = true
        case "t":
            if cellType == "inlineStr" {
                text = ""
                collecting = true
            }
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if collecting { text += string }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        switch XMLScan.local(elementName) {
        case "v":
            value = text
            collecting = false
        case "t":
            if cellType == "inlineStr" {
                inlineText += text
                collecting = false
            }
        case "c":
            let cell: XLSXReader.Cell.Value?
            switch cellType {
            case "s":
                cell = value.flatMap(Int.init).flatMap { $0 >= 0 && $0 < shared.count ? .text(shared[$0]) : nil }
            case "inlineStr":
                cell = .text(inlineText)
            case "str", "e":
                cell = value.map { .text($0) }
            case "b":
                cell = value.map { .text($0 == "1" ? "TRUE" : "FALSE") }
            default:
                if let v = value, !v.isEmpty {
                    if dateStyles.contains(cellStyle), let serial = Double(v), serial >= 1,
                       let day = ExcelDate.day(serial: Int(serial.rounded(.down))) {
                        cell = .date(CivilDate.isoString(day))
                    } else {
                        cell = .number(v)
                    }
                } else {
                    cell = nil
                }
            }
            if let cell { row?.cells.append(XLSXReader.Cell(column: cellColumn, value: cell)) }
        case "row":
            if let row { rows.append(row) }
            row = nil
        default: break
        }
    }
}
