import Foundation
import Testing

/// A fresh, empty home for one test: `HOME`, `XDG_DATA_HOME` and `XDG_CONFIG_HOME` inside it,
/// the repository's built-in plugins (or none), no `SMKIT_PLUGIN_PATH`.
struct InstallHome {
    let root = PluginE2E.temporaryDirectory()
    var builtIn: String = PluginE2E.packageRoot.appendingPathComponent("Plugins").path

    var data: String { root.path + "/data" }
    var installed: String { data + "/smkit/plugins" }
    var lock: String { installed + "/smkit-plugins.lock" }

    var environment: [String: String] {
        ["HOME": root.path + "/home", "XDG_DATA_HOME": data, "XDG_CONFIG_HOME": root.path + "/config",
         "SMKIT_PLUGINS_DIR": builtIn, "SMKIT_PLUGIN_PATH": ""]
    }

    @discardableResult
    func smkit(_ arguments: String...) throws -> BuiltBinary.Result {
        try BuiltBinary.smkit.run(arguments, environment: environment, directory: root)
    }

    /// A scaffolded plugin `id` in `root/src/id`; its path.
    func scaffold(_ id: String) throws -> String {
        let result = try smkit("plugin", "new", id, "--directory", root.path + "/src")
        #expect(result.status == 0, "\(result.stderr)")
        return root.path + "/src/" + id
    }

    /// `/usr/bin/tar czf NAME -C root/src id`: the archive's path.
    func tarball(_ id: String, name: String) throws -> String {
        let archive = root.path + "/" + name
        let tar = Process()
        tar.executableURL = URL(fileURLWithPath: "/usr/bin/tar")
        tar.arguments = ["czf", archive, "-C", root.path + "/src", id]
        try tar.run()
        tar.waitUntilExit()
        #expect(tar.terminationStatus == 0)
        return archive
    }

    /// Names in the installed plugins folder (dot-names included: staging folders must not stay).
    var installedNames: [String] { ((try? FileManager.default.contentsOfDirectory(atPath: installed)) ?? []).sorted() }

    func lockJSON() throws -> [String: Any] {
        let data = try Data(contentsOf: URL(fileURLWithPath: lock))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    func lockEntry(_ id: String) throws -> [String: Any]? {
        (try lockJSON()["plugins"] as? [String: Any])?[id] as? [String: Any]
    }

    /// The `plugin list` line of plugin `id`.
    func listLine(_ id: String) throws -> String? {
        let list = try smkit("plugin", "list")
        return list.stdout.split(separator: "\n").map(String.init).first { $0.hasPrefix(id + "\t") }
    }
}

/// Writes a tar archive by hand (POSIX ustar), for archives `tar` itself would not make.
struct TarWriter {
    private(set) var bytes: [UInt8] = []

    /// Adds an entry: type `0` a file, `5` a folder, `2` a symlink to `link`.
    mutating func add(_ name: String, _ contents: String = "", type: Character = "0", link: String = "") {
        let data = Array(contents.utf8)
        var header = [UInt8](repeating: 0, count: 512)
        func put(_ text: String, at offset: Int, width: Int) {
            for (index, byte) in text.utf8.prefix(width).enumerated() { header[offset + index] = byte }
        }
        func octal(_ value: Int, at offset: Int, width: Int) {
            let digits = String(value, radix: 8)
            put(String(repeating: "0", count: max(0, width - 1 - digits.count)) + digits, at: offset, width: width - 1)
        }
        put(name, at: 0, width: 100)
        octal(type == "5" ? 0o755 : 0o644, at: 100, width: 8)
        octal(0, at: 108, width: 8)
        octal(0, at: 116, width: 8)
        octal(type == "0" ? data.count : 0, at: 124, width: 12)
        octal(0, at: 136, width: 12)
        header[156] = type.asciiValue!
        put(link, at: 157, width: 100)
        put("ustar", at: 257, width: 6)
        put("00", at: 263, width: 2)
        for index in 148 ..< 156 { header[index] = 0x20 }
        let sum = header.reduce(0) { $0 + Int($1) }
        octal(sum, at: 148, width: 7)
        header[154] = 0
        header[155] = 0x20
        bytes += header
        if type == "0" {
            bytes += data
            bytes += [UInt8](repeating: 0, count: (512 - data.count % 512) % 512)
        }
    }

    /// The archive gzipped (`gzip -c`) into `path`.
    func writeGzip(to path: String) throws {
        let input = Pipe(), gzip = Process()
        gzip.executableURL = URL(fileURLWithPath: "/bin/gzip")
        gzip.arguments = ["-c"]
        FileManager.default.createFile(atPath: path, contents: nil)
        gzip.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        gzip.standardInput = input
        try gzip.run()
        input.fileHandleForWriting.write(Data(bytes + [UInt8](repeating: 0, count: 1024)))
        try input.fileHandleForWriting.close()
        gzip.waitUntilExit()
        #expect(gzip.terminationStatus == 0)
    }
}

@Suite("smkit plugin install, update, remove", .timeLimit(.minutes(10)))
struct PluginInstallTests {
    @Test func installFromAFolderThenListModifyUpdateRemove() throws {
        let home = InstallHome()
        let source = try home.scaffold("my-rules")
        let installed = try home.smkit("plugin", "install", source)
        #expect(installed.status == 0, "\(installed.stderr)")
        #expect(installed.stdout.contains("installed my-rules 0.1.0 (API level 1) into \(home.installed)/my-rules"))
        let entry = try #require(try home.lockEntry("my-rules"))
        let digest = try #require(entry["digest"] as? String)
        #expect(entry["origin"] as? String == source)
        #expect(entry["version"] as? String == "0.1.0" && entry["api"] as? Int == 1)
        #expect((entry["installed"] as? String)?.hasSuffix("Z") == true)
        let files = try #require(entry["files"] as? [String: String])
        #expect(Set(files.keys).isSuperset(of: ["plugin.yaml", "init.lua", "tests/cases.yaml"]))

        let line = try #require(try home.listLine("my-rules"))
        #expect(line.contains("\tinstalled\t"))
        #expect(line.hasSuffix("\tok sha256:\(digest)"))

        // One changed file is named; nothing is silently trusted.
        let initLua = home.installed + "/my-rules/init.lua"
        try (try String(contentsOfFile: initLua, encoding: .utf8) + "-- changed\n").write(toFile: initLua, atomically: true, encoding: .utf8)
        #expect(try home.listLine("my-rules")?.hasSuffix("\tmodified: changed init.lua") == true)
        let json = try home.smkit("plugin", "list", "--format", "json")
        #expect(json.status == 0)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let plugin = try #require((document["plugins"] as? [[String: Any]])?.first { $0["id"] as? String == "my-rules" })
        let integrity = try #require(plugin["integrity"] as? [String: Any])
        #expect(integrity["status"] as? String == "modified")
        #expect(integrity["changed"] as? [String] == ["init.lua"])

        // update restores it from the origin.
        let updated = try home.smkit("plugin", "update", "my-rules")
        #expect(updated.status == 0, "\(updated.stderr)")
        #expect(try home.listLine("my-rules")?.hasSuffix("\tok sha256:\(digest)") == true)

        // remove deletes the folder and the entry.
        let removed = try home.smkit("plugin", "remove", "my-rules")
        #expect(removed.status == 0, "\(removed.stderr)")
        #expect(home.installedNames == ["smkit-plugins.lock"])
        #expect(try home.lockEntry("my-rules") == nil)
        #expect(try home.listLine("my-rules") == nil)
        let again = try home.smkit("plugin", "remove", "my-rules")
        #expect(again.status == 1 && again.stderr.contains("plugin 'my-rules' is not installed"))
    }

    @Test func installFromATarGzMadeWithTar() throws {
        let home = InstallHome()
        _ = try home.scaffold("packed")
        let archive = try home.tarball("packed", name: "packed-0.1.0.tar.gz")
        let installed = try home.smkit("plugin", "install", archive)
        #expect(installed.status == 0, "\(installed.stderr)")
        #expect(home.installedNames == ["packed", "smkit-plugins.lock"])
        #expect(try home.lockEntry("packed")?["origin"] as? String == archive)
        let digest = try #require(try home.lockEntry("packed")?["digest"] as? String)
        #expect(try home.listLine("packed")?.hasSuffix("\tok sha256:\(digest)") == true)
        // A missing file is named as missing, and update from the archive brings it back.
        try FileManager.default.removeItem(atPath: home.installed + "/packed/tests/cases.yaml")
        #expect(try home.listLine("packed")?.hasSuffix("\tmodified: missing tests/cases.yaml") == true)
        #expect(try home.smkit("plugin", "update", "--all").status == 0)
        #expect(try home.listLine("packed")?.hasSuffix("\tok sha256:\(digest)") == true)
        // The origin gone: update names it.
        try FileManager.default.removeItem(atPath: archive)
        let gone = try home.smkit("plugin", "update", "packed")
        #expect(gone.status == 1)
        #expect(gone.stderr.contains("was installed from \(archive), which is gone"))
    }

    @Test func installingTwiceNeedsForce() throws {
        let home = InstallHome()
        let source = try home.scaffold("twice")
        #expect(try home.smkit("plugin", "install", source).status == 0)
        let lockBefore = try Data(contentsOf: URL(fileURLWithPath: home.lock))
        let again = try home.smkit("plugin", "install", source)
        #expect(again.status == 1)
        #expect(again.stderr.contains("plugin 'twice' is already installed at \(home.installed)/twice; use --force"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: home.lock)) == lockBefore)
        let forced = try home.smkit("plugin", "install", "--force", source)
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(home.installedNames == ["smkit-plugins.lock", "twice"])
    }

    @Test func anInstalledPluginShadowsTheBuiltInOneWithANoticeAndRemoveGoesBack() throws {
        let home = InstallHome()
        let removed = try home.smkit("plugin", "remove", "facebook")
        #expect(removed.status == 1)
        #expect(removed.stderr.contains("plugin 'facebook' is built in"))
        let installed = try home.smkit("plugin", "install", PluginE2E.packageRoot.appendingPathComponent("Plugins/facebook").path)
        #expect(installed.status == 0, "\(installed.stderr)")
        #expect(installed.stderr.contains("notice: facebook is also built in"))
        #expect(home.installedNames == ["facebook", "smkit-plugins.lock"])
        // The nearer copy wins: the installed one is listed, the built-in one named in a notice, not a failure.
        let listed = try home.smkit("plugin", "list")
        #expect(listed.status == 0, "\(listed.stdout)\(listed.stderr)")
        let line = try #require(listed.stdout.split(separator: "\n").first { $0.hasPrefix("facebook\t") })
        #expect(line.contains("\tinstalled\t") && line.contains("ok sha256:"))
        #expect(listed.stdout.contains("NOTICE\tplugin 'facebook': using \(home.installed)/facebook/plugin.yaml"))
        #expect(!listed.stdout.contains("FAILED"))
        let back = try home.smkit("plugin", "remove", "facebook")
        #expect(back.status == 0, "\(back.stderr)")
        let again = try home.smkit("plugin", "list")
        #expect(again.stdout.split(separator: "\n").contains { $0.hasPrefix("facebook\t") && $0.contains("\tbuilt-in\t") })
    }

    /// Names refused in an archive: leading out, absolute, a symlink.
    static let hostile = ["../evil.lua", "/tmp/evil.lua", "hostile/link.lua", "hostile/tests/../../evil.lua"]

    @Test(arguments: hostile)
    func hostileArchivesAreRefusedWithNothingWritten(entry: String) throws {
        let home = InstallHome()
        // An installed plugin first, so that there is a lock file to keep unchanged.
        #expect(try home.smkit("plugin", "install", try home.scaffold("kept")).status == 0)
        let lockBefore = try Data(contentsOf: URL(fileURLWithPath: home.lock))
        let good = try home.scaffold("hostile")
        var tar = TarWriter()
        for name in ["plugin.yaml", "init.lua", "tests/cases.yaml"] {
            tar.add("hostile/" + name, try String(contentsOfFile: good + "/" + name, encoding: .utf8))
        }
        if entry.hasSuffix("link.lua") { tar.add(entry, type: "2", link: "/etc/passwd") } else { tar.add(entry, "os.exit(1)") }
        let archive = home.root.path + "/hostile.tgz"
        try tar.writeGzip(to: archive)
        let result = try home.smkit("plugin", "install", archive)
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(archive): refused entry '\(entry)'"), "\(result.stderr)")
        #expect(home.installedNames == ["kept", "smkit-plugins.lock"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: home.lock)) == lockBefore)
        #expect(!FileManager.default.fileExists(atPath: home.root.path + "/evil.lua"))
    }

    @Test func anArchiveThatFailsMidwayLeavesNoFolderAndTheLockUnchanged() throws {
        let home = InstallHome()
        #expect(try home.smkit("plugin", "install", try home.scaffold("kept")).status == 0)
        let lockBefore = try Data(contentsOf: URL(fileURLWithPath: home.lock))
        _ = try home.scaffold("cut")
        let archive = try home.tarball("cut", name: "cut.tar.gz")
        let bytes = try Data(contentsOf: URL(fileURLWithPath: archive))
        try bytes.prefix(bytes.count / 2).write(to: URL(fileURLWithPath: archive))
        let result = try home.smkit("plugin", "install", archive)
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(archive): not a valid gzip file"), "\(result.stderr)")
        #expect(home.installedNames == ["kept", "smkit-plugins.lock"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: home.lock)) == lockBefore)
    }

    @Test func aPluginWhoseCodeFailsIsNotInstalled() throws {
        let home = InstallHome()
        let source = try home.scaffold("crashes")
        try "error('boom')\n".write(toFile: source + "/init.lua", atomically: true, encoding: .utf8)
        let result = try home.smkit("plugin", "install", source)
        #expect(result.status == 1)
        #expect(result.stderr.contains("boom") && result.stderr.contains("\(source)/init.lua"), "\(result.stderr)")
        #expect(home.installedNames.isEmpty)
    }

    @Test func aBrokenManifestInAnArchiveIsNamedWithLineAndColumn() throws {
        let home = InstallHome()
        let source = try home.scaffold("broken")
        let manifest = source + "/plugin.yaml"
        try (try String(contentsOfFile: manifest, encoding: .utf8)).replacingOccurrences(of: "api: 1", with: "api: one")
            .write(toFile: manifest, atomically: true, encoding: .utf8)
        let archive = try home.tarball("broken", name: "broken.tgz")
        let result = try home.smkit("plugin", "install", archive)
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(archive)/broken/plugin.yaml:5:6: error:"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: home.installed + "/broken"))
    }

    @Test func checkRunsTheInstalledPluginsRule() throws {
        var home = InstallHome()
        // Only the installed plugin: its finding is the whole result.
        home.builtIn = home.root.path + "/no-built-ins"
        try FileManager.default.createDirectory(atPath: home.builtIn, withIntermediateDirectories: true)
        #expect(try home.smkit("plugin", "install", try home.scaffold("my-rules")).status == 0)
        let contest = home.root.path + "/contest.yaml"
        try """
        kind: contest
        id: quiet
        platforms: [instagram]
        text: "Kommentiere und gewinne einen Korb."
        entry: [comment]

        """.write(toFile: contest, atomically: true, encoding: .utf8)
        let checked = try home.smkit("check", contest, "--lang", "en")
        #expect(checked.stdout.contains("MYRULES-01"), "\(checked.stdout)\(checked.stderr)")
        #expect(checked.status == 0, "\(checked.stdout)\(checked.stderr)")
    }
}

@Suite("Every folder in Plugins/", .timeLimit(.minutes(10)))
struct BuiltInPluginFolderTests {
    static let folders = ((try? FileManager.default.contentsOfDirectory(atPath: PluginE2E.packageRoot.appendingPathComponent("Plugins").path))
        ?? []).filter { !$0.hasPrefix(".") }.sorted()

    @Test(arguments: folders)
    func validatesAndPassesItsOwnTests(folder: String) throws {
        let path = "Plugins/" + folder
        let validated = try PluginE2E.run(["plugin", "validate", path])
        #expect(validated.status == 0, "\(validated.stdout)\(validated.stderr)")
        let tested = try PluginE2E.run(["plugin", "test", path])
        #expect(tested.status == 0, "\(tested.stdout)\(tested.stderr)")
        #expect(tested.stdout.hasSuffix(" passed, 0 failed\n"))
    }
}
