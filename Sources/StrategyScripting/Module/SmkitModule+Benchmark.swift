import BenchmarkKit
import StrategyKit
import LuaHost

extension SmkitModule {
    /// `smkit.metric`, `smkit.benchmark` and the `smkit.Series` type custom metrics work on.
    static func installBenchmark(in lua: LuaState, module: LuaTable, context: SmkitContext,
                                 add: (String, @escaping LuaHostFunction) -> Void) {
        lua.registerType(Series.self, name: "smkit.Series") { type in
            type.field("competitor") { .string(LuaString($0.competitor)) }
            type.field("platform") { .string(LuaString($0.platform)) }
            type.field("count") { .integer(Int64($0.count)) }
            type.method("sum") { series, call in
                guard let value = series.sum(try measure(call, 2)) else { return 0 }
                call.push(value)
                return 1
            }
            type.method("values") { series, call in
                // Known values in day order (missing days left out).
                try call.push(LuaData.array(series.knownValues(try measure(call, 2)).map { .number($0) }))
                return 1
            }
            type.method("first") { series, call in
                guard let first = series.firstKnown(try measure(call, 2)) else { return 0 }
                call.push(first.value)
                call.push(CivilDate.isoString(first.day))
                return 2
            }
            type.method("last") { series, call in
                guard let last = series.lastKnown(try measure(call, 2)) else { return 0 }
                call.push(last.value)
                call.push(CivilDate.isoString(last.day))
                return 2
            }
            type.method("days") { series, call in
                try call.push(LuaData.array(series.days.map { .string(CivilDate.isoString($0)) }))
                return 1
            }
            type.toString { "smkit.Series(\($0.competitor) on \($0.platform), \($0.count) days)" }
        }

        add("metric") { [weak lua] call in
            guard let lua else { return 0 }
            // smkit.metric { id, name = {de, en}, definition = "...", numerator, denominator,
            //                aggregation, unit, direction, compute = function(series, info) ... end }
            let spec = try call.table(1)
            guard let id = spec.rawGet("id").stringValue, !id.isEmpty else { throw call.argumentError(1, "field 'id' (a string) is required") }
            guard case .function(let compute) = spec.rawGet("compute") else {
                throw call.argumentError(1, "field 'compute' (a function) is required")
            }
            if Metric.builtIn(id) != nil || context.customMetrics.contains(where: { $0.id == id }) {
                throw call.argumentError(1, "a metric with id '\(id)' exists already")
            }
            func text(_ key: String, _ fallback: String) -> LocalizedText {
                switch spec.rawGet(key) {
                case .string(let s): return LocalizedText(en: s.description, de: s.description)
                case .table(let t):
                    let en = t.rawGet("en").stringValue, de = t.rawGet("de").stringValue
                    return LocalizedText(en: en ?? de ?? fallback, de: de ?? en ?? fallback)
                default: return LocalizedText(en: fallback, de: fallback)
                }
            }
            guard let numerator = spec.rawGet("numerator").stringValue else {
                throw call.argumentError(1, "field 'numerator' (what is counted) is required: every metric states its definition")
            }
            let unit = spec.rawGet("unit").stringValue.map { MetricUnit(rawValue: $0) } ?? .ratio
            guard let unit else { throw call.argumentError(1, "unknown unit '\(spec.rawGet("unit"))'") }
            let direction = spec.rawGet("direction").stringValue.map { MetricDirection(rawValue: $0) } ?? .higherIsBetter
            guard let direction else { throw call.argumentError(1, "direction must be higher_is_better or lower_is_better") }
            let definition = MetricDefinition(
                id: id, name: text("name", id), summary: text("definition", numerator),
                numerator: numerator, denominator: spec.rawGet("denominator").stringValue,
                aggregation: Aggregation(rawValue: spec.rawGet("aggregation").stringValue ?? "custom"),
                unit: unit, direction: direction,
                sources: [], notes: spec.rawGet("notes").stringValue ?? "custom metric defined in Lua")
            context.customMetrics.append(LuaMetric(state: lua, function: compute, definition: definition).metric)
            return 0
        }

        add("benchmark") { call in
            // smkit.benchmark(path, { organization = "...", metrics = {"id", ...}, skip_invalid = true })
            let path = try call.string(1)
            let options = try call.optionalTable(2)
            var importOptions = ImportOptions()
            importOptions.skipInvalidRows = options?.rawGet("skip_invalid").isTruthy ?? false
            let data: BenchmarkData
            do {
                data = try BenchmarkImporter.load(path: path, options: importOptions)
            } catch {
                throw LuaHostError("cannot import \(path):\n\(error)")
            }
            var benchmark = BenchmarkOptions(organization: options?.rawGet("organization").stringValue)
            benchmark.metrics = Metric.defaults + context.customMetrics
            if let wanted = options?.rawGet("metrics").tableValue?.arrayValues.compactMap(\.stringValue), !wanted.isEmpty {
                benchmark.metrics = try wanted.map { id in
                    guard let metric = benchmark.metrics.first(where: { $0.id == id }) else {
                        throw call.argumentError(2, "unknown metric '\(id)'")
                    }
                    return metric
                }
            }
            try call.push(try encoder.encode(BenchmarkEngine.run(data, options: benchmark)))
            return 1
        }
    }

    private static func measure(_ call: LuaCall, _ index: Int) throws -> Measure {
        let name = try call.string(index)
        guard let measure = Measure.allCases.first(where: { $0.name == name }) else {
            let names = Measure.allCases.map(\.name).joined(separator: ", ")
            throw call.argumentError(index, "unknown measure '\(name)' (one of \(names))")
        }
        return measure
    }
}
