import Testing
@testable import BenchmarkKit

@Test func versionIsSet() {
    #expect(!BenchmarkKit.version.isEmpty)
}
