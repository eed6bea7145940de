import ArgumentParser
import Foundation
import StrategyScripting

extension PluginCommand {
    /// `smkit plugin lint DIR`: luacheck with the sandbox std of ``LuaCheckConfig``.
    struct Lint: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run luacheck on a plugin's Lua files with the std of smkit's plugin sandbox.",
            discussion: "Uses the configuration `smkit plugin new` writes (LuaCheckConfig), whatever the folder's own "
                + ".luacheckrc says; files under types/ and dot-folders are skipped. Exit 0 when clean, 1 when luacheck "
                + "reports warnings or errors, 2 when luacheck is not installed (apt-get install lua-check) or cannot run.")

        @Argument(help: "The plugin folder.")
        var directory: String

        func run() throws {
            let directory = Validate.trimmed(directory)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
                StandardError.write("smkit: \(directory): not a plugin folder")
                throw ExitCode(2)
            }
            guard let luacheck = Self.executable("luacheck") else {
                StandardError.write("smkit: luacheck is not installed; install it with `apt-get install lua-check` "
                                    + "(Debian, Ubuntu) or `luarocks install luacheck`, then run `smkit plugin lint \(directory)` again")
                throw ExitCode(2)
            }
            let files = Self.luaFiles(in: directory)
            if files.isEmpty {
                try CommandOutput.line("\(directory): no .lua files", failureStatus: 2)
                return
            }
            let config = NSTemporaryDirectory() + "smkit-luacheckrc-\(ProcessInfo.processInfo.processIdentifier).lua"
            do {
                try LuaCheckConfig.pluginConfig().write(toFile: config, atomically: true, encoding: .utf8)
            } catch {
                StandardError.write("smkit: cannot write \(config): \(error.localizedDescription)")
                throw ExitCode(2)
            }
            defer { try? FileManager.default.removeItem(atPath: config) }
            let process = Process()
            process.executableURL = URL(fileURLWithPath: luacheck)
            process.currentDirectoryURL = URL(fileURLWithPath: directory)
            process.arguments = ["--no-color", "--config", config] + files
            do { try process.run() } catch {
                StandardError.write("smkit: cannot run \(luacheck): \(error.localizedDescription)")
                throw ExitCode(2)
            }
            process.waitUntilExit()
            // luacheck: 0 clean, 1 warnings, 2 errors, 3+ it could not check.
            switch process.terminationStatus {
            case 0: return
            case 1, 2: throw ExitCode(1)
            default: throw ExitCode(2)
            }
        }

        /// The first executable `name` on PATH.
        static func executable(_ name: String) -> String? {
            let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
            for folder in path.split(separator: ":") where !folder.isEmpty {
                let candidate = "\(folder)/\(name)"
                if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            }
            return nil
        }

        /// The plugin's .lua files relative to `directory`, sorted; types/ and dot-folders left out.
        static func luaFiles(in directory: String) -> [String] {
            guard let walker = FileManager.default.enumerator(atPath: directory) else { return [] }
            var files: [String] = []
            while let path = walker.nextObject() as? String {
                let parts = path.split(separator: "/")
                if parts.contains(where: { $0.hasPrefix(".") }) || parts.first == "types" { continue }
                if path.hasSuffix(".lua") { files.append(path) }
            }
            return files.sorted()
        }
    }
}
