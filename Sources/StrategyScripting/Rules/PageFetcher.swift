import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Fetches rule source pages over HTTP(S) with Foundation's URL loading (libcurl on Linux).
///
/// One GET per call: redirects are followed up to ``maxRedirects`` (http and https only), the
/// whole fetch (redirects included) ends after ``timeout`` seconds, bodies beyond ``maxBytes``
/// and answers that are no text end early. No cookies are sent or kept, nothing is cached.
public struct PageFetcher: Sendable {
    /// Seconds one page may take, redirects included.
    public var timeout: Double
    /// Redirects followed before giving up.
    public var maxRedirects: Int
    /// The most bytes of a body read.
    public var maxBytes: Int
    /// The `User-Agent` header.
    public var userAgent: String

    /// Creates a fetcher.
    public init(timeout: Double = 15, maxRedirects: Int = 5, maxBytes: Int = 8 * 1_048_576, userAgent: String) {
        self.timeout = timeout
        self.maxRedirects = maxRedirects
        self.maxBytes = maxBytes
        self.userAgent = userAgent
    }

    /// Whether `url` is an http or https URL with a host.
    public static func isWebURL(_ url: String) -> Bool {
        guard let parsed = URL(string: url), let scheme = parsed.scheme?.lowercased() else { return false }
        return (scheme == "http" || scheme == "https") && !(parsed.host ?? "").isEmpty
    }

    /// Fetches `url`, blocking the calling thread until the page is read or has failed.
    public func fetch(_ url: String) -> Result<FetchedPage, PageFetchFailure> {
        guard Self.isWebURL(url), let parsed = URL(string: url) else { return .failure(.unsupportedURL(url)) }
        let configuration = URLSessionConfiguration.ephemeral
        configuration.httpCookieStorage = nil
        configuration.httpShouldSetCookies = false
        configuration.httpCookieAcceptPolicy = .never
        configuration.urlCache = nil
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.timeoutIntervalForRequest = timeout
        configuration.timeoutIntervalForResource = timeout
        let fetch = PageFetch(url: url, maxRedirects: maxRedirects, maxBytes: maxBytes)
        let session = URLSession(configuration: configuration, delegate: fetch, delegateQueue: nil)
        defer { session.invalidateAndCancel() }
        var request = URLRequest(url: parsed, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: timeout)
        request.setValue(userAgent, forHTTPHeaderField: "User-Agent")
        request.setValue("text/html, application/xhtml+xml, text/plain;q=0.9, */*;q=0.5", forHTTPHeaderField: "Accept")
        request.httpShouldHandleCookies = false
        fetch.userAgent = userAgent
        let task = session.dataTask(with: request)
        task.resume()
        // The client's own time-outs are per step; this one bounds the whole fetch.
        if fetch.done.wait(timeout: .now() + timeout) == .timedOut {
            fetch.fail(.timedOut(seconds: timeout))
            task.cancel()
            _ = fetch.done.wait(timeout: .now() + 5)
        }
        return fetch.result(timeout: timeout)
    }
}

/// The state of one fetch, shared with the session's delegate queue.
private final class PageFetch: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    let url: String
    let maxRedirects: Int
    let maxBytes: Int
    var userAgent = ""
    let done = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var redirects = 0
    private var failure: PageFetchFailure?
    private var response: HTTPURLResponse?
    private var finalURL: String?
    private var body = Data()
    private var completionError: (any Error)?
    private var finished = false

    init(url: String, maxRedirects: Int, maxBytes: Int) {
        self.url = url
        self.maxRedirects = maxRedirects
        self.maxBytes = maxBytes
    }

    /// Records the first failure; later ones (the cancellation it causes) do not replace it.
    func fail(_ reason: PageFetchFailure) {
        lock.lock()
        if failure == nil { failure = reason }
        lock.unlock()
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                    newRequest request: URLRequest, completionHandler: @escaping @Sendable (URLRequest?) -> Void) {
        lock.lock()
        redirects += 1
        let count = redirects
        lock.unlock()
        guard count <= maxRedirects else {
            fail(.tooManyRedirects(limit: maxRedirects))
            completionHandler(nil)
            task.cancel()
            return
        }
        guard let target = request.url?.absoluteString, PageFetcher.isWebURL(target) else {
            fail(.unsupportedURL(request.url?.absoluteString ?? "?"))
            completionHandler(nil)
            task.cancel()
            return
        }
        var next = request
        next.setValue(userAgent, forHTTPHeaderField: "User-Agent")
        next.httpShouldHandleCookies = false
        lock.lock()
        finalURL = target
        lock.unlock()
        completionHandler(next)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
                    completionHandler: @escaping @Sendable (URLSession.ResponseDisposition) -> Void) {
        lock.lock()
        let failed = failure != nil
        let http = response as? HTTPURLResponse
        self.response = http
        if let url = response.url?.absoluteString { finalURL = url }
        lock.unlock()
        guard !failed, let http else {
            if !failed { fail(.other("not an HTTP response")) }
            completionHandler(.cancel)
            return
        }
        guard (200..<300).contains(http.statusCode) else {
            fail(.httpStatus(http.statusCode))
            completionHandler(.cancel)
            return
        }
        // A PDF or an image is recognised by its type, before its body is downloaded.
        let (type, _) = PageContent.mediaType(http.value(forHTTPHeaderField: "Content-Type"))
        if !type.isEmpty, !(type.hasPrefix("text/") || type.hasSuffix("+xml") || type == "application/xml"
                             || type == "application/json") {
            fail(.notText(contentType: type))
            completionHandler(.cancel)
            return
        }
        if response.expectedContentLength > Int64(maxBytes) {
            fail(.tooLarge(limit: maxBytes))
            completionHandler(.cancel)
            return
        }
        completionHandler(.allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        lock.lock()
        body.append(data)
        let tooLarge = body.count > maxBytes
        lock.unlock()
        if tooLarge {
            fail(.tooLarge(limit: maxBytes))
            dataTask.cancel()
        }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        lock.lock()
        completionError = error
        if !finished {
            finished = true
            lock.unlock()
            done.signal()
        } else {
            lock.unlock()
        }
    }

    /// What the fetch came to.
    func result(timeout: Double) -> Result<FetchedPage, PageFetchFailure> {
        lock.lock()
        defer { lock.unlock() }
        if let failure { return .failure(failure) }
        if let error = completionError { return .failure(Self.failure(from: error, timeout: timeout, redirects: redirects)) }
        guard let response else { return .failure(.other("no response")) }
        return .success(FetchedPage(url: url, finalURL: finalURL ?? url, redirects: redirects,
                                    contentType: response.value(forHTTPHeaderField: "Content-Type"), body: body))
    }

    static func failure(from error: any Error, timeout: Double, redirects: Int) -> PageFetchFailure {
        guard let error = error as? URLError else { return .other("\(error)") }
        let detail = error.localizedDescription
        switch error.code {
        case .timedOut: return .timedOut(seconds: timeout)
        case .httpTooManyRedirects: return .tooManyRedirects(limit: redirects)
        case .cannotFindHost, .cannotConnectToHost, .dnsLookupFailed, .networkConnectionLost, .notConnectedToInternet,
             .resourceUnavailable, .internationalRoamingOff, .dataNotAllowed, .callIsActive:
            return .cannotConnect(detail)
        case .secureConnectionFailed, .serverCertificateHasBadDate, .serverCertificateUntrusted,
             .serverCertificateHasUnknownRoot, .serverCertificateNotYetValid, .clientCertificateRejected,
             .clientCertificateRequired, .appTransportSecurityRequiresSecureConnection:
            return .tls(detail)
        case .unsupportedURL, .badURL: return .unsupportedURL(error.failingURL?.absoluteString ?? detail)
        case .dataLengthExceedsMaximum: return .other(detail)
        default: return .other(detail)
        }
    }
}
