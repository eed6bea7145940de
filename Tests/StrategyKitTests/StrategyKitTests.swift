import Testing
@testable import StrategyKit

@Test func versionIsSet() {
    #expect(!StrategyKit.version.isEmpty)
}
