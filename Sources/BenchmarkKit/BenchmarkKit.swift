/// BenchmarkKit: competitor benchmark import and metrics in plain Swift (no Lua).
public enum BenchmarkKit {
    public static let version = "0.1.0"
}
