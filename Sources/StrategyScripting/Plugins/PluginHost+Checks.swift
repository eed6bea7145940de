public import LuaHost
public import StrategyKit

extension PluginHost {
    /// Checks a loaded contest or post file; findings carry `file:line:column` of their field.
    ///
    /// - Parameter platforms: check for these platforms instead of the subject's own.
    public func check(_ document: CheckDocument, platforms: [String]? = nil) -> CheckResult {
        var result = check(document.subject, platforms: platforms)
        for i in result.findings.indices {
            result.findings[i].location = document.location(of: result.findings[i].field)
        }
        return result
    }

    /// Checks a contest or post.
    public func check(_ subject: CheckSubject, platforms: [String]? = nil) -> CheckResult {
        let language: Language? = switch subject {
        case .contest(let contest): contest.language
        case .post(let post): post.language
        }
        return check(kind: subject.kind, data: SubjectData.subject(subject), subjectID: subject.id, platforms: platforms ?? subject.platforms,
                     language: language)
    }

    /// Checks any subject given as Lua data (presence and strategy subjects, scripts).
    ///
    /// All applicable checks run in one call into Lua, each under `pcall`. When a limit
    /// stops that call, the checks run again one call each, so the one that hit the limit
    /// is named and disabled while every other check still reports.
    public func check(kind: CheckSubjectKind, data: LuaData, subjectID: String, platforms: [String],
                      language: Language? = nil) -> CheckResult {
        let platformData = LuaData.array(platforms.map { .string($0) })
        let languageValue: LuaValue = language.map { .string(LuaString($0.rawValue)) } ?? .nil
        do {
            let views = lua.views(of: [data, platformData], template: controls.viewTemplate)
            let results = try controls.runAll.call(.string(LuaString(kind.rawValue)), views.roots[0], views.roots[1],
                                                   .table(views.views), languageValue)
            var result = collect(results.first?.tableValue?.arrayValues ?? [], kind: kind, subjectID: subjectID)
            if result.failures.contains(where: { $0.file == nil }) {
                // Errors raised from C carry no position; a single unprotected run finds it in the traceback.
                result.failures = result.failures.map { failure in
                    guard failure.file == nil, let index = checks.first(where: {
                        $0.id == failure.ruleID && $0.pluginID == failure.pluginID })?.index else { return failure }
                    let again = checkOneByOne(kind: kind, data: data, subjectID: subjectID, platformData: platformData,
                                              language: languageValue, only: index)
                    return again.failures.first { $0.file != nil } ?? failure
                }
            }
            return result
        } catch {
            return checkOneByOne(kind: kind, data: data, subjectID: subjectID, platformData: platformData,
                                 language: languageValue)
        }
    }

    private func checkOneByOne(kind: CheckSubjectKind, data: LuaData, subjectID: String, platformData: LuaData,
                               language: LuaValue, only: Int? = nil) -> CheckResult {
        var result = CheckResult()
        let indices: [Int]
        let subject: LuaValue
        do {
            indices = (try controls.applicable.call(.string(LuaString(kind.rawValue)), lua.value(platformData)))
                .first?.tableValue?.arrayValues.compactMap { $0.intValue.map(Int.init) } ?? []
            subject = try controls.prepare.call(lua.value(data), lua.value(platformData), language).first ?? .nil
        } catch {
            result.failures.append(failure(from: error, plugin: "smkit", phase: .check, subjectID: subjectID))
            return result
        }
        for index in indices where only == nil || only == index {
            guard let check = checkByIndex[index], plugin(check.pluginID)?.enabled == true else { continue }
            do {
                let output = try controls.runOne.call(.integer(Int64(index)), subject, lua.value(platformData))
                result.append(collect(output.first?.tableValue?.arrayValues ?? [], kind: kind, subjectID: subjectID))
            } catch {
                let failed = failure(from: error, plugin: check.pluginID, phase: .check, ruleID: check.id, subjectID: subjectID)
                result.failures.append(failed)
                // A plugin stopped by a limit may hold memory or loop again: it runs no more.
                if failed.limit != nil && only == nil { disable(check.pluginID) }
            }
        }
        return result
    }

    /// Turns the run's raw output into findings and failures: five values per entry
    /// (check index, field, de, en, platform; a negated index, then the message, for a failure).
    func collect(_ output: [LuaValue], kind: CheckSubjectKind, subjectID: String) -> CheckResult {
        var result = CheckResult()
        var i = 0
        while i + 4 < output.count {
            defer { i += 5 }
            guard let raw = output[i].intValue, let index = Int(exactly: raw.magnitude), let check = checkByIndex[index] else { continue }
            if raw < 0 {
                let error = LuaError(kind: .runtime, rawMessage: output[i + 1].stringValue ?? "")
                result.failures.append(PluginFailure(pluginID: check.pluginID, phase: .check, file: error.chunkName,
                                                     line: error.line, message: error.message, ruleID: check.id,
                                                     subjectID: subjectID))
                continue
            }
            var message = check.message
            if let de = output[i + 2].stringValue, let en = output[i + 3].stringValue { message = LocalizedText(de: de, en: en) }
            result.findings.append(Finding(
                ruleID: check.id, pluginID: check.pluginID, severity: check.severity, consequence: check.consequence,
                message: message, field: output[i + 1].stringValue, source: check.source, ruleDate: check.read,
                platform: output[i + 4].stringValue, subject: kind, subjectID: subjectID))
        }
        return result
    }

    /// The checks that would run on a subject of `kind` for `platforms`.
    public func applicableChecks(kind: CheckSubjectKind, platforms: [String]) -> [CheckDescriptor] {
        checks.filter { check in
            check.subject == kind && plugin(check.pluginID)?.enabled == true
                && (check.platforms.map { !Set($0).isDisjoint(with: platforms) } ?? true)
        }
    }
}
