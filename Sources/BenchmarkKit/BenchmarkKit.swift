/// BenchmarkKit: competitor benchmark import and metrics in plain Swift (no Lua).
///
/// - ``BenchmarkImporter`` reads long-form CSV or JSON into ``BenchmarkData``.
/// - ``Metric`` pairs a ``MetricDefinition`` with a compute closure;
///   ``Metric/defaults`` are the built-in metrics (domain-facts §3).
/// - ``BenchmarkEngine`` computes a ``BenchmarkResult`` (tables per platform ×
///   metric with ranks, percentiles, gaps, and weekly trends).
public enum BenchmarkKit {
    public static let version = "0.1.0"
}

/// Reads a competitor CSV with the default options and computes the default
/// metrics; the entry point behind `smkit benchmark`.
///
/// - Parameters:
///   - csvPath: long-form CSV (or `.json`) file.
///   - organization: the competitor the benchmark is for (for gaps).
/// - Throws: ``ImportError`` with `file:line:column` diagnostics.
public func runDefaultBenchmark(csvPath: String, organization: String? = nil,
                                importOptions: ImportOptions = ImportOptions()) throws -> BenchmarkResult {
    let data = try BenchmarkImporter.load(path: csvPath, options: importOptions)
    return BenchmarkEngine.run(data, options: BenchmarkOptions(organization: organization))
}
