import LuaHost

/// The host's handles on the plugin API inside one state; never visible to plugins.
public struct PluginAPIControls {
    let begin: LuaFunction
    let finish: LuaFunction
    let makeRequire: LuaFunction
    let runAll: LuaFunction
    let applicable: LuaFunction
    let prepare: LuaFunction
    let runOne: LuaFunction
    let score: LuaFunction
    let disable: LuaFunction
    let publish: LuaFunction
    let apiNames: LuaFunction
    let benchPrepare: LuaFunction
    let benchRun: LuaFunction
    let overLimit: LuaFunction
    let makePrint: LuaFunction
    let fallbackPrint: LuaFunction
    let takeLog: LuaFunction
    let stoppedCheck: LuaFunction
    /// How the host pushes subjects as the read-only views checks receive.
    let viewTemplate: LuaViewTemplate

    init(_ table: LuaTable) throws(LuaError) {
        func function(_ name: String) throws(LuaError) -> LuaFunction {
            guard let f = table.rawGet(name).functionValue else {
                throw LuaError(kind: .runtime, message: "smkit.plugin-api: control '\(name)' is missing")
            }
            return f
        }
        begin = try function("begin")
        finish = try function("finish")
        makeRequire = try function("make_require")
        runAll = try function("run_all")
        applicable = try function("applicable")
        prepare = try function("prepare")
        runOne = try function("run_one")
        score = try function("score")
        disable = try function("disable")
        publish = try function("publish")
        apiNames = try function("api_names")
        benchPrepare = try function("bench_prepare")
        benchRun = try function("bench_run")
        overLimit = try function("over_limit")
        makePrint = try function("make_print")
        fallbackPrint = try function("fallback_print")
        takeLog = try function("take_log")
        stoppedCheck = try function("stopped_check")
        let template = try function("view_template").call()
        guard template.count == 2, case .table(let dataMeta) = template[0], case .table(let proxyMeta) = template[1] else {
            throw LuaError(kind: .runtime, message: "smkit.plugin-api: control 'view_template' returned the wrong values")
        }
        viewTemplate = LuaViewTemplate(dataMetatable: dataMeta, proxyMetatable: proxyMeta)
    }
}
