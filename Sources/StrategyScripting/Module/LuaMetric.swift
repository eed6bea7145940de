import BenchmarkKit
import LuaHost

/// A benchmark metric defined in Lua with `smkit.metric { ... }`.
///
/// The compute function gets the competitor's series as a `smkit.Series`
/// userdata and a context table; it returns a number, or `nil` and a reason.
/// Lua errors become "n/a" with the error as the reason, so one broken custom
/// metric cannot stop a benchmark.
final class LuaMetric: @unchecked Sendable {
    // The engine calls metrics one at a time on the caller's thread (BenchmarkEngine
    // runs single-threaded), which is what makes sharing the state safe here.
    // Weak: the state owns this metric's function (through the context's closures),
    // so a strong reference would keep the state alive forever.
    weak var state: LuaState?
    let function: LuaFunction
    let definition: MetricDefinition

    init(state: LuaState, function: LuaFunction, definition: MetricDefinition) {
        self.state = state
        self.function = function
        self.definition = definition
    }

    var metric: Metric {
        Metric(definition: definition) { [self] context in compute(context) }
    }

    func compute(_ context: MetricContext) -> MetricValue {
        let info = LuaData.record([
            "competitor": .string(context.competitor),
            "platform": .string(context.platform),
            "is_organization": .boolean(context.isOrganization),
            "first_day": .string(CivilDate.isoString(context.window.lowerBound)),
            "last_day": .string(CivilDate.isoString(context.window.upperBound)),
            "platform_totals": .record(Dictionary(uniqueKeysWithValues: Measure.allCases.compactMap { measure in
                context.platformTotals.total(measure).map { (measure.name, LuaData.number($0)) }
            })),
        ])
        guard let state else { return .na("the Lua state of this metric is closed") }
        do {
            let results = try function.call(state.value(object: context.series), state.value(info))
            switch results.first {
            case .some(.integer(let i)): return MetricValue(Double(i), samples: context.series.count)
            case .some(.number(let d)) where d.isFinite: return MetricValue(d, samples: context.series.count)
            case .some(.number): return .na("not a finite number", samples: context.series.count)
            default:
                let reason = results.count > 1 ? results[1].stringValue : nil
                return .na(reason ?? "no value", samples: context.series.count)
            }
        } catch {
            return .na("Lua error: \(error.description)", samples: context.series.count)
        }
    }
}
