public import LuaHost
import StrategyKit
import TextAnalysis

extension PluginAPI {
    /// The host functions behind `smkit.text.analyze`: the prelude wraps their plain results
    /// in read-only analysis objects (see Lua/prelude.lua, "text analysis").
    static func textNatives(in lua: LuaState) -> LuaTable {
        let natives = lua.newTable()
        let cache = TextAnalysisCache()
        natives.rawSet("analyze", .function(lua.function(name: "smkit.text.analyze") { call in
            let analysis = cache.analysis(of: try call.string(1), language: try language(call))
            try call.push(.array(analysis.intents().map(evidenceData)))
            return 1
        }))
        natives.rawSet("tokens", .function(lua.function(name: "smkit.text.analyze") { call in
            let analysis = cache.analysis(of: try call.string(1), language: try language(call))
            try call.push(.array(analysis.tokens.map(tokenData)))
            return 1
        }))
        natives.rawSet("intent_name", .function(lua.function(name: "smkit.text.analyze") { call in
            let name = try call.string(1)
            if let intent = EntryIntent(name: name) {
                call.push(intent.rawValue)
                return 1
            }
            call.pushNil()
            if let suggestion = StringDistance.suggestion(for: name, among: EntryIntent.allCases.map(\.rawValue)) {
                call.push(suggestion)
            } else {
                call.pushNil()
            }
            return 2
        }))
        return natives
    }

    private static func language(_ call: LuaCall) throws(LuaArgumentError) -> TextLanguage? {
        guard let name = try call.optionalString(2) else { return nil }
        guard let language = TextLanguage(rawValue: name) else { throw call.argumentError(2, "\"de\" or \"en\" expected") }
        return language
    }

    /// Byte positions are Lua's: from 1, `last` inclusive, so `s:sub(e.offset, e.last)` is the span.
    private static func evidenceData(_ e: IntentEvidence) -> LuaData {
        .record([
            "intent": .string(e.intent.rawValue), "text": .string(e.text), "trigger": .string(e.trigger),
            "offset": .integer(Int64(e.utf8Offset + 1)), "last": .integer(Int64(e.utf8Offset + e.text.utf8.count)),
            "line": .integer(Int64(e.line)), "column": .integer(Int64(e.column)),
            "negated": .boolean(e.negated), "question": .boolean(e.question), "quoted": .boolean(e.quoted),
        ])
    }

    private static func tokenData(_ t: TextToken) -> LuaData {
        .record([
            "text": .string(t.text), "folded": .string(t.folded), "stem": .string(t.stem), "kind": .string(t.kind.rawValue),
            "offset": .integer(Int64(t.utf8Offset + 1)), "last": .integer(Int64(t.utf8Offset + t.text.utf8.count)),
            "line": .integer(Int64(t.line)), "column": .integer(Int64(t.column)),
        ])
    }
}

/// The last few analyses: every plugin asks about the same subject text, and a check run
/// asks for evidence and tokens separately.
final class TextAnalysisCache: @unchecked Sendable {
    private var entries: [(key: String, language: TextLanguage?, analysis: TextAnalysis)] = []

    func analysis(of text: String, language: TextLanguage?) -> TextAnalysis {
        if let hit = entries.first(where: { $0.language == language && $0.key == text }) { return hit.analysis }
        let analysis = TextAnalysis(text, language: language)
        if entries.count == 4 { entries.removeFirst() }
        entries.append((text, language, analysis))
        return analysis
    }
}
