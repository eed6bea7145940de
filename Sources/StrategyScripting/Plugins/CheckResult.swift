public import StrategyKit

/// What checking produced: findings, and the plugins that failed along the way.
public struct CheckResult: Sendable, Hashable, Codable {
    /// Findings, errors first, then by rule id.
    public var findings: [Finding]
    /// Plugins that failed.
    public var failures: [PluginFailure]

    /// Creates a result.
    public init(findings: [Finding] = [], failures: [PluginFailure] = []) {
        self.findings = findings
        self.failures = failures
    }

    /// Whether a finding of severity `error` is present.
    public var hasErrors: Bool { findings.contains { $0.severity == .error } }

    /// Adds another result.
    public mutating func append(_ other: CheckResult) {
        findings += other.findings
        failures += other.failures
    }

    /// Findings in report order: subject, severity, platform, rule id.
    public var sortedFindings: [Finding] {
        findings.sorted {
            ($0.subjectID, $0.severity, $0.platform ?? "~", $0.ruleID) < ($1.subjectID, $1.severity, $1.platform ?? "~", $1.ruleID)
        }
    }
}
