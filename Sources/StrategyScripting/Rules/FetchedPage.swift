public import Foundation

/// A source page as the server sent it.
public struct FetchedPage: Sendable, Hashable {
    /// The URL asked for.
    public var url: String
    /// Where the page was in the end, after redirects.
    public var finalURL: String
    /// How many redirects were followed.
    public var redirects: Int
    /// The `Content-Type` header, if any.
    public var contentType: String?
    /// The body, at most the fetcher's cap.
    public var body: Data

    /// Creates a page.
    public init(url: String, finalURL: String, redirects: Int = 0, contentType: String?, body: Data) {
        self.url = url
        self.finalURL = finalURL
        self.redirects = redirects
        self.contentType = contentType
        self.body = body
    }

    /// Whether the page is somewhere else than asked for.
    public var moved: Bool { finalURL != url }
}
