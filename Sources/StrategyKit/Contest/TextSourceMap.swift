/// Where each character of a text field's value was written in its file.
///
/// YAML folds, indents and escapes a scalar, so the value a check reads is not the text
/// of the file: a literal block (`text: |`) loses its indentation, a folded or plain scalar
/// turns line breaks into spaces, a quoted one resolves escapes. The map aligns the value
/// with the source, character by character, so a finding about a phrase in the text can
/// point at the phrase's own line and column.
public struct TextSourceMap: Sendable, Hashable {
    /// A value offset whose position does not follow from the anchor before it.
    struct Anchor: Sendable, Hashable {
        var offset: Int
        var line: Int
        var column: Int
    }

    var anchors: [Anchor]
    /// The value's UTF-8 bytes, to count characters between an anchor and an offset.
    var value: [UInt8]

    /// Aligns `value` with the scalar written at `line`/`column` (1-based) of `source`.
    public init(value: String, source: [UInt8], line: Int, column: Int) {
        self.value = Array(value.utf8)
        anchors = []
        var start = 0, currentLine = 1
        while currentLine < line, start < source.count {
            if source[start] == UInt8(ascii: "\n") { currentLine += 1 }
            start += 1
        }
        // A scalar's source is at most a few times its value (indentation, escapes).
        let end = min(source.count, start + 4 * self.value.count + 4096)
        let sourceScalars = Self.scalars(source[start..<end], line: line)
        var cursor = sourceScalars.firstIndex { $0.column >= column } ?? sourceScalars.endIndex
        var offset = 0
        var previous: Anchor?
        for scalar in value.unicodeScalars {
            var target: (line: Int, column: Int)
            if Self.isSpace(scalar) {
                // Folding and indentation make spaces and breaks unreliable: keep the position
                // and step over one blank of the source when there is one.
                target = cursor < sourceScalars.endIndex ? (sourceScalars[cursor].line, sourceScalars[cursor].column)
                                                         : (previous?.line ?? line, (previous?.column ?? column) + 1)
                if cursor < sourceScalars.endIndex, Self.isSpace(sourceScalars[cursor].scalar) { cursor += 1 }
            } else {
                // The next source character equal to this one, within a short look-ahead that
                // covers indentation, line breaks, quotes and escapes.
                let limit = min(sourceScalars.endIndex, cursor + 24)
                if let found = (cursor..<limit).first(where: { sourceScalars[$0].scalar == scalar }) {
                    target = (sourceScalars[found].line, sourceScalars[found].column)
                    cursor = found + 1
                } else if cursor < sourceScalars.endIndex {
                    target = (sourceScalars[cursor].line, sourceScalars[cursor].column)
                } else {
                    target = (previous?.line ?? line, (previous?.column ?? column) + 1)
                }
            }
            if let last = previous, last.line == target.line, last.column + 1 == target.column {
                previous = Anchor(offset: offset, line: target.line, column: target.column)
            } else {
                let anchor = Anchor(offset: offset, line: target.line, column: target.column)
                anchors.append(anchor)
                previous = anchor
            }
            offset += String(scalar).utf8.count
        }
    }

    /// The length of the value in UTF-8 bytes.
    public var utf8Count: Int { value.count }

    /// The file position of the character at `utf8Offset` in the value.
    public func position(ofUTF8Offset utf8Offset: Int) -> FieldPosition? {
        guard let first = anchors.first, utf8Offset >= 0 else { return nil }
        var low = 0, high = anchors.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if anchors[mid].offset <= utf8Offset { low = mid } else { high = mid - 1 }
        }
        let anchor = anchors[low].offset <= utf8Offset ? anchors[low] : first
        // Characters between the anchor and the offset sit on the anchor's line, one column each.
        var characters = 0
        var i = anchor.offset
        let end = min(utf8Offset, value.count)
        while i < end {
            if value[i] & 0xC0 != 0x80 { characters += 1 }
            i += 1
        }
        if i < utf8Offset { characters += utf8Offset - i }
        return FieldPosition(line: anchor.line, column: anchor.column + characters)
    }

    private struct SourceScalar {
        var scalar: Unicode.Scalar
        var line: Int
        var column: Int
    }

    /// The source's characters from `start` on, with their positions (columns count characters).
    private static func scalars(_ source: ArraySlice<UInt8>, line: Int) -> [SourceScalar] {
        var result: [SourceScalar] = []
        var line = line, column = 1
        let text = String(decoding: source, as: UTF8.self)
        for scalar in text.unicodeScalars {
            if scalar == "\r" { continue }
            result.append(SourceScalar(scalar: scalar, line: line, column: column))
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return result
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r"
    }
}
