import Foundation
import LuaHost
import StrategyDocuments
import StrategyKit

extension SmkitModule {
    /// `smkit.guidelines(ws, {lang = ...})` and the `smkit.Guidelines` type: sections that
    /// scripts add, remove or rewrite before rendering.
    static func installGuidelines(in lua: LuaState, context: SmkitContext,
                                  add: (String, @escaping LuaHostFunction) -> Void) {
        lua.registerType(GuidelinesHandle.self, name: "smkit.Guidelines") { type in
            type.field("language") { .string(LuaString($0.document.language.rawValue)) }
            type.field("ids", push: { handle, call in
                try call.push(LuaData.array(handle.document.ids.map { .string($0) }))
                return 1
            })
            type.field("omitted", push: { handle, call in
                try call.push(LuaData.array(handle.document.omitted.map {
                    .record(["id": .string($0.id), "reason": .string($0.reason)])
                }))
                return 1
            })
            type.method("section") { handle, call in
                guard let section = handle.document.section(try call.string(2)) else { return 0 }
                try call.push(LuaData.record(["id": .string(section.id), "title": .string(section.title), "body": .string(section.body)]))
                return 1
            }
            type.method("add") { handle, call in
                // doc:add { id = "...", title = "...", body = "markdown", after = "id" }
                let spec = try call.table(2)
                guard let id = spec.rawGet("id").stringValue, let title = spec.rawGet("title").stringValue,
                    let body = spec.rawGet("body").stringValue
                else { throw call.argumentError(2, "expected { id = string, title = string, body = string [, after = id] }") }
                do {
                    try handle.document.add(DocumentSection(id: id, title: title, body: body), after: spec.rawGet("after").stringValue)
                } catch { throw LuaHostError(String(describing: error)) }
                return 0
            }
            type.method("remove") { handle, call in
                do { _ = try handle.document.remove(id: try call.string(2)) } catch {
                    throw LuaHostError(String(describing: error))
                }
                return 0
            }
            type.method("rewrite") { handle, call in
                let id = try call.string(2)
                let body: String
                if case .function(let rewrite) = call.argument(3) {
                    // doc:rewrite(id, function(body, title) return newBody end)
                    guard let section = handle.document.section(id) else { throw LuaHostError("no section '\(id)'") }
                    let result = try rewrite.call(.string(LuaString(section.body)), .string(LuaString(section.title)))
                    guard let text = result.first?.stringValue else { throw LuaHostError("rewrite of '\(id)': the function must return a string") }
                    body = text
                } else {
                    body = try call.string(3)
                }
                do { try handle.document.setBody(body, of: id) } catch { throw LuaHostError(String(describing: error)) }
                return 0
            }
            type.method("retitle") { handle, call in
                do { try handle.document.setTitle(try call.string(3), of: try call.string(2)) } catch {
                    throw LuaHostError(String(describing: error))
                }
                return 0
            }
            type.method("move") { handle, call in
                let id = try call.string(2)
                let position = Int(try call.integer(3)) - 1  // Lua positions count from 1
                do { try handle.document.move(id: id, to: position) } catch { throw LuaHostError(String(describing: error)) }
                return 0
            }
            type.method("render") { handle, call in
                let name = try call.optionalString(2) ?? "markdown"
                guard let format = OutputFormat(rawValue: name), format == .markdown || format == .html else {
                    throw call.argumentError(2, "format must be \"markdown\" or \"html\"")
                }
                call.push(handle.document.rendered(as: format))
                return 1
            }
            type.toString { "smkit.Guidelines(\($0.document.organizationName), \($0.document.sections.count) sections)" }
        }

        add("guidelines") { call in
            let workspace = try call.object(Workspace.self, 1)
            let options = try call.optionalTable(2)
            let language = options?.rawGet("lang").stringValue.flatMap(Language.init(rawValue:)) ?? context.language
            do {
                let templates = try GuidelineTemplateSet.load(language: language, workspace: workspace.directory)
                let document = try GuidelinesGenerator(templates: templates).generate(
                    workspace: workspace, platforms: context.platforms(for: workspace), generatedOn: GenerationDate.today(),
                    inputs: ReportInputs.of(workspace, platforms: context.platforms(for: workspace),
                                            platformDirectory: context.builtInDirectory, language: language))
                call.push(object: GuidelinesHandle(document))
                return 1
            } catch let error as LuaArgumentError {
                throw error
            } catch {
                throw LuaHostError("guidelines: \(error)")
            }
        }
    }
}
