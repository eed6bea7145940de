public import LuaHost
public import StrategyKit

extension PluginHost {
    /// Checks a loaded contest or post file; findings carry `file:line:column` of their field.
    ///
    /// - Parameter platforms: check for these platforms instead of the subject's own.
    public func check(_ document: CheckDocument, platforms: [String]? = nil) -> CheckResult {
        var result = check(document.subject, platforms: platforms)
        for i in result.findings.indices {
            result.findings[i].location = document.location(of: result.findings[i].field,
                                                            utf8Offset: result.findings[i].textOffset)
        }
        return result
    }

    /// Checks a contest or post.
    public func check(_ subject: CheckSubject, platforms: [String]? = nil) -> CheckResult {
        let language: Language? = switch subject {
        case .contest(let contest): contest.language
        case .post(let post): post.language
        }
        return check(kind: subject.kind, input: .subject(subject), subjectID: subject.id, platforms: platforms ?? subject.platforms,
                     language: language)
    }

    /// Checks any subject given as Lua data (presence and strategy subjects, scripts).
    public func check(kind: CheckSubjectKind, data: LuaData, subjectID: String, platforms: [String],
                      language: Language? = nil) -> CheckResult {
        check(kind: kind, input: .data(data), subjectID: subjectID, platforms: platforms, language: language)
    }

    /// All applicable checks run in one call into Lua, each under `pcall`, on views of the
    /// subject pushed straight onto the stack, each plugin's checks charged to its own
    /// account. When a limit stops that call, the runtime names the plugin whose segment
    /// ran: that plugin fails and is disabled, and the call runs again for the others, so
    /// every other plugin's findings are still produced.
    private func check(kind: CheckSubjectKind, input: CheckInput, subjectID: String, platforms: [String],
                       language: Language?) -> CheckResult {
        var stopped: [PluginFailure] = []
        // Each round either succeeds or disables one plugin, so this ends.
        for _ in 0...plugins.count {
            do {
                var result = try runAll(kind: kind, input: input, subjectID: subjectID, platforms: platforms,
                                        language: language)
                if result.failures.contains(where: { $0.file == nil }) {
                    // Errors raised from C carry no position; a single unprotected run finds it in the traceback.
                    result.failures = result.failures.map { failure in
                        guard failure.file == nil, let index = checks.first(where: {
                            $0.id == failure.ruleID && $0.pluginID == failure.pluginID })?.index else { return failure }
                        let again = checkOneByOne(kind: kind, input: input, subjectID: subjectID, platforms: platforms,
                                                  language: language, only: index)
                        return again.failures.first { $0.file != nil } ?? failure
                    }
                }
                result.failures.insert(contentsOf: stopped, at: 0)
                return result
            } catch {
                guard case .limit(let limit) = error.kind, limit != .interrupt,
                      let owner = lua.lastStopOwner, let pluginID = owners[owner],
                      plugin(pluginID)?.enabled == true else { break }
                let check = (try? controls.stoppedCheck.call(returning: Int64.self)).flatMap { checkByIndex[Int($0)] }
                stopped.append(failure(from: error, plugin: pluginID, phase: .check,
                                       ruleID: check?.pluginID == pluginID ? check?.id : nil, subjectID: subjectID))
                // A plugin stopped by a limit may hold memory or loop again: it runs no more.
                disable(pluginID)
            }
        }
        var result = checkOneByOne(kind: kind, input: input, subjectID: subjectID, platforms: platforms, language: language)
        result.failures.insert(contentsOf: stopped, at: 0)
        return result
    }

    /// One run of every applicable check in a single call.
    private func runAll(kind: CheckSubjectKind, input: CheckInput, subjectID: String, platforms: [String],
                        language: Language?) throws(LuaError) -> CheckResult {
        try controls.runAll.call(views: controls.viewTemplate, { arguments in
            arguments.push(kind.rawValue)
            input.push(into: &arguments)
            arguments.view(of: platforms)
            arguments.views()
            arguments.push(language?.rawValue)
        }, reading: { collect($0, kind: kind, subjectID: subjectID) })
    }

    /// The slow path: the same views, one call per check, so an error or a stop names its check.
    private func checkOneByOne(kind: CheckSubjectKind, input: CheckInput, subjectID: String, platforms: [String],
                               language: Language?, only: Int? = nil) -> CheckResult {
        var result = CheckResult()
        let indices: [Int]
        do {
            let platformList = try lua.value(.array(platforms.map { .string($0) }))
            indices = (try controls.applicable.call(.string(LuaString(kind.rawValue)), platformList))
                .first?.tableValue?.arrayValues.compactMap { $0.intValue.map(Int.init) } ?? []
            try controls.prepare.call(views: controls.viewTemplate, { arguments in
                input.push(into: &arguments)
                arguments.view(of: platforms)
                arguments.views()
                arguments.push(language?.rawValue)
            }, reading: { _ in })
        } catch {
            result.failures.append(failure(from: error, plugin: "smkit", phase: .check, subjectID: subjectID))
            return result
        }
        for index in indices where only == nil || only == index {
            guard let check = checkByIndex[index], plugin(check.pluginID)?.enabled == true else { continue }
            do {
                result.append(try controls.runOne.call({ $0.push(Int64(index)) }, reading: {
                    collect($0, kind: kind, subjectID: subjectID)
                }))
            } catch {
                let failed = failure(from: error, plugin: check.pluginID, phase: .check, ruleID: check.id, subjectID: subjectID)
                result.failures.append(failed)
                // A plugin stopped by a limit may hold memory or loop again: it runs no more.
                if failed.limit != nil && only == nil { disable(check.pluginID) }
            }
        }
        if only == nil, let notices = try? controls.overLimit.call({ _ in }, reading: {
            collect($0, kind: kind, subjectID: subjectID)
        }) {
            result.append(notices)
        }
        return result
    }

    /// Turns the run's output, the list on top of `output`, into findings and failures: six
    /// values per entry (check index, field, de, en, platform, byte position; a negated index, then the
    /// message, for a failure; 0, a check index and a count for a plugin that went over
    /// ``PluginAPI/findingsLimit``).
    ///
    /// Everything a plugin supplied is cleaned for the terminal here, once, so every output
    /// format gets the same safe text.
    func collect(_ output: LuaStack, kind: CheckSubjectKind, subjectID: String) -> CheckResult {
        var result = CheckResult()
        let count = output.count()
        var i = 1
        while i + 5 <= count {
            defer { i += 6 }
            guard let raw = output.element(i, as: Int64.self) else { continue }
            if raw == 0 {
                if let failure = overLimitNotice(index: output.element(i + 1, as: Int64.self),
                                                 reported: output.element(i + 2, as: Int64.self), subjectID: subjectID) {
                    result.failures.append(failure)
                }
                continue
            }
            guard let index = Int(exactly: raw.magnitude), let check = checkByIndex[index] else { continue }
            if raw < 0 {
                let error = LuaError(kind: .runtime, rawMessage: output.element(i + 1, as: String.self) ?? "")
                // PluginFailure cleans its texts itself.
                result.failures.append(PluginFailure(pluginID: check.pluginID, phase: .check, file: error.chunkName,
                                                     line: error.line, message: error.message, ruleID: check.id,
                                                     subjectID: subjectID))
                continue
            }
            var message = check.message
            if let de = output.element(i + 2, as: String.self), let en = output.element(i + 3, as: String.self) {
                message = LocalizedText(de: TerminalText.line(de), en: TerminalText.line(en))
            }
            var finding = Finding(
                ruleID: check.id, pluginID: check.pluginID, severity: check.severity, consequence: check.consequence,
                message: message, field: output.element(i + 1, as: String.self).map(TerminalText.line), source: check.source,
                ruleDate: check.read, platform: output.element(i + 4, as: String.self).map(TerminalText.line), subject: kind,
                subjectID: subjectID)
            // Lua's byte positions start at 1.
            finding.textOffset = output.element(i + 5, as: Int64.self).flatMap { Int(exactly: $0 - 1) }
            result.findings.append(finding)
        }
        return result
    }

    /// The one failure that says a plugin reported more findings on a subject than are kept.
    private func overLimitNotice(index: Int64?, reported: Int64?, subjectID: String) -> PluginFailure? {
        guard let index = index.flatMap({ Int(exactly: $0) }), let check = checkByIndex[index], let reported else { return nil }
        let limit = PluginAPI.findingsLimit
        // The plugin's main file as the place: a failure without a file would be re-run to find one.
        let main = plugin(check.pluginID).map { Self.path($0.manifest.directory, $0.manifest.main) } ?? check.pluginID
        return PluginFailure(
            pluginID: check.pluginID, phase: .check, file: main,
            message: "reported \(reported) findings on this subject, more than the limit of \(limit) per plugin and subject; "
                + "the first \(limit) are kept, \(reported - Int64(limit)) were dropped",
            ruleID: check.id, subjectID: subjectID)
    }

    /// The checks that would run on a subject of `kind` for `platforms`.
    public func applicableChecks(kind: CheckSubjectKind, platforms: [String]) -> [CheckDescriptor] {
        checks.filter { check in
            check.subject == kind && plugin(check.pluginID)?.enabled == true
                && (check.platforms.map { !Set($0).isDisjoint(with: platforms) } ?? true)
        }
    }
}

/// What a check run gets as its subject: a contest or post written straight into the
/// call, or data already converted (presence and strategy subjects, scripts).
private enum CheckInput {
    case subject(CheckSubject)
    case data(LuaData)

    func push(into arguments: inout LuaArguments) {
        switch self {
        case .subject(let subject): arguments.view(fields: SubjectData.fields(of: subject)) { SubjectData.write(subject, into: &$0) }
        case .data(let data): arguments.view(of: data)
        }
    }
}
