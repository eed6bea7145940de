import Foundation

/// Turns a fetched body into text by its media type and character set.
///
/// HTML and XHTML (and XML) go through ``HTMLTextExtractor``; `text/plain` and other `text/*`
/// types are taken as they are; everything else (PDF, images, downloads) is no text. A body
/// without a `Content-Type` is sniffed: `%PDF-` or NUL bytes mean no text, anything else is
/// read as HTML. The character set comes from the header, else from a `<meta charset>` near
/// the start, else UTF-8, falling back to Windows-1252 for bytes that are no UTF-8.
public enum PageContent {
    /// The text of `page`, or why it has none.
    public static func text(of page: FetchedPage) -> Result<String, PageFetchFailure> {
        let (type, charset) = mediaType(page.contentType)
        let body = page.body
        let start = body.prefix(1024)
        if type == "application/pdf" || start.starts(with: Array("%PDF-".utf8)) {
            return .failure(.notText(contentType: "application/pdf"))
        }
        let html: Bool
        switch type {
        case "text/html", "application/xhtml+xml", "application/xml", "text/xml": html = true
        case "": 
            if start.contains(0) { return .failure(.notText(contentType: "unknown")) }
            html = true
        default:
            guard type.hasPrefix("text/") || type == "application/json" else {
                return .failure(.notText(contentType: type))
            }
            html = false
        }
        let decoded = decode(body, charset: charset ?? (html ? metaCharset(start) : nil))
        return .success(html ? HTMLTextExtractor.text(from: decoded) : HTMLTextExtractor.collapsedWhitespace(decoded))
    }

    /// The lower-cased media type and the charset parameter of a `Content-Type` value.
    static func mediaType(_ header: String?) -> (String, String?) {
        guard let header else { return ("", nil) }
        let parts = header.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        let type = parts.first?.lowercased() ?? ""
        var charset: String?
        for parameter in parts.dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if pair.count == 2, pair[0].lowercased() == "charset" {
                charset = pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\"'")).lowercased()
            }
        }
        return (type, charset)
    }

    /// `<meta charset="…">` or `content="…; charset=…"` in the first bytes of a page.
    static func metaCharset(_ start: Data) -> String? {
        let head = String(decoding: start, as: UTF8.self).lowercased()
        guard let range = head.range(of: "charset=") else { return nil }
        let value = head[range.upperBound...].drop { $0 == "\"" || $0 == "'" }
            .prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
        return value.isEmpty ? nil : String(value)
    }

    /// The body as a string in its character set.
    static func decode(_ body: Data, charset: String?) -> String {
        switch charset {
        case "iso-8859-1", "latin1", "latin-1", "iso8859-1", "windows-1252", "cp1252", "us-ascii", "ascii":
            return windows1252(body)
        default:
            if let text = String(data: body, encoding: .utf8) { return text }
            // No valid UTF-8 and no usable charset: the old web's default.
            return charset == nil ? windows1252(body) : String(decoding: body, as: UTF8.self)
        }
    }

    static func windows1252(_ body: Data) -> String {
        var scalars = String.UnicodeScalarView()
        for byte in body {
            let value = HTMLEntities.windows1252[UInt32(byte)] ?? UInt32(byte)
            scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
        }
        return String(scalars)
    }
}
