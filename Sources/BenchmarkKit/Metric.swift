/// A metric: its definition and the closure that computes it.
///
/// The built-in metrics are in ``Metric/defaults``. Custom metrics (later also
/// defined in Lua) are made the same way and appear in the same tables:
///
/// ```swift
/// let savesPerPost = Metric(definition: MetricDefinition(
///     id: "likes_per_post", name: .init(en: "Likes per post", de: "Likes pro Beitrag"),
///     summary: .init(en: "…", de: "…"), numerator: "likes", denominator: "posts",
///     aggregation: .ratioOfSums, unit: .perPost, sources: [])) { ctx in
///     guard let likes = ctx.series.sum(.likes), let posts = ctx.series.sum(.posts), posts > 0 else {
///         return .na("no posts")
///     }
///     return MetricValue(likes / posts, samples: ctx.series.count)
/// }
/// ```
public struct Metric: Sendable {
    public var definition: MetricDefinition
    public var compute: @Sendable (MetricContext) -> MetricValue

    public init(definition: MetricDefinition, compute: @escaping @Sendable (MetricContext) -> MetricValue) {
        self.definition = definition
        self.compute = compute
    }

    public var id: String { definition.id }
}
