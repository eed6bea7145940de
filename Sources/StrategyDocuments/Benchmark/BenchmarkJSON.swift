public import BenchmarkKit
public import StrategyKit

/// `smkit benchmark --format json` and the `benchmark` member of the report's JSON: the
/// result as data (docs/schemas/benchmark.schema.json).
///
/// Numbers are numbers, competitors are named as in the data (no markers), platforms and
/// metrics by id, units, directions and aggregations as their lowercase ids; texts the
/// domain gives in both languages are `{"de", "en"}`. Nothing depends on `--lang`, so a
/// German and an English run write the same bytes.
public struct BenchmarkJSON: Sendable, Codable {
    /// Names the layout; the schema's `const`.
    public var schema = BenchmarkJSON.schemaID
    /// The program and version that computed the result.
    public var tool: String
    /// The competitor that is the organisation, as named in the data; `nil` when none was given or found.
    public var organization: String?
    /// The names looked for when the organisation was not found in the data, with the note in both languages.
    public var organizationMissing: OrganizationMissing?
    /// First and last day over all platforms.
    public var period: Period?
    /// The definition of every metric in the tables.
    public var definitions: [MetricDefinition]
    /// Per platform: tables per metric and weekly trends.
    public var platforms: [PlatformBenchmark]
    /// What the import read, skipped and detected.
    public var importReport: ImportReport?
    /// The engine's notes on the data (English; e.g. a metric id given twice).
    public var warnings: [String]

    /// The schema id written in `schema`.
    public static let schemaID = "smkit.benchmark/1"

    /// The organisation the caller looked for and did not find.
    public struct OrganizationMissing: Sendable, Codable, Hashable {
        /// The names tried (`--organization`, or the workspace's `organization.export_names` and name).
        public var names: [String]
        /// What this means for the result.
        public var message: LocalizedText

        public init(names: [String], message: LocalizedText) {
            self.names = names
            self.message = message
        }
    }

    /// The data of a result; `missing` when the organisation was looked for and is not in the data.
    public init(_ result: BenchmarkResult, organizationMissing missing: OrganizationMissing? = nil) {
        tool = result.tool
        organization = result.organization
        organizationMissing = missing
        period = result.period
        definitions = result.definitions
        platforms = result.platforms
        importReport = result.importReport
        warnings = result.warnings
    }
}
