public import LuaHost
public import StrategyKit

extension PluginHost {
    /// Runs the scorer `id` on an item (a platform or draft as Lua data) with a context table.
    ///
    /// The scorer returns `{ value = number, terms = { { label, value, weight, reason }, ... } }`;
    /// anything else is a failure of the plugin.
    public func score(_ id: String, item: LuaData, context: LuaData = .table([])) throws(PluginFailure) -> Score {
        guard let scorer = scorers.first(where: { $0.id == id }) else {
            let known = scorers.map(\.id).joined(separator: ", ")
            throw PluginFailure(pluginID: "smkit", phase: .score, message: "unknown scorer '\(id)'; known: \(known)")
        }
        guard plugin(scorer.pluginID)?.enabled == true else {
            throw PluginFailure(pluginID: scorer.pluginID, phase: .score, message: "the plugin is disabled after an earlier failure",
                                ruleID: id)
        }
        let output: LuaData
        do {
            let results = try controls.score.call(.integer(Int64(scorer.index)), lua.value(item), lua.value(context))
            output = try results.first?.detached() ?? .nil
        } catch {
            let failed = failure(from: error, plugin: scorer.pluginID, phase: .score, ruleID: id)
            if failed.limit != nil { disable(scorer.pluginID) }
            throw failed
        }
        func bad(_ why: String) -> PluginFailure {
            PluginFailure(pluginID: scorer.pluginID, phase: .score, message: "scorer '\(id)' returned \(why)", ruleID: id)
        }
        guard output.isTable, let value = output["value"].double, value.isFinite else {
            throw bad("no finite 'value' (expected { value = number, terms = {...} })")
        }
        var terms: [ScoreTerm] = []
        for (i, term) in output["terms"].arrayValues.enumerated() {
            guard let label = term["label"].localized, let termValue = term["value"].double, termValue.isFinite else {
                throw bad("a term #\(i + 1) without 'label' or a finite 'value'")
            }
            let weight = term["weight"].double ?? 1
            guard weight.isFinite, weight >= 0 else { throw bad("term #\(i + 1) with a negative or infinite 'weight'") }
            terms.append(ScoreTerm(label: label, value: termValue, weight: weight,
                                   reason: term["reason"].localized ?? LocalizedText("")))
        }
        return Score(value: value, terms: terms)
    }
}
