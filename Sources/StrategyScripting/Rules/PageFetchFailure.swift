public import StrategyKit

/// Why a rule's source page could not be read.
public enum PageFetchFailure: Sendable, Hashable, Error {
    /// The server answered with a status outside 200–299 (after redirects).
    case httpStatus(Int)
    /// No complete answer within the time-out.
    case timedOut(seconds: Double)
    /// No connection: unknown host, refused, reset.
    case cannotConnect(String)
    /// The TLS handshake or the certificate check failed.
    case tls(String)
    /// More redirects than allowed (a loop, usually).
    case tooManyRedirects(limit: Int)
    /// The answer is no text: a PDF, an image, a download.
    case notText(contentType: String)
    /// The body exceeds the size cap.
    case tooLarge(limit: Int)
    /// The URL (or a redirect's target) is not http or https.
    case unsupportedURL(String)
    /// Anything else the HTTP client reported.
    case other(String)

    /// One line saying what went wrong.
    public func text(in language: Language) -> String {
        let de = language == .de
        switch self {
        case .httpStatus(let code):
            let reason = Self.reasons[code].map { " " + $0 } ?? ""
            return "HTTP \(code)\(reason)"
        case .timedOut(let seconds):
            let shown = seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
            return de ? "Zeitüberschreitung: keine Antwort nach \(shown) s" : "timed out: no answer after \(shown) s"
        case .cannotConnect(let detail):
            return (de ? "keine Verbindung" : "could not connect") + (detail.isEmpty ? "" : " (\(detail))")
        case .tls(let detail):
            return (de ? "TLS-Fehler" : "TLS failed") + (detail.isEmpty ? "" : " (\(detail))")
        case .tooManyRedirects(let limit):
            return de ? "zu viele Weiterleitungen (mehr als \(limit))" : "too many redirects (more than \(limit))"
        case .notText(let type):
            return de ? "kein Text (\(type)); PDF und andere Dokumente werden nicht gelesen, bitte von Hand prüfen"
                      : "not text (\(type)); PDFs and other documents are not read, check by hand"
        case .tooLarge(let limit):
            return de ? "größer als \(limit / 1_048_576) MiB" : "larger than \(limit / 1_048_576) MiB"
        case .unsupportedURL(let url):
            return de ? "keine http- oder https-Adresse: \(url)" : "not an http or https URL: \(url)"
        case .other(let detail):
            return (de ? "Abruf fehlgeschlagen: " : "fetch failed: ") + detail
        }
    }

    /// A short machine-readable kind, for JSON.
    public var kind: String {
        switch self {
        case .httpStatus: "http_status"
        case .timedOut: "timeout"
        case .cannotConnect: "connection"
        case .tls: "tls"
        case .tooManyRedirects: "too_many_redirects"
        case .notText: "not_text"
        case .tooLarge: "too_large"
        case .unsupportedURL: "unsupported_url"
        case .other: "other"
        }
    }

    static let reasons: [Int: String] = [
        400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found", 405: "Method Not Allowed",
        406: "Not Acceptable", 408: "Request Timeout", 410: "Gone", 429: "Too Many Requests",
        451: "Unavailable For Legal Reasons", 500: "Internal Server Error", 502: "Bad Gateway",
        503: "Service Unavailable", 504: "Gateway Timeout",
        300: "Multiple Choices", 301: "Moved Permanently", 302: "Found", 303: "See Other", 304: "Not Modified",
        307: "Temporary Redirect", 308: "Permanent Redirect",
    ]
}
