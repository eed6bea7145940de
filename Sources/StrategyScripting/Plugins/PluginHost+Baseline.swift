public import LuaHost
public import StrategyKit

extension PluginHost {
    /// Subjects prepared for ``runBaseline(_:rounds:)``: plain Lua tables in this state.
    public struct BaselineSubjects {
        let prepared: LuaValue
        /// How many subjects there are.
        public let count: Int
    }

    /// Prepares subjects for the benchmark baseline: the same data as plain tables, without
    /// read-only proxies, with the applicable checks looked up once.
    public func prepareBaseline(_ subjects: [CheckSubject]) throws -> BaselineSubjects {
        var items: [LuaData] = []
        for subject in subjects {
            let data = SubjectData.subject(subject)
            items.append(.record(["kind": .string(subject.kind.rawValue), "data": data,
                                  "platforms": .array(subject.platforms.map { .string($0) })]))
        }
        let prepared = try controls.benchPrepare.call(lua.value(.array(items))).first ?? .nil
        return BaselineSubjects(prepared: prepared, count: subjects.count)
    }

    /// The baseline: a plain Lua loop calling the registered check functions on the prepared
    /// tables `rounds` times, with a report that only counts. Returns the number of reports.
    public func runBaseline(_ subjects: BaselineSubjects, rounds: Int) throws(LuaError) -> Int {
        let result = try controls.benchRun.call(subjects.prepared, .integer(Int64(rounds)))
        return Int(result.first?.intValue ?? 0)
    }
}
