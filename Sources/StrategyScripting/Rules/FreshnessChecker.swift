import Foundation
public import StrategyKit

/// Looks for each rule's quote on its source page.
///
/// Each distinct URL is fetched once, a few at a time; a rule without a quote is not fetched
/// for. Fresh rules are recorded in the state with the day of the run.
public struct FreshnessChecker: Sendable {
    /// Fetches one page (blocking); ``PageFetcher/fetch(_:)`` in production.
    public var fetch: @Sendable (String) -> Result<FetchedPage, PageFetchFailure>
    /// How many pages are fetched at the same time.
    public var parallel: Int

    /// Creates a checker.
    public init(parallel: Int = 4, fetch: @escaping @Sendable (String) -> Result<FetchedPage, PageFetchFailure>) {
        self.parallel = max(1, parallel)
        self.fetch = fetch
    }

    /// Checks `rules`, reading and updating `state`.
    public func run(_ rules: [CheckDescriptor], state: inout FreshnessState, today: CalendarDate) -> FreshnessReport {
        let urls = Array(Set(rules.filter { !($0.quote ?? "").isEmpty }.map(\.source))).sorted()
        let pages = fetchAll(urls)
        var results: [RuleFreshness] = []
        for rule in rules {
            guard let quote = rule.quote, !quote.isEmpty, let page = pages[rule.source] else {
                results.append(RuleFreshness(rule: rule, status: .noQuote))
                continue
            }
            switch page {
            case .failure(let failure):
                results.append(RuleFreshness(rule: rule, status: .unreachable(failure)))
            case .success(let (fetched, text)):
                let moved = fetched.moved ? fetched.finalURL : nil
                let hash = FreshnessState.hash(quote: quote)
                if QuoteMatcher.contains(normalizedText: text, quote: quote) {
                    state.record(FreshnessState.Entry(plugin: rule.pluginID, rule: rule.id, quoteHash: hash,
                                                      lastSeen: today, url: rule.source))
                    results.append(RuleFreshness(rule: rule, status: .fresh, movedTo: moved))
                } else if let seen = state.lastSeen(plugin: rule.pluginID, rule: rule.id, quoteHash: hash) {
                    results.append(RuleFreshness(rule: rule, status: .changed(lastSeen: seen, fromState: true), movedTo: moved))
                } else {
                    results.append(RuleFreshness(rule: rule, status: .changed(lastSeen: rule.read, fromState: false),
                                                 movedTo: moved))
                }
            }
        }
        return FreshnessReport(results: results, checked: today)
    }

    /// Each page fetched and turned into normalised text, `parallel` at a time.
    private func fetchAll(_ urls: [String]) -> [String: Result<(FetchedPage, String), PageFetchFailure>] {
        let box = ResultBox()
        let group = DispatchGroup()
        let slots = DispatchSemaphore(value: parallel)
        let fetch = self.fetch
        for url in urls {
            slots.wait()
            group.enter()
            Thread.detachNewThread {
                defer {
                    slots.signal()
                    group.leave()
                }
                let outcome = fetch(url).flatMap { page in
                    PageContent.text(of: page).map { (page, QuoteMatcher.normalized($0)) }
                }
                box.set(url, outcome)
            }
        }
        group.wait()
        return box.values
    }
}

/// Results written from the fetching threads.
private final class ResultBox: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [String: Result<(FetchedPage, String), PageFetchFailure>] = [:]

    func set(_ url: String, _ value: Result<(FetchedPage, String), PageFetchFailure>) {
        lock.lock()
        stored[url] = value
        lock.unlock()
    }

    var values: [String: Result<(FetchedPage, String), PageFetchFailure>] {
        lock.lock()
        defer { lock.unlock() }
        return stored
    }
}
